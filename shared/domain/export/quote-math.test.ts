import { describe, expect, it } from 'vitest'
import { QuoteSchema } from '@shared/schemas'
import { bidPriceOf, computeQuote, toYuan } from './quote-math'

describe('computeQuote', () => {
  it('sums rounded lines and tax-inclusive tax (hand-computed)', () => {
    const q = QuoteSchema.parse({
      items: [
        { id: 'a', qty: 3, unitPrice: 125_000, taxRate: 13 },
        { id: 'b', qty: 2, unitPrice: 48_500.5, taxRate: 13 },
        { id: 'c', qty: 1, unitPrice: 36_789.3, taxRate: 6 },
      ],
    })
    const t = computeQuote(q)
    expect(t.lines.map((l) => l.lineTotal)).toEqual([375_000, 97_001, 36_789.3])
    // 375000×13/113 = 43141.592…, 97001×13/113 = 11159.407…, 36789.3×6/106 = 2082.413…
    expect(t.lines.map((l) => l.tax)).toEqual([43_141.59, 11_159.41, 2_082.41])
    expect(t.total).toBe(508_790.3)
    expect(t.taxTotal).toBe(56_383.41)
  })

  it("rounds each line under 'line' and only the sum under 'total'", () => {
    const items = [
      { id: 'a', qty: 3, unitPrice: 0.33, taxRate: 0 },
      { id: 'b', qty: 3, unitPrice: 0.33, taxRate: 0 },
    ]
    // qty 1.5 × 0.67 = 1.005 per line: 'line' → 1.01 + 1.01 = 2.02; 'total' → round(2.01) = 2.01
    const half = [
      { id: 'a', qty: 1.5, unitPrice: 0.67, taxRate: 0 },
      { id: 'b', qty: 1.5, unitPrice: 0.67, taxRate: 0 },
    ]
    expect(computeQuote(QuoteSchema.parse({ items: half, rounding: 'line' })).total).toBe(2.02)
    expect(computeQuote(QuoteSchema.parse({ items: half, rounding: 'total' })).total).toBe(2.01)
    expect(computeQuote(QuoteSchema.parse({ items })).total).toBe(1.98)
  })

  it('adds tax on top for tax-exclusive prices', () => {
    const q = QuoteSchema.parse({
      taxIncluded: false,
      items: [{ id: 'a', qty: 1, unitPrice: 100, taxRate: 13 }],
    })
    expect(computeQuote(q).taxTotal).toBe(13)
  })

  it('handles an empty quote and converts 万元', () => {
    expect(computeQuote(QuoteSchema.parse({})).total).toBe(0)
    expect(toYuan(50.88, '万元')).toBe(508_800)
    expect(toYuan(0.01, '万元')).toBe(100)
  })

  it('picks the stated price in the documented order', () => {
    expect(bidPriceOf(QuoteSchema.parse({ openingSummary: { price: 5 }, bidLetterPrice: 6 })).source).toBe(
      'openingSummary',
    )
    expect(bidPriceOf(QuoteSchema.parse({ bidLetterPrice: 6 }))).toEqual({ value: 6, source: 'bidLetter' })
    expect(bidPriceOf(QuoteSchema.parse({ items: [{ id: 'a', qty: 2, unitPrice: 3 }] }))).toEqual({
      value: 6,
      source: 'computed',
    })
  })
})
