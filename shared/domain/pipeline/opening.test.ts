import { describe, expect, it } from 'vitest'
import { competitor } from '@shared/domain/competitors/fixtures.test-helpers'
import { MatrixSchema } from '@shared/schemas'
import { bidOf } from './fixtures.test-helpers'
import { applyOpening } from './opening'
import { settleResult } from './result'
import { OpeningFormSchema } from './opening-form'
import { issuesByPath } from '@shared/i18n/zod-messages'

const huaxin = competitor('c-hx', '北京华信智能科技有限公司', {
  aliases: ['华信智能'],
  priceHistory: [
    {
      id: 'old',
      bidId: 'older-bid',
      tender: '旧项目',
      date: '2025-06-01',
      price: 800_000,
      ceiling: 1_000_000,
    },
  ],
})
const lianchuang = competitor('c-lc', '上海联创医疗系统股份有限公司', {
  priceHistory: [{ id: 'open-B1', bidId: 'B1', tender: '上次误录', price: 1 }],
})
const matrix = MatrixSchema.parse({
  id: 'mx',
  schemaVersion: 1,
  title: '评分表',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  bidId: 'B1',
  bidders: [
    { id: 'us', name: '我方', isUs: true, price: { likely: 3_300_000 } },
    { id: 'b-hx', name: '华信', competitorId: 'c-hx', price: { likely: 3_200_000 } },
  ],
})

const opened = bidOf('B1', {
  title: '影像设备采购',
  buyer: { name: '某市第一人民医院' },
  priceCeiling: 3_600_000,
  dates: { opening: '2026-10-09T09:30:00+08:00' },
  competitorIds: [],
  opening: {
    bidders: [
      { id: 'o1', name: '杭州智联', isUs: true, price: 3_030_000, score: 88.5 },
      { id: 'o2', name: '华信智能', price: 2_980_000, score: 90.2, won: true, rank: 1 },
      { id: 'o3', name: '某新进入者有限公司', price: 3_500_000, valid: false },
    ],
  },
})

describe('applying an opening record', () => {
  const r = applyOpening(opened, [huaxin, lianchuang], matrix, {
    now: '2026-10-20T08:00:00Z',
    ourName: '杭州智联信息技术有限公司',
  })

  it('links bidders by alias, lists the competitors met and reports unknown names', () => {
    expect(r.bid.opening.bidders.map((b) => b.competitorId)).toEqual([null, 'c-hx', null])
    expect(r.bid.competitorIds).toEqual(['c-hx'])
    expect(r.unmatched).toEqual(['某新进入者有限公司'])
    expect(r.bid.opening.appliedAt).toBe('2026-10-20T08:00:00Z')
  })

  it('sets the result from the winner', () => {
    expect(r.bid.result).toMatchObject({ outcome: '未中标', winner: '华信智能', winningPrice: 2_980_000 })
  })

  it("adds this tender to the competitor's price history and drops a stale entry elsewhere", () => {
    const hx = r.competitors.find((c) => c.id === 'c-hx')!
    expect(hx.priceHistory.map((p) => [p.bidId, p.date, p.price, p.ceiling, p.score, p.won])).toEqual([
      ['older-bid', '2025-06-01', 800_000, 1_000_000, null, null],
      ['B1', '2026-10-09', 2_980_000, 3_600_000, 90.2, true],
    ])
    expect(r.competitors.find((c) => c.id === 'c-lc')!.priceHistory).toEqual([])
  })

  it('puts the actual prices and scores into the matrix next to the estimates', () => {
    const m = r.matrix!
    expect(
      m.bidders.map((b) => [b.name, b.price.likely, b.actual?.price, b.actual?.score, b.actual?.won]),
    ).toEqual([
      ['我方', 3_300_000, 3_030_000, 88.5, false],
      ['华信', 3_200_000, 2_980_000, 90.2, true],
      ['某新进入者有限公司', null, 3_500_000, null, false],
    ])
    // Applying the same record again changes nothing in the matrix.
    expect(applyOpening(r.bid, r.competitors, m, { now: 'x', ourName: '' }).matrix).toBeNull()
  })

  it('refuses two winners, an invalid winner and the same bidder twice', () => {
    const two = bidOf('B2', {
      opening: {
        bidders: [
          { id: 'a', name: 'A', won: true },
          { id: 'b', name: 'B', won: true },
        ],
      },
    })
    expect(() => applyOpening(two, [], null, { now: '', ourName: '' })).toThrow(/2 bidders are marked/)
    const bad = bidOf('B3', { opening: { bidders: [{ id: 'a', name: 'A', won: true, valid: false }] } })
    expect(() => applyOpening(bad, [], null, { now: '', ourName: '' })).toThrow(/invalid/)
    const dup = bidOf('B4', {
      opening: {
        bidders: [
          { id: 'a', name: '华信智能有限公司' },
          { id: 'b', name: '华信智能' },
        ],
      },
    })
    expect(() => applyOpening(dup, [], null, { now: '', ourName: '' })).toThrow(/same bidder/)
  })

  it('our win names our company', () => {
    const won = bidOf('B5', {
      opening: { bidders: [{ id: 'a', name: '我方', isUs: true, price: 100, won: true }] },
    })
    expect(
      applyOpening(won, [], null, { now: '', ourName: '杭州智联信息技术有限公司' }).bid.result,
    ).toMatchObject({
      outcome: '中标',
      winner: '杭州智联信息技术有限公司',
      winningPrice: 100,
    })
  })
})

describe('流标/废标 in the 开标记录', () => {
  const rows = [
    { id: 'a', name: '杭州智联', isUs: true, price: 3_100_000 },
    { id: 'b', name: '华信智能', price: 3_050_000 },
  ]
  const failed = bidOf('F1', {
    opening: { bidders: rows, failed: true, failReason: ' 有效投标人不足三家 ' },
    result: { outcome: '未中标', winner: '华信智能', winningPrice: 3_050_000, lessons: '复盘' },
  })
  const r = applyOpening(failed, [huaxin], null, { now: 'now', ourName: '' })

  it('sets the result the way the result tab does: 流标/废标, its reason, no winner, lessons kept', () => {
    expect(r.bid.result).toEqual({
      outcome: '流标/废标',
      winner: '',
      winningPrice: null,
      reason: '有效投标人不足三家',
      lessons: '复盘',
    })
    expect(r.bid.result).toEqual(
      settleResult(failed.result, { outcome: '流标/废标', reason: '有效投标人不足三家' }),
    )
  })

  it("still records the bidders' prices in the competitor registry", () => {
    const hx = r.competitors.find((c) => c.id === 'c-hx')!
    expect(hx.priceHistory.find((p) => p.bidId === 'F1')).toMatchObject({
      price: 3_050_000,
      won: false,
    })
  })

  it('refuses a failed record without a reason or with a winner', () => {
    const bare = bidOf('F2', { opening: { bidders: rows, failed: true } })
    expect(() => applyOpening(bare, [], null, { now: '', ourName: '' })).toThrow(/say why/)
    const withWinner = bidOf('F3', {
      opening: { bidders: [{ id: 'a', name: 'A', won: true }], failed: true, failReason: '废标' },
    })
    expect(() => applyOpening(withWinner, [], null, { now: '', ourName: '' })).toThrow(/cannot be the winner/)
  })

  it('a record no longer failed takes its 流标/废标 back; a winner then decides', () => {
    const undone = { ...r.bid, opening: { ...r.bid.opening, failed: false, failReason: '' } }
    const prev = { previous: r.bid.opening, now: '', ourName: '' }
    expect(applyOpening(undone, [], null, prev).bid.result.outcome).toBe('未定')
    // A 流标/废标 set on the result tab (the record never said so) is left alone.
    expect(applyOpening(undone, [], null, { now: '', ourName: '' }).bid.result.outcome).toBe('流标/废标')
    const won = {
      ...undone,
      opening: { ...undone.opening, bidders: [{ ...undone.opening.bidders[1], won: true }] },
    }
    expect(applyOpening(won, [], null, prev).bid.result).toMatchObject({
      outcome: '未中标',
      winner: '华信智能',
      winningPrice: 3_050_000,
    })
  })
})

describe('settleResult: one rule for the result tab and the 开标记录', () => {
  const base = { outcome: '未中标', winner: 'X', winningPrice: 9, reason: 'r', lessons: 'l' } as const
  it('a failed procurement has no winner; other outcomes keep what is not given', () => {
    expect(settleResult(base, { outcome: '流标/废标' })).toEqual({
      ...base,
      outcome: '流标/废标',
      winner: '',
      winningPrice: null,
    })
    expect(settleResult(base, { outcome: '放弃' })).toEqual({ ...base, outcome: '放弃' })
    expect(settleResult(base, { outcome: '中标', winner: 'Y', winningPrice: null })).toEqual({
      ...base,
      outcome: '中标',
      winner: 'Y',
      winningPrice: null,
    })
  })
})

describe('the 开标记录 form: each problem at its row, in the UI language', () => {
  const row = (id: string, rest: Record<string, unknown> = {}) => ({
    id,
    name: `投标人${id}`,
    isUs: false,
    competitorId: null,
    price: null,
    score: null,
    rank: null,
    valid: true,
    won: false,
    note: '',
    ...rest,
  })
  it('names the second winner, the second "us", the invalid winner and the unnamed or repeated bidder', () => {
    const r = OpeningFormSchema.safeParse({
      date: '2026-11-20',
      bidders: [
        row('a', { won: true, valid: false, isUs: true }),
        row('b', { won: true, isUs: true }),
        row('c', { name: '  ' }),
        row('d', { name: '投标人a' }),
      ],
    })
    expect(r.success).toBe(false)
    const zh = issuesByPath(r.error!.issues, 'zh')
    expect(zh['bidders.1.won']).toBe('开标记录中有 2 个中标人：投标人a、投标人b，只能标记一个')
    expect(zh['bidders.1.isUs']).toBe('开标记录中只能有一行是我方')
    expect(zh['bidders.0.won']).toBe('“投标人a”被标为无效投标，不能同时是中标人')
    expect(zh['bidders.2.name']).toBe('开标记录中有投标人未填名称')
    expect(zh['bidders.3.name']).toBe('“投标人a”与“投标人a”是同一投标人，请合并为一行')
    expect(issuesByPath(r.error!.issues, 'en')['bidders.2.name']).toBe('a bidder has no name')
  })
  it('流标/废标 asks for the reason and refuses a winner marked', () => {
    const r = OpeningFormSchema.safeParse({
      date: null,
      bidders: [row('a', { won: true }), row('b')],
      failed: true,
      failReason: ' ',
    })
    const zh = issuesByPath(r.error!.issues, 'zh')
    expect(zh.failReason).toBe('流标/废标须写明原因')
    expect(zh['bidders.0.won']).toBe('已记为流标/废标，“投标人a”不能是中标人')
  })
  it('accepts a record with one valid winner', () => {
    const ok = OpeningFormSchema.safeParse({ date: null, bidders: [row('a', { won: true }), row('b')] })
    expect(ok.success).toBe(true)
  })
})
