import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computeStandings,
  analyzeMatrix,
  coverageWarnings,
  overtakePrice,
  priceSensitivity,
  uncoveredItems,
  validateMatrix,
} from '@shared/domain/matrices/matrix'
import { prepareMatrix } from '@shared/domain/matrices/prepare'
import { standingsOf } from '@shared/domain/matrices/standings'
import { makeMatrix, type BidderSpec, type ItemSpec } from './helpers'

/**
 * Items: 价格 30, 商务 A 10 (objective), 技术 B 30, 技术 C 30.
 * us: 8 + 25 + 24 = 57 (tech 49); X: 10 + 27 + 26 = 63 (tech 53), price 950000; Y: 6 + 20 + 22 = 48, price 900000.
 */
const items: ItemSpec[] = [
  { id: 'P', category: '价格', maxPoints: 30 },
  { id: 'A', category: '商务', maxPoints: 10, kind: 'objective', self: 8, est: { X: 10, Y: 6 } },
  { id: 'B', category: '技术', maxPoints: 30, self: 25, est: { X: 27, Y: [15, 20, 25] } },
  { id: 'C', category: '技术', maxPoints: 30, self: 24, est: { X: 26, Y: 22 } },
]
const bidders: BidderSpec[] = [
  { id: 'us', isUs: true },
  { id: 'X', price: 950000 },
  { id: 'Y', price: 900000 },
]
const base = makeMatrix(items, bidders, { ourPrice: 1000000 })

describe('standings', () => {
  it('totals, category sums and ranks at our current price (hand-computed)', () => {
    const s = computeStandings(base)
    const by = Object.fromEntries(s.bidders.map((b) => [b.bidderId, b]))
    // lowest 900000: us 900000×30/1e6 = 27.00; X 28.4210… → 28.42; Y 30
    expect(by.us.priceScore).toBe(27)
    expect(by.X.priceScore).toBe(28.42)
    expect(by.Y.priceScore).toBe(30)
    expect(by.us.categories).toEqual({ 价格: 27, 商务: 8, 技术: 49, 其他: 0 })
    expect(by.X.total).toBe(91.42)
    expect(by.us.total).toBe(84)
    expect(by.Y.total).toBe(78)
    expect([by.X.rank, by.us.rank, by.Y.rank]).toEqual([1, 2, 3])
    expect(s.leader).toEqual({ bidderId: 'X', name: '对手X', total: 91.42 })
    expect(s.weLead).toBe(false)
    expect(s.benchmark).toBe(900000)
  })

  it('takes a price argument over the stored one, and names left-out bidders', () => {
    const m = makeMatrix(items, [...bidders, { id: 'Z' }], { ourPrice: 1000000 })
    const s = computeStandings(m, 800000)
    expect(s.ourPrice).toBe(800000)
    expect(s.bidders.find((b) => b.isUs)!.priceScore).toBe(30)
    expect(s.excluded.map((e) => e.bidderId)).toEqual(['Z'])
  })

  it('warns about unscored items and counts them as 0', () => {
    const m = makeMatrix([...items, { id: 'D', category: '其他', maxPoints: 0, self: 0 }], bidders, {
      ourPrice: 1e6,
    })
    const s = computeStandings(m)
    expect(s.warnings.map((w) => w.en).join()).toMatch(/对手X has 1 unscored item/)
  })

  it('refuses a matrix without us or without our price', () => {
    expect(() => computeStandings(makeMatrix(items, [{ id: 'X', price: 1 }]))).toThrow(/marked as us/)
    expect(() => computeStandings(makeMatrix(items, bidders))).toThrow(/our price/)
  })
})

describe('overtake price', () => {
  it('solves the exact cent where we pass the leader (lowest-price rule)', () => {
    // Below 900000 we score 30 + 57 = 87; X scores p×30/950000 + 63 and wins a tie on tech (53 > 49).
    // X's rounded price score must be < 24.00, i.e. p×30/950000 < 23.995 → p < 759841.666…
    const r = overtakePrice(base)
    expect(r.status).toBe('found')
    expect(r.price).toBe(759841.66)
    expect(r.leader?.bidderId).toBe('X')
    expect(r.cutPct).toBe(24.0158) // (1e6 − 759841.66) / 1e6 = 24.015834 %, 4 decimals
    const prep = prepareMatrix(base)
    expect(standingsOf(prep, 759841.66).weLead).toBe(true)
    expect(standingsOf(prep, 759841.67).weLead).toBe(false)
  })

  it('reports leading (null price) when we are already first', () => {
    const r = overtakePrice(base, 700000)
    expect(r.status).toBe('leading')
    expect(r.price).toBeNull()
  })

  it('reports impossible when even a price near 0 cannot win', () => {
    // us 5 + 20 + 15 = 40 (+30 at best) = 70; X 10 + 30 + 30 = 70 and wins the tie on technical points.
    const m = makeMatrix(
      [
        items[0],
        { id: 'A', category: '商务', maxPoints: 10, self: 5, est: { X: 10 } },
        { id: 'B', category: '技术', maxPoints: 30, self: 20, est: { X: 30 } },
        { id: 'C', category: '技术', maxPoints: 30, self: 15, est: { X: 30 } },
      ],
      [
        { id: 'us', isUs: true },
        { id: 'X', price: 950000 },
      ],
      { ourPrice: 1e6 },
    )
    const r = overtakePrice(m)
    expect(r.status).toBe('impossible')
    expect(r.price).toBeNull()
  })

  it('works under the average benchmark where cutting too far loses points', () => {
    // One competitor at 1000 with 5 more non-price points. Average of two prices, 2 points per % above,
    // 2 per % below: we win only in a window around X's price.
    const m = makeMatrix(
      [
        { id: 'P', category: '价格', maxPoints: 30 },
        { id: 'T', category: '技术', maxPoints: 70, self: 60, est: { X: 65 } },
      ],
      [
        { id: 'us', isUs: true },
        { id: 'X', price: 1000 },
      ],
      { ourPrice: 1200, priceRule: { method: 'average', pointsPerPctAbove: 2, pointsPerPctBelow: 2 } },
    )
    // At price p, B = (p + 1000)/2, both are |p−B|/B·100 % away, so both lose the same: we never gain the 5.
    expect(overtakePrice(m).status).toBe('impossible')
    // With a 0-point penalty below the benchmark, pricing below X gives us 30 and X 30 − 2·d: we need d > 2.5 %.
    const m2 = { ...m, priceRule: { ...m.priceRule, pointsPerPctBelow: 0 } }
    const r = overtakePrice(m2)
    expect(r.status).toBe('found')
    // A tie at 90.00 goes to X (tech 65 > 60), so X's rounded price score must be ≤ 24.99: its deduction
    // 200·(1000 − B)/B > 5.005 → B < 1000/1.025025 = 975.58596… → p = 2B − 1000 < 951.1719 → 951.17.
    expect(r.price).toBe(951.17)
  })

  it('matches a brute-force scan over every cent (lowest and lowestEvaluated)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('lowest' as const, 'lowestEvaluated' as const),
        fc.array(
          fc.record({ price: fc.integer({ min: 200, max: 900 }), np: fc.integer({ min: 0, max: 60 }) }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        (method, comps, ourNp, sme) => {
          const m = makeMatrix(
            [
              { id: 'P', category: '价格', maxPoints: 30 },
              {
                id: 'T',
                category: '技术',
                maxPoints: 70,
                self: ourNp,
                est: Object.fromEntries(comps.map((c, i) => [`c${i}`, c.np])),
              },
            ],
            [{ id: 'us', isUs: true, sme }, ...comps.map((c, i) => ({ id: `c${i}`, price: c.price }))],
            { ourPrice: 1000, priceRule: { method } },
          )
          const prep = prepareMatrix(m)
          let best: number | null = null
          for (let c = 99999; c >= 1; c--) {
            if (standingsOf(prep, c / 100).weLead) {
              best = c / 100
              break
            }
          }
          const r = overtakePrice(m)
          if (standingsOf(prep, 1000).weLead) expect(r.status).toBe('leading')
          else expect(r.price).toBe(best)
        },
      ),
      { numRuns: 15 },
    )
  })
})

describe('sensitivity', () => {
  it('points gained per 1 % cut when we are not the lowest', () => {
    // 27e6/p: at 1e6 → 27, at 990000 → 27.2727…; X stays (benchmark is Y) so the margin moves the same
    const s = priceSensitivity(base)
    expect(s.pointsPerPctCut).toBeCloseTo(27 / 0.99 - 27, 9)
    expect(s.marginPerPctCut).toBeCloseTo(27 / 0.99 - 27, 9)
  })

  it('when we are the lowest our score stays full and the leader loses 1 % of its price score', () => {
    // at 800000: X = 800000×30/950000 + 63 = 88.263…; at 792000 X's price score falls by 1 %
    const s = priceSensitivity(base, 800000)
    expect(s.pointsPerPctCut).toBe(0)
    expect(s.marginPerPctCut).toBeCloseTo(0.01 * ((800000 * 30) / 950000), 9)
  })
})

describe('validation and coverage', () => {
  it('accepts a clean matrix', () => {
    expect(validateMatrix(base).filter((f) => f.severity === 'error')).toEqual([])
    expect(validateMatrix(base).map((f) => f.code)).toEqual([])
  })

  it('flags empty names, bad points, totals ≠ 100, self-scores and estimates out of range', () => {
    const m = makeMatrix(items, bidders, { ourPrice: 1e6 })
    m.items[1].name = '  '
    m.items[2].maxPoints = -3
    ;(m.items[3] as { maxPoints: unknown }).maxPoints = '三十'
    const codes = validateMatrix(m).map((f) => `${f.severity}:${f.code}:${f.itemId ?? ''}`)
    expect(codes).toContain('error:EMPTY_NAME:A')
    expect(codes).toContain('error:BAD_POINTS:B')
    expect(codes).toContain('error:BAD_POINTS:C')
    expect(codes).toContain('warning:TOTAL_NOT_100:')

    const m2 = makeMatrix(
      [
        { id: 'P', category: '价格', maxPoints: 20 },
        { id: 'T', category: '技术', maxPoints: 80, self: 81, est: { X: [50, 40, 60], Y: 90 } },
      ],
      bidders,
      { ourPrice: 1e6, priceRule: { weight: 25 } },
    )
    const c2 = validateMatrix(m2).map((f) => `${f.code}:${f.bidderId ?? ''}`)
    expect(c2).toEqual(
      expect.arrayContaining([
        'SELF_SCORE_OUT_OF_RANGE:',
        'ESTIMATE_OUT_OF_RANGE:X',
        'ESTIMATE_OUT_OF_RANGE:Y',
        'PRICE_ITEMS_NE_WEIGHT:',
        'PRICE_WEIGHT_BELOW_FLOOR:',
      ]),
    )
    expect(c2).not.toContain('TOTAL_NOT_100:')
  })

  it('flags missing or duplicate us and competitors without a price', () => {
    const m = makeMatrix(items, [{ id: 'X' }, { id: 'Y', price: 1 }])
    expect(validateMatrix(m).map((f) => `${f.code}:${f.bidderId ?? ''}`)).toEqual(
      expect.arrayContaining(['NO_US:', 'COMPETITOR_NO_PRICE:X']),
    )
    const two = makeMatrix(items, [
      { id: 'a', isUs: true },
      { id: 'b', isUs: true },
    ])
    expect(validateMatrix(two).map((f) => f.code)).toContain('MANY_US')
  })

  it('uncoveredItems: scored non-price items without any evidence link', () => {
    const m = makeMatrix(items, bidders)
    m.items[1].evidence.materialIds = ['mat1']
    m.items[2].evidence.sectionIds = ['s1']
    expect(uncoveredItems(m).map((i) => i.id)).toEqual(['C'])
    expect(uncoveredItems(m, { includePrice: true }).map((i) => i.id)).toEqual(['P', 'C'])
    m.items[3].evidence.requirementIds = ['r1']
    expect(uncoveredItems(m)).toEqual([])
    m.items[3].evidence.requirementIds = []
    const [w] = coverageWarnings(m)
    expect(w.itemId).toBe('C')
    expect(w.message.zh).toContain('评分项C')
  })
})

describe('analyzeMatrix (the live view in one call)', () => {
  it('bundles standings, overtake, sensitivity and findings', () => {
    const a = analyzeMatrix(base)
    expect(a.standings?.ourRank).toBe(2)
    expect(a.overtake?.price).toBe(759841.66)
    expect(a.sensitivity?.pointsPerPctCut).toBeCloseTo(27 / 0.99 - 27, 9)
    expect(a.totalMaxPoints).toBe(100)
    expect(a.categoryMaxPoints).toEqual({ 价格: 30, 商务: 10, 技术: 60, 其他: 0 })
    expect(a.findings.map((f) => f.code)).toEqual(['NO_EVIDENCE', 'NO_EVIDENCE', 'NO_EVIDENCE'])
  })

  it('does not throw on a draft it cannot score; the findings say why', () => {
    const noPrice = analyzeMatrix(makeMatrix(items, bidders))
    expect(noPrice.standings).toBeNull()
    expect(noPrice.findings.find((f) => f.code === 'CANNOT_SCORE')?.message.en).toMatch(/our price/)
    const noUs = analyzeMatrix(makeMatrix(items, [{ id: 'X', price: 1 }]))
    expect(noUs.standings).toBeNull()
    expect(noUs.findings.map((f) => f.code)).toContain('NO_US')
  })
})
