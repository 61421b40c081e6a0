import { findByNameOrAlias } from '@shared/domain/competitors/aliases'
import type { Bid, Competitor, Customer, Matrix, OrgType } from '@shared/schemas'
import { round2 } from './deal'
import { openingDate } from './opening'

/**
 * Win/loss from the bids' results and 开标记录 (DOMAIN.md §13). A bid is decided when it was won or lost;
 * 流标/废标 and dropped bids are counted apart and never enter a rate. Rates are wins ÷ decided, to four decimals.
 */

export interface RateRow {
  key: string
  decided: number
  won: number
  lost: number
  rate: number | null
}

export interface CompetitorRate extends RateRow {
  competitorId: string
  name: string
  /** Decided bids this competitor won against us. */
  theyWon: number
}

export interface PriceGap {
  bidId: string
  title: string
  date: string | null
  ours: number
  winner: number
  winnerName: string
  /** ours − winner, in yuan; and as a percent of the winner's price (two decimals). */
  gap: number
  gapPct: number
}

export interface WinLoss {
  overall: RateRow
  failed: number
  dropped: number
  open: number
  byCompetitor: CompetitorRate[]
  byNature: RateRow[]
  byMethod: RateRow[]
  /** 综合评分法 bids by the price weight of their scoring matrix ("30%"), 最低评标价法 apart, "未知" without a matrix. */
  byPriceWeight: RateRow[]
  gaps: PriceGap[]
  averageGapPct: number | null
}

function rateRow(key: string, rows: readonly Bid[]): RateRow {
  const won = rows.filter((b) => b.result.outcome === '中标').length
  const lost = rows.filter((b) => b.result.outcome === '未中标').length
  const decided = won + lost
  return { key, decided, won, lost, rate: decided ? Math.round((won / decided) * 10_000) / 10_000 : null }
}

function groupRates(bids: readonly Bid[], keyOf: (b: Bid) => string, order?: readonly string[]): RateRow[] {
  const groups = new Map<string, Bid[]>()
  for (const b of bids) {
    const k = keyOf(b)
    groups.set(k, [...(groups.get(k) ?? []), b])
  }
  const keys = [...groups.keys()].sort((a, b) => {
    const ia = order?.indexOf(a) ?? -1
    const ib = order?.indexOf(b) ?? -1
    if (ia !== ib) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib)
    return a.localeCompare(b, 'zh')
  })
  return keys.map((k) => rateRow(k, groups.get(k)!))
}

/** The competitors a bid met: the ones read out at its opening, else the ones the bid lists. */
export function competitorsMet(bid: Bid): string[] {
  const fromOpening = bid.opening.bidders.filter((o) => !o.isUs && o.competitorId).map((o) => o.competitorId!)
  return [...new Set(fromOpening.length ? fromOpening : bid.competitorIds)]
}

export function matrixOfBid(bid: Bid, matrices: readonly Matrix[]): Matrix | null {
  return (
    (bid.matrixId && matrices.find((m) => m.id === bid.matrixId)) ||
    matrices.find((m) => m.bidId === bid.id) ||
    null
  )
}

export function priceWeightKey(bid: Bid, matrices: readonly Matrix[]): string {
  if (bid.evaluationMethod === '最低评标价法') return '最低评标价法'
  const m = matrixOfBid(bid, matrices)
  return m ? `${m.priceRule.weight}%` : '未知'
}

/** Our price and the winner's, from the opening record first, else from the quote and the result. */
export function priceGap(bid: Bid): PriceGap | null {
  if (bid.result.outcome !== '未中标') return null
  const usRow = bid.opening.bidders.find((o) => o.isUs)
  const wonRow = bid.opening.bidders.find((o) => o.won && !o.isUs)
  const ours = usRow?.price ?? bid.quote.openingSummary.price ?? bid.quote.bidLetterPrice
  const winner = wonRow?.price ?? bid.result.winningPrice
  if (ours == null || winner == null || winner <= 0) return null
  const gap = round2(ours - winner)
  return {
    bidId: bid.id,
    title: bid.title,
    date: openingDate(bid),
    ours,
    winner,
    winnerName: wonRow?.name ?? bid.result.winner,
    gap,
    gapPct: round2((gap / winner) * 100),
  }
}

function winnerCompetitor(bid: Bid, registry: readonly Competitor[]): string | null {
  const row = bid.opening.bidders.find((o) => o.won && !o.isUs)
  if (row?.competitorId) return row.competitorId
  const name = row?.name ?? bid.result.winner
  return name ? (findByNameOrAlias(registry, name)?.id ?? null) : null
}

const NATURES: readonly OrgType[] = ['政府', '国企', '民营', '外资']

export function winLoss(
  bids: readonly Bid[],
  ctx: { customers: readonly Customer[]; competitors: readonly Competitor[]; matrices: readonly Matrix[] },
): WinLoss {
  const decided = bids.filter((b) => b.result.outcome === '中标' || b.result.outcome === '未中标')
  const customers = new Map(ctx.customers.map((c) => [c.id, c]))
  const natureOf = (b: Bid) => (b.customerId && customers.get(b.customerId)?.nature) || b.buyer.type
  const byCompetitor: CompetitorRate[] = []
  for (const c of ctx.competitors) {
    const met = decided.filter((b) => competitorsMet(b).includes(c.id))
    if (met.length === 0) continue
    byCompetitor.push({
      ...rateRow(c.id, met),
      competitorId: c.id,
      name: c.title,
      theyWon: met.filter(
        (b) => b.result.outcome === '未中标' && winnerCompetitor(b, ctx.competitors) === c.id,
      ).length,
    })
  }
  byCompetitor.sort((a, b) => b.decided - a.decided || a.name.localeCompare(b.name, 'zh'))
  const gaps = decided.map(priceGap).filter((g): g is PriceGap => g !== null)
  gaps.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
  return {
    overall: rateRow('全部', decided),
    failed: bids.filter((b) => b.result.outcome === '流标/废标').length,
    dropped: bids.filter((b) => b.result.outcome === '放弃').length,
    open: bids.filter((b) => b.result.outcome === '未定').length,
    byCompetitor,
    byNature: groupRates(decided, natureOf, NATURES),
    byMethod: groupRates(decided, (b) => b.evaluationMethod, ['综合评分法', '最低评标价法']),
    byPriceWeight: groupRates(decided, (b) => priceWeightKey(b, ctx.matrices)).sort(
      (a, b) => weightOrder(a.key) - weightOrder(b.key),
    ),
    gaps,
    averageGapPct: gaps.length ? round2(gaps.reduce((s, g) => s + g.gapPct, 0) / gaps.length) : null,
  }
}

function weightOrder(key: string): number {
  if (key === '最低评标价法') return 1_000
  if (key === '未知') return 2_000
  return Number.parseFloat(key)
}
