import { describe, expect, it } from 'vitest'
import { WHOLE_DOCUMENT } from '@shared/domain/merge'
import type { AppContext } from '@services/app-context'
import { call, errorOf, useTwoMachines } from './machines'

/*
 * A bid deleted on one machine and edited on another: neither the edit nor the deletion may vanish
 * silently. The edited bid stays on both machines with a conflict about the whole document (which, like
 * every pending conflict, blocks its export), and deciding for the deletion moves it to the trash everywhere.
 */

const machines = useTwoMachines('bb-sync-del-')
/** 张三 (a) and 李四 (b) on one shared-folder remote, each with bid b1 at price 100. */
const twoMachines = () => machines.start({ quote: { bidLetterPrice: 100 } })

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
