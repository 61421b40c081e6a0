import { AppError } from '@shared/errors'
import type { Matrix } from '@shared/schemas/matrix'
import { createRng } from '../random'
import { evaluatedPrice, makePriceScorer } from './price'
import { prepareMatrix, resolveOurPrice, resolveRange, type PreparedMatrix } from './prepare'
import { profitCurve, profitSweepRange, type Floor, type ProfitCurve } from './profit'
import { roundHalfUp } from './round'

/** Non-negative value in whole cents, half-up (roundHalfUp without the sign handling and division). */
const cents = (x: number) => Math.floor(x * 100 * (1 + 1e-11) + 0.5)

export interface SimOptions {
  trials?: number
  seed?: number
  /** Called every few thousand trials with (done, total). */
  onProgress?: (done: number, total: number) => void
  /** Checked every few thousand trials; when set, the run stops with CANCELLED. */
  signal?: { readonly aborted: boolean }
}

export interface WinProbability {
  ourPrice: number
  probability: number
  /** Wins counted as 1, or 1/k when we share first place with k−1 others under 抽签. */
  wins: number
  trials: number
  seed: number
  /** Binomial standard error of the estimate. */
  standardError: number
}

/**
 * One default and one limit for every transport: the matrix page, the API (Excel export), the CLI. The limit
 * keeps one request bounded: a 40-point sweep at the limit is 8 million draws per bidder.
 */
export const DEFAULT_TRIALS = 20_000
export const MAX_TRIALS = 200_000

function checkCount(name: string, v: number, min: number, max: number): number {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new AppError('VALIDATION', {
      zh: `${name} 必须是 ${min}–${max} 之间的整数（收到 ${v}）`,
      en: `${name} must be an integer from ${min} to ${max} (got ${v})`,
    })
  }
  return v
}

/**
 * The Monte Carlo core. Each trial draws every competitor's price and each of its subjective-item
 * estimates from triangular(low, likely, high); objective items and our own self-scores stay at their
 * point values. The same draws are then scored at every one of `ourPrices` (common random numbers), so
 * a sweep is a smooth curve and costs little more than one price. Returns the win count per price.
 */
function simulate(prep: PreparedMatrix, m: Matrix, ourPrices: number[], opts: SimOptions): number[] {
  const trials = checkCount('trials', opts.trials ?? DEFAULT_TRIALS, 1, MAX_TRIALS)
  const { rule, bidders, usIndex } = prep
  const n = bidders.length
  const pct = rule.smeDeductionPct
  // Competitor prices as evaluated-price ranges (the SME deduction is linear, so deduct the bounds).
  const pLow = new Float64Array(n)
  const pMode = new Float64Array(n)
  const pHigh = new Float64Array(n)
  const fixedNonPrice = new Float64Array(n)
  const fixedTech = new Float64Array(n)
  bidders.forEach((b, j) => {
    if (j !== usIndex) {
      pLow[j] = evaluatedPrice(b.price!.low, b.sme, pct)
      pMode[j] = evaluatedPrice(b.price!.likely, b.sme, pct)
      pHigh[j] = evaluatedPrice(b.price!.high, b.sme, pct)
    }
  })
  // Flattened list of uncertain (bidder, item) scores; everything certain is summed once here.
  const dBidder: number[] = []
  const dLow: number[] = []
  const dMode: number[] = []
  const dHigh: number[] = []
  const dTech: boolean[] = []
  const byId = new Map(m.bidders.map((b) => [b.id, b]))
  bidders.forEach((pb, j) => {
    const b = byId.get(pb.id)!
    for (const it of prep.nonPriceItems) {
      const r = b.isUs
        ? it.selfScore == null
          ? null
          : { low: it.selfScore, likely: it.selfScore, high: it.selfScore }
        : resolveRange(
            it.estimates.find((e) => e.bidderId === b.id) ?? { low: null, likely: null, high: null },
          )
      if (!r) continue
      if (it.kind === 'subjective' && r.high > r.low) {
        dBidder.push(j)
        dLow.push(r.low)
        dMode.push(r.likely)
        dHigh.push(r.high)
        dTech.push(it.category === '技术')
      } else {
        fixedNonPrice[j] += r.likely
        if (it.category === '技术') fixedTech[j] += r.likely
      }
    }
  })
  const nd = dBidder.length
  // Triangular draws inverted by hand with the constants precomputed: identical to triangular() in
  // random.ts draw for draw (same formula, one rng() per draw), without its per-call divisions.
  const tri = (
    low: number[] | Float64Array,
    mode: number[] | Float64Array,
    high: number[] | Float64Array,
  ) => {
    const k = low.length
    const c = new Float64Array(k)
    const a = new Float64Array(k)
    const b = new Float64Array(k)
    for (let i = 0; i < k; i++) {
      const span = high[i] - low[i]
      c[i] = span > 0 ? (mode[i] - low[i]) / span : 0
      a[i] = span * (mode[i] - low[i])
      b[i] = span * (high[i] - mode[i])
    }
    return { low: Float64Array.from(low), high: Float64Array.from(high), c, a, b }
  }
  const P = tri(pLow, pMode, pHigh)
  const D = tri(dLow, dMode, dHigh)
  const dB = Int32Array.from(dBidder)
  const dT = Uint8Array.from(dTech.map(Number))
  const ourEval = ourPrices.map((p) => evaluatedPrice(p, bidders[usIndex].sme, pct))
  const wins = new Array<number>(ourPrices.length).fill(0)
  const rng = createRng(opts.seed ?? m.seed)
  const scorer = makePriceScorer(rule)
  const e = new Float64Array(n)
  const raw = new Float64Array(n)
  const out = new Float64Array(n)
  const nonPrice = new Float64Array(n)
  const tech = new Float64Array(n)
  // Everything compared in whole cents, as the deterministic ranking does (rank.ts).
  const totalC = new Float64Array(n)
  const techC = new Float64Array(n)
  const priceC = new Float64Array(n)
  const byPrice = rule.method === 'lowestEvaluated'
  const tieRule = rule.tieBreak === '抽签' ? 0 : rule.tieBreak === '技术分高者优先' ? 1 : 2
  const chunk = 4096
  for (let t = 0; t < trials; t++) {
    if (t % chunk === 0 && t > 0) {
      if (opts.signal?.aborted) throw new AppError('CANCELLED')
      opts.onProgress?.(t, trials)
    }
    for (let j = 0; j < n; j++) {
      nonPrice[j] = fixedNonPrice[j]
      tech[j] = fixedTech[j]
      if (j !== usIndex) {
        if (P.high[j] <= P.low[j]) e[j] = P.low[j]
        else {
          const u = rng()
          e[j] = u < P.c[j] ? P.low[j] + Math.sqrt(u * P.a[j]) : P.high[j] - Math.sqrt((1 - u) * P.b[j])
        }
      }
    }
    for (let d = 0; d < nd; d++) {
      const u = rng()
      const v = u < D.c[d] ? D.low[d] + Math.sqrt(u * D.a[d]) : D.high[d] - Math.sqrt((1 - u) * D.b[d])
      const j = dB[d]
      nonPrice[j] += v
      if (dT[d] === 1) tech[j] += v
    }
    for (let j = 0; j < n; j++) techC[j] = cents(tech[j])
    for (let k = 0; k < ourEval.length; k++) {
      e[usIndex] = ourEval[k]
      scorer(e, n, raw, out)
      for (let j = 0; j < n; j++) {
        totalC[j] = cents(out[j] + nonPrice[j])
        priceC[j] = cents(e[j])
      }
      const u = usIndex
      let ties = 0
      let lost = false
      for (let j = 0; j < n && !lost; j++) {
        if (j === u) continue
        // > 0: bidder j ranks ahead of us (mirror of compareBids)
        let c = byPrice ? priceC[u] - priceC[j] : totalC[j] - totalC[u]
        if (c === 0 && tieRule === 1) c = techC[j] - techC[u] || priceC[u] - priceC[j]
        else if (c === 0 && tieRule === 2) c = priceC[u] - priceC[j] || techC[j] - techC[u]
        if (c > 0) lost = true
        else if (c === 0) ties++
      }
      if (!lost) wins[k] += 1 / (1 + ties)
    }
  }
  opts.onProgress?.(trials, trials)
  return wins
}

function result(ourPrice: number, wins: number, trials: number, seed: number): WinProbability {
  const p = wins / trials
  return { ourPrice, probability: p, wins, trials, seed, standardError: Math.sqrt((p * (1 - p)) / trials) }
}

/** Probability that we rank first at `ourPrice` (default: the matrix's). Same seed → same result. */
export function winProbability(m: Matrix, ourPrice?: number | null, opts: SimOptions = {}): WinProbability {
  const prep = prepareMatrix(m)
  const price = resolveOurPrice(m, ourPrice)
  const trials = opts.trials ?? DEFAULT_TRIALS
  const [wins] = simulate(prep, m, [price], { ...opts, trials })
  return result(price, wins, trials, opts.seed ?? m.seed)
}

export interface SweepOptions extends SimOptions {
  /** Lowest and highest price of the sweep; default 85 % and 110 % of our current price. */
  from?: number
  to?: number
  /** Number of prices, evenly spaced, both ends included (default 26). */
  steps?: number
  /** Band tolerance in probability (default 0.02 = 2 percentage points). */
  tolerance?: number
  /** Our cost or the linked plan's walk-away: the recommendation maximises P(win) × (price − floor) above it. */
  floor?: Floor | null
  /** The bid's budget or price ceiling: the default range ends there and nothing above is recommended. */
  ceiling?: number | null
}

export interface PriceBand {
  /** Lowest and highest price of the band, and the recommended price (= high). */
  low: number
  high: number
  recommended: number
  probabilityAtRecommended: number
  maxProbability: number
  tolerance: number
}

export interface WinSweep {
  points: { price: number; probability: number }[]
  band: PriceBand | null
  /** Expected profit at each price and the price that maximises it (never below the floor). */
  profit: ProfitCurve
  trials: number
  seed: number
}

/**
 * Recommended band: the highest swept price whose probability is within `tolerance` of the best
 * probability of the sweep is recommended (more margin for the same chance), and the band is the run of
 * adjacent swept prices below it that also stay within the tolerance. No band when no price ever wins.
 */
export function recommendBand(points: WinSweep['points'], tolerance: number): PriceBand | null {
  const max = Math.max(0, ...points.map((p) => p.probability))
  if (max <= 0) return null
  const ok = (i: number) => points[i].probability >= max - tolerance - 1e-12
  let hi = -1
  for (let i = 0; i < points.length; i++) if (ok(i) && (hi < 0 || points[i].price > points[hi].price)) hi = i
  const sorted = points.map((p, i) => ({ ...p, i })).sort((a, b) => a.price - b.price)
  let k = sorted.findIndex((s) => s.i === hi)
  while (k > 0 && ok(sorted[k - 1].i)) k--
  return {
    low: sorted[k].price,
    high: points[hi].price,
    recommended: points[hi].price,
    probabilityAtRecommended: points[hi].probability,
    maxProbability: max,
    tolerance,
  }
}

/** Our rank-1 probability over a sweep of our price, with the recommended band. */
export function winProbabilitySweep(m: Matrix, opts: SweepOptions = {}): WinSweep {
  const prep = prepareMatrix(m)
  const current = opts.from != null && opts.to != null ? null : resolveOurPrice(m)
  const floor = opts.floor ?? null
  const ceiling = opts.ceiling ?? null
  const range = current == null ? null : profitSweepRange(current, floor, ceiling)
  const from = opts.from ?? range!.from
  const to = opts.to ?? range!.to
  const steps = checkCount('steps', opts.steps ?? 26, 2, 1000)
  if (!(from > 0 && to > from && Number.isFinite(to))) {
    throw new AppError('VALIDATION', {
      zh: `价格区间无效：起点 ${from} 必须大于 0 且小于终点 ${to}`,
      en: `invalid price range: from ${from} must be > 0 and below to ${to}`,
    })
  }
  const prices = Array.from({ length: steps }, (_, i) =>
    roundHalfUp(from + ((to - from) * i) / (steps - 1), 2),
  )
  const trials = opts.trials ?? DEFAULT_TRIALS
  const seed = opts.seed ?? m.seed
  const wins = simulate(prep, m, prices, { ...opts, trials, seed })
  const points = prices.map((price, i) => ({ price, probability: wins[i] / trials }))
  return {
    points,
    band: recommendBand(points, opts.tolerance ?? 0.02),
    profit: profitCurve(points, floor, ceiling),
    trials,
    seed,
  }
}
