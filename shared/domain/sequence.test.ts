import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { longestIncreasing, outOfOrder } from './sequence'

const SEED = Number(process.env.BB_SEQ_SEED ?? 20261203)

/** Longest strictly increasing subsequence length by the quadratic definition. */
function lisLength(seq: number[]): number {
  const best = seq.map(() => 1)
  for (let i = 0; i < seq.length; i++)
    for (let j = 0; j < i; j++) if (seq[j] < seq[i]) best[i] = Math.max(best[i], best[j] + 1)
  return Math.max(0, ...best)
}

describe('longestIncreasing / outOfOrder', () => {
  it('keeps an ordered sequence whole and names the one moved item', () => {
    expect([...longestIncreasing([0, 1, 2, 3])]).toEqual([3, 2, 1, 0])
    expect([...outOfOrder([0, 3, 1, 2])]).toEqual([1])
    expect([...outOfOrder([])]).toEqual([])
  })

  it('is an increasing run of maximal length (seeded property)', () => {
    console.info(`sequence property seed ${SEED} (BB_SEQ_SEED)`)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }), (seq) => {
        const keep = [...longestIncreasing(seq)].sort((a, b) => a - b)
        const values = keep.map((i) => seq[i])
        expect(values.every((v, k) => k === 0 || values[k - 1] < v)).toBe(true)
        expect(keep.length).toBe(lisLength(seq))
        expect(outOfOrder(seq).size).toBe(seq.length - keep.length)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})
