import type { Matrix } from '@shared/schemas'
import type { Floor } from '@shared/domain/matrices/profit'
import type { WinProbability, WinSweep } from '@shared/domain/matrices/winprob'

/** What crosses to the win-probability worker and back. */
export interface WinProbRequest {
  seq: number
  matrix: Matrix
  trials: number
  limits: WinProbLimits
}

/** Cost or linked walk-away (the floor) and the bid's budget (the ceiling) of the recommendation. */
export interface WinProbLimits {
  floor: Floor | null
  ceiling: number | null
}

export interface WinProbResult {
  sweep: WinSweep
  /** At our current price, from the same seed (so the same draws as the curve). */
  atOurPrice: WinProbability
  /** Wall time of the run, shown so a slow machine explains itself. */
  ms: number
}

export type WinProbResponse =
  { seq: number; result: WinProbResult } | { seq: number; error: { zh: string; en: string } }
