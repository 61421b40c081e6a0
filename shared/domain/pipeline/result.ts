import type { Bid } from '@shared/schemas'

export type BidResult = Bid['result']
export type Outcome = BidResult['outcome']

/** The outcomes a bid's result can take, in the order the 结果与复盘 tab lists them. */
export const OUTCOMES: readonly Outcome[] = ['未定', '中标', '未中标', '流标/废标', '放弃']

/**
 * Sets a bid's result, whichever page sets it (the 结果与复盘 tab, the 开标记录): a procurement that failed
 * (流标/废标) has no winner and no winning price, so both are cleared; otherwise what is not given is kept.
 */
export function settleResult(
  result: BidResult,
  change: { outcome: Outcome; winner?: string; winningPrice?: number | null; reason?: string },
): BidResult {
  const failed = change.outcome === '流标/废标'
  return {
    ...result,
    outcome: change.outcome,
    winner: failed ? '' : (change.winner ?? result.winner),
    winningPrice: failed
      ? null
      : change.winningPrice !== undefined
        ? change.winningPrice
        : result.winningPrice,
    reason: change.reason ?? result.reason,
  }
}
