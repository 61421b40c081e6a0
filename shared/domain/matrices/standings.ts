import type { Matrix } from '@shared/schemas/matrix'
import { evaluatedPrice, makePriceScorer } from './price'
import {
  prepareMatrix,
  resolveOurPrice,
  type Message,
  type PreparedMatrix,
  type ScoreCategory,
} from './prepare'
import { compareBids, rankBids } from './rank'
import { roundHalfUp } from './round'

export interface BidderStanding {
  bidderId: string
  name: string
  isUs: boolean
  sme: boolean
  /** The price used: ours as given, a competitor's likely estimate. */
  price: number
  evaluatedPrice: number
  /** Rounded half-up to 2 decimals; 0 under 最低评标价法. */
  priceScore: number
  priceScoreRaw: number
  /** Subtotals by category; 价格 is the price score. */
  categories: Record<ScoreCategory, number>
  tech: number
  /** Rounded total: price score + non-price subtotals. */
  total: number
  /** Unrounded total, for smooth sensitivity figures. */
  totalRaw: number
  rank: number
}

export interface Standings {
  ourPrice: number
  method: Matrix['priceRule']['method']
  benchmark: number | null
  pointsUsed: boolean
  bidders: BidderStanding[]
  ourRank: number
  /** The best-ranked competitor (the one to beat, or the runner-up when we lead); null without competitors. */
  leader: { bidderId: string; name: string; total: number } | null
  /** True when we are first and no competitor shares the rank. */
  weLead: boolean
  excluded: PreparedMatrix['excluded']
  warnings: Message[]
}

/** Standings of a prepared matrix at our price; the fast path the solver calls many times. */
export function standingsOf(
  prep: PreparedMatrix,
  ourPrice: number,
): Omit<Standings, 'excluded' | 'warnings'> {
  const { rule, bidders, usIndex } = prep
  const n = bidders.length
  const prices = bidders.map((b, i) => (i === usIndex ? ourPrice : b.price!.likely))
  const evaluated = prices.map((p, i) => evaluatedPrice(p, bidders[i].sme, rule.smeDeductionPct))
  const raw = new Float64Array(n)
  const out = new Float64Array(n)
  const b = makePriceScorer(rule)(evaluated, n, raw, out)
  const rows = bidders.map((bd, i) => {
    const total = roundHalfUp(out[i] + bd.nonPrice, 2)
    return {
      bidderId: bd.id,
      name: bd.name,
      isUs: bd.isUs,
      sme: bd.sme,
      price: prices[i],
      evaluatedPrice: evaluated[i],
      priceScore: out[i],
      priceScoreRaw: raw[i],
      categories: { ...bd.categories, 价格: out[i] },
      tech: bd.tech,
      total,
      totalRaw: raw[i] + bd.nonPrice,
      rank: 0,
    }
  })
  const ranks = rankBids(rows, rule.tieBreak, rule.method)
  rows.forEach((r, i) => (r.rank = ranks[i]))
  const others = rows.filter((_, i) => i !== usIndex)
  let leader: (typeof rows)[number] | null = null
  for (const o of others) if (!leader || compareBids(o, leader, rule.tieBreak, rule.method) < 0) leader = o
  const ourRank = rows[usIndex].rank
  return {
    ourPrice,
    method: rule.method,
    benchmark: Number.isNaN(b) ? null : b,
    pointsUsed: rule.method !== 'lowestEvaluated',
    bidders: rows,
    ourRank,
    leader: leader && { bidderId: leader.bidderId, name: leader.name, total: leader.total },
    weLead: ourRank === 1 && others.every((o) => o.rank > 1),
  }
}

/** Each bidder's price score, category subtotals, total and rank at our price (default: the matrix's). */
export function computeStandings(m: Matrix, ourPrice?: number | null): Standings {
  const prep = prepareMatrix(m)
  const s = standingsOf(prep, resolveOurPrice(m, ourPrice))
  return { ...s, excluded: prep.excluded, warnings: prep.warnings }
}

export interface OvertakeResult {
  /**
   * leading: we are already first at the current price; found: `price` is the highest price (in whole
   * cents) below the current one at which we are first; impossible: no price down to 0.01 makes us first;
   * noCompetitors: nothing to beat.
   */
  status: 'leading' | 'found' | 'impossible' | 'noCompetitors'
  price: number | null
  /** How far below the current price, in percent. */
  cutPct: number | null
  currentPrice: number
  leader: Standings['leader']
}

const GRID = 2000

/**
 * The price at which we overtake the leader. Under 低价优先 and 最低评标价法 being first is monotone in
 * our price (a lower price never hurts us), so bisection over whole cents is exact. Under the average
 * benchmark a lower price can lose points, so the set of winning prices may be an interval in the
 * middle: we evaluate a grid of 2000 prices plus every competitor's price (where the formulas bend),
 * take the highest winning one, and bisect to the cent between it and the next losing grid price.
 * A winning interval narrower than 1/2000 of the current price could be missed there.
 */
export function overtakePrice(m: Matrix, currentPrice?: number | null): OvertakeResult {
  const prep = prepareMatrix(m)
  const current = resolveOurPrice(m, currentPrice)
  const now = standingsOf(prep, current)
  const base = { currentPrice: current, leader: now.leader }
  if (prep.bidders.length < 2) return { ...base, status: 'noCompetitors', price: null, cutPct: null }
  if (now.weLead) return { ...base, status: 'leading', price: null, cutPct: null }
  const leads = (cents: number) => standingsOf(prep, cents / 100).weLead
  const top = Math.round(current * 100) - 1
  if (top < 1) return { ...base, status: 'impossible', price: null, cutPct: null }
  let lo: number // a winning price in cents
  let hi: number // a losing price in cents, above lo
  if (prep.rule.method !== 'average') {
    if (!leads(1)) return { ...base, status: 'impossible', price: null, cutPct: null }
    if (leads(top)) return found(top)
    lo = 1
    hi = top
  } else {
    const grid = new Set<number>([1, top])
    for (let g = 1; g < GRID; g++) grid.add(Math.max(1, Math.round((top * g) / GRID)))
    const sme = prep.bidders[prep.usIndex].sme ? (100 - prep.rule.smeDeductionPct) / 100 : 1
    for (const b of prep.bidders) {
      if (b.isUs || !b.price) continue
      const e = (b.price.likely * (b.sme ? 100 - prep.rule.smeDeductionPct : 100)) / 100
      const c = Math.round((e / sme) * 100)
      for (const x of [c - 1, c, c + 1]) if (x >= 1 && x <= top) grid.add(x)
    }
    const sorted = [...grid].sort((a, b) => b - a)
    const i = sorted.findIndex(leads)
    if (i < 0) return { ...base, status: 'impossible', price: null, cutPct: null }
    if (i === 0) return found(sorted[0])
    lo = sorted[i]
    hi = sorted[i - 1]
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (leads(mid)) lo = mid
    else hi = mid
  }
  return found(lo)

  function found(cents: number): OvertakeResult {
    const price = cents / 100
    return {
      ...base,
      status: 'found',
      price,
      cutPct: roundHalfUp(((current - price) / current) * 100, 4),
    }
  }
}

export interface Sensitivity {
  price: number
  /** Our total (unrounded) at the price and 1 % below it. */
  ourTotal: number
  ourTotalAfterCut: number
  /** Points we gain from a 1 % cut (can be negative under the average benchmark). */
  pointsPerPctCut: number
  /** Change of our lead over the best competitor (negative lead = behind) from the same cut. */
  marginPerPctCut: number
}

/** Points gained per 1 % price cut at the given price, from the unrounded scores (a smooth slope). */
export function priceSensitivity(m: Matrix, ourPrice?: number | null): Sensitivity {
  const prep = prepareMatrix(m)
  const p = resolveOurPrice(m, ourPrice)
  const at = (price: number) => {
    const s = standingsOf(prep, price)
    const us = s.bidders[prep.usIndex].totalRaw
    const best = Math.max(...s.bidders.filter((_, i) => i !== prep.usIndex).map((b) => b.totalRaw))
    return { us, margin: Number.isFinite(best) ? us - best : 0 }
  }
  const a = at(p)
  const b = at(p * 0.99)
  return {
    price: p,
    ourTotal: a.us,
    ourTotalAfterCut: b.us,
    pointsPerPctCut: b.us - a.us,
    marginPerPctCut: b.margin - a.margin,
  }
}
