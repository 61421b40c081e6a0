import type { Quote, QuoteItem } from '@shared/schemas'
import { round2 } from './format'

/**
 * The quote's arithmetic, in ONE place: the Word tables, the Excel cached values and the Excel formulas
 * (electron/services/export/xlsx) all follow these rules, so a recalculating spreadsheet agrees with the app.
 *
 * - line total = qty × unit price; with rounding 'line' each line is rounded to cents, with 'total' only the sum.
 * - tax of a line: tax-inclusive prices (taxIncluded) hold their tax, line × rate / (100 + rate); tax-exclusive
 *   prices get it added on top, line × rate / 100. Rounded per line under 'line', only in the sum under 'total'.
 * - every figure is in the quote's money unit (元 or 万元); `toYuan` converts for amounts in words.
 */
export interface QuoteLine {
  item: QuoteItem
  /** 1-based row number (序号). */
  no: number
  lineTotal: number
  tax: number
}

export interface QuoteTotals {
  lines: QuoteLine[]
  total: number
  taxTotal: number
  /** The total in yuan (×10000 when the quote is in 万元). */
  totalYuan: number
}

export function lineTotalOf(item: QuoteItem, rounding: Quote['rounding']): number {
  const raw = item.qty * item.unitPrice
  return rounding === 'line' ? round2(raw) : raw
}

export function lineTaxOf(
  lineTotal: number,
  ratePercent: number,
  taxIncluded: boolean,
  rounding: Quote['rounding'],
): number {
  const raw = taxIncluded ? (lineTotal * ratePercent) / (100 + ratePercent) : (lineTotal * ratePercent) / 100
  return rounding === 'line' ? round2(raw) : raw
}

export function computeQuote(quote: Quote): QuoteTotals {
  const lines = quote.items.map((item, i) => {
    const lineTotal = lineTotalOf(item, quote.rounding)
    return {
      item,
      no: i + 1,
      lineTotal,
      tax: lineTaxOf(lineTotal, item.taxRate, quote.taxIncluded, quote.rounding),
    }
  })
  const total = round2(lines.reduce((s, l) => s + l.lineTotal, 0))
  const taxTotal = round2(lines.reduce((s, l) => s + l.tax, 0))
  return { lines, total, taxTotal, totalYuan: toYuan(total, quote.moneyUnit) }
}

export function toYuan(value: number, unit: Quote['moneyUnit']): number {
  return unit === '万元' ? round2(value * 10_000) : round2(value)
}

/**
 * The bid price as the forms state it, in the quote's unit: the 开标一览表 price when written, else the 投标函
 * price, else the computed total. Which one disagrees with the others is the checks' business (E11), not the exporter's.
 */
export function bidPriceOf(quote: Quote): {
  value: number
  source: 'openingSummary' | 'bidLetter' | 'computed'
} {
  if (quote.openingSummary.price != null)
    return { value: quote.openingSummary.price, source: 'openingSummary' }
  if (quote.bidLetterPrice != null) return { value: quote.bidLetterPrice, source: 'bidLetter' }
  return { value: computeQuote(quote).total, source: 'computed' }
}
