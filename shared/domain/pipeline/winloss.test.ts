import { describe, expect, it } from 'vitest'
import { competitor } from '@shared/domain/competitors/fixtures.test-helpers'
import { bidOf, customerOf, matrixOf } from './fixtures.test-helpers'
import { pricePositions } from './positions'
import { winLoss } from './winloss'

const c1 = competitor('c1', '北京华信智能科技有限公司', { aliases: ['华信'] })
const c2 = competitor('c2', '上海联创医疗系统股份有限公司')
const c3 = competitor('c3', '深圳迈瑞达科技有限公司')

let rowNo = 0
const row = (name: string, price: number, extra: Record<string, unknown> = {}) => ({
  id: `o${++rowNo}`,
  name,
  price,
  ...extra,
})

/*
 * Decided: W1 won, W2 lost, W3 lost, W4 won, W6 lost (5 decided, 2 won → 40 %). W5 failed, W7 dropped, W8 open.
 *   W1 政府 综合评分法 30 %: us 950,000 (won), c1 1,000,000, c2 1,100,000
 *   W2 国企 综合评分法 30 %: us 2,100,000, c1 2,000,000 (won), c3 2,300,000
 *   W3 政府 最低评标价法: us 500,000, c2 480,000 (won)
 *   W4 民营 (the customer says so; the buyer field says 政府) 综合评分法 10 %: no opening record, competitors [c1]
 *   W6 外资 综合评分法, no matrix: competitors [c1, c3], quote 780,000, winner "华信" at 750,000
 */
const bids = [
  bidOf('W1', {
    buyer: { type: '政府' },
    result: { outcome: '中标' },
    matrixId: 'm1',
    priceCeiling: 1_200_000,
    dates: { opening: '2026-03-10T09:30:00+08:00' },
    opening: {
      bidders: [
        row('我方', 950_000, { isUs: true, won: true }),
        row('北京华信智能科技有限公司', 1_000_000, { competitorId: 'c1' }),
        row('上海联创医疗系统股份有限公司', 1_100_000, { competitorId: 'c2' }),
      ],
    },
  }),
  bidOf('W2', {
    buyer: { type: '国企' },
    result: { outcome: '未中标' },
    matrixId: 'm2',
    opening: {
      date: '2026-05-20',
      bidders: [
        row('我方', 2_100_000, { isUs: true }),
        row('华信', 2_000_000, { competitorId: 'c1', won: true }),
        row('迈瑞达', 2_300_000, { competitorId: 'c3' }),
      ],
    },
  }),
  bidOf('W3', {
    buyer: { type: '政府' },
    evaluationMethod: '最低评标价法',
    result: { outcome: '未中标' },
    opening: {
      date: '2026-07-01',
      bidders: [
        row('我方', 500_000, { isUs: true }),
        row('联创', 480_000, { competitorId: 'c2', won: true }),
      ],
    },
  }),
  bidOf('W4', {
    buyer: { type: '政府' },
    customerId: 'k-private',
    result: { outcome: '中标' },
    competitorIds: ['c1'],
  }),
  bidOf('W5', { result: { outcome: '流标/废标' }, competitorIds: ['c1'] }),
  bidOf('W6', {
    buyer: { type: '外资' },
    result: { outcome: '未中标', winner: '华信', winningPrice: 750_000 },
    competitorIds: ['c1', 'c3'],
    quote: { openingSummary: { price: 780_000 } },
  }),
  bidOf('W7', { result: { outcome: '放弃' } }),
  bidOf('W8', {}),
]
const ctx = {
  customers: [customerOf('k-private', { nature: '民营' })],
  competitors: [c1, c2, c3],
  matrices: [matrixOf('m1', 'W1', 30), matrixOf('m2', 'W2', 30), matrixOf('m4', 'W4', 10)],
}

describe('win/loss by hand', () => {
  const r = winLoss(bids, ctx)
  const rows = (list: { key: string; decided: number; won: number; rate: number | null }[]) =>
    list.map((x) => [x.key, x.decided, x.won, x.rate])

  it('overall, failed, dropped and open', () => {
    expect(r.overall).toEqual({ key: '全部', decided: 5, won: 2, lost: 3, rate: 0.4 })
    expect([r.failed, r.dropped, r.open]).toEqual([1, 1, 1])
  })

  it('by competitor met (opening first, else the bid list), and who beat us', () => {
    expect(r.byCompetitor.map((x) => [x.competitorId, x.decided, x.won, x.rate, x.theyWon])).toEqual([
      ['c1', 4, 2, 0.5, 2], // W1 W2 W4 W6; beat us in W2 and (by alias 华信) W6
      ['c2', 2, 1, 0.5, 1], // W1 W3
      ['c3', 2, 0, 0, 0], // W2 W6
    ])
  })

  it('by customer nature (the customer record over the buyer field)', () => {
    expect(rows(r.byNature)).toEqual([
      ['政府', 2, 1, 0.5],
      ['国企', 1, 0, 0],
      ['民营', 1, 1, 1],
      ['外资', 1, 0, 0],
    ])
  })

  it('by evaluation method and price weight', () => {
    expect(rows(r.byMethod)).toEqual([
      ['综合评分法', 4, 2, 0.5],
      ['最低评标价法', 1, 0, 0],
    ])
    expect(rows(r.byPriceWeight)).toEqual([
      ['10%', 1, 1, 1],
      ['30%', 2, 1, 0.5],
      ['最低评标价法', 1, 0, 0],
      ['未知', 1, 0, 0],
    ])
  })

  it('our price gap to the winner at each loss', () => {
    expect(r.gaps.map((g) => [g.bidId, g.ours, g.winner, g.gap, g.gapPct])).toEqual([
      ['W6', 780_000, 750_000, 30_000, 4], // no opening date: sorts first
      ['W2', 2_100_000, 2_000_000, 100_000, 5],
      ['W3', 500_000, 480_000, 20_000, 4.17],
    ])
    // (4 + 5 + 4.17) / 3
    expect(r.averageGapPct).toBe(4.39)
  })
})

describe('price positions over time', () => {
  it('each bidder as a percent of the ceiling, missing shown as missing', () => {
    const competitors = [
      {
        ...c1,
        priceHistory: [
          point('W1', '2026-03-10', 1_000_000, 1_200_000),
          point('W2', '2026-05-20', 2_000_000, null),
        ],
      },
      {
        ...c2,
        priceHistory: [
          point('W1', '2026-03-10', null, 1_200_000),
          point('W3', '2026-07-01', 480_000, 600_000),
        ],
      },
    ]
    const p = pricePositions(competitors, bids)
    expect(p.tenders.map((t) => t.key)).toEqual(['W1', 'W2', 'W3'])
    const by = Object.fromEntries(p.series.map((s) => [s.id, s]))
    // us: W1 950,000 / 1,200,000; W2 and W3 have no ceiling or budget
    expect(by.us.values).toEqual([79.17, null, null])
    expect(by.us.missing).toEqual([null, 'ceiling', 'ceiling'])
    expect(by.c1.values).toEqual([83.33, null, null])
    expect(by.c1.missing).toEqual([null, 'ceiling', 'absent'])
    expect(by.c2.values).toEqual([null, null, 80])
    expect(by.c2.missing).toEqual(['price', 'absent', null])
  })
})

function point(bidId: string, date: string, price: number | null, ceiling: number | null) {
  return {
    id: `open-${bidId}`,
    bidId,
    tender: `项目 ${bidId}`,
    buyer: '',
    date,
    price,
    ceiling,
    score: null,
    rank: null,
    won: null,
    valid: true,
    source: '开标记录' as const,
  }
}
