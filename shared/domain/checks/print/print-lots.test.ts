import { describe, expect, it } from 'vitest'
import type { BidInput } from '@shared/schemas'
import { cleanBid, printFindings } from './fixture'

/**
 * P01 on a two-lot bid: each lot's 开标一览表 price is that lot's price (87号令 art. 59(一)); its lines in the
 * 报价明细表 must add up to it, and the forms stating the bid's total must state the sum of the lots.
 */
const twoLots = (over: { l2Price?: number; letter?: number } = {}) => {
  const bid = cleanBid({
    lots: [
      { id: 'l1', no: '1', name: '平台运维', price: 1_200_000, deliveryPeriod: '12个月' },
      { id: 'l2', no: '2', name: '安全服务', price: over.l2Price ?? 600_000, deliveryPeriod: '12个月' },
      { id: 'l3', no: '3', name: '不投的包', bidding: false, price: 5 },
    ],
    quote: {
      items: [
        { id: 'q1', name: '平台运维服务', unit: '月', qty: 12, unitPrice: 100_000, taxRate: 6, lotId: 'l1' },
        { id: 'q2', name: '安全服务', unit: '月', qty: 12, unitPrice: 50_000, taxRate: 6, lotId: 'l2' },
      ],
    },
  } as Partial<BidInput>)
  if (over.letter !== undefined) bid.quote.bidLetterPrice = over.letter
  return bid
}
const p01 = (bid: ReturnType<typeof cleanBid>) => printFindings(bid).filter((f) => f.ruleId === 'P01')

describe('P01 with lots', () => {
  it('a clean two-lot bid: lot prices = their lines, 投标函 total = the sum of the lots → no P01', () => {
    expect(p01(twoLots())).toEqual([])
  })

  it('a lot price off its lines is two prices for that lot, printed in 开标一览表 and 报价明细表', () => {
    const f = p01(twoLots({ l2Price: 650_000 }))
    const lot = f.find((x) => x.location.path === 'lots.1.price')!
    expect(lot.severity).toBe('否决风险')
    expect(lot.location.path).toBe('lots.1.price')
    expect(lot.message.zh).toContain('第2包开标一览表报价 ¥650,000.00')
    expect(lot.message.zh).toContain('¥600,000.00')
    expect(lot.printedIn?.map((p) => p.title)).toEqual(['开标一览表', '报价明细表'])
    expect(lot.basis).toBe('87号令第59条（一）')
    // The lots now add up to 1,850,000 while the 投标函 and the 报价明细表 state 1,800,000.
    const total = f.find((x) => x.message.zh.includes('各包合计'))!
    expect(total.message.zh).toContain('“开标一览表”各包合计为 ¥1,850,000.00')
    expect(total.printedIn?.map((p) => p.title)).toEqual(['开标一览表', '投标函', '报价明细表'])
    expect(f).toHaveLength(2)
  })

  it('a 投标函 total that is not the sum of the lots is a second price (the lots are right)', () => {
    const f = p01(twoLots({ letter: 1_900_000 }))
    expect(f).toHaveLength(1)
    expect(f[0].severity).toBe('否决风险')
    expect(f[0].message.zh).toContain('各包合计为 ¥1,800,000.00')
    expect(f[0].message.zh).toContain('“投标函” ¥1,900,000.00')
    expect(f[0].printedIn?.map((p) => p.title)).toEqual(['开标一览表', '投标函'])
  })

  it('under 招标投标 a lot with two prices is rejected (实施条例 art. 51)', () => {
    const bid = twoLots({ l2Price: 650_000 })
    bid.governingLaw = '招标投标'
    const lot = p01(bid).find((x) => x.location.path === 'lots.1.price')!
    expect(lot.basis).toContain('实施条例第51条')
    expect(lot.message.zh).toContain('应否决投标')
  })
})
