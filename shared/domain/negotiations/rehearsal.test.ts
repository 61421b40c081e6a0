import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { NegotiationSchema, RehearsalSessionSchema } from '@shared/schemas'
import type { BuyerParams } from './buyer'
import {
  debrief,
  rehearsalMoveIssues,
  rehearsalStep,
  startRehearsal,
  type RehearsalPlan,
  type RehearsalSession,
} from './rehearsal'

const plan: RehearsalPlan = {
  openingPrice: 1000,
  total: 60,
  rounds: 4,
  pattern: '希望成交型',
  target: 945,
  walkAway: 935,
  tradeables: [
    { name: '延长质保', ourCost: 5, theirValue: 20 },
    { name: '免费培训', ourCost: 8, theirValue: 10 },
  ],
}
const buyer: BuyerParams = { target: 930, reservation: 990, patience: 5, style: '合作型', trust: 0.8 }

function play(moves: (number | [number, string])[], p = plan, b = buyer, seed = 3) {
  let session = startRehearsal(p, b, { seed, id: 'rh-test', startedAt: '2026-01-01T00:00:00Z' })
  const replies = []
  for (const m of moves) {
    const move = Array.isArray(m) ? { amount: m[0], tradeable: m[1] } : { amount: m }
    const r = rehearsalStep(session, p, move)
    session = r.session
    replies.push(r.reply)
    if (session.status !== 'open') break
  }
  return { session, replies }
}

describe('rehearsal steps', () => {
  it('answers each concession in Chinese and closes like the simulator on the same plan', () => {
    const { session, replies } = play([22, 17, 13, 8])
    expect(replies.map((r) => [r.round, r.price, r.action])).toEqual([
      [1, 978, 'probe'],
      [2, 961, 'push'],
      [3, 948, 'accept'],
    ])
    for (const r of replies) expect(r.message.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(session.status).toBe('deal')
    expect(session.finalPrice).toBe(948)
    expect(RehearsalSessionSchema.parse(session)).toEqual(session)
  })

  it('does not change the session it was given', () => {
    const s0 = startRehearsal(plan, buyer, { seed: 1, id: 'rh-a', startedAt: 'x' })
    const copy = structuredClone(s0)
    rehearsalStep(s0, plan, { amount: 10 })
    expect(s0).toEqual(copy)
  })

  it('replays the same answers for the same seed', () => {
    expect(play([10, 10, 10]).replies).toEqual(play([10, 10, 10]).replies)
  })

  it('values a tradeable at what it is worth to the buyer, once', () => {
    // buyer target 975, reservation 980: after 10, a stalled round at 990 is above its accept line…
    const b: BuyerParams = { target: 975, reservation: 980, patience: 6, style: '合作型', trust: 0.8 }
    expect(play([10, 0], plan, b).replies[1].action).toBe('threaten')
    // …but giving 延长质保 (worth 20 to them) makes 990 look like 970 ≤ 975: deal at our price 990
    const withTrade = play([10, [0, '延长质保']], plan, b)
    expect(withTrade.replies[1].action).toBe('accept')
    expect(withTrade.session.finalPrice).toBe(990)
    expect(withTrade.replies[1].message.zh).toContain('「延长质保」')
  })

  it('counts a tradeable given twice only once', () => {
    const b: BuyerParams = { target: 900, reservation: 1000, patience: 9, style: '竞争型', trust: 1 }
    const r = play([[5, '免费培训'], [5, '免费培训'], 0], plan, b)
    expect(r.session.turns.map((t) => t.price)).toEqual([995, 990, 990])
    // ratio 5 / 15 (round 1 was 5 + 10): room = 5 × Σ(1/3)^j over 9 rounds left × 1.5 (竞争型) ≈ 3.75;
    // counting the tradeable again would make it 15 / 15 and the room 202.5
    expect(r.replies[1].projectedRoom).toBeCloseTo(3.75, 2)
  })

  it('refuses an unknown tradeable, a non-number, a price below zero and moves after the end', () => {
    const s = startRehearsal(plan, buyer, { seed: 1, id: 'rh-b', startedAt: 'x' })
    expect(() => rehearsalStep(s, plan, { amount: 5, tradeable: '送货上门' })).toThrow(/延长质保/)
    expect(() => rehearsalStep(s, plan, { amount: Number.NaN })).toThrow(AppError)
    expect(() => rehearsalStep(s, plan, { amount: 1001 })).toThrow(/below 0/)
    const done = play([22, 17, 13]).session
    expect(() => rehearsalStep(done, plan, { amount: 1 })).toThrow(/already closed a deal/)
  })

  it('says what is wrong with a move at its field, the rule rehearsalStep refuses with', () => {
    const s = startRehearsal(plan, buyer, { seed: 1, id: 'rh-c', startedAt: 'x' })
    const at = (move: Parameters<typeof rehearsalMoveIssues>[2], session = s) =>
      rehearsalMoveIssues(session, plan, move).map((i) => [i.path, i.zh])
    expect(at({ amount: 10 })).toEqual([])
    // An emptied amount is not a silent 0.
    expect(at({ amount: null })).toEqual([['amount', '请填写让步金额']])
    expect(at({ amount: Number.NaN })).toEqual([['amount', '请填写让步金额']])
    // The whole opening price may be conceded, not a 分 more; taking a concession back is allowed.
    expect(at({ amount: 1000 })).toEqual([])
    expect(at({ amount: 1000.01 })).toEqual([['amount', '让步 1,000.01 会使报价低于 0（当前报价 1,000）']])
    expect(at({ amount: -50 })).toEqual([])
    expect(at({ amount: 5, tradeable: '送货上门' })).toEqual([
      ['tradeable', '方案中没有可交换条件「送货上门」，可选：延长质保、免费培训'],
    ])
    expect(at({ amount: 5, tradeable: ' 延长质保 ' })).toEqual([])
    // After a round the price moved: the bound follows it.
    const next = rehearsalStep(s, plan, { amount: 10 }).session
    expect(next.status).toBe('open')
    expect(at({ amount: 990 }, next)).toEqual([])
    expect(at({ amount: 991 }, next)).toEqual([['amount', '让步 991 会使报价低于 0（当前报价 990）']])
    const done = play([22, 17, 13]).session
    expect(at({ amount: 1 }, done)).toEqual([['', '本次演练已经成交，请开始新的演练']])
    for (const move of [{ amount: null }, { amount: 1000.01 }, { amount: 5, tradeable: '送货上门' }])
      expect(() => rehearsalStep(s, plan, move as { amount: number })).toThrow(AppError)
  })

  it('saves with the plan: the session fits NegotiationSchema.rehearsals', () => {
    const { session } = play([22, 17, 13])
    const doc = NegotiationSchema.parse({
      id: 'n1',
      schemaVersion: 1,
      title: '某医院设备采购谈判',
      createdAt: '2026-01-01',
      updatedAt: '2026-01-01',
      rehearsals: [session],
    })
    expect(doc.rehearsals[0].turns).toHaveLength(3)
    expect(() =>
      NegotiationSchema.parse({ ...doc, rehearsals: [{ ...session, status: 'finished' }] }),
    ).toThrow()
  })
})

describe('debrief', () => {
  const codes = (s: RehearsalSession, p = plan) => debrief(s, p).advice.map((a) => a.code)

  it('names the nearest pattern and compares the deal with target and walk-away', () => {
    const d = debrief(play([22, 17, 13]).session, plan)
    expect(d.nearest.pattern).toBe('希望成交型')
    expect(d.nearest.signal.zh).toContain('底线')
    expect(d.planned).toEqual({ pattern: '希望成交型', steps: [22, 17, 13, 8] })
    expect(d.outcome).toMatchObject({
      deal: true,
      finalPrice: 948,
      rounds: 3,
      given: 52,
      vsTarget: 3,
      vsWalkAway: 13,
      brokeWalkAwayAt: null,
      tradeablesUsed: [],
      trustLost: 0,
    })
    expect(codes(play([22, 17, 13]).session)).toEqual(['USE_TRADEABLES', 'GOOD_DEAL'])
    expect(d.advice[0].zh).toContain('延长质保')
  })

  it('tells an equal-steps player to shrink the steps, with the 希望成交型 schedule', () => {
    const b: BuyerParams = { target: 900, reservation: 950, patience: 5, style: '竞争型', trust: 1 }
    const s = play([15, 15, 15, 15], plan, b).session
    const d = debrief(s, plan)
    expect(d.nearest.pattern).toBe('刺激欲望型')
    const a = d.advice.find((x) => x.code === 'EQUAL_OR_GROWING')!
    expect(a.zh).toContain('22 / 17 / 13 / 8')
    expect(a.en).toContain('smaller than the last')
  })

  it('spots equal steps even when the trailing holds make another pattern the nearest', () => {
    const b: BuyerParams = { target: 920, reservation: 960, patience: 5, style: '竞争型', trust: 0.7 }
    const s = play([10, 10, 10, 10, 0, 0], plan, b, 4).session
    expect(s.status).toBe('open')
    const d = debrief(s, plan)
    expect(d.nearest.pattern).not.toBe('刺激欲望型')
    expect(d.advice.find((a) => a.code === 'EQUAL_OR_GROWING')!.zh).toContain('基本等额')
  })

  it('flags a take-back with the trust it cost, and a broken walk-away with its round', () => {
    const b: BuyerParams = { target: 900, reservation: 1000, patience: 8, style: '竞争型', trust: 0.9 }
    const s = play([40, 30, -5, 5], plan, b).session
    const d = debrief(s, plan)
    expect(d.outcome.brokeWalkAwayAt).toBe(2) // 1000 − 70 = 930 < 935
    expect(d.outcome.trustLost).toBe(0.5)
    expect(codes(s)).toEqual(
      expect.arrayContaining(['BROKE_WALK_AWAY', 'OVER_BUDGET', 'TAKE_BACK', 'FRONT_LOADED']),
    )
    expect(d.advice.find((a) => a.code === 'TAKE_BACK')!.zh).toContain('0.5')
  })

  it('explains a deadlock when the user never moves and the buyer walks', () => {
    const b: BuyerParams = { target: 900, reservation: 950, patience: 3, style: '合作型', trust: 1 }
    const s = play([0, 0, 0, 0], plan, b).session
    expect(s.status).toBe('walked')
    const d = debrief(s, plan)
    expect(d.nearest.pattern).toBe('强硬态度型')
    expect(d.outcome.deal).toBe(false)
    expect(d.outcome.vsTarget).toBeNull()
    expect(codes(s)).toContain('DEADLOCK')
  })

  it('asks for goals when the plan has none, and says an unfinished session is unfinished', () => {
    const bare: RehearsalPlan = { openingPrice: 1000, total: 60, rounds: 4, pattern: '希望成交型' }
    const s = startRehearsal(bare, buyer, { seed: 1, id: 'rh-c', startedAt: 'x' })
    const one = rehearsalStep(s, bare, { amount: 22 }).session
    expect(codes(one, bare)).toEqual(['UNFINISHED', 'SET_GOALS'])
  })
})
