import { describe, expect, it } from 'vitest'
import { buildBriefModel, scheduleRows } from '@services/negotiations/brief-model'
import { NegotiationSchema, type Negotiation } from '@shared/schemas'

const ctx = {
  company: '某某科技有限公司',
  bid: { title: '运维服务项目', tenderNo: 'ZB-2026-01' },
  date: '2026-03-15',
}

function plan(over: Record<string, unknown> = {}): Negotiation {
  return NegotiationSchema.parse({
    id: 'n1',
    schemaVersion: 1,
    title: '运维合同谈判',
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    openingPrice: 1_000_000,
    goals: { ideal: 990_000, target: 960_000, walkAway: 950_000, batna: '维持原价，延后签约' },
    concession: { pattern: '希望成交型', total: 60_000, rounds: 4 },
    ...over,
  })
}

describe('negotiation brief model', () => {
  it('schedules the pattern from the opening price (60 000 over 4 rounds of 希望成交型)', () => {
    const m = buildBriefModel(plan(), ctx)
    expect(m.concession.rows).toEqual([
      { round: 1, concession: 22_000, cumulative: 22_000, price: 978_000 },
      { round: 2, concession: 17_000, cumulative: 39_000, price: 961_000 },
      { round: 3, concession: 13_000, cumulative: 52_000, price: 948_000 },
      { round: 4, concession: 8_000, cumulative: 60_000, price: 940_000 },
    ])
    expect(m.concession.signal).toBe('让步逐步减小，表示已接近底线')
    expect(m.headerText).toBe('运维服务项目（ZB-2026-01） 谈判简报')
  })

  it('flags the round that breaks the walk-away (948 000 < 950 000 after round 3)', () => {
    const m = buildBriefModel(plan(), ctx)
    expect(m.warnings.map((w) => [w.code, w.round])).toEqual([['BREAKS_WALK_AWAY', 3]])
  })

  it('a custom plan uses its own steps and warns on growing steps', () => {
    const m = buildBriefModel(
      plan({ concession: { pattern: '自定义', total: 30_000, rounds: 3, custom: [5_000, 10_000, 15_000] } }),
      ctx,
    )
    expect(m.concession.rows.map((r) => r.price)).toEqual([995_000, 985_000, 970_000])
    expect(m.concession.rounds).toBe(3)
    expect(m.warnings.map((w) => w.code)).toEqual(['GROWING_STEPS'])
    expect(m.concession.signal).toBeNull()
  })

  it('a custom plan without steps still gets a brief, with the problem stated', () => {
    const m = buildBriefModel(
      plan({ concession: { pattern: '自定义', total: 30_000, rounds: 3, custom: [] } }),
      ctx,
    )
    expect(m.concession.rows).toEqual([])
    expect(m.concession.problem).toContain('自定义让步方案需要填写每一轮的让步金额')
  })

  it('without an opening price the rows carry the cumulative concession only', () => {
    expect(scheduleRows([22, 17, 13, 8], null).map((r) => [r.cumulative, r.price])).toEqual([
      [22, null],
      [39, null],
      [52, null],
      [60, null],
    ])
  })

  it('pairing advice only when both styles are set; phrases capped at three per category', () => {
    const phrases = Array.from({ length: 5 }, (_, i) => ({
      id: `p${i}`,
      category: '面子',
      text: `话术${i}`,
      note: '',
    }))
    const none = buildBriefModel(plan({ ourStyle: '合作型', phrases }), ctx)
    expect(none.styles.advice).toBeNull()
    expect(none.phrases).toEqual([
      { category: '面子', items: [0, 1, 2].map((i) => ({ text: `话术${i}`, note: '' })) },
    ])
    const both = buildBriefModel(plan({ ourStyle: '竞争型', counterpartStyle: '竞争型' }), ctx)
    expect(both.styles.advice?.zh).toContain('僵局')
  })

  it('a bid-less plan is headed by its own title', () => {
    expect(buildBriefModel(plan(), { ...ctx, bid: null }).headerText).toBe('运维合同谈判 谈判简报')
  })
})

describe('counterpart people in the brief', () => {
  it('names the picked decision-chain people with their position, then the free names, each once', () => {
    const people = [
      { id: 'p1', name: '孙立新', position: '信息中心主任' },
      { id: 'p2', name: '王五', position: '' },
      { id: 'p3', name: '郑晓燕', position: '采购部经理' },
    ]
    const m = buildBriefModel(
      plan({
        counterpart: {
          org: '某集团',
          personIds: ['p3', 'p2', 'gone'],
          people: ['郑晓燕（采购部经理）', '李四'],
        },
      }),
      { ...ctx, bid: { ...ctx.bid, people } },
    )
    expect(m.counterpart.people).toEqual(['郑晓燕（采购部经理）', '王五', '李四'])
  })
})
