import type { PriceRule } from '@shared/schemas/matrix'
import { toCents } from './round'

export type TieBreak = PriceRule['tieBreak']

export interface RankEntry {
  /** Total points (rounded to 2 decimals before comparing). */
  total: number
  /** Technical subtotal, the usual first tie-breaker. */
  tech: number
  /** Evaluated price (after SME deduction). */
  evaluatedPrice: number
}

/**
 * Order of two bids: negative when `a` ranks ahead of `b`, 0 when the rule cannot separate them.
 * 综合评分法: higher total first; 最低评标价法: lower evaluated price first. Then the tender's tie rule:
 * 技术分高者优先 → higher technical score, then lower price (the common clause, DOMAIN.md §5);
 * 报价低者优先 → lower price, then higher technical score; 抽签 → a real tie (lots are drawn).
 */
export function compareBids(
  a: RankEntry,
  b: RankEntry,
  tieBreak: TieBreak,
  method: PriceRule['method'],
): number {
  const price = toCents(a.evaluatedPrice) - toCents(b.evaluatedPrice)
  if (method === 'lowestEvaluated') {
    if (price !== 0) return price
  } else {
    const total = toCents(b.total) - toCents(a.total)
    if (total !== 0) return total
  }
  if (tieBreak === '抽签') return 0
  const tech = toCents(b.tech) - toCents(a.tech)
  if (tieBreak === '技术分高者优先') return tech !== 0 ? tech : price
  return price !== 0 ? price : tech
}

/** Competition ranks (1, 2, 2, 4): bids the rule cannot separate share a rank. */
export function rankBids(
  entries: readonly RankEntry[],
  tieBreak: TieBreak,
  method: PriceRule['method'],
): number[] {
  return entries.map((e) => 1 + entries.filter((o) => compareBids(o, e, tieBreak, method) < 0).length)
}
