/**
 * Pure-domain metrics: the full 不漏/不粗/不错 check against parsing the bid, and the two Monte Carlo
 * simulations against a plain loop that only draws the random numbers they consume.
 */
import { runChecks } from '@shared/domain/checks'
import { simulatePopulation, defaultPopulation, CONCESSION_PATTERNS } from '@shared/domain/negotiations'
import { createRng, triangular } from '@shared/domain/random'
import { winProbability } from '@shared/domain/matrices/winprob'
import { CompanyProfileSchema, type Matrix } from '@shared/schemas'
import { makeBid } from './data'
import { rawTimes, round, sideBySide, type Metric } from './harness'
import { benchMatrix } from './winprob'

export async function checkFull(reps: number): Promise<Metric> {
  const bid = makeBid({
    id: 'bid-check',
    requirements: 5000,
    sections: 500,
    sectionChars: 600,
    quoteItems: 200,
    seed: 11,
  })
  const text = JSON.stringify(bid)
  const company = CompanyProfileSchema.parse({ name: '某某科技有限公司', legalRep: '张三' })
  const now = new Date('2026-02-01T00:00:00Z')
  let findings = 0
  const r = await sideBySide(
    () => {
      findings = runChecks({ bid, materials: [], company, now, otherBids: [] }).findings.length
    },
    () => JSON.parse(text),
    reps,
    1,
  )
  return {
    name: 'check_full',
    ratio: round(r.ratio),
    target: 10,
    raw: {
      ...rawTimes(r, 'check', 'jsonParse'),
      requirements: 5000,
      sections: 500,
      bidBytes: Buffer.byteLength(text),
      findings,
    },
    available: true,
  }
}

interface Tri {
  low: number
  mode: number
  high: number
}

/** The triangular draws one win-probability trial makes: every uncertain competitor price and subjective score. */
export function winprobDraws(m: Matrix): Tri[] {
  const out: Tri[] = []
  for (const b of m.bidders) {
    if (b.isUs || b.price == null) continue
    const p = b.price
    if (p.low != null && p.likely != null && p.high != null && p.high > p.low)
      out.push({ low: p.low, mode: p.likely, high: p.high })
  }
  for (const it of m.items) {
    if (it.category === '价格' || it.kind !== 'subjective') continue
    for (const e of it.estimates) {
      if (e.low != null && e.likely != null && e.high != null && e.high > e.low)
        out.push({ low: e.low, mode: e.likely, high: e.high })
    }
  }
  return out
}

/** The floor any Monte Carlo of this size pays: the same draws from the same generator, summed. */
function plainLoop(trials: number, draws: readonly Tri[], seed: number): number {
  const rng = createRng(seed)
  let acc = 0
  for (let t = 0; t < trials; t++) for (const d of draws) acc += triangular(rng, d.low, d.mode, d.high)
  return acc
}

export async function winprobMc(reps: number): Promise<Metric> {
  const m = benchMatrix()
  const trials = 100_000
  const draws = winprobDraws(m)
  let p = 0
  const r = await sideBySide(
    () => {
      p = winProbability(m, 950_000, { trials, seed: 1 }).probability
    },
    () => plainLoop(trials, draws, 1),
    reps,
    1,
  )
  return {
    name: 'winprob_mc',
    ratio: round(r.ratio),
    target: 4,
    raw: {
      ...rawTimes(r, 'winprob', 'plainLoop'),
      trials,
      bidders: m.bidders.length,
      drawsPerTrial: draws.length,
      trialsPerSecond: Math.round(trials / (r.medianA / 1000)),
      probability: round(p, 4),
    },
    available: true,
  }
}

/**
 * 10,000 negotiations for each of the nine patterns against one sampled buyer population. Each
 * negotiation's buyer is five random numbers (target, reservation, patience, trust: triangular; style:
 * uniform). The simulation draws them once and lets every pattern meet the same buyers; the plain loop
 * draws them for every negotiation, as a simulation without common random numbers would.
 */
export async function concessionMc(reps: number): Promise<Metric> {
  const trials = 10_000
  const plan = { openingPrice: 1_000_000, total: 60_000, rounds: 4 }
  const pop = defaultPopulation(plan.openingPrice, plan.total)
  const patterns = CONCESSION_PATTERNS.length
  let deals = 0
  const plain = () => {
    const rng = createRng(3)
    let acc = 0
    for (let i = 0; i < trials * patterns; i++) {
      acc += triangular(rng, pop.target.low, pop.target.likely, pop.target.high)
      acc += triangular(rng, pop.reservation.low, pop.reservation.likely, pop.reservation.high)
      acc += triangular(rng, pop.patience.low, pop.patience.likely, pop.patience.high)
      acc += triangular(rng, pop.trust.low, pop.trust.likely, pop.trust.high)
      acc += rng()
    }
    return acc
  }
  const r = await sideBySide(
    () => {
      deals = simulatePopulation('all', pop, { ...plan, trials, seed: 3 }).results.reduce(
        (s, x) => s + x.deals,
        0,
      )
    },
    plain,
    reps,
    1,
  )
  const negotiations = trials * patterns
  return {
    name: 'concession_mc',
    ratio: round(r.ratio),
    target: 4,
    raw: {
      ...rawTimes(r, 'simulate', 'plainLoop'),
      patterns,
      negotiationsPerPattern: trials,
      negotiationsPerSecond: Math.round(negotiations / (r.medianA / 1000)),
      dealRate: round(deals / negotiations, 4),
      baseline: 'five buyer draws per negotiation (9 × 10,000 buyers)',
    },
    available: true,
  }
}
