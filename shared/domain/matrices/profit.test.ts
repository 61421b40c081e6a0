import { describe, expect, it } from 'vitest'
import { linkedWalkAway, profitCurve, profitFloor, profitSweepRange } from './profit'

const pts = [
  { price: 90, probability: 1 },
  { price: 100, probability: 0.9 },
  { price: 110, probability: 0.6 },
  { price: 120, probability: 0.2 },
]

describe('profit', () => {
  it('recommends the price of highest P(win) × (price − floor), never below the floor', () => {
    // 100: 0.9 × 20 = 18; 110: 0.6 × 30 = 18 (tie → the higher price); 120: 0.2 × 40 = 8
    const c = profitCurve(pts, { value: 80, source: 'walkAway' })
    expect(c.points.map((p) => p.expectedProfit)).toEqual([10, 18, 18, 8])
    expect(c.best).toMatchObject({ price: 110, probability: 0.6, expectedProfit: 18 })
    // a floor of 95 removes 90, even though winning there is certain
    expect(profitCurve(pts, { value: 95, source: 'cost' }).best!.price).toBeGreaterThanOrEqual(95)
    // a ceiling removes what would be an invalid bid
    expect(profitCurve(pts, { value: 80, source: 'cost' }, 105).best!.price).toBe(100)
  })

  it('has no recommendation without a floor or when nothing above it wins', () => {
    expect(profitCurve(pts, null).best).toBeNull()
    expect(profitCurve(pts, null).points.every((p) => p.expectedProfit === null)).toBe(true)
    expect(profitCurve([{ price: 100, probability: 0 }], { value: 50, source: 'cost' }).best).toBeNull()
  })

  it('takes the higher of cost and the linked walk-away', () => {
    expect(profitFloor(null, null)).toBeNull()
    expect(profitFloor(3_000_000, 3_150_000)).toEqual({ value: 3_150_000, source: 'walkAway' })
    expect(profitFloor(3_200_000, 3_150_000)).toEqual({ value: 3_200_000, source: 'cost' })
    expect(profitFloor(null, 3_150_000)).toEqual({ value: 3_150_000, source: 'walkAway' })
    const plans = [
      { bidId: 'b1', goals: { walkAway: 3_100_000 } },
      { bidId: 'b1', goals: { walkAway: 3_150_000 } },
      { bidId: 'b2', goals: { walkAway: 9_000_000 } },
      { bidId: 'b1', goals: { walkAway: null } },
    ]
    expect(linkedWalkAway(plans, 'b1')).toBe(3_150_000)
    expect(linkedWalkAway(plans, null)).toBeNull()
  })

  it('sweeps up to the budget, and well above a high floor', () => {
    expect(profitSweepRange(3_300_000, null)).toEqual({ from: 2_805_000, to: 3_630_000 })
    expect(profitSweepRange(3_300_000, null, 3_600_000)).toEqual({ from: 2_805_000, to: 3_600_000 })
    expect(profitSweepRange(1_000_000, { value: 1_000_000, source: 'cost' }).to).toBe(1_150_000)
  })
})
