import { describe, expect, it } from 'vitest'
import { linkMatrix } from '@shared/domain/matrices/link'
import { computeStandings } from '@shared/domain/matrices/matrix'
import { winProbability } from '@shared/domain/matrices/winprob'
import { QuoteSchema } from '@shared/schemas/bid-parts'
import type { Matrix } from '@shared/schemas'
import { makeMatrix, type BidderSpec, type ItemSpec } from './helpers'

const items: ItemSpec[] = [
  { id: 'P', category: '价格', maxPoints: 30 },
  { id: 'T', category: '技术', maxPoints: 70, self: 63, est: { X: 62, Y: 50, Z: 55 } },
]
const bidders: BidderSpec[] = [
  { id: 'us', isUs: true },
  { id: 'X', price: 950_000 },
  { id: 'Y', price: 600_000 },
  { id: 'Z', price: 1_000_000 },
]

const averageRule = { method: 'average', weight: 30 }
const matrix = (): Matrix => ({
  ...makeMatrix(items, bidders, { ourPrice: 1_000_000, priceRule: averageRule }),
  bidId: 'b1',
})
const invalidate = (m: Matrix, id: string, reason = ''): Matrix => ({
  ...m,
  bidders: m.bidders.map((b) => (b.id === id ? { ...b, invalid: true, invalidReason: reason } : b)),
})

describe('invalid bids (无效投标)', () => {
  it('are left out of the ranking and of the average benchmark price (87号令 art. 55)', () => {
    const m = matrix()
    const all = computeStandings(m)
    // (1,000,000 + 950,000 + 600,000 + 1,000,000) / 4
    expect(all.benchmark).toBe(887_500)
    const s = computeStandings(invalidate(m, 'Y', '未按要求提交投标保证金'))
    expect(s.bidders.map((b) => b.bidderId).sort()).toEqual(['X', 'Z', 'us'])
    expect(s.benchmark).toBeCloseTo((1_000_000 + 950_000 + 1_000_000) / 3, 6)
    expect(s.excluded).toEqual([
      expect.objectContaining({
        bidderId: 'Y',
        reason: expect.objectContaining({ zh: expect.stringContaining('未按要求提交投标保证金') }),
      }),
    ])
    // The Monte Carlo scores only valid bids too: without Y's low price, we win more often.
    const seed = 20261203
    console.log('winprob seed', seed)
    const p0 = winProbability(m, 1_000_000, { trials: 4000, seed }).probability
    const p1 = winProbability(invalidate(m, 'Y'), 1_000_000, { trials: 4000, seed }).probability
    expect(p1).toBeGreaterThan(p0)
  })
})

describe('a matrix linked to its bid', () => {
  const quote = (v: Record<string, unknown>) => QuoteSchema.parse(v)
  const competitors = [
    { id: 'c-x', title: '北京华信智能科技有限公司', aliases: ['华信智能'] },
    { id: 'c-y', title: '上海联创医疗系统股份有限公司', aliases: [] },
  ]
  const linkedSource = (q: Record<string, unknown>) => ({
    bid: { id: 'b1', quote: quote(q) },
    companyName: '杭州示例信息技术有限公司',
    competitors,
  })
  const withCompetitors = (): Matrix => ({
    ...matrix(),
    bidders: matrix().bidders.map((b) =>
      b.id === 'X' ? { ...b, competitorId: 'c-x' } : b.id === 'Y' ? { ...b, competitorId: 'c-y' } : b,
    ),
  })

  it("scores our price from the bid's quote (开标一览表 first, 万元 converted) and our name from the profile", () => {
    const l = linkMatrix(
      withCompetitors(),
      linkedSource({ moneyUnit: '万元', openingSummary: { price: 98.5 } }),
    )
    expect(l.price).toEqual({ value: 985_000, path: 'quote.openingSummary.price' })
    expect(l.matrix.ourPrice).toBe(985_000)
    expect(computeStandings(l.matrix).ourPrice).toBe(985_000)
    expect(l.matrix.bidders.find((b) => b.isUs)?.name).toBe('杭州示例信息技术有限公司')
    expect(l.shortNames).toEqual({ X: '华信智能' })
  })

  it('follows the bid when its price changes, and keeps the trial price while the bid has none', () => {
    const m = withCompetitors()
    expect(linkMatrix(m, linkedSource({ bidLetterPrice: 990_000 })).matrix.ourPrice).toBe(990_000)
    expect(linkMatrix(m, linkedSource({ bidLetterPrice: 970_000 })).matrix.ourPrice).toBe(970_000)
    const none = linkMatrix(m, linkedSource({}))
    expect(none.price).toBeNull()
    expect(none.matrix.ourPrice).toBe(1_000_000)
    // A bid the matrix is not linked to does not set its price.
    const other = linkMatrix({ ...m, bidId: 'b2' }, linkedSource({ bidLetterPrice: 1 }))
    expect(other.price).toBeNull()
  })
})
