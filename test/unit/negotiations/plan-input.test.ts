import { describe, expect, it } from 'vitest'
import {
  defaultBuyer,
  planSchedule,
  pricePath,
  rehearsalPlan,
  upsertSession,
  withDefaultPhrases,
} from '@renderer/features/negotiations/plan-input'
import { DEFAULT_PHRASES, startRehearsal } from '@shared/domain/negotiations'
import { NegotiationSchema, type Negotiation } from '@shared/schemas'

function plan(over: Record<string, unknown> = {}): Negotiation {
  return NegotiationSchema.parse({
    id: 'n1',
    schemaVersion: 1,
    title: '谈判',
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    openingPrice: 1_000,
    goals: { target: 960, walkAway: 950 },
    concession: { pattern: '希望成交型', total: 60, rounds: 4 },
    ...over,
  })
}

describe('plan inputs of the negotiation screens', () => {
  it('schedules a pattern and lints it against the walk-away', () => {
    const s = planSchedule(plan())
    expect(s.steps).toEqual([22, 17, 13, 8])
    // 1000 − 22 − 17 − 13 = 948 < 950 after round 3.
    expect(s.warnings.map((w) => [w.code, w.round])).toEqual([['BREAKS_WALK_AWAY', 3]])
    expect(s.error).toBeNull()
  })

  it('a custom plan uses its steps; an empty one yields the reason instead of throwing', () => {
    const custom = planSchedule(
      plan({ concession: { pattern: '自定义', total: 60, rounds: 4, custom: [15, 15, 15, 15] } }),
    )
    expect(custom.steps).toEqual([15, 15, 15, 15])
    expect(custom.warnings.map((w) => w.code)).toContain('EQUAL_STEPS')
    const empty = planSchedule(plan({ concession: { pattern: '自定义', total: 60, rounds: 4, custom: [] } }))
    expect(empty.steps).toEqual([])
    expect(empty.error?.zh).toContain('自定义让步方案需要填写每一轮的让步金额')
  })

  it('price path starts at the opening price and follows each step, take-backs included', () => {
    expect(pricePath(1_000, [50, 10, -1, 1])).toEqual([1_000, 950, 940, 941, 940])
  })

  it('the default buyer is the likely buyer of the default population, in the counterpart style', () => {
    // target 1000 − 0.9×60 = 946; reservation 1000 − 0.4×60 = 976.
    expect(defaultBuyer(plan({ counterpartStyle: '合作型' }))).toEqual({
      target: 946,
      reservation: 976,
      patience: 4,
      style: '合作型',
      trust: 0.8,
    })
    expect(defaultBuyer(plan())?.style).toBe('竞争型')
    expect(defaultBuyer(plan({ openingPrice: null }))).toBeNull()
  })

  it('the rehearsal plan carries goals and only named tradeables', () => {
    const r = rehearsalPlan(
      plan({
        tradeables: [
          { id: 't1', name: '培训', ourCost: 5, theirValue: 10, note: '' },
          { id: 't2', name: '  ', ourCost: null, theirValue: null, note: '' },
        ],
      }),
    )!
    expect(r).toMatchObject({
      openingPrice: 1_000,
      total: 60,
      rounds: 4,
      pattern: '希望成交型',
      target: 960,
      walkAway: 950,
    })
    expect(r.tradeables?.map((t) => t.name)).toEqual(['培训'])
  })

  it('loading the default phrases twice adds them once and keeps the user’s own', () => {
    const mine = { id: 'x', category: '面子' as const, text: '我自己的话术', note: '' }
    const once = withDefaultPhrases([mine])
    expect(once.added).toBe(DEFAULT_PHRASES.length)
    expect(once.phrases[0]).toBe(mine)
    const twice = withDefaultPhrases(once.phrases)
    expect(twice.added).toBe(0)
    expect(twice.phrases).toHaveLength(DEFAULT_PHRASES.length + 1)
  })

  it('a rehearsal session replaces its earlier version in the saved list', () => {
    const buyer = { target: 946, reservation: 976, patience: 4, style: '合作型' as const, trust: 0.8 }
    const a = startRehearsal({ openingPrice: 1_000, total: 60, rounds: 4, pattern: '希望成交型' }, buyer, {
      id: 'rh-a',
    })
    const b = startRehearsal({ openingPrice: 1_000, total: 60, rounds: 4, pattern: '希望成交型' }, buyer, {
      id: 'rh-b',
    })
    const list = upsertSession(upsertSession([], a), b)
    const a2 = { ...a, status: 'deal' as const, finalPrice: 950 }
    expect(upsertSession(list, a2).map((s) => [s.id, s.status])).toEqual([
      ['rh-a', 'deal'],
      ['rh-b', 'open'],
    ])
  })
})
