import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { BUYER_RULES, buyerResponse, STYLE_TRAITS, type BuyerParams } from './buyer'

const buyer = (over: Partial<BuyerParams> = {}): BuyerParams => ({
  target: 900,
  reservation: 1000,
  patience: 5,
  style: '合作型',
  trust: 1,
  ...over,
})
const respond = (params: BuyerParams, concessions: number[], concession: number, price: number, seed = 1) =>
  buyerResponse({ params, trust: params.trust, concessions }, { price, concession }, seed)

describe('buyer model: each documented behaviour', () => {
  it('closes at once when the price is at or below its target, even in round 1', () => {
    expect(respond(buyer(), [], 100, 900).action).toBe('accept')
  })

  it('probes in round 1 when there is no trend yet', () => {
    const r = respond(buyer(), [], 22, 978)
    expect(r.action).toBe('probe')
    expect(r.counterOffer).toBeUndefined()
  })

  it('walks away when its patience is exhausted and the price is still above its reservation', () => {
    const b = buyer({ reservation: 950, patience: 3 })
    expect(respond(b, [0, 0], 0, 1000).action).toBe('walk')
    // …and closes instead when the price is within the reservation
    expect(respond(b, [30, 10], 10, 950).action).toBe('accept')
    // one round earlier it only threatens
    expect(respond(b, [0], 0, 1000).action).toBe('threaten')
  })

  it('loses trust after a take-back, which lowers its accept line', () => {
    // 合作型 loses 0.3: 0.8 → 0.5; accept line = 900 + 100 × 0.6 × trust: 948 at 0.8, 930 at 0.5
    const b = buyer({ trust: 0.8 })
    const stall = respond(b, [50, 10], 0, 940)
    expect(stall.action).toBe('accept')
    expect(stall.trust).toBe(0.8)
    const back = respond(b, [50, 10], -1, 940)
    expect(back.trust).toBeCloseTo(0.5, 10)
    expect(back.action).toBe('threaten')
    expect(back.counterOffer).toBeCloseTo(930, 2)
    expect(back.message.zh).toMatch(/收回|不算/)
  })

  it('closes on a clearly shrinking sequence near its target, but pushes harder on equal steps at the same price', () => {
    // target 930, reservation 1000, trust 1: accept line 930 + 70 × 0.6 = 972; price 955 in round 3, 2 rounds left
    const b = buyer({ target: 930, patience: 5 })
    // shrinking 30, 10, 5: ratio 0.5 → room 5 × (0.5 + 0.25) = 3.75 → 951.25 cannot reach 930 → close
    const shrink = respond(b, [30, 10], 5, 955)
    expect(shrink.action).toBe('accept')
    expect(shrink.projectedRoom).toBe(3.75)
    // equal 15, 15, 15: ratio 1 → room 30 → 925 ≤ 930 → push, and counter below its own target
    const equal = respond(b, [15, 15], 15, 955)
    expect(equal.action).toBe('push')
    expect(equal.projectedRoom).toBe(30)
    expect(equal.counterOffer).toBe(925)
    expect(equal.message.zh).toMatch(/每次都|一样多/)
  })

  it('pushes on growing steps, expecting ever more (ratio capped at 1.5)', () => {
    // 5, 10, 15: ratio 1.5 → room 15 × (1.5 + 2.25) = 56.25 → counter min(930, 970 − 56.25)
    const r = respond(buyer({ target: 930 }), [5, 10], 15, 970)
    expect(r.action).toBe('push')
    expect(r.projectedRoom).toBe(56.25)
    // 913.75 named as a whole 元 figure at or below it (never cents)
    expect(r.counterOffer).toBe(913)
    const inThousands = buyerResponse(
      {
        params: buyer({ target: 930_000, reservation: 1_000_000 }),
        trust: 1,
        concessions: [5000, 10_000],
        unit: 1000,
      },
      { price: 970_000, concession: 15_000 },
      1,
    )
    expect(inThousands.counterOffer).toBe(913_000)
    expect(r.message.zh).toContain('一次比一次大')
  })

  it('threatens when the seller stops conceding above its accept line', () => {
    const r = respond(buyer(), [20], 0, 980)
    expect(r.action).toBe('threaten')
    expect(r.counterOffer).toBe(960)
  })
})

describe('styles shift the thresholds', () => {
  it('竞争型 pushes longer: two more rounds of patience than 合作型', () => {
    const at3 = { reservation: 950, patience: 3 }
    expect(respond(buyer({ ...at3, style: '合作型' }), [0, 0], 0, 1000).action).toBe('walk')
    expect(respond(buyer({ ...at3, style: '竞争型' }), [0, 0], 0, 1000).action).toBe('threaten')
    expect(respond(buyer({ ...at3, style: '竞争型' }), [0, 0, 0, 0], 0, 1000).action).toBe('walk')
  })

  it('迁就型 closes earlier: decides one round sooner, within its reservation', () => {
    const b = { reservation: 990, patience: 3 }
    expect(respond(buyer({ ...b, style: '迁就型' }), [10], 0, 985).action).toBe('accept')
    expect(respond(buyer({ ...b, style: '合作型' }), [10], 0, 985).action).toBe('threaten')
  })

  it('规避型 walks sooner: after two rounds without a concession above its reservation', () => {
    const b = { reservation: 950, patience: 6 }
    expect(respond(buyer({ ...b, style: '规避型' }), [0], 0, 1000).action).toBe('walk')
    expect(respond(buyer({ ...b, style: '妥协型' }), [0], 0, 1000).action).toBe('threaten')
  })

  it('has a trait row for each of the five styles', () => {
    expect(Object.keys(STYLE_TRAITS).sort()).toEqual(
      ['合作型', '妥协型', '竞争型', '规避型', '迁就型'].sort(),
    )
  })
})

describe('messages and rules', () => {
  it('replays the same words for the same seed and varies across seeds', () => {
    const b = buyer({ target: 930 })
    expect(respond(b, [15, 15], 15, 955, 7)).toEqual(respond(b, [15, 15], 15, 955, 7))
    const seen = new Set<string>()
    for (let s = 1; s <= 30; s++) seen.add(respond(b, [20], 10, 970, s).message.zh)
    expect(seen.size).toBeGreaterThan(2)
    for (const m of seen) {
      expect(m).toMatch(/[\u4e00-\u9fff]/)
      expect(m).not.toContain('{')
    }
  })

  it('speaks by style: a competitor’s lines differ from an accommodator’s', () => {
    const lines = (style: BuyerParams['style']) => {
      const s = new Set<string>()
      for (let seed = 1; seed <= 40; seed++)
        s.add(respond(buyer({ style, target: 930 }), [20], 10, 970, seed).message.zh)
      return s
    }
    const a = lines('竞争型')
    const b = lines('迁就型')
    expect([...a].some((m) => !b.has(m))).toBe(true)
  })

  it('explains itself in at least eight bilingual rules, naming every parameter', () => {
    expect(BUYER_RULES.length).toBeGreaterThanOrEqual(8)
    const all = BUYER_RULES.map((r) => r.zh).join('')
    for (const word of ['目标价', '保留价', '耐心', '风格', '信任']) expect(all).toContain(word)
    for (const r of BUYER_RULES) expect(r.en.length).toBeGreaterThan(20)
  })

  it('refuses a reservation below the target, trust outside 0–1 and non-numeric offers', () => {
    expect(() => respond(buyer({ reservation: 800 }), [], 10, 990)).toThrow(AppError)
    expect(() => respond(buyer({ trust: 1.5 }), [], 10, 990)).toThrow(/trust/)
    expect(() => respond(buyer(), [], Number.NaN, 990)).toThrow(AppError)
  })
})
