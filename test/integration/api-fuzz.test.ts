import fc from 'fast-check'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '@shared/contract'
import { ERROR_CODES } from '@shared/errors'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'

let root: string
let ctx: AppContext

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) {
        if (e.name !== '.bidbench') await walk(p)
      } else out.set(path.relative(dir, p), await fs.readFile(p, 'utf8'))
    }
  }
  await walk(dir)
  return out
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-fuzz-'))
  ctx = new AppContext('http', path.join(root, 'home'))
  const ws = await createWorkspace(path.join(root, 'ws'), { name: '模糊测试' })
  await writeDemoData(ws)
  await ctx.adopt(ws)
})
afterAll(async () => {
  await ctx.close()
  await fs.rm(root, { recursive: true, force: true })
})

// Payloads that are wrong by construction: not objects, wrong types, or carrying a key no schema allows.
const junk = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 4 })
    .map((o) => ({ ...o, __notInAnySchema__: fc.sample(fc.anything(), 1)[0] })),
)

describe('every API method under random input', () => {
  it('answers typed errors only and writes nothing', async () => {
    const before = await snapshot(path.join(root, 'ws'))
    const outsideBefore = (await fs.readdir(root)).sort()
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES), junk, async (method, payload) => {
        const r = await dispatch(ctx, method, payload)
        // Every junk payload is invalid for every method, so nothing may succeed.
        if (r.ok) return false
        expect(Object.keys(ERROR_CODES)).toContain(r.error.code)
        expect(r.error.message.zh.length).toBeGreaterThan(0)
        expect(r.error.message.en.length).toBeGreaterThan(0)
        return r.error.code !== 'INTERNAL'
      }),
      { numRuns: 400, seed: 20261127 },
    )
    expect(await snapshot(path.join(root, 'ws'))).toEqual(before)
    expect((await fs.readdir(root)).sort()).toEqual(outsideBefore)
  })

  it('rejects an unknown method name with UNKNOWN_METHOD', async () => {
    const r = await dispatch(ctx, 'constructor', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
  })
})
