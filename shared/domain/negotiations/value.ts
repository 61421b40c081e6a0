/**
 * What a concession pattern is worth, not only how often it closes: a pattern that gives everything
 * away closes every time and earns least. Expected value per negotiation = P(deal) × (mean deal price
 * − the floor), the floor being our cost when known, else the walk-away point (底线).
 */
import { lintPlan, type PlanWarning, type PlanWarningCode } from './lint'
import type { PopulationResult } from './simulate'

/** Plan warnings that tell the buyer something about our limit or our room. */
const LEAK_CODES: readonly PlanWarningCode[] = ['EQUAL_STEPS', 'GROWING_STEPS', 'FRONT_LOADED', 'TAKE_BACK']

export interface PatternValue {
  pattern: string
  steps: number[]
  dealProbability: number
  /** Mean agreed price among deals; null without deals. */
  meanPrice: number | null
  /** Mean (price − floor) among deals; null without deals or without a floor. */
  meanMargin: number | null
  /**
   * Expected margin per negotiation (walk-aways earn 0): P(deal) × meanMargin; without a floor, the
   * expected revenue P(deal) × meanPrice.
   */
  expectedValue: number
  /** What the steps give away about our room (equal or growing steps, front-loading, a take-back). */
  leaks: PlanWarning[]
}

export interface ValueOptions {
  /** Our cost or the walk-away point; null ranks by expected revenue. */
  floor: number | null
}

const round2 = (x: number) => Math.round(x * 100) / 100

/** Every pattern of a population run, best expected value first (ties: higher deal rate first). */
export function patternValues(result: PopulationResult, opts: ValueOptions): PatternValue[] {
  const { floor } = opts
  const rows = result.results.map((r): PatternValue => {
    const meanPrice = r.finalPrice?.mean ?? null
    const meanMargin = meanPrice == null || floor == null ? null : round2(meanPrice - floor)
    const perDeal = floor == null ? (meanPrice ?? 0) : (meanMargin ?? 0)
    const leaks = lintPlan({ steps: r.steps, total: result.plan.total, rounds: r.steps.length }).filter((w) =>
      LEAK_CODES.includes(w.code),
    )
    return {
      pattern: r.pattern,
      steps: r.steps,
      dealProbability: r.dealProbability,
      meanPrice,
      meanMargin,
      expectedValue: round2(r.dealProbability * perDeal),
      leaks,
    }
  })
  return rows.sort((a, b) => b.expectedValue - a.expectedValue || b.dealProbability - a.dealProbability)
}
