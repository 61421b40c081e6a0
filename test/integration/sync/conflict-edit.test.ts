import { describe, expect, it } from 'vitest'
import type { AppContext } from '@services/app-context'
import { call, useTwoMachines } from './machines'

/*
 * The smallest case the 200-round property test found (seed 20261203): a field edited while its conflict
 * was pending, then "keep mine" decided on the record's older value and the edit was gone everywhere.
 */

const machines = useTwoMachines('bb-sync-edit-')
/** Two machines on one shared-folder remote, each with the bid at price 100. */
const twoMachines = () => machines.start({ quote: { bidLetterPrice: 100 } })

async function setPrice(ctx: AppContext, price: number): Promise<void> {
  const ws = ctx.requireWritable()
  const d = await ws.get('bids', 'b1')
  await ws.save('bids', { ...d, quote: { ...d.quote, bidLetterPrice: price } })
}

const price = async (ctx: AppContext) => (await ctx.requireWs().get('bids', 'b1')).quote.bidLetterPrice

/** 张三 100→200 and 李四 100→300 concurrently; 李四's sync records the conflict (holding 300). */
async function conflicted(): Promise<[AppContext, AppContext]> {
  const [a, b] = await twoMachines()
  await setPrice(a, 200)
  await setPrice(b, 300)
  await call(a, 'sync.run', {})
  const r = await call(b, 'sync.run', {})
  expect(r.conflicts.map((c) => [c.path, c.ours, c.theirs])).toEqual([['quote.bidLetterPrice', 300, 200]])
  return [a, b]
}

describe('a field edited while its sync conflict is pending', () => {
  it('"keep mine" keeps the edit, not the value the conflict was recorded with', async () => {
    const [a, b] = await conflicted()
    await setPrice(b, 400)
    const [rec] = await call(b, 'sync.conflicts', {})
    await call(b, 'sync.resolve', { kind: 'bids', id: 'b1', path: rec.path, take: 'ours' })
    expect([await price(b), rec.ours, rec.theirs]).toEqual([400, 400, 200])
    await call(b, 'sync.run', {})
    await call(a, 'sync.run', {})
    expect([await price(a), await price(b)]).toEqual([400, 400])
    expect(await call(a, 'sync.conflicts', {})).toEqual([])
  })

  it('an edit on one machine moves the conflict on every machine; a decision there keeps the edit', async () => {
    const [a, b] = await conflicted()
    await call(a, 'sync.run', {}) // 张三 now holds 300 and the same pending conflict
    await setPrice(b, 400)
    await call(b, 'sync.run', {})
    await call(a, 'sync.run', {})
    const [rec] = await call(a, 'sync.conflicts', {})
    await call(a, 'sync.resolve', { kind: 'bids', id: 'b1', path: rec.path, take: 'ours' })
    expect([await price(a), rec.ours, rec.theirs, rec.alternatives]).toEqual([400, 400, 200, undefined])
    await call(a, 'sync.run', {})
    await call(b, 'sync.run', {})
    expect([await price(a), await price(b)]).toEqual([400, 400])
    expect(await call(b, 'sync.conflicts', {})).toEqual([])
  })

  it('a decision on a machine that had not seen the edit leaves the edit to decide, never drops it', async () => {
    const [a, b] = await conflicted()
    await call(a, 'sync.run', {})
    await setPrice(b, 400) // 李四 edits the conflicted field …
    await call(a, 'sync.resolve', { kind: 'bids', id: 'b1', path: 'quote.bidLetterPrice', take: 'theirs' })
    expect(await price(a)).toBe(200) // … while 张三, not having seen it, decides for 200 over 300
    await call(a, 'sync.run', {})
    await call(b, 'sync.run', {})
    await call(a, 'sync.run', {})
    for (const ctx of [a, b]) {
      const list = await call(ctx, 'sync.conflicts', {})
      expect(list.map((c) => [c.path, ...[c.ours, c.theirs, ...(c.alternatives ?? [])].sort()])).toEqual([
        ['quote.bidLetterPrice', 200, 400],
      ])
    }
    expect(await price(a)).toBe(await price(b))
  })
})
