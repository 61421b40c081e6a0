import { AppError } from '@shared/errors'
import type { Bidder, Matrix, PriceRule, ScoringItem } from '@shared/schemas/matrix'
import { roundHalfUp } from './round'

export type ScoreCategory = ScoringItem['category']
export const CATEGORIES: readonly ScoreCategory[] = ['价格', '商务', '技术', '其他']
export type Message = { zh: string; en: string }

export interface Range3 {
  low: number
  likely: number
  high: number
}

/**
 * low / likely / high with the gaps filled: a missing low or high is the likely value; a missing likely
 * is the midpoint of low and high; nothing at all is null. Out-of-order values are sorted so a typo
 * cannot produce an impossible distribution.
 */
export function resolveRange(r: {
  low: number | null
  likely: number | null
  high: number | null
}): Range3 | null {
  let likely = r.likely
  if (likely == null) {
    if (r.low != null && r.high != null) likely = (r.low + r.high) / 2
    else likely = r.low ?? r.high
  }
  if (likely == null) return null
  const low = Math.min(r.low ?? likely, likely)
  const high = Math.max(r.high ?? likely, likely)
  return { low, likely, high }
}

export interface PreparedBidder {
  id: string
  name: string
  isUs: boolean
  sme: boolean
  /** Competitors: their estimated price range. Ours: filled from the price being evaluated. */
  price: Range3 | null
  /** Non-price category subtotals at the point estimate (our selfScore, their likely). */
  categories: Record<ScoreCategory, number>
  nonPrice: number
  tech: number
}

export interface PreparedMatrix {
  rule: PriceRule
  /** Bidders that can be scored, matrix order; ours is always included. */
  bidders: PreparedBidder[]
  usIndex: number
  excluded: { bidderId: string; name: string; reason: Message }[]
  warnings: Message[]
  /** Items that the price score stands for (category 价格). */
  priceItems: ScoringItem[]
  nonPriceItems: ScoringItem[]
}

function usOf(m: Matrix): Bidder {
  const us = m.bidders.filter((b) => b.isUs)
  if (us.length !== 1) {
    throw new AppError('VALIDATION', {
      zh: us.length === 0 ? '评分矩阵中没有标记“我方”的投标人' : '评分矩阵中有多个“我方”投标人',
      en:
        us.length === 0
          ? 'the matrix has no bidder marked as us'
          : 'the matrix has more than one bidder marked as us',
    })
  }
  return us[0]
}

/** A bidder's point score on one item: ours is selfScore, a competitor's is its likely estimate. */
export function itemScore(item: ScoringItem, bidder: Bidder): number | null {
  if (bidder.isUs) return item.selfScore
  const est = item.estimates.find((e) => e.bidderId === bidder.id)
  return est ? (resolveRange(est)?.likely ?? null) : null
}

/** Why an invalid bid is left out: it neither ranks nor counts toward the benchmark (87号令 art. 55). */
export function invalidReason(b: Pick<Bidder, 'name' | 'invalidReason'>): Message {
  const why = b.invalidReason.trim()
  return {
    zh: `${b.name} 为无效投标${why ? `（${why}）` : ''}，不参与排名和评标基准价计算（87号令第五十五条）`,
    en: `${b.name} is an invalid bid${why ? ` (${why})` : ''}: left out of the ranking and the benchmark price (Order 87 art. 55)`,
  }
}

/** Shared groundwork for standings, the overtake solver and the Monte Carlo. */
export function prepareMatrix(m: Matrix): PreparedMatrix {
  const us = usOf(m)
  const priceItems = m.items.filter((i) => i.category === '价格')
  const nonPriceItems = m.items.filter((i) => i.category !== '价格')
  const warnings: Message[] = []
  const excluded: PreparedMatrix['excluded'] = []
  const bidders: PreparedBidder[] = []
  for (const b of m.bidders) {
    if (b.invalid && !b.isUs) {
      excluded.push({ bidderId: b.id, name: b.name, reason: invalidReason(b) })
      continue
    }
    const price = b.isUs ? null : resolveRange(b.price)
    if (!b.isUs && price == null) {
      excluded.push({
        bidderId: b.id,
        name: b.name,
        reason: {
          zh: `${b.name} 没有预估报价，未参与计算`,
          en: `${b.name} has no estimated price and is left out`,
        },
      })
      continue
    }
    const categories: Record<ScoreCategory, number> = { 价格: 0, 商务: 0, 技术: 0, 其他: 0 }
    const missing: string[] = []
    for (const it of nonPriceItems) {
      const s = itemScore(it, b)
      if (s == null) missing.push(it.name || it.id)
      else categories[it.category] += s
    }
    if (missing.length > 0 && nonPriceItems.length > 0) {
      warnings.push({
        zh: `${b.name} 有 ${missing.length} 项未评分，按 0 分计：${missing.slice(0, 5).join('、')}`,
        en: `${b.name} has ${missing.length} unscored item(s), counted as 0: ${missing.slice(0, 5).join(', ')}`,
      })
    }
    for (const c of CATEGORIES) categories[c] = roundHalfUp(categories[c], 2)
    const nonPrice = roundHalfUp(categories.商务 + categories.技术 + categories.其他, 2)
    bidders.push({
      id: b.id,
      name: b.name,
      isUs: b.isUs,
      sme: b.sme,
      price,
      categories,
      nonPrice,
      tech: categories.技术,
    })
  }
  const usIndex = bidders.findIndex((b) => b.id === us.id)
  return { rule: m.priceRule, bidders, usIndex, excluded, warnings, priceItems, nonPriceItems }
}

/** Our price: the explicit argument, else the matrix's ourPrice, else our bidder's likely price. */
export function resolveOurPrice(m: Matrix, ourPrice?: number | null): number {
  const p = ourPrice ?? m.ourPrice ?? resolveRange(usOf(m).price)?.likely ?? null
  if (p == null || !Number.isFinite(p) || p <= 0) {
    throw new AppError('VALIDATION', {
      zh: '我方报价未填写或不是大于 0 的数字',
      en: 'our price is missing or not a number greater than 0',
    })
  }
  return p
}
