import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { lintPriceWeight, priceScores } from '@shared/domain/matrices/price'
import { rankBids } from '@shared/domain/matrices/rank'
import { roundHalfUp, toCents } from '@shared/domain/matrices/round'

const P = (...ps: number[]) => ps.map((price) => ({ price }))

describe('roundHalfUp', () => {
  it('rounds decimal halves up although their binary value is below the half', () => {
    expect(roundHalfUp(28.505)).toBe(28.51)
    expect(roundHalfUp(1.005)).toBe(1.01)
    expect(roundHalfUp(2.675)).toBe(2.68)
    expect(roundHalfUp(0.125)).toBe(0.13)
    expect(roundHalfUp(28.504)).toBe(28.5)
    expect(roundHalfUp(28.499999999999996)).toBe(28.5)
    expect(roundHalfUp(-1.005)).toBe(-1.01)
    expect(roundHalfUp(23.75, 1)).toBe(23.8)
    expect(toCents(91.42)).toBe(9142)
  })
})

describe('低价优先 (87号令 art. 55)', () => {
  it('DOMAIN.md example: weight 30, 950000 / 1000000 / 1200000 → 30.00 / 28.50 / 23.75', () => {
    const r = priceScores(P(950000, 1000000, 1200000), { method: 'lowest', weight: 30 })
    expect(r.scores).toEqual([30, 28.5, 23.75])
    expect(r.benchmark).toBe(950000)
  })

  it('keeps the order given and scores against the lowest wherever it is', () => {
    const r = priceScores(P(1200000, 950000, 1000000), { weight: 30 })
    expect(r.scores).toEqual([23.75, 30, 28.5])
  })

  it('rounds a score of exactly 28.505 up to 28.51', () => {
    // 57010 × 30 / 60000 = 28.505 in decimals; binary division lands just below it.
    const r = priceScores(P(57010, 60000), { weight: 30 })
    expect(r.scores).toEqual([30, 28.51])
    // 67 × 30 / 2000 = 1.005, which Math.round(x * 100) / 100 would turn into 1.00
    expect(priceScores(P(67, 2000), { weight: 30 }).scores).toEqual([30, 1.01])
  })

  it('weight 10 (services floor): 80 / 100 → 10 / 8', () => {
    expect(priceScores(P(80, 100), { weight: 10 }).scores).toEqual([10, 8])
  })
})

describe('average benchmark', () => {
  const avg = { method: 'average' as const, weight: 30, pointsPerPctAbove: 1, pointsPerPctBelow: 0.5 }

  it('full points at the mean, minus 1 per % above and 0.5 per % below, exact percentages', () => {
    // mean 1050: 900 is 14.2857 % below → 30 − 7.1429; 1200 is 14.2857 % above → 30 − 14.2857
    const r = priceScores(P(900, 1000, 1100, 1200), avg)
    expect(r.benchmark).toBe(1050)
    expect(r.droppedExtremes).toBe(false)
    expect(r.scores).toEqual([22.86, 27.62, 25.24, 15.71])
  })

  it('drops the highest and lowest only when there are at least N bids', () => {
    // 4 bids, N = 5: mean of all four = 1100
    const keep = priceScores(P(800, 1000, 1100, 1500), { ...avg, dropExtremesWhenAtLeast: 5 })
    expect(keep.benchmark).toBe(1100)
    expect(keep.droppedExtremes).toBe(false)
    // 800: 27.2727 % below → 16.36; 1000: 9.0909 % below → 25.45; 1500: 36.36 % above → floor 0
    expect(keep.scores).toEqual([16.36, 25.45, 30, 0])
    // N = 4: drop 800 and 1500 → mean 1050
    const drop = priceScores(P(800, 1000, 1100, 1500), { ...avg, dropExtremesWhenAtLeast: 4 })
    expect(drop.benchmark).toBe(1050)
    expect(drop.droppedExtremes).toBe(true)
    // 800: 23.8095 % below → 18.10; 1000: 4.7619 % below → 27.62; 1100: 4.7619 % above → 25.24; 1500 → 0
    expect(drop.scores).toEqual([18.1, 27.62, 25.24, 0])
  })

  it('applies the factor K to the mean', () => {
    // mean 1000 × 0.9 = 900: 1000 is 11.11 % above → 18.89; 1100 is 22.22 % above → 7.78
    const r = priceScores(P(900, 1000, 1100), { ...avg, k: 0.9 })
    expect(r.benchmark).toBe(900)
    expect(r.scores).toEqual([30, 18.89, 7.78])
  })

  it('uses the configured slopes and floors at 0', () => {
    // mean 1000: 1100 is 10 % above × 2 = 20 off → 10; 900 is 10 % below × 1 = 10 off → 20; 1000 → 30
    const r = priceScores(P(900, 1000, 1100), { ...avg, pointsPerPctAbove: 2, pointsPerPctBelow: 1 })
    expect(r.scores).toEqual([20, 30, 10])
    const floor = priceScores(P(500, 1500), { ...avg, pointsPerPctAbove: 3 })
    // mean 1000: 1500 is 50 % above × 3 = 150 off → 0; 500 is 50 % below × 0.5 = 25 off → 5
    expect(floor.scores).toEqual([5, 0])
  })

  it('never drops from two bids even when N ≤ 2', () => {
    const r = priceScores(P(900, 1100), { ...avg, dropExtremesWhenAtLeast: 2 })
    expect(r.benchmark).toBe(1000)
    expect(r.droppedExtremes).toBe(false)
  })
})

describe('小微企业价格扣除', () => {
  it('deducts the percentage from qualifying bids before the lowest-price formula', () => {
    // 1000000 −10 % = 900000 (lowest); 1050000 −10 % = 945000
    const r = priceScores([{ price: 1000000, sme: true }, { price: 950000 }, { price: 1050000, sme: true }], {
      weight: 30,
      smeDeductionPct: 10,
    })
    expect(r.evaluated).toEqual([900000, 950000, 945000])
    expect(r.scores).toEqual([30, 28.42, 28.57])
  })

  it('uses the deducted prices for the average benchmark too', () => {
    // 20 %: 1250 → 1000; mean of 1000, 1000, 1300 = 1100
    const r = priceScores([{ price: 1250, sme: true }, { price: 1000 }, { price: 1300 }], {
      method: 'average',
      smeDeductionPct: 20,
    })
    expect(r.evaluated).toEqual([1000, 1000, 1300])
    expect(r.benchmark).toBe(1100)
    expect(r.scores).toEqual([25.45, 25.45, 11.82])
  })
})

describe('最低评标价法', () => {
  it('uses no points; ranking is by evaluated price', () => {
    const r = priceScores([{ price: 1000 }, { price: 1050, sme: true }], { method: 'lowestEvaluated' })
    expect(r.pointsUsed).toBe(false)
    expect(r.scores).toEqual([0, 0])
    expect(r.evaluated).toEqual([1000, 945])
    const ranks = rankBids(
      r.evaluated.map((e) => ({ total: 0, tech: 0, evaluatedPrice: e })),
      '技术分高者优先',
      'lowestEvaluated',
    )
    expect(ranks).toEqual([2, 1])
  })
})

describe('bad input', () => {
  for (const bad of [-1, 0, NaN, Infinity, '100' as unknown as number]) {
    it(`rejects price ${String(bad)} with a bilingual message`, () => {
      try {
        priceScores(P(100, bad))
        expect.unreachable()
      } catch (e) {
        expect(e).toBeInstanceOf(AppError)
        expect((e as AppError).zh).toContain('第 2 个报价')
        expect((e as AppError).en).toContain('price #2')
      }
    })
  }
  it('rejects an empty list and a weight outside 0–100', () => {
    expect(() => priceScores([])).toThrow(AppError)
    expect(() => priceScores(P(100), { weight: 120 })).toThrow()
  })
})

describe('ties', () => {
  const e = (total: number, tech: number, evaluatedPrice: number) => ({ total, tech, evaluatedPrice })
  it('技术分高者优先: higher technical score first, then lower price', () => {
    const entries = [e(90, 40, 100), e(90, 45, 120), e(90, 45, 110), e(95, 10, 200)]
    expect(rankBids(entries, '技术分高者优先', 'lowest')).toEqual([4, 3, 2, 1])
  })
  it('报价低者优先: lower price first, then higher technical score', () => {
    const entries = [e(90, 40, 100), e(90, 45, 120), e(90, 50, 120)]
    expect(rankBids(entries, '报价低者优先', 'lowest')).toEqual([1, 3, 2])
  })
  it('抽签: equal totals share the rank', () => {
    expect(rankBids([e(90, 40, 100), e(90, 45, 120), e(80, 60, 90)], '抽签', 'lowest')).toEqual([1, 1, 3])
  })
  it('compares totals to the cent, so float noise is not a win', () => {
    expect(rankBids([e(0.1 + 0.2, 0, 1), e(0.3, 0, 1)], '抽签', 'lowest')).toEqual([1, 1])
  })
})

describe('price-weight lint', () => {
  const codes = (w: number, c: string) => lintPriceWeight(w, c).map((f) => `${f.severity}:${f.code}`)
  it('warns below the floors and advises above the old caps', () => {
    expect(codes(25, '货物')).toEqual(['warning:PRICE_WEIGHT_BELOW_FLOOR'])
    expect(codes(30, '货物')).toEqual([])
    expect(codes(60, '货物')).toEqual([])
    expect(codes(65, '货物')).toEqual(['advice:PRICE_WEIGHT_ABOVE_OLD_CAP'])
    expect(codes(9, '服务')).toEqual(['warning:PRICE_WEIGHT_BELOW_FLOOR'])
    expect(codes(10, '服务')).toEqual([])
    expect(codes(31, '服务')).toEqual(['advice:PRICE_WEIGHT_ABOVE_OLD_CAP'])
    expect(codes(5, '工程')).toEqual([])
  })
  it('says why in both languages, and skips 最低评标价法', () => {
    const [f] = lintPriceWeight(20, '货物')
    expect(f.message.zh).toContain('30')
    expect(f.message.en).toContain('goods')
    expect(lintPriceWeight(0, '货物', 'lowestEvaluated')).toEqual([])
  })
})
