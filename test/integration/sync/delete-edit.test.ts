import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf, MethodName, OutputOf } from '@shared/contract'
import { WHOLE_DOCUMENT } from '@shared/domain/merge'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import { writeSettings } from '@services/sync/config'
import { FolderRemote } from '@services/sync/transport'

/*
 * A bid deleted on one machine and edited on another: neither the edit nor the deletion may vanish
 * silently. The edited bid stays on both machines with a conflict about the whole document (which, like
 * every pending conflict, blocks its export), and deciding for the deletion moves it to the trash everywhere.
 */

let tmp: string
const ctxs: AppContext[] = []

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-sync-del-'))
})
afterEach(async () => {
  for (const c of ctxs.splice(0)) await c.close()
  await fs.rm(tmp, { recursive: true, force: true })
})

async function call<M extends MethodName>(ctx: AppContext, m: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const r = await dispatch(ctx, m, input)
  if (!r.ok) throw new Error(`${m}: ${r.error.code} ${r.error.message.en}`)
  return r.value as OutputOf<M>
}

async function errorOf<M extends MethodName>(ctx: AppContext, m: M, input: InputOf<M>): Promise<string> {
  const r = await dispatch(ctx, m, input)
  return r.ok ? 'ok' : r.error.code
}

/** 张三 (a) and 李四 (b) on one shared-folder remote, each with bid b1 at price 100. */
async function twoMachines(): Promise<[AppContext, AppContext]> {
  const remote = path.join(tmp, 'share.git')
  await FolderRemote.create(remote)
  const ws = await createWorkspace(path.join(tmp, 'a'), { name: '团队' })
  await ws.create('bids', { id: 'b1', title: '市医院', quote: { bidLetterPrice: 100 } })
  await ws.close()
  await writeSettings(path.join(tmp, 'a'), { user: '张三' })
  const a = new AppContext('cli', path.join(tmp, 'home-a'))
  const b = new AppContext('cli', path.join(tmp, 'home-b'))
  ctxs.push(a, b)
  await a.open(path.join(tmp, 'a'))
  await call(a, 'sync.run', { remote })
  await call(b, 'sync.clone', { remote, dir: path.join(tmp, 'b') })
  await writeSettings(path.join(tmp, 'b'), { user: '李四' })
  return [a, b]
}

async function setPrice(ctx: AppContext, price: number): Promise<void> {
  const d = await call(ctx, 'bids.get', { id: 'b1' })
  await call(ctx, 'bids.save', { doc: { ...d, quote: { ...d.quote, bidLetterPrice: price } } })
}

const ids = async (ctx: AppContext) => (await call(ctx, 'bids.list', {})).map((r) => r.id)

/** 张三 deletes b1 while 李四 raises its price; `first` syncs first. Returns the conflict rows per machine. */
async function deletedAndEdited(first: 'deleter' | 'editor') {
  const [a, b] = await twoMachines()
  await call(a, 'bids.delete', { id: 'b1' })
  await setPrice(b, 250)
  const order = first === 'deleter' ? [a, b, a] : [b, a, b]
  let last
  for (const ctx of order) last = await call(ctx, 'sync.run', {})
  expect(last!.conflicts.map((c) => c.path)).toEqual([WHOLE_DOCUMENT])
  return { a, b }
}

describe('a bid deleted on one machine and edited on another', () => {
  for (const first of ['deleter', 'editor'] as const) {
    it(`keeps the edit on both machines as a pending decision (${first} syncs first)`, async () => {
      const { a, b } = await deletedAndEdited(first)
      for (const ctx of [a, b]) {
        expect((await call(ctx, 'bids.get', { id: 'b1' })).quote.bidLetterPrice).toBe(250)
        const rows = await call(ctx, 'sync.conflicts', {})
        expect(rows).toHaveLength(1)
        const [row] = rows
        expect(row).toMatchObject({ kind: 'bids', id: 'b1', path: WHOLE_DOCUMENT })
        // The side that deleted it shows no value; the kept side is named by the bid's title.
        const deletedBy = row.deleted === 'ours' ? row.oursBy : row.theirsBy
        expect(deletedBy).toBe('张三')
        expect(row[row.deleted === 'ours' ? 'theirs' : 'ours']).toBe('市医院')
        // Kept or deleted: a whole document is not a value to type in.
        expect(await errorOf(ctx, 'sync.resolve', { kind: 'bids', id: 'b1', path: '*', take: 'edit' })).toBe(
          'VALIDATION',
        )
      }
    })
  }

  it('deciding for the deletion moves the bid to the trash on every machine', async () => {
    const { a, b } = await deletedAndEdited('editor')
    const [row] = await call(b, 'sync.conflicts', {})
    const r = await call(b, 'sync.resolve', { kind: 'bids', id: 'b1', path: row.path, take: row.deleted! })
    expect(r).toMatchObject({ deleted: true, remaining: 0 })
    expect(await ids(b)).toEqual([])
    expect((await call(b, 'trash.list', {})).map((t) => t.id)).toContain('b1')
    await call(b, 'sync.run', {})
    await call(a, 'sync.run', {})
    for (const ctx of [a, b]) {
      expect(await ids(ctx)).toEqual([])
      expect(await call(ctx, 'sync.conflicts', {})).toEqual([])
    }
  })

  it('deciding to keep it keeps the edited bid on every machine', async () => {
    const { a, b } = await deletedAndEdited('deleter')
    const [row] = await call(a, 'sync.conflicts', {})
    const keep = row.deleted === 'ours' ? 'theirs' : 'ours'
    const r = await call(a, 'sync.resolve', { kind: 'bids', id: 'b1', path: row.path, take: keep })
    expect(r).toMatchObject({ deleted: false, remaining: 0 })
    await call(a, 'sync.run', {})
    await call(b, 'sync.run', {})
    for (const ctx of [a, b]) {
      expect((await call(ctx, 'bids.get', { id: 'b1' })).quote.bidLetterPrice).toBe(250)
      expect(await call(ctx, 'sync.conflicts', {})).toEqual([])
    }
  })
})
