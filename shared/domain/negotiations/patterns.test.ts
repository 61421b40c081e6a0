import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { CONCESSION_PATTERN_NAMES } from '@shared/schemas'
import { CONCESSION_PATTERNS, getPattern, scalingRule, shapeWeights } from './patterns'
import { schedule } from './schedule'

/** DOMAIN.md §8, total 60 over 4 rounds, typed in by hand. */
const REFERENCE: Record<string, number[]> = {
  坚定冒险型: [0, 0, 0, 60],
  强硬态度型: [0, 0, 0, 0],
  刺激欲望型: [15, 15, 15, 15],
  诱发幻想型: [8, 13, 17, 22],
  希望成交型: [22, 17, 13, 8],
  妥协成交型: [26, 20, 12, 2],
  或冷或热型: [59, 0, 0, 1],
  虚伪报价型: [50, 10, -1, 1],
  愚蠢缴枪型: [60, 0, 0, 0],
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe('the nine patterns as data', () => {
  it('lists all nine names of the schema, in order, with bilingual pros, cons and signal', () => {
    expect(CONCESSION_PATTERNS.map((p) => p.name)).toEqual([...CONCESSION_PATTERN_NAMES])
    for (const p of CONCESSION_PATTERNS) {
      for (const t of [p.pros, p.cons, p.signal]) {
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/)
        expect(t.en).toMatch(/[a-z]/)
      }
    }
    expect(scalingRule.zh).toContain('最大余数')
    expect(scalingRule.en).toContain('largest-remainder')
  })

  it.each(Object.entries(REFERENCE))(
    '%s: reference data and schedule(60, 4) are exactly the table',
    (name, ref) => {
      expect([...getPattern(name).reference]).toEqual(ref)
      expect(schedule(name, 60, 4)).toEqual(ref)
    },
  )

  it('虚伪报价型 sums to the total including its take-back: 50+10−1+1 = 60', () => {
    expect(sum(schedule('虚伪报价型', 60, 4))).toBe(60)
  })
})

describe('scaling by hand', () => {
  it('希望成交型 over 3 rounds: weights 22, 15, 8 → 29.33, 20, 10.67 → 29, 20, 11', () => {
    expect(schedule('希望成交型', 60, 3)).toEqual([29, 20, 11])
  })
  it('妥协成交型 over 2 rounds: weights 26, 2 → 55.71, 4.29 → 56, 4', () => {
    expect(schedule('妥协成交型', 60, 2)).toEqual([56, 4])
  })
  it('刺激欲望型 60 over 7: 8.57 each, the four extra units go to the first rounds', () => {
    expect(schedule('刺激欲望型', 60, 7)).toEqual([9, 9, 9, 9, 8, 8, 8])
  })
  it('hold-firm phases are not smeared: 坚定冒险型, 愚蠢缴枪型 and 或冷或热型 over 12 rounds', () => {
    expect(schedule('坚定冒险型', 60, 12)).toEqual([...Array(11).fill(0), 60])
    expect(schedule('愚蠢缴枪型', 60, 12)).toEqual([60, ...Array(11).fill(0)])
    expect(schedule('或冷或热型', 60, 12)).toEqual([59, ...Array(10).fill(0), 1])
  })
  it('keeps the token of 或冷或热型 on a small budget: 10 over 12 → 9 … 1, not 10 … 0', () => {
    expect(schedule('或冷或热型', 10, 12)).toEqual([9, ...Array(10).fill(0), 1])
  })
  it('虚伪报价型 keeps its take-back at every length', () => {
    // Two rounds cannot take back inside the budget (61, −1 would pass the walk-away): all, then hold.
    expect(schedule('虚伪报价型', 60, 2)).toEqual([60, 0])
    expect(schedule('虚伪报价型', 60, 3)).toEqual([60, -1, 1])
    // main phase 50, 30, 10 → 33.33, 20, 6.67 → 33, 20, 7
    expect(schedule('虚伪报价型', 60, 5)).toEqual([33, 20, 7, -1, 1])
    // the token is a sixtieth of the total: 6000 → 100
    expect(schedule('虚伪报价型', 6000, 4)).toEqual([5000, 1000, -100, 100])
  })
  it('scales to other currency units without losing a cent', () => {
    expect(schedule('希望成交型', 6000, 4, 100)).toEqual([2200, 1700, 1300, 800])
    const cents = schedule('希望成交型', 1234.56, 7, 0.01)
    expect(cents.reduce((a, b) => a + Math.round(b * 100), 0)).toBe(123456)
    for (const c of cents) expect(Math.abs(c * 100 - Math.round(c * 100))).toBeLessThan(1e-6)
  })
  it('gives nothing when the total is 0', () => {
    for (const name of CONCESSION_PATTERN_NAMES) expect(schedule(name, 0, 5)).toEqual([0, 0, 0, 0, 0])
  })
})

describe('scaling invariants (property)', () => {
  const arb = fc.record({
    name: fc.constantFrom(...CONCESSION_PATTERN_NAMES),
    total: fc.integer({ min: 1, max: 2_000_000 }),
    rounds: fc.integer({ min: 2, max: 12 }),
  })

  it('has one step per round, whole units, summing to the total (强硬态度型: all zero)', () => {
    fc.assert(
      fc.property(arb, ({ name, total, rounds }) => {
        const s = schedule(name, total, rounds)
        expect(s).toHaveLength(rounds)
        for (const x of s) expect(Number.isInteger(x)).toBe(true)
        if (name === '强硬态度型') expect(s.every((x) => x === 0)).toBe(true)
        else expect(sum(s)).toBe(total)
      }),
      { numRuns: 2000 },
    )
  })

  it('希望成交型 never grows, 诱发幻想型 never shrinks, 妥协成交型 never grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 2, max: 12 }),
        (total, rounds) => {
          const down = schedule('希望成交型', total, rounds)
          const up = schedule('诱发幻想型', total, rounds)
          const conv = schedule('妥协成交型', total, rounds)
          for (let i = 1; i < rounds; i++) {
            expect(down[i]).toBeLessThanOrEqual(down[i - 1])
            expect(up[i]).toBeGreaterThanOrEqual(up[i - 1])
            expect(conv[i]).toBeLessThanOrEqual(conv[i - 1])
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('虚伪报价型 has exactly one negative step from 3 rounds on, and never offers more than total + token', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 3, max: 12 }),
        (total, rounds) => {
          const s = schedule('虚伪报价型', total, rounds)
          expect(s.filter((x) => x < 0)).toHaveLength(1)
          const token = -s.find((x) => x < 0)!
          let cum = 0
          for (const x of s) expect((cum += x)).toBeLessThanOrEqual(total + token)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('坚定冒险型 gives only in the last round and 愚蠢缴枪型 only in the first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 2, max: 12 }), (total, rounds) => {
        expect(
          schedule('坚定冒险型', total, rounds)
            .slice(0, -1)
            .every((x) => x === 0),
        ).toBe(true)
        expect(
          schedule('愚蠢缴枪型', total, rounds)
            .slice(1)
            .every((x) => x === 0),
        ).toBe(true)
      }),
    )
  })

  it('exact shapes sum to 1 (0 for 强硬态度型) at any length', () => {
    for (const name of CONCESSION_PATTERN_NAMES) {
      for (let r = 2; r <= 20; r++) {
        expect(sum(shapeWeights(name, r))).toBeCloseTo(name === '强硬态度型' ? 0 : 1, 9)
      }
    }
  })
})

describe('bad input', () => {
  const code = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      return e instanceof AppError ? `${e.code}:${e.zh}` : 'other'
    }
    return 'none'
  }
  it('refuses unknown patterns, rounds outside 2–12, negative or unsplittable totals, bad units', () => {
    expect(code(() => schedule('随便型', 60, 4))).toMatch(/^VALIDATION:.*随便型/)
    expect(code(() => schedule('希望成交型', 60, 1))).toMatch(/^VALIDATION:.*2–12/)
    expect(code(() => schedule('希望成交型', 60, 13))).toMatch(/^VALIDATION:.*13/)
    expect(code(() => schedule('希望成交型', 60, 2.5))).toMatch(/^VALIDATION/)
    expect(code(() => schedule('希望成交型', -1, 4))).toMatch(/^VALIDATION:.*非负/)
    expect(code(() => schedule('希望成交型', 7.505, 4))).toMatch(/^VALIDATION:.*分/)
    expect(code(() => schedule('希望成交型', 60, 4, 0))).toMatch(/^VALIDATION:.*单位/)
    expect(code(() => schedule('希望成交型', Number.NaN, 4))).toMatch(/^VALIDATION/)
  })
})
