import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { MatrixSchema, type Matrix } from '@shared/schemas'
import { bid, competitor } from './fixtures.test-helpers'
import { repointBidCompetitor, repointMatrixCompetitor, syncMatrixBidders } from './links'

function matrix(bidders: Record<string, unknown>[]): Matrix {
  return MatrixSchema.parse({
    id: 'm1',
    schemaVersion: 1,
    title: '评分表',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    bidders,
  })
}

const huaxin = competitor('c-hx', '北京华信智能科技有限公司', { aliases: ['华信智能'] })
const lianchuang = competitor('c-lc', '上海联创医疗系统股份有限公司', { aliases: ['联创医疗'] })
const maiida = competitor('c-md', '深圳迈瑞达科技有限公司')

describe('syncMatrixBidders', () => {
  it('renames linked bidders, links hand-typed aliases, adds the rest, keeps us and prices', () => {
    const m = matrix([
      { id: 'us', name: '我方', isUs: true, price: { likely: 100 } },
      // Linked by id under an old name: takes the registry title, keeps its prices.
      { id: 'b1', name: '华信', competitorId: 'c-hx', price: { low: 90, likely: 95, high: 99 } },
      // Typed by hand under an alias: becomes linked.
      { id: 'b2', name: '联创医疗', sme: true },
    ])
    const r = syncMatrixBidders(m, [huaxin, lianchuang, maiida])
    expect(r.matrix.bidders.map((b) => [b.id, b.name, b.competitorId, b.isUs])).toEqual([
      ['us', '我方', null, true],
      ['b1', '北京华信智能科技有限公司', 'c-hx', false],
      ['b2', '上海联创医疗系统股份有限公司', 'c-lc', false],
      ['cmp-c-md', '深圳迈瑞达科技有限公司', 'c-md', false],
    ])
    expect(r.matrix.bidders[1].price).toEqual({ low: 90, likely: 95, high: 99 })
    expect(r.matrix.bidders[2].sme).toBe(true)
    expect(r.matrix.bidders[3].price).toEqual({ low: null, likely: null, high: null })
    expect(r.added).toEqual([{ bidderId: 'cmp-c-md', competitorId: 'c-md', name: '深圳迈瑞达科技有限公司' }])
    expect(r.linked).toEqual([{ bidderId: 'b2', competitorId: 'c-lc', name: '联创医疗' }])
    expect(r.renamed.map((x) => [x.bidderId, x.from])).toEqual([
      ['b1', '华信'],
      ['b2', '联创医疗'],
    ])
    expect(r.notInBid).toEqual([])
    // The input is not mutated.
    expect(m.bidders[1].name).toBe('华信')
    expect(m.bidders).toHaveLength(3)
    // The result is a valid matrix document.
    expect(MatrixSchema.parse(r.matrix)).toEqual(r.matrix)
  })

  it('is idempotent: a second sync changes nothing and returns the same object', () => {
    const first = syncMatrixBidders(matrix([{ id: 'us', name: '我方', isUs: true }]), [huaxin, maiida])
    const second = syncMatrixBidders(first.matrix, [huaxin, maiida])
    expect(second.matrix).toBe(first.matrix)
    expect([second.added, second.renamed, second.linked]).toEqual([[], [], []])
  })

  it('never links our own row by name, and gives new bidders ids that do not collide', () => {
    const m = matrix([
      { id: 'us', name: '华信智能', isUs: true },
      { id: 'cmp-c-hx', name: '另一家', competitorId: null },
    ])
    const r = syncMatrixBidders(m, [huaxin])
    expect(r.matrix.bidders[0]).toMatchObject({ id: 'us', competitorId: null, name: '华信智能' })
    expect(r.added).toEqual([
      { bidderId: 'cmp-c-hx-2', competitorId: 'c-hx', name: '北京华信智能科技有限公司' },
    ])
  })

  it('reports bidders of competitors no longer in the bid without deleting them', () => {
    const m = matrix([{ id: 'b9', name: '迈瑞达', competitorId: 'c-md', price: { likely: 50 } }])
    const r = syncMatrixBidders(m, [huaxin])
    expect(r.matrix.bidders.map((b) => b.id)).toEqual(['b9', 'cmp-c-hx'])
    expect(r.notInBid).toEqual([{ bidderId: 'b9', competitorId: 'c-md', name: '迈瑞达' }])
  })

  it('refuses to go past 100 bidders and changes nothing', () => {
    const full = matrix(Array.from({ length: 100 }, (_, i) => ({ id: `x${i}`, name: `投标人${i}` })))
    let err: unknown
    try {
      syncMatrixBidders(full, [maiida])
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('VALIDATION')
    expect((err as AppError).zh).toContain('最多 100 个投标人，同步后将有 101 个')
    expect(full.bidders).toHaveLength(100)
  })
})

describe('repointBidCompetitor', () => {
  it('swaps the id in the list and in strategy actions, keeping one entry when both were listed', () => {
    const b = bid({
      competitorIds: ['c-a', 'c-b', 'c-c'],
      strategy: {
        bidId: 'b1',
        actions: [
          { id: 'a1', lever: '价格', competitorIds: ['c-b', 'c-a'], action: '分期付款' },
          { id: 'a2', lever: '服务', competitorIds: ['c-c'], action: '驻场' },
        ],
      },
    })
    const next = repointBidCompetitor(b, 'c-b', 'c-a')!
    expect(next.competitorIds).toEqual(['c-a', 'c-c'])
    expect(next.strategy!.actions.map((a) => a.competitorIds)).toEqual([['c-a'], ['c-c']])
    expect(b.competitorIds).toEqual(['c-a', 'c-b', 'c-c'])
  })

  it('returns null for a bid that never mentions the merged competitor', () => {
    expect(repointBidCompetitor(bid({ competitorIds: ['c-a'] }), 'c-b', 'c-a')).toBeNull()
  })
})

describe('repointMatrixCompetitor', () => {
  it('relinks bidders and says when two bidders now stand for one competitor', () => {
    const m = matrix([
      { id: 'b1', name: 'A', competitorId: 'c-a' },
      { id: 'b2', name: 'B', competitorId: 'c-b' },
    ])
    const r = repointMatrixCompetitor(m, 'c-b', 'c-a')!
    expect(r.matrix.bidders.map((b) => b.competitorId)).toEqual(['c-a', 'c-a'])
    expect(r.doubled).toBe(true)
    const single = repointMatrixCompetitor(
      matrix([{ id: 'b2', name: 'B', competitorId: 'c-b' }]),
      'c-b',
      'c-a',
    )!
    expect(single.doubled).toBe(false)
    expect(repointMatrixCompetitor(m, 'c-z', 'c-a')).toBeNull()
  })
})
