import { computeStandings, overtakePrice } from '@shared/domain/matrices/matrix'
import { profitFloor } from '@shared/domain/matrices/profit'
import { winProbability, winProbabilitySweep } from '@shared/domain/matrices/winprob'
import { AppError } from '@shared/errors'
import type { WinProbabilityReport } from '@shared/contract/matrices'
import type { WorkspaceSession } from '@services/store'
import { loadMatrixWithPlans } from './load'

export interface WinProbabilityInput {
  matrixId: string
  /** Our price; the matrix's when absent. */
  price?: number
  /** Our cost, for the expected-profit recommendation; else the matrix's cost or the linked plans' 底线. */
  cost?: number
  trials?: number
  seed?: number
  sweep?: { from: number; to: number; steps: number }
}

/**
 * matrices.winProbability and `bidbench winprob`: the Monte Carlo probability that we rank first at a price,
 * where we stand at the likely values, the price that overtakes the leader, and the price that maximises
 * P(win) × (price − floor), never below the linked plans' walk-away nor above the bid's budget.
 */
export async function matrixWinProbability(
  ws: WorkspaceSession,
  input: WinProbabilityInput,
): Promise<WinProbabilityReport> {
  const { matrix, walkAway, budget } = await loadMatrixWithPlans(ws, input.matrixId)
  const { price, trials, seed } = input
  if (price === undefined && matrix.ourPrice == null) {
    throw new AppError('VALIDATION', {
      zh: 'price：缺少我方报价（评分矩阵中也没有我方报价）',
      en: 'price: missing (the matrix has no price of ours either)',
    })
  }
  const floor = profitFloor(input.cost ?? matrix.cost, walkAway)
  const r = winProbability(matrix, price, { trials, seed })
  const standings = computeStandings(matrix, r.ourPrice)
  const overtake = overtakePrice(matrix, r.ourPrice)
  const sweep = winProbabilitySweep(price === undefined ? matrix : { ...matrix, ourPrice: price }, {
    ...(input.sweep ?? {}),
    trials,
    seed,
    floor,
    ceiling: budget,
  })
  const us = standings.bidders.find((b) => b.isUs)!
  return {
    matrixId: matrix.id,
    ourPrice: r.ourPrice,
    probability: r.probability,
    standardError: r.standardError,
    trials: r.trials,
    seed: r.seed,
    atLikelyValues: { ourTotal: us.total, ourRank: us.rank, leader: standings.leader },
    overtakePrice: overtake.price,
    overtakeStatus: overtake.status,
    floor,
    ceiling: budget,
    recommendation: sweep.profit.best,
    optimises: 'P(win) × (price − floor)',
    ...(input.sweep && { sweep: sweep.profit.points, band: sweep.band }),
  }
}
