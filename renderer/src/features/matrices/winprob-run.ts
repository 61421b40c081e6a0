import { winProbability, winProbabilitySweep } from '../../../../shared/domain/scoring/winprob'
import type { Matrix } from '../../../../shared/schemas'
import type { WinProbResult } from './winprob-protocol'

/**
 * The sweep the chart draws (85 %–110 % of our price, the engine's default) and the probability at
 * our price itself, both seeded from matrix.seed so the same matrix always gives the same figures.
 */
export function runWinProb(matrix: Matrix, trials: number): WinProbResult {
  const t0 = performance.now()
  const sweep = winProbabilitySweep(matrix, { trials, seed: matrix.seed })
  const atOurPrice = winProbability(matrix, null, { trials, seed: matrix.seed })
  return { sweep, atOurPrice, ms: Math.round(performance.now() - t0) }
}
