import { describe, expect, it } from 'vitest'
import { defaultPopulation, simulatePopulation } from './simulate'
import { patternValues } from './value'

const opening = 3_850_000
const total = 700_000
const run = () =>
  simulatePopulation('all', defaultPopulation(opening, total), {
    trials: 5000,
    seed: 7,
    openingPrice: opening,
    total,
    rounds: 4,
  })

describe('patternValues', () => {
  it('ranks by expected margin over the floor, not by deal rate', () => {
    const result = run()
    const floor = opening - total
    const values = patternValues(result, { floor })
    expect(values).toHaveLength(9)
    for (let i = 1; i < values.length; i++)
      expect(values[i].expectedValue).toBeLessThanOrEqual(values[i - 1].expectedValue)
    for (const v of values) {
      const r = result.results.find((x) => x.pattern === v.pattern)!
      expect(v.dealProbability).toBe(r.dealProbability)
      if (r.finalPrice) {
        expect(v.meanMargin).toBeCloseTo(r.finalPrice.mean - floor, 2)
        expect(v.expectedValue).toBeCloseTo(r.dealProbability * (r.finalPrice.mean - floor), 1)
      } else expect(v.expectedValue).toBe(0)
    }
    // Giving everything away in round 1 always closes, at the floor: it earns nothing.
    const giveAll = values.find((v) => v.pattern === '愚蠢缴枪型')!
    expect(giveAll.dealProbability).toBe(1)
    expect(giveAll.expectedValue).toBe(0)
    expect(values[0].expectedValue).toBeGreaterThan(giveAll.expectedValue)
    expect(values.at(-1)!.pattern).toBe('愚蠢缴枪型')
  })

  it('says which patterns leak information', () => {
    const leaks = Object.fromEntries(
      patternValues(run(), { floor: null }).map((v) => [v.pattern, v.leaks.map((w) => w.code)]),
    )
    expect(leaks['刺激欲望型']).toEqual(['EQUAL_STEPS'])
    expect(leaks['诱发幻想型']).toEqual(['GROWING_STEPS'])
    expect(leaks['愚蠢缴枪型']).toEqual(['FRONT_LOADED'])
    expect(leaks['或冷或热型']).toContain('FRONT_LOADED')
    expect(leaks['虚伪报价型']).toContain('TAKE_BACK')
    expect(leaks['希望成交型']).toEqual([])
    expect(leaks['强硬态度型']).toEqual([])
  })

  it('without a floor ranks by expected revenue and has no margin', () => {
    const values = patternValues(run(), { floor: null })
    for (const v of values) {
      expect(v.meanMargin).toBeNull()
      expect(v.expectedValue).toBeCloseTo(v.dealProbability * (v.meanPrice ?? 0), 1)
    }
  })
})
