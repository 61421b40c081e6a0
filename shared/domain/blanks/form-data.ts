import type { Bid } from '@shared/schemas'
import { computeQuote, toYuan } from '../export/quote-math'

/**
 * What a buyer's form asks beyond the placeholder dictionary: the quote's lines for its 明细表 and the facts its
 * check boxes ask about (企业规模, 联合体, 监狱企业…). Taken from the bid by the use cases, passed to the plan.
 */
export interface ItemLine {
  name: string
  brand: string
  spec: string
  maker: string
  qty: number
  unit: string
  /** In yuan. */
  unitPrice: number
  /** In yuan, as the quote computes it (rounded per line or not, as the quote says). */
  lineTotal: number
  taxRate: number
  note: string
  /** The lot (包) of the line in a multi-lot bid, else null. */
  lotId: string | null
  /** That lot's number as the bid writes it (for a 包号 column); set by the item plan. */
  lotNo?: string
}

/** A lot of the tender (bid.lots), for matching a buyer's per-lot table to its lines. */
export interface LotRef {
  id: string
  no: string
  name: string
  bidding: boolean
}

export interface ItemSource {
  lines: ItemLine[]
  /** Σ line totals in yuan: the 合计 the lines add up to. */
  total: number
  currency: Bid['quote']['currency']
  /** Two or more: every item table is matched to its lot (lots.ts). */
  lots?: LotRef[]
}

export interface ChoiceFacts {
  size: '' | '大型' | '中型' | '小型' | '微型'
  consortium: boolean
  prison: boolean
  welfare: boolean
  taxIncluded: boolean
}

export interface FormData {
  items: ItemSource
  facts: ChoiceFacts
}

export function formDataOf(bid: Pick<Bid, 'quote' | 'consortium' | 'sme' | 'lots'>): FormData {
  const q = computeQuote(bid.quote)
  const unit = bid.quote.moneyUnit
  return {
    items: {
      lines: q.lines.map((l) => ({
        name: l.item.name,
        brand: l.item.brand ?? '',
        spec: l.item.spec,
        maker: l.item.manufacturer,
        qty: l.item.qty,
        unit: l.item.unit,
        unitPrice: toYuanExact(l.item.unitPrice, unit),
        lineTotal: toYuanExact(l.lineTotal, unit),
        taxRate: l.item.taxRate,
        note: l.item.note,
        lotId: l.item.lotId,
      })),
      total: toYuan(q.total, unit),
      currency: bid.quote.currency,
      lots: bid.lots.map((l) => ({ id: l.id, no: l.no, name: l.name, bidding: l.bidding })),
    },
    facts: {
      size: bid.sme.size.replace(/企业$/, '') as ChoiceFacts['size'],
      consortium: bid.consortium.isConsortium,
      prison: bid.sme.prisonEnterprise,
      welfare: bid.sme.welfareUnit,
      taxIncluded: bid.quote.taxIncluded,
    },
  }
}

/** 万元 figures to yuan without rounding to cents (a 万元 unit price of 1.23456 is 12,345.60 元). */
function toYuanExact(v: number, unit: Bid['quote']['moneyUnit']): number {
  return unit === '万元' ? Math.round(v * 10_000 * 1e6) / 1e6 : v
}
