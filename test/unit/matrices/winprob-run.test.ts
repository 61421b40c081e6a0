import { describe, expect, it } from 'vitest'
import { winProbability } from '@shared/domain/matrices/winprob'
import { MatrixSchema, type Matrix } from '@shared/schemas'
import { runWinProb } from '@renderer/features/matrices/winprob-run'

/** Two bidders, one uncertain subjective item each side, our price 1,000,000 against theirs 900k–1.1M. */
function matrix(p: Record<string, unknown> = {}): Matrix {
  return MatrixSchema.parse({
    id: 'm1',
    schemaVersion: 1,
    title: '评分表',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ourPrice: 1_000_000,
    seed: 42,
    bidders: [
      { id: 'us', name: '我方', isUs: true },
      { id: 'b1', name: '华信', price: { low: 900_000, likely: 1_000_000, high: 1_100_000 } },
    ],
    items: [
      { id: 'p', category: '价格', name: '报价', maxPoints: 30, kind: 'objective' },
      {
        id: 't',
        category: '技术',
        name: '方案',
        maxPoints: 70,
        selfScore: 50,
        estimates: [{ bidderId: 'b1', low: 40, likely: 50, high: 60 }],
      },
    ],
    ...p,
  })
}

describe('runWinProb', () => {
  it('reads our price off the sweep, identical to a separate run at our price with the same seed', () => {
    const m = matrix()
    const r = runWinProb(m, 4000)
    const direct = winProbability(m, null, { trials: 4000, seed: 42 })
    expect(r.atOurPrice.ourPrice).toBe(1_000_000)
    expect(r.atOurPrice.probability).toBe(direct.probability)
    expect(r.atOurPrice.standardError).toBeCloseTo(direct.standardError, 12)
    // 85 % … 110 % of our price in 1 % steps.
    expect(r.sweep.points).toHaveLength(26)
    expect(r.sweep.points[0].price).toBe(850_000)
    expect(r.sweep.points[25].price).toBe(1_100_000)
  })

  it('makes a separate run when no sweep point is our price', () => {
    // 900,000 … 1,100,000 in 4 points: 966,666.67 and 1,033,333.33 straddle our 1,000,000.
    const m = matrix()
    const r = runWinProb(m, 2000, undefined, { from: 900_000, to: 1_100_000, steps: 4 })
    expect(r.sweep.points.map((p) => p.price)).toEqual([900_000, 966_666.67, 1_033_333.33, 1_100_000])
    expect(r.atOurPrice.probability).toBe(winProbability(m, null, { trials: 2000, seed: 42 }).probability)
  })

  it('is reproducible for a seed and changes with it', () => {
    const a = runWinProb(matrix(), 3000)
    const b = runWinProb(matrix(), 3000)
    const c = runWinProb(matrix({ seed: 7 }), 3000)
    expect(b.sweep.points).toEqual(a.sweep.points)
    expect(c.sweep.points).not.toEqual(a.sweep.points)
  })
})
