import { datePart } from '@shared/domain/calendar/dates'
import { findByNameOrAlias, normalizeName } from '@shared/domain/competitors/aliases'
import { AppError } from '@shared/errors'
import type { Bid, Bidder, Competitor, Matrix, OpeningBidder, PricePoint } from '@shared/schemas'
import { settleResult } from './result'

/**
 * 开标记录 → the rest of the workspace (DOMAIN.md §13): each bidder is linked to the competitor registry (by id, else
 * by name or alias), the competitor's price history gets this tender's price, the bid's scoring matrix gets every
 * bidder's actual price and score next to its estimates, and the bid's result follows the bidder marked as winner.
 */

export interface OpeningApplied {
  bid: Bid
  /** Competitors whose price history changed. */
  competitors: Competitor[]
  /** The matrix with actual prices and scores, or null when the bid has none (or nothing changed). */
  matrix: Matrix | null
  /** Bidder names no competitor goes by (the UI offers to register them). */
  unmatched: string[]
}

export function openingDate(bid: Pick<Bid, 'opening' | 'dates'>): string | null {
  return bid.opening.date ?? datePart(bid.dates.opening)
}

/** The price of a tender is compared across tenders as a share of its ceiling, else its budget. */
export function tenderCeiling(bid: Pick<Bid, 'priceCeiling' | 'budget'>): number | null {
  return bid.priceCeiling ?? bid.budget
}

/** A rule of the 开标记录 that a row breaks: the row (or null for the whole record) and why, in both languages. */
export interface OpeningProblem {
  row: number | null
  field: 'name' | 'won' | 'isUs' | 'failReason' | null
  zh: string
  en: string
}

type Failure = { failed: boolean; failReason: string }

/** Every problem of a 开标记录 (the form shows them at their rows; the use case refuses the first). */
export function openingProblems(
  bidders: readonly Pick<OpeningBidder, 'name' | 'won' | 'isUs' | 'valid'>[],
  failure: Failure = { failed: false, failReason: '' },
) {
  const out: OpeningProblem[] = []
  const won = bidders.flatMap((b, i) => (b.won ? [i] : []))
  if (failure.failed) {
    if (!failure.failReason.trim())
      out.push({
        row: null,
        field: 'failReason',
        zh: '流标/废标须写明原因',
        en: 'say why the procurement failed',
      })
    for (const i of won)
      out.push({
        row: i,
        field: 'won',
        zh: `已记为流标/废标，“${bidders[i].name}”不能是中标人`,
        en: `the procurement is recorded as failed, so "${bidders[i].name}" cannot be the winner`,
      })
  }
  if (won.length > 1) {
    const names = won.map((i) => bidders[i].name)
    for (const i of won.slice(1))
      out.push({
        row: i,
        field: 'won',
        zh: `开标记录中有 ${won.length} 个中标人：${names.join('、')}，只能标记一个`,
        en: `${won.length} bidders are marked as the winner (${names.join(', ')}); mark one`,
      })
  }
  const us = bidders.flatMap((b, i) => (b.isUs ? [i] : []))
  for (const i of us.slice(1))
    out.push({ row: i, field: 'isUs', zh: '开标记录中只能有一行是我方', en: 'only one row can be us' })
  for (const i of won.slice(0, 1))
    if (!bidders[i].valid)
      out.push({
        row: i,
        field: 'won',
        zh: `“${bidders[i].name}”被标为无效投标，不能同时是中标人`,
        en: `"${bidders[i].name}" is marked invalid and cannot be the winner`,
      })
  const names = new Map<string, string>()
  bidders.forEach((b, i) => {
    const key = normalizeName(b.name)
    if (!b.name.trim()) {
      out.push({ row: i, field: 'name', zh: '开标记录中有投标人未填名称', en: 'a bidder has no name' })
      return
    }
    if (names.has(key))
      out.push({
        row: i,
        field: 'name',
        zh: `“${b.name}”与“${names.get(key)}”是同一投标人，请合并为一行`,
        en: `"${b.name}" and "${names.get(key)}" are the same bidder; keep one row`,
      })
    else names.set(key, b.name)
  })
  return out
}

export function checkOpening(record: Pick<Bid['opening'], 'bidders' | 'failed' | 'failReason'>): void {
  const [first] = openingProblems(record.bidders, record)
  if (first) throw new AppError('VALIDATION', { zh: first.zh, en: first.en })
}

function pricePoint(bid: Bid, b: OpeningBidder, date: string | null): PricePoint {
  return {
    id: `open-${bid.id}`.slice(0, 64),
    bidId: bid.id,
    tender: bid.title,
    buyer: bid.buyer.name,
    date,
    price: b.price,
    ceiling: tenderCeiling(bid),
    score: b.score,
    rank: b.rank,
    won: b.won,
    valid: b.valid,
    source: '开标记录',
  }
}

function matrixWithActuals(matrix: Matrix, bidders: readonly OpeningBidder[]): Matrix | null {
  const rows: Bidder[] = matrix.bidders.map((b) => ({ ...b }))
  let changed = false
  const taken = new Set(rows.map((r) => r.id))
  for (const o of bidders) {
    let row =
      rows.find((r) => (o.isUs ? r.isUs : o.competitorId !== null && r.competitorId === o.competitorId)) ??
      rows.find((r) => !r.isUs && !o.isUs && normalizeName(r.name) === normalizeName(o.name))
    if (!row) {
      if (rows.length >= 100) continue
      let id = `open-${o.id}`.slice(0, 60)
      for (let n = 2; taken.has(id); n++) id = `open-${o.id}`.slice(0, 56) + `-${n}`
      taken.add(id)
      row = {
        id,
        name: o.name,
        isUs: o.isUs,
        competitorId: o.competitorId,
        sme: false,
        price: { low: null, likely: null, high: null },
        invalid: false,
        invalidReason: '',
      }
      rows.push(row)
    }
    // A bid the opening record declares invalid leaves the ranking and the benchmark (87号令 art. 55).
    if (o.valid === false && !row.isUs && !row.invalid) {
      row.invalid = true
      row.invalidReason = row.invalidReason || '开标记录：无效投标'
      changed = true
    }
    const actual = { price: o.price, score: o.score, won: o.won }
    if (JSON.stringify(row.actual) !== JSON.stringify(actual)) {
      row.actual = actual
      changed = true
    }
  }
  return changed ? { ...matrix, bidders: rows } : null
}

/**
 * The result a 开标记录 gives: 流标/废标 with its reason, else 中标/未中标 after the winner marked; a record no
 * longer marked as failed takes back the 流标/废标 it had set (未定 until a winner is marked), and with neither the
 * result is left as it is.
 */
function resultOfOpening(
  bid: Bid,
  bidders: readonly OpeningBidder[],
  opts: { ourName: string; previous?: Pick<Bid['opening'], 'failed'> },
): Bid['result'] {
  if (bid.opening.failed)
    return settleResult(bid.result, { outcome: '流标/废标', reason: bid.opening.failReason.trim() })
  const won = bidders.find((o) => o.won)
  if (won)
    return settleResult(bid.result, {
      outcome: won.isUs ? '中标' : '未中标',
      winner: won.isUs ? opts.ourName || won.name : won.name,
      winningPrice: won.price,
    })
  if (opts.previous?.failed && bid.result.outcome === '流标/废标')
    return settleResult(bid.result, { outcome: '未定' })
  return bid.result
}

export function applyOpening(
  bid: Bid,
  registry: readonly Competitor[],
  matrix: Matrix | null,
  opts: { now: string; ourName: string; previous?: Pick<Bid['opening'], 'failed'> },
): OpeningApplied {
  checkOpening(bid.opening)
  const unmatched: string[] = []
  const bidders = bid.opening.bidders.map((o) => {
    if (o.isUs) return { ...o, competitorId: null }
    const known = o.competitorId ? registry.find((c) => c.id === o.competitorId) : null
    const c = known ?? findByNameOrAlias(registry, o.name)
    if (!c) unmatched.push(o.name)
    return { ...o, competitorId: c?.id ?? null }
  })
  const date = openingDate(bid)
  const competitorIds = [...bid.competitorIds]
  for (const o of bidders)
    if (o.competitorId && !competitorIds.includes(o.competitorId)) competitorIds.push(o.competitorId)
  const next: Bid = {
    ...bid,
    competitorIds,
    result: resultOfOpening(bid, bidders, opts),
    opening: { ...bid.opening, bidders, appliedAt: opts.now },
  }
  const competitors: Competitor[] = []
  for (const o of bidders) {
    const c = o.competitorId ? registry.find((r) => r.id === o.competitorId) : null
    if (!c) continue
    const point = pricePoint(next, o, date)
    const others = c.priceHistory.filter((p) => p.bidId !== bid.id)
    competitors.push({
      ...c,
      priceHistory: [...others, point].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
    })
  }
  // A competitor no longer in the record (unlinked, or the row removed) loses this tender's price.
  const linked = new Set(bidders.map((o) => o.competitorId))
  for (const c of registry) {
    if (linked.has(c.id) || !c.priceHistory.some((p) => p.bidId === bid.id)) continue
    competitors.push({ ...c, priceHistory: c.priceHistory.filter((p) => p.bidId !== bid.id) })
  }
  return {
    bid: next,
    competitors,
    matrix: matrix ? matrixWithActuals(matrix, bidders) : null,
    unmatched,
  }
}
