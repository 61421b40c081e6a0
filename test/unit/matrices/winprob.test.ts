import { describe, expect, it } from 'vitest'
import { computeStandings } from '@shared/domain/matrices/matrix'
import { recommendBand, winProbability, winProbabilitySweep } from '@shared/domain/matrices/winprob'
import { makeMatrix, type BidderSpec, type ItemSpec } from './helpers'

/** One competitor, price only: its price ~ triangular(80, 100, 120), ours fixed. */
const priceOnly = makeMatrix(
  [
    { id: 'P', category: '价格', maxPoints: 30 },
    { id: 'T', category: '技术', maxPoints: 70, self: 50, est: { X: 50 } },
  ],
  [
    { id: 'us', isUs: true },
    { id: 'X', price: [80, 100, 120] },
  ],
  { ourPrice: 100 },
)

/** A 6-bidder tender with 12 subjective items, every estimate uncertain. */
function bigTender() {
  const names = ['A', 'B', 'C', 'D', 'E']
  const items: ItemSpec[] = [{ id: 'P', category: '价格', maxPoints: 30 }]
  for (let i = 0; i < 12; i++) {
    items.push({
      id: `I${i}`,
      category: i < 4 ? '商务' : '技术',
      maxPoints: i < 4 ? 5 : 6.25,
      self: i < 4 ? 4 : 5,
      est: Object.fromEntries(names.map((n, k) => [n, [2 + (k % 2), 3.5 + k * 0.2, i < 4 ? 5 : 6]])),
    })
  }
  const bidders: BidderSpec[] = [
    { id: 'us', isUs: true },
    ...names.map((n, k) => ({
      id: n,
      price: [900000 + k * 10000, 1000000, 1100000 + k * 5000] as [number, number, number],
      sme: k === 2,
    })),
  ]
  return makeMatrix(items, bidders, { ourPrice: 980000, priceRule: { tieBreak: '抽签' } })
}

describe('win probability', () => {
  it('matches the triangular CDF when only the competitor price is uncertain', () => {
    // We win when X's price is above ours: P(X > 100) = 0.5; P(X > 90) = 1 − (10²)/(40·20) = 0.875
    const a = winProbability(priceOnly, 100, { trials: 100_000, seed: 7 })
    expect(Math.abs(a.probability - 0.5)).toBeLessThan(4 * a.standardError + 0.001)
    const b = winProbability(priceOnly, 90, { trials: 100_000, seed: 7 })
    expect(Math.abs(b.probability - 0.875)).toBeLessThan(4 * b.standardError + 0.001)
    expect(winProbability(priceOnly, 79, { trials: 10_000 }).probability).toBe(1)
    expect(winProbability(priceOnly, 121, { trials: 10_000 }).probability).toBe(0)
  })

  it('is reproducible for a seed and differs for another seed', () => {
    const m = bigTender()
    const a = winProbability(m, 950000, { trials: 20_000, seed: 42 })
    const b = winProbability(m, 950000, { trials: 20_000, seed: 42 })
    const c = winProbability(m, 950000, { trials: 20_000, seed: 43 })
    expect(b).toEqual(a)
    expect(c.probability).not.toBe(a.probability)
    expect(Math.abs(c.probability - a.probability)).toBeLessThan(0.03)
    // default seed is the matrix's
    expect(winProbability(m, 950000, { trials: 5_000 })).toEqual(
      winProbability(m, 950000, { trials: 5_000, seed: m.seed }),
    )
  })

  it('a dominating bidder wins (almost) always', () => {
    const m = makeMatrix(
      [
        { id: 'P', category: '价格', maxPoints: 30 },
        { id: 'T', category: '技术', maxPoints: 70, self: 68, est: { X: [30, 40, 50], Y: [20, 45, 55] } },
      ],
      [
        { id: 'us', isUs: true },
        { id: 'X', price: [900, 1000, 1100] },
        { id: 'Y', price: [950, 1050, 1200] },
      ],
      { ourPrice: 1000 },
    )
    expect(winProbability(m, undefined, { trials: 50_000 }).probability).toBeGreaterThan(0.999)
  })

  it('with no uncertainty it agrees with the deterministic standings and applies the tie rule', () => {
    // us 1000 → 30 + 50 = 80; X 1200 → 25 + 55 = 80: a tie that the rule decides
    const m = makeMatrix(
      [
        { id: 'P', category: '价格', maxPoints: 30 },
        { id: 'T', category: '技术', maxPoints: 70, self: 50, est: { X: 55 } },
      ],
      [
        { id: 'us', isUs: true },
        { id: 'X', price: 1200 },
      ],
    )
    const withRule = (tieBreak: '技术分高者优先' | '报价低者优先' | '抽签') => ({
      ...m,
      priceRule: { ...m.priceRule, tieBreak },
    })
    expect(winProbability(withRule('技术分高者优先'), 1000, { trials: 1000 }).probability).toBe(0)
    expect(computeStandings(withRule('技术分高者优先'), 1000).bidders.map((b) => b.rank)).toEqual([2, 1])
    expect(winProbability(withRule('报价低者优先'), 1000, { trials: 1000 }).probability).toBe(1)
    expect(computeStandings(withRule('报价低者优先'), 1000).bidders.map((b) => b.rank)).toEqual([1, 2])
    expect(winProbability(withRule('抽签'), 1000, { trials: 1000 }).probability).toBe(0.5)
    expect(computeStandings(withRule('抽签'), 1000).bidders.map((b) => b.rank)).toEqual([1, 1])
    // one cent less and we are ahead outright under every rule
    expect(winProbability(withRule('技术分高者优先'), 999, { trials: 1000 }).probability).toBe(1)
  })

  it('objective items stay at their likely value; subjective ones vary', () => {
    // Our 50 vs X's objective 49–51 (likely 49): objective → X always 49, we always win at equal price.
    const obj = makeMatrix(
      [
        { id: 'P', category: '价格', maxPoints: 30 },
        { id: 'T', category: '技术', maxPoints: 70, kind: 'objective', self: 50, est: { X: [40, 49, 60] } },
      ],
      [
        { id: 'us', isUs: true },
        { id: 'X', price: 1000 },
      ],
    )
    expect(winProbability(obj, 1000, { trials: 2000 }).probability).toBe(1)
    const subj = { ...obj, items: obj.items.map((i) => ({ ...i, kind: 'subjective' as const })) }
    const p = winProbability(subj, 1000, { trials: 20_000 }).probability
    // X > 50 has probability ∫ from 50 to 60 of triangular(40, 49, 60) = (60−50)²/((60−40)(60−49)) = 100/220
    expect(Math.abs(p - (1 - 100 / 220))).toBeLessThan(0.015)
  })

  it('runs 100,000 trials of a 6-bidder tender (its speed is measured by npm run bench: winprob_mc)', () => {
    const r = winProbability(bigTender(), 950000, { trials: 100_000, seed: 1 })
    expect(r.trials).toBe(100_000)
    expect(r.probability).toBeGreaterThan(0)
  })

  it('rejects bad trial counts and can be cancelled', () => {
    expect(() => winProbability(priceOnly, 100, { trials: 0 })).toThrow(/trials/)
    expect(() => winProbability(priceOnly, 100, { trials: 1.5 })).toThrow(/trials/)
    expect(() => winProbability(priceOnly, 100, { trials: 100_000, signal: { aborted: true } })).toThrow(
      /cancel/i,
    )
  })
})

describe('sweep and recommended band', () => {
  it('is non-increasing in our price under 低价优先 (common random numbers) and reproducible', () => {
    const m = bigTender()
    const s = winProbabilitySweep(m, { from: 850000, to: 1100000, steps: 11, trials: 5000, seed: 9 })
    expect(s.points.map((p) => p.price)).toEqual([
      850000, 875000, 900000, 925000, 950000, 975000, 1000000, 1025000, 1050000, 1075000, 1100000,
    ])
    for (let i = 1; i < s.points.length; i++) {
      expect(s.points[i].probability).toBeLessThanOrEqual(s.points[i - 1].probability)
    }
    // each point equals a single run at that price with the same seed
    expect(s.points[4].probability).toBe(winProbability(m, 950000, { trials: 5000, seed: 9 }).probability)
    expect(winProbabilitySweep(m, { from: 850000, to: 1100000, steps: 11, trials: 5000, seed: 9 })).toEqual(s)
    expect(s.band).not.toBeNull()
    expect(s.band!.recommended).toBe(s.band!.high)
  })

  it('recommends the highest price within the tolerance of the best probability', () => {
    const pts = [
      { price: 90, probability: 0.8 },
      { price: 95, probability: 0.81 },
      { price: 100, probability: 0.795 },
      { price: 105, probability: 0.6 },
      { price: 110, probability: 0.79 },
    ]
    // max 0.81, tolerance 0.02 → ≥ 0.79: 90, 95, 100, 110 qualify; the highest is 110, alone in its run
    expect(recommendBand(pts, 0.02)).toMatchObject({
      low: 110,
      high: 110,
      recommended: 110,
      maxProbability: 0.81,
    })
    // tolerance 0.015 → ≥ 0.795: 90–100; highest 100, run down to 90
    expect(recommendBand(pts, 0.015)).toMatchObject({ low: 90, high: 100, probabilityAtRecommended: 0.795 })
    expect(recommendBand([{ price: 1, probability: 0 }], 0.02)).toBeNull()
  })

  it('rejects an empty or inverted range', () => {
    expect(() => winProbabilitySweep(priceOnly, { from: 120, to: 80 })).toThrow(/range/)
    expect(() => winProbabilitySweep(priceOnly, { from: 80, to: 120, steps: 1 })).toThrow(/steps/)
  })
})
