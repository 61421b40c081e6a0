import { execFile } from 'node:child_process'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '@services/app-context'
import { call, useTwoMachines } from './machines'

/*
 * A synced workspace is a git work tree a person may look at with the system git: right after a sync
 * `git status` says nothing differs, and an edit made since shows as exactly that file modified.
 */

const run = promisify(execFile)
const hasGit = await run('git', ['--version']).then(
  () => true,
  () => false,
)

const machines = useTwoMachines('bb-sync-status-')

async function gitStatus(dir: string): Promise<string[]> {
  const { stdout } = await run('git', ['status', '--porcelain'], { cwd: dir })
  return stdout.split('\n').filter(Boolean)
}

async function setField(ctx: AppContext, patch: { agency?: string; tenderNo?: string }): Promise<void> {
  const d = await call(ctx, 'bids.get', { id: 'b1' })
  await call(ctx, 'bids.save', { doc: { ...d, ...patch } })
}

describe.runIf(hasGit)('git status in a synced workspace (system git)', () => {
  it('is clean after the first sync and after a clone', async () => {
    await machines.start({ tenderNo: 'ZB-1' })
    expect(await gitStatus(path.join(machines.tmp(), 'a'))).toEqual([])
    expect(await gitStatus(path.join(machines.tmp(), 'b'))).toEqual([])
  })

  it('shows an edit made since as that file modified, and is clean again once synced', async () => {
    const [a] = await machines.start({ tenderNo: 'ZB-1' })
    const dir = path.join(machines.tmp(), 'a')
    await setField(a, { tenderNo: 'ZB-2' })
    expect(await gitStatus(dir)).toEqual([' M bids/b1.json'])
    await call(a, 'sync.run', {})
    expect(await gitStatus(dir)).toEqual([])
  })

  it('is clean on both machines after a pull and after a merge of concurrent edits', async () => {
    const [a, b] = await machines.start({ tenderNo: 'ZB-1' })
    await setField(a, { tenderNo: 'ZB-2' })
    await setField(b, { agency: '某招标代理' })
    await call(a, 'sync.run', {})
    const r = await call(b, 'sync.run', {}) // merges a's edit with its own, pushes the merge
    expect(r.merged.map((m) => m.id)).toEqual(['b1'])
    await call(a, 'sync.run', {}) // fast-forwards to the merge
    for (const m of ['a', 'b']) expect(await gitStatus(path.join(machines.tmp(), m)), m).toEqual([])
    const { stdout } = await run('git', ['log', '--format=%an', '-n', '1'], {
      cwd: path.join(machines.tmp(), 'a'),
    })
    expect(stdout.trim()).toBe('李四')
  })
})
