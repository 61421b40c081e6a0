import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONCESSION_PATTERN_NAMES, NegotiationStyleSchema } from '@shared/schemas'
import { STYLE_TRAITS } from './buyer'
import { AppError } from '@shared/errors'
import { populationIssues } from './population-rules'
import {
  defaultPopulation,
  quantile,
  simulateOne,
  simulatePopulation,
  type BuyerPopulation,
} from './simulate'

const plan = { openingPrice: 1000, total: 60, rounds: 4 }

describe('simulateOne', () => {
  it('plays 希望成交型 against one buyer round by round (traced by hand)', () => {
    // buyer: target 930, reservation 990, patience 5, 合作型, trust 0.8 → accept line 930 + 60 × 0.6 × 0.8 = 958.8
    // r1 978: probe. r2 961: ratio 17/22, room over 3 rounds ≈ 31.1 → 929.9 ≤ 930 → push.
    // r3 948: ratio 13/17, room over 2 rounds ≈ 17.5 → 930.5 > 930, and 948 ≤ 958.8 → accept.
    const r = simulateOne(
      '希望成交型',
      plan,
      { target: 930, reservation: 990, patience: 5, style: '合作型', trust: 0.8 },
      3,
    )
    expect(r.steps).toEqual([22, 17, 13, 8])
    expect(r.rows.map((x) => [x.round, x.concession, x.price, x.action])).toEqual([
      [1, 22, 978, 'probe'],
      [2, 17, 961, 'push'],
      [3, 13, 948, 'accept'],
    ])
    // the buyer computes 929.87 and names 929: whole 元, like the seller's unit
    expect(r.rows[1].counterOffer).toBe(929)
    expect(r.outcome).toEqual({ deal: true, finalPrice: 948, rounds: 3 })
    for (const row of r.rows) expect(row.message.zh).toMatch(/[\u4e00-\u9fff]/)
  })

  it('强硬态度型 deadlocks: the buyer threatens, then walks when its patience runs out', () => {
    const r = simulateOne('强硬态度型', plan, {
      target: 930,
      reservation: 990,
      patience: 3,
      style: '合作型',
      trust: 1,
    })
    expect(r.rows.map((x) => x.action)).toEqual(['probe', 'threaten', 'walk'])
    expect(r.outcome).toEqual({ deal: false, finalPrice: null, rounds: 3 })
  })

  it('continues past the plan with the seller holding its last price until the buyer decides', () => {
    const r = simulateOne('希望成交型', plan, {
      target: 900,
      reservation: 945,
      patience: 6,
      style: '合作型',
      trust: 1,
    })
    expect(r.rows.length).toBeGreaterThan(4)
    expect(r.rows.slice(4).every((x) => x.concession === 0 && x.price === 940)).toBe(true)
    expect(r.outcome.deal).toBe(true)
    expect(r.outcome.finalPrice).toBe(940)
  })

  it('accepts custom steps and the take-back costs trust on the way', () => {
    const r = simulateOne([30, 20, -5, 5], plan, {
      target: 900,
      reservation: 1000,
      patience: 8,
      style: '竞争型',
      trust: 0.9,
    })
    expect(r.rows[2].trust).toBeCloseTo(0.4, 10)
    expect(() =>
      simulateOne([30], plan, { target: 900, reservation: 1000, patience: 8, style: '竞争型', trust: 0.9 }),
    ).toThrow(AppError)
  })

  it('is reproducible for a seed', () => {
    const b = { target: 930, reservation: 990, patience: 6, style: '竞争型' as const, trust: 0.7 }
    expect(simulateOne('刺激欲望型', plan, b, 11)).toEqual(simulateOne('刺激欲望型', plan, b, 11))
  })
})

describe('simulatePopulation', () => {
  const pop = defaultPopulation(1000, 60)
  const opts = { ...plan, trials: 10_000, seed: 42 }

  it('matches the closed form for 强硬态度型: a deal only when the reservation reaches the opening price', () => {
    // reservation ~ triangular(952, 976, 1012): P(≥ 1000) = 12² / (60 × 36) = 0.0667; every deal is at 1000
    const r = simulatePopulation('强硬态度型', pop, opts).results[0]
    expect(r.dealProbability).toBeGreaterThan(0.0667 - 0.01)
    expect(r.dealProbability).toBeLessThan(0.0667 + 0.01)
    expect(r.finalPrice).toMatchObject({ mean: 1000, sd: 0, p10: 1000, p50: 1000, p90: 1000 })
  })

  it('愚蠢缴枪型 always closes at opening − total, all in the lowest histogram bin', () => {
    const r = simulatePopulation('愚蠢缴枪型', pop, opts).results[0]
    expect(r.dealProbability).toBe(1)
    expect(r.finalPrice).toMatchObject({ mean: 940, sd: 0, min: 940, max: 940 })
    expect(r.histogram[0]).toEqual({ from: 940, to: 946, count: 10_000 })
    expect(r.histogram.slice(1).every((b) => b.count === 0)).toBe(true)
  })

  it('reports, for every pattern, stats that hang together', () => {
    const all = simulatePopulation('all', pop, opts)
    expect(all.results.map((r) => r.pattern)).toHaveLength(9)
    for (const r of all.results) {
      expect(r.deals).toBe(Math.round(r.dealProbability * 10_000))
      expect(r.histogram.reduce((a, b) => a + b.count, 0)).toBe(r.deals)
      if (r.finalPrice) {
        const f = r.finalPrice
        expect(f.min).toBeLessThanOrEqual(f.p10)
        expect(f.p10).toBeLessThanOrEqual(f.p50)
        expect(f.p50).toBeLessThanOrEqual(f.p90)
        expect(f.p90).toBeLessThanOrEqual(f.max)
        expect(f.min).toBeGreaterThanOrEqual(939)
        expect(f.max).toBeLessThanOrEqual(1000)
        expect(r.meanRounds).toBeGreaterThanOrEqual(1)
      }
    }
    const by = Object.fromEntries(all.results.map((r) => [r.pattern, r]))
    // the recommended default closes more often than equal or growing steps, at a price no lower
    expect(by['希望成交型'].dealProbability).toBeGreaterThan(by['刺激欲望型'].dealProbability)
    expect(by['希望成交型'].dealProbability).toBeGreaterThan(by['诱发幻想型'].dealProbability)
    // firmness until the end risks deadlock
    expect(by['坚定冒险型'].dealProbability).toBeLessThan(by['希望成交型'].dealProbability)
  })

  it('is reproducible for a seed, differs for another, and every pattern meets the same buyers', () => {
    const a = simulatePopulation('all', pop, { ...opts, trials: 2000 })
    expect(simulatePopulation('all', pop, { ...opts, trials: 2000 })).toEqual(a)
    expect(simulatePopulation('all', pop, { ...opts, trials: 2000, seed: 43 })).not.toEqual(a)
    const one = simulatePopulation('妥协成交型', pop, { ...opts, trials: 2000 }).results[0]
    const fromAll = a.results.find((r) => r.pattern === '妥协成交型')!
    expect(one.deals).toBe(fromAll.deals)
    expect(one.finalPrice).toEqual(fromAll.finalPrice)
  })

  it('runs 10,000 negotiations per pattern well under a second', () => {
    simulatePopulation('all', pop, { ...opts, trials: 1000 })
    const t0 = performance.now()
    simulatePopulation('all', pop, opts)
    const perPattern = (performance.now() - t0) / 9
    expect(perPattern).toBeLessThan(250)
  })

  it('respects a single buyer style', () => {
    const only: BuyerPopulation = { ...pop, styleWeights: { 迁就型: 1 } }
    const r = simulatePopulation('强硬态度型', only, opts).results[0]
    // 迁就型 decides one round early but still only within its reservation: the same closed form
    expect(r.dealProbability).toBeGreaterThan(0.0667 - 0.01)
    expect(r.dealProbability).toBeLessThan(0.0667 + 0.01)
    expect(r.meanRounds).toBeLessThan(
      simulatePopulation('强硬态度型', { ...pop, styleWeights: { 竞争型: 1 } }, opts).results[0].meanRounds!,
    )
  })

  it('refuses a bad population or trial count', () => {
    expect(() =>
      simulatePopulation('all', { ...pop, target: { low: 950, likely: 940, high: 960 } }, opts),
    ).toThrow(/target/)
    expect(() =>
      simulatePopulation('all', { ...pop, trust: { low: 0, likely: 0.5, high: 2 } }, opts),
    ).toThrow(/trust/)
    expect(() => simulatePopulation('all', { ...pop, styleWeights: { 竞争型: 0 } }, opts)).toThrow(AppError)
    expect(() => simulatePopulation('all', pop, { ...opts, trials: 0 })).toThrow(/trials/)
    expect(() => simulatePopulation('随便型', pop, opts)).toThrow(/随便型/)
    expect(() => simulatePopulation('all', pop, { ...opts, rounds: 13 })).toThrow(/13/)
  })
})

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    const s = [1, 2, 3, 4]
    expect(quantile(s, 4, 0.1)).toBeCloseTo(1.3, 10)
    expect(quantile(s, 4, 0.5)).toBe(2.5)
    expect(quantile(s, 4, 0.9)).toBeCloseTo(3.7, 10)
    expect(quantile([7], 1, 0.9)).toBe(7)
  })
})

describe('buyer invariants (property)', () => {
  it('never pays above its reservation, walks only above it, and decides by the end of its patience', () => {
    const arb = fc.record({
      pattern: fc.constantFrom(...CONCESSION_PATTERN_NAMES),
      rounds: fc.integer({ min: 2, max: 12 }),
      total: fc.integer({ min: 0, max: 500 }),
      target: fc.integer({ min: 400, max: 1000 }),
      extra: fc.integer({ min: 0, max: 300 }),
      patience: fc.integer({ min: 1, max: 12 }),
      style: fc.constantFrom(...NegotiationStyleSchema.options),
      trust: fc.double({ min: 0, max: 1, noNaN: true }),
      seed: fc.integer(),
    })
    fc.assert(
      fc.property(arb, (a) => {
        const b = {
          target: a.target,
          reservation: a.target + a.extra,
          patience: a.patience,
          style: a.style,
          trust: a.trust,
        }
        const r = simulateOne(a.pattern, { openingPrice: 1000, total: a.total, rounds: a.rounds }, b, a.seed)
        const last = r.rows[r.rows.length - 1]
        expect(r.outcome.rounds).toBeLessThanOrEqual(
          Math.max(1, a.patience + STYLE_TRAITS[a.style].patienceDelta),
        )
        if (r.outcome.deal) expect(r.outcome.finalPrice!).toBeLessThanOrEqual(b.reservation)
        else expect(last.price).toBeGreaterThan(b.reservation)
        for (let i = 1; i < r.rows.length; i++)
          expect(r.rows[i].trust).toBeLessThanOrEqual(r.rows[i - 1].trust)
      }),
      { numRuns: 1500 },
    )
  })
})

describe('populationIssues (the form shows them at each field)', () => {
  const pop = defaultPopulation(1_000_000, 100_000)
  it('accepts the default population', () => {
    expect(populationIssues(pop, 10_000)).toEqual([])
  })
  it('names the field of each problem', () => {
    const bad = {
      ...pop,
      target: { low: 900_000, likely: 800_000, high: 950_000 },
      trust: { low: 0.4, likely: 0.8, high: 1.5 },
      patience: { low: Number.NaN, likely: 4, high: 6 },
      styleWeights: { 竞争型: -1 },
    }
    expect(populationIssues(bad, 0).map((i) => i.path)).toEqual([
      'target.likely',
      'patience.low',
      'trust.high',
      'styleWeights.竞争型',
      'trials',
    ])
    expect(populationIssues({ ...pop, styleWeights: {} }, 10).map((i) => i.zh)).toEqual([
      '至少一种风格的权重须大于 0',
    ])
  })
  it('the simulation refuses with the first of them', () => {
    const bad = { ...pop, reservation: { low: 5, likely: 4, high: 6 } }
    expect(() =>
      simulatePopulation('all', bad, {
        openingPrice: 1_000_000,
        total: 100_000,
        rounds: 4,
        unit: 1000,
        trials: 10,
        seed: 1,
      }),
    ).toThrow(/reservation\.likely/)
  })
})
