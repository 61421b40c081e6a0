import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { CONCESSION_PATTERN_NAMES } from '@shared/schemas'
import { classifySequence } from './classify'
import { lintPlan } from './lint'
import { schedule } from './schedule'

describe('classifySequence', () => {
  it('recognises every pattern’s own schedule at every length and several totals', () => {
    for (const name of CONCESSION_PATTERN_NAMES) {
      for (let r = 2; r <= 12; r++) {
        for (const total of [60, 100, 6000, 12345]) {
          // 虚伪报价型 over two rounds cannot take back inside the budget, so it is 愚蠢缴枪型's [all, 0].
          const expected = name === '虚伪报价型' && r === 2 ? '愚蠢缴枪型' : name
          expect(classifySequence(schedule(name, total, r)).pattern, `${name} ${total}/${r}`).toBe(expected)
        }
      }
    }
  })

  it('names hand-made sequences and returns the signal', () => {
    expect(classifySequence([20, 15, 10, 5]).pattern).toBe('希望成交型')
    expect(classifySequence([10, 10, 10, 10]).pattern).toBe('刺激欲望型')
    expect(classifySequence([5, 10, 15, 20]).pattern).toBe('诱发幻想型')
    expect(classifySequence([40, 0, 0, 0, 0]).pattern).toBe('愚蠢缴枪型')
    expect(classifySequence([0, 0, 0, 0, 50]).pattern).toBe('坚定冒险型')
    expect(classifySequence([0, 0, 0]).pattern).toBe('强硬态度型')
    const c = classifySequence([30, 10, -5, 5])
    expect(c.pattern).toBe('虚伪报价型')
    expect(c.signal.zh).toContain('收回')
    expect(c.ranking).toHaveLength(9)
    expect(c.ranking[0].distance).toBeLessThanOrEqual(c.ranking[1].distance)
  })

  it('judges a deal closed early by its shape, not by the unspent budget', () => {
    expect(classifySequence([22, 17, 13], { total: 60 }).pattern).toBe('希望成交型')
  })

  it('reads a sliver of the planned budget as no concession at all', () => {
    expect(classifySequence([2, 1, 0, 0], { total: 60 }).pattern).toBe('强硬态度型')
    expect(classifySequence([2, 1, 0, 0]).pattern).not.toBe('强硬态度型')
  })

  it('reads a single round as that round followed by nothing', () => {
    expect(classifySequence([60]).pattern).toBe('愚蠢缴枪型')
  })
})

describe('lintPlan', () => {
  const codes = (w: { code: string }[]) => w.map((x) => x.code)

  it('has nothing to say about the recommended default within the walk-away', () => {
    expect(
      lintPlan({ pattern: '希望成交型', total: 60, rounds: 4, openingPrice: 1000, walkAway: 940 }),
    ).toEqual([])
  })

  it('flags the round that first goes below the walk-away: 1000 − (22+17+13) = 948 < 950', () => {
    const w = lintPlan({ pattern: '希望成交型', total: 60, rounds: 4, openingPrice: 1000, walkAway: 950 })
    expect(w).toHaveLength(1)
    expect(w[0]).toMatchObject({ code: 'BREAKS_WALK_AWAY', round: 3 })
    expect(w[0].zh).toContain('948')
    expect(w[0].en).toContain('at most 50')
  })

  it('flags an opening price already below the walk-away', () => {
    expect(
      codes(lintPlan({ pattern: '希望成交型', total: 60, rounds: 4, openingPrice: 900, walkAway: 950 })),
    ).toContain('OPENING_BELOW_WALK_AWAY')
  })

  it('skips the walk-away check when prices are not set', () => {
    expect(
      lintPlan({ pattern: '希望成交型', total: 60, rounds: 4, openingPrice: null, walkAway: null }),
    ).toEqual([])
  })

  it('flags equal steps, growing steps and front-loading with the pattern that sends them', () => {
    expect(codes(lintPlan({ pattern: '刺激欲望型', total: 60, rounds: 4 }))).toEqual(['EQUAL_STEPS'])
    expect(codes(lintPlan({ pattern: '诱发幻想型', total: 60, rounds: 4 }))).toEqual(['GROWING_STEPS'])
    expect(codes(lintPlan({ pattern: '愚蠢缴枪型', total: 60, rounds: 4 }))).toEqual(['FRONT_LOADED'])
    expect(codes(lintPlan({ pattern: '或冷或热型', total: 60, rounds: 4 }))).toEqual(['FRONT_LOADED'])
    expect(codes(lintPlan({ pattern: '坚定冒险型', total: 60, rounds: 4 }))).toEqual([])
    expect(codes(lintPlan({ pattern: '妥协成交型', total: 60, rounds: 4 }))).toEqual([])
  })

  it('flags the take-back of 虚伪报价型 at round 3, and its front-loading (50 of 60)', () => {
    const w = lintPlan({ pattern: '虚伪报价型', total: 60, rounds: 4 })
    expect(codes(w)).toEqual(['FRONT_LOADED', 'TAKE_BACK'])
    expect(w[1].round).toBe(3)
    expect(w[0].zh).toContain('83%')
  })

  it('with two rounds 虚伪报价型 stays at a walk-away set at opening − total (no over-given token)', () => {
    const w = lintPlan({ pattern: '虚伪报价型', total: 60, rounds: 2, openingPrice: 1000, walkAway: 940 })
    expect(w.find((x) => x.code === 'BREAKS_WALK_AWAY')).toBeUndefined()
    const custom = lintPlan({ steps: [61, -1], total: 60, rounds: 2, openingPrice: 1000, walkAway: 940 })
    expect(custom.find((x) => x.code === 'BREAKS_WALK_AWAY')).toMatchObject({ round: 1 })
  })

  it('checks custom steps: wrong sum, growing, take-back', () => {
    const w = lintPlan({ steps: [10, 20, -5], total: 30, rounds: 3 })
    expect(codes(w)).toEqual(['SUM_MISMATCH', 'GROWING_STEPS', 'TAKE_BACK'])
    expect(w[0].zh).toContain('25')
  })

  it('counts steps within 10 % of the largest as equal (16 − 14.5 = 1.5 ≤ 1.6; 20 − 10 is not)', () => {
    expect(codes(lintPlan({ steps: [15, 16, 15, 14.5], total: 60.5, rounds: 4 }))).toEqual(['EQUAL_STEPS'])
    expect(codes(lintPlan({ steps: [20, 16, 14, 10], total: 60, rounds: 4 }))).toEqual([])
  })

  it('refuses a custom plan without steps or with too many rounds', () => {
    expect(() => lintPlan({ total: 60, rounds: 4 })).toThrow(AppError)
    expect(() => lintPlan({ steps: Array(13).fill(1), total: 13, rounds: 13 })).toThrow(/12/)
  })
})
