import { winProbability, winProbabilitySweep } from '@shared/domain/matrices/winprob'
import { resolveOurPrice } from '@shared/domain/matrices/prepare'
import type { Matrix } from '@shared/schemas'
import type { WinProbLimits, WinProbResult } from './winprob-protocol'

/**
 * The sweep the chart draws (85 %–110 % of our price, the engine's default) and the probability at
 * our price itself, both seeded from matrix.seed so the same matrix always gives the same figures.
 * The default sweep (no `range`) steps by 1 % and so contains our price; every price of a run sees the same
 * draws, so that point is exactly what a separate run at our price would give, and the second run is
 * only made when rounding put no point on our price.
 */
export function runWinProb(
  matrix: Matrix,
  trials: number,
  limits: WinProbLimits = { floor: null, ceiling: null },
  range: { from?: number; to?: number; steps?: number } = {},
): WinProbResult {
  const t0 = performance.now()
  const sweep = winProbabilitySweep(matrix, { ...range, ...limits, trials, seed: matrix.seed })
  const ours = resolveOurPrice(matrix)
  const hit = sweep.points.find((p) => Math.abs(p.price - ours) < 0.005)
  const atOurPrice = hit
    ? {
        ourPrice: ours,
        probability: hit.probability,
        wins: hit.probability * trials,
        trials,
        seed: sweep.seed,
        standardError: Math.sqrt((hit.probability * (1 - hit.probability)) / trials),
      }
    : winProbability(matrix, null, { trials, seed: matrix.seed })
  return { sweep, atOurPrice, ms: Math.round(performance.now() - t0) }
}
