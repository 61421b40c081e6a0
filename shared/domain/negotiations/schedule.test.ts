import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propSeed } from '@test/support/prop-seed'
import { CONCESSION_PATTERN_NAMES } from '@shared/schemas/negotiation'
import { defaultUnit, floorToUnit, schedule, UNIT_CHOICES } from './schedule'

const toFen = (x: number) => Math.round(x * 100)

describe('the walk-away point holds (property)', () => {
  const seed = propSeed('concession schedule')

  it('for all patterns, totals 1–10⁹, rounds 2–12 and units: every running sum within [0, total], sum = total', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONCESSION_PATTERN_NAMES),
        fc.oneof(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 2000 })),
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom(...UNIT_CHOICES, 0.01, 0.5, 50, 250),
        (name, total, rounds, unit) => {
          const steps = schedule(name, total, rounds, unit)
          expect(steps).toHaveLength(rounds)
          const totalFen = toFen(total)
          let cum = 0
          for (const s of steps) {
            cum += toFen(s)
            expect(cum).toBeGreaterThanOrEqual(0)
            expect(cum).toBeLessThanOrEqual(totalFen)
          }
          expect(cum).toBe(name === '强硬态度型' ? 0 : totalFen)
          // Every step is a whole number of units, except the one that carries the remainder.
          const off = steps.filter((s) => toFen(s) % toFen(unit) !== 0)
          expect(off.length).toBeLessThanOrEqual(totalFen % toFen(unit) === 0 ? 0 : 1)
          if (off.length === 1) expect(Math.max(...steps)).toBe(off[0])
        },
      ),
      { seed, numRuns: 4000 },
    )
  })

  it('with the default unit, budgets over 100,000 move in whole thousands', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONCESSION_PATTERN_NAMES),
        fc.integer({ min: 101, max: 1_000_000 }).map((k) => k * 1000),
        fc.integer({ min: 2, max: 12 }),
        (name, total, rounds) => {
          for (const s of schedule(name, total, rounds, defaultUnit(total)))
            expect(Math.abs(s % 1000)).toBe(0)
        },
      ),
      { seed, numRuns: 1000 },
    )
  })
})

describe('units', () => {
  it('defaults to a round money unit by size of budget', () => {
    expect(defaultUnit(60)).toBe(1)
    expect(defaultUnit(5000)).toBe(10)
    expect(defaultUnit(60_000)).toBe(100)
    expect(defaultUnit(306_789)).toBe(1000)
  })

  it('keeps the odd remainder on the largest step, so the other prices stay round', () => {
    // 306 thousands split 22:17:13:8, and the 789 on the first (largest) step
    expect(schedule('希望成交型', 306_789, 4, 1000)).toEqual([112_789, 87_000, 66_000, 41_000])
    expect(schedule('诱发幻想型', 60_500, 4, 1000).at(-1)! % 1000).toBe(500)
    expect(schedule('坚定冒险型', 999, 4, 1000)).toEqual([0, 0, 0, 999])
  })

  it('虚伪报价型 over 2 rounds never goes [61, −1]', () => {
    expect(schedule('虚伪报价型', 60, 2)).toEqual([60, 0])
    expect(schedule('虚伪报价型', 600_000, 5, 1000)).toEqual([333_000, 200_000, 67_000, -10_000, 10_000])
  })

  it('floors a counter-offer to the unit', () => {
    expect(floorToUnit(3_018_456.78, 1000)).toBe(3_018_000)
    expect(floorToUnit(942.57, 1)).toBe(942)
    expect(floorToUnit(942.57, 0.01)).toBe(942.57)
  })
})
