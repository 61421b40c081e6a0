import { describe, expect, it } from 'vitest'
import { allCommands, COMMAND_NAMES, findCommand } from '@cli/registry'
import { helpText } from '@cli/run'

describe('CLI registry (commands load on demand)', () => {
  it('lists exactly the names its modules define, in order, each once', async () => {
    const loaded = (await allCommands()).map((c) => c.name)
    expect(loaded).toEqual([...COMMAND_NAMES])
    expect(new Set(loaded).size).toBe(loaded.length)
  })

  it('finds a command by name and nothing for an unknown one', async () => {
    expect((await findCommand('deadline'))?.name).toBe('deadline')
    expect(await findCommand('nope')).toBeUndefined()
  })

  it('--help shows every command', async () => {
    const help = await helpText()
    for (const n of COMMAND_NAMES) expect(help).toContain(`  ${n} `)
  })
})
