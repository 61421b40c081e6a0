/**
 * Concession plans against the simulated buyer: one negotiation round by round, and a seeded Monte
 * Carlo of every pattern against a buyer population.
 */
import { AppError } from '@shared/errors'
import { NegotiationStyleSchema, type NegotiationStyle } from '@shared/schemas'
import { createRng, triangular } from '../random'
import {
  ACTION_ACCEPT,
  ACTION_WALK,
  buyerResponse,
  decideAction,
  STYLE_TRAITS,
  trustAfter,
  validateBuyer,
  type BuyerAction,
  type BuyerParams,
} from './buyer'
import { populationIssues } from './population-rules'
import { CONCESSION_PATTERNS, getPattern, validateRounds, type Bilingual } from './patterns'
import { defaultUnit, schedule } from './schedule'

export interface SimPlan {
  openingPrice: number
  total: number
  rounds: number
  /** Money unit of the steps and of the buyer's counter-offers; default defaultUnit(total). */
  unit?: number
}

export function planUnit(plan: { total: number; unit?: number | null }): number {
  return plan.unit ?? defaultUnit(plan.total)
}

export interface SimRow {
  round: number
  concession: number
  price: number
  action: BuyerAction
  counterOffer?: number
  message: Bilingual
  trust: number
}

export interface SimOutcome {
  deal: boolean
  /** The agreed price; null when the buyer walked away. */
  finalPrice: number | null
  rounds: number
}

export interface SimOneResult {
  steps: number[]
  rows: SimRow[]
  outcome: SimOutcome
}

/** Style order of the schema; the Monte Carlo indexes styles by it. */
const NEGOTIATION_STYLES_ORDER: readonly NegotiationStyle[] = NegotiationStyleSchema.options

function checkPlan(plan: SimPlan): void {
  if (!Number.isFinite(plan.openingPrice) || plan.openingPrice < 0) {
    throw new AppError('VALIDATION', {
      zh: `开价必须是非负数，收到 ${plan.openingPrice}`,
      en: `the opening price must be a non-negative number, got ${plan.openingPrice}`,
    })
  }
}

/** The steps for a pattern name or a custom sequence (2–12 finite amounts). */
export function resolveSteps(patternOrSteps: string | readonly number[], plan: SimPlan): number[] {
  checkPlan(plan)
  if (typeof patternOrSteps === 'string')
    return schedule(patternOrSteps, plan.total, plan.rounds, planUnit(plan))
  validateRounds(patternOrSteps.length)
  if (patternOrSteps.some((s) => !Number.isFinite(s))) {
    throw new AppError('VALIDATION', { zh: '让步金额必须是数字', en: 'concession amounts must be numbers' })
  }
  return [...patternOrSteps]
}

const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * One negotiation: the seller follows the steps, then holds its last price; the buyer answers each
 * round until it accepts or walks (it always decides by the end of its patience).
 */
export function simulateOne(
  patternOrSteps: string | readonly number[],
  plan: SimPlan,
  buyer: BuyerParams,
  seed = 1,
): SimOneResult {
  const steps = resolveSteps(patternOrSteps, plan)
  validateBuyer(buyer)
  const rng = createRng(seed)
  const rows: SimRow[] = []
  const history: number[] = []
  let trust = buyer.trust
  let price = plan.openingPrice
  for (let round = 1; ; round++) {
    const concession = round <= steps.length ? steps[round - 1] : 0
    price = round2(price - concession)
    const r = buyerResponse(
      { params: buyer, trust, concessions: history, unit: planUnit(plan) },
      { price, concession },
      rng,
    )
    rows.push({
      round,
      concession,
      price,
      action: r.action,
      counterOffer: r.counterOffer,
      message: r.message,
      trust: r.trust,
    })
    trust = r.trust
    history.push(concession)
    if (r.action === 'accept')
      return { steps, rows, outcome: { deal: true, finalPrice: price, rounds: round } }
    if (r.action === 'walk') return { steps, rows, outcome: { deal: false, finalPrice: null, rounds: round } }
  }
}

export interface Range3 {
  low: number
  likely: number
  high: number
}

export interface BuyerPopulation {
  target: Range3
  reservation: Range3
  /** Rounds; each draw is rounded to a whole round, at least 1. */
  patience: Range3
  styleWeights: Partial<Record<NegotiationStyle, number>>
  trust: Range3
}

/**
 * The population the CLI and a new plan start from, relative to the plan so it scales: targets mostly
 * below where the seller can go (opening − total), reservations mostly above it (a few above the
 * opening price, so a firm seller sometimes wins), patience 2–6 rounds,
 * trust 0.4–1, all five styles equally likely.
 */
export function defaultPopulation(openingPrice: number, total: number): BuyerPopulation {
  const at = (share: number) => Math.max(0, round2(openingPrice - share * total))
  return {
    target: { low: at(1.2), likely: at(0.9), high: at(0.5) },
    reservation: { low: at(0.8), likely: at(0.4), high: round2(openingPrice + 0.2 * total) },
    patience: { low: 2, likely: 4, high: 6 },
    trust: { low: 0.4, likely: 0.8, high: 1 },
    styleWeights: { 迁就型: 1, 妥协型: 1, 规避型: 1, 合作型: 1, 竞争型: 1 },
  }
}

export interface PopulationOptions extends SimPlan {
  trials: number
  seed: number
  /** Histogram bins over [lowest price any plan reaches, opening price]; default 10. */
  bins?: number
}

export interface PriceStats {
  mean: number
  sd: number
  p10: number
  p50: number
  p90: number
  min: number
  max: number
}

export interface PatternResult {
  pattern: string
  steps: number[]
  dealProbability: number
  deals: number
  /** Mean price among deals, spread (sample standard deviation) and quantiles; null without deals. */
  finalPrice: PriceStats | null
  /** Mean round of the close among deals; null without deals. */
  meanRounds: number | null
  histogram: { from: number; to: number; count: number }[]
}

export interface PopulationResult {
  trials: number
  seed: number
  plan: SimPlan
  population: BuyerPopulation
  results: PatternResult[]
}

/** The population's rules (populationIssues, which the simulator form shows per field); the first one refuses. */
function checkPopulation(pop: BuyerPopulation, trials: number): number[] {
  const [first] = populationIssues(pop, trials)
  if (first)
    throw new AppError(
      'VALIDATION',
      { zh: `买方群体参数 ${first.path}：${first.zh}`, en: `buyer population ${first.path}: ${first.en}` },
      { path: first.path },
    )
  return NEGOTIATION_STYLES_ORDER.map((s) => pop.styleWeights[s] ?? 0)
}

/** Linear interpolation between order statistics (the common "type 7" quantile). */
export function quantile(sorted: ArrayLike<number>, n: number, q: number): number {
  if (n === 1) return sorted[0]
  const h = (n - 1) * q
  const lo = Math.floor(h)
  const hi = Math.min(n - 1, lo + 1)
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo])
}

/**
 * Every pattern meets the same buyers (common random numbers: the draws depend on the seed only), so
 * differences between patterns come from the patterns, not from luck. A drawn reservation below the
 * drawn target is raised to the target (a buyer never refuses its own target).
 */
export function simulatePopulation(
  patternOrAll: string | readonly string[],
  population: BuyerPopulation,
  options: PopulationOptions,
): PopulationResult {
  const names =
    patternOrAll === 'all'
      ? CONCESSION_PATTERNS.map((p) => p.name as string)
      : typeof patternOrAll === 'string'
        ? [patternOrAll]
        : [...patternOrAll]
  names.forEach((n) => getPattern(n))
  const { trials, seed } = options
  const weights = checkPopulation(population, trials)
  const plans = names.map((n) => resolveSteps(n, options))

  const rng = createRng(seed)
  const target = new Float64Array(trials)
  const reservation = new Float64Array(trials)
  const patience = new Int32Array(trials)
  const trust0 = new Float64Array(trials)
  const style = new Int32Array(trials)
  const wsum = weights.reduce((a, b) => a + b, 0)
  for (let i = 0; i < trials; i++) {
    const t = triangular(rng, population.target.low, population.target.likely, population.target.high)
    const v = triangular(
      rng,
      population.reservation.low,
      population.reservation.likely,
      population.reservation.high,
    )
    target[i] = t
    reservation[i] = Math.max(t, v)
    patience[i] = Math.max(
      1,
      Math.round(
        triangular(rng, population.patience.low, population.patience.likely, population.patience.high),
      ),
    )
    trust0[i] = triangular(rng, population.trust.low, population.trust.likely, population.trust.high)
    let u = rng() * wsum
    let s = 0
    while (s < weights.length - 1 && (u -= weights[s]) >= 0) s++
    while (weights[s] === 0) s--
    style[i] = s
  }
  const traitsByIndex = NEGOTIATION_STYLES_ORDER.map((s) => STYLE_TRAITS[s])

  let lowest = options.openingPrice
  for (const steps of plans) {
    let p = options.openingPrice
    for (const c of steps) lowest = Math.min(lowest, (p -= c))
  }
  const bins = Math.max(1, Math.floor(options.bins ?? 10))
  const width = (options.openingPrice - lowest) / bins

  const finals = new Float64Array(trials)
  const results = plans.map((steps, pi): PatternResult => {
    let deals = 0
    let roundSum = 0
    for (let i = 0; i < trials; i++) {
      const traits = traitsByIndex[style[i]]
      let trust = trust0[i]
      let price = options.openingPrice
      let prev = 0
      let lastPositive = 0
      for (let round = 1; ; round++) {
        const c = round <= steps.length ? steps[round - 1] : 0
        price = Math.round((price - c) * 100) / 100
        trust = trustAfter(trust, c, traits)
        const a = decideAction(
          target[i],
          reservation[i],
          patience[i],
          traits,
          trust,
          round,
          price,
          c,
          prev,
          lastPositive,
        )
        if (a === ACTION_ACCEPT) {
          finals[deals++] = price
          roundSum += round
          break
        }
        if (a === ACTION_WALK) break
        prev = c
        if (c > 0) lastPositive = c
      }
    }
    return summarise(names[pi], steps, trials, deals, roundSum, finals, lowest, width, bins)
  })
  return {
    trials,
    seed,
    plan: {
      openingPrice: options.openingPrice,
      total: options.total,
      rounds: options.rounds,
      unit: planUnit(options),
    },
    population,
    results,
  }
}

function summarise(
  pattern: string,
  steps: number[],
  trials: number,
  deals: number,
  roundSum: number,
  finals: Float64Array,
  lowest: number,
  width: number,
  bins: number,
): PatternResult {
  const histogram = Array.from({ length: bins }, (_, b) => ({
    from: round2(lowest + b * width),
    to: round2(b === bins - 1 ? lowest + bins * width : lowest + (b + 1) * width),
    count: 0,
  }))
  if (deals === 0) {
    return { pattern, steps, dealProbability: 0, deals, finalPrice: null, meanRounds: null, histogram }
  }
  const sorted = finals.slice(0, deals).sort()
  let sum = 0
  for (let i = 0; i < deals; i++) sum += sorted[i]
  const mean = sum / deals
  let ss = 0
  for (let i = 0; i < deals; i++) ss += (sorted[i] - mean) ** 2
  for (let i = 0; i < deals; i++) {
    const b = width > 0 ? Math.min(bins - 1, Math.max(0, Math.floor((sorted[i] - lowest) / width + 1e-9))) : 0
    histogram[b].count++
  }
  return {
    pattern,
    steps,
    dealProbability: deals / trials,
    deals,
    finalPrice: {
      mean: round2(mean),
      sd: round2(deals > 1 ? Math.sqrt(ss / (deals - 1)) : 0),
      p10: round2(quantile(sorted, deals, 0.1)),
      p50: round2(quantile(sorted, deals, 0.5)),
      p90: round2(quantile(sorted, deals, 0.9)),
      min: round2(sorted[0]),
      max: round2(sorted[deals - 1]),
    },
    meanRounds: Math.round((roundSum / deals) * 100) / 100,
    histogram,
  }
}
