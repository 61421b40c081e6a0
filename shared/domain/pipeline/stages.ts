import { daysBetween } from '@shared/domain/calendar/dates'
import type { Bid, PipelineSettings } from '@shared/schemas'
import { isClosed, type Deal } from './deal'

/** Stage history, stage ages and conversion rates between stages (DOMAIN.md §3). */

/**
 * The bid as it should be saved: when the stage changed, the day it entered the new one is appended to its history.
 * A save that leaves the stage alone keeps the history as it was.
 */
export function recordStageChange(
  prev: Pick<Bid, 'stage' | 'stageHistory'> | null,
  next: Bid,
  today: string,
): Bid {
  const last = next.stageHistory.at(-1)
  if (prev && prev.stage === next.stage && last) return next
  if (last && last.stage === next.stage) return next
  const entry = { id: `s${next.stage}-${today}`, stage: next.stage, date: today, estimated: false }
  const history = next.stageHistory.filter((e) => e.id !== entry.id)
  return { ...next, stageHistory: [...history, entry] }
}

export interface StageWarning {
  dealId: string
  title: string
  kind: 'stuck' | 'signing-overdue' | 'collection-overdue'
  stage: number
  /** Days in the stage (stuck), or days past the expected date. */
  days: number
  /** The stage's limit (stuck). */
  limit: number | null
  /** The age is a lower bound (the stage's start was estimated). */
  atLeast: boolean
}

/** Days the deal has been in its current stage; null when unknown. */
export function stageAge(d: Pick<Deal, 'stageSince'>, today: string): number | null {
  return d.stageSince ? Math.max(0, daysBetween(d.stageSince, today)) : null
}

/**
 * Stuck opportunities (longer in a stage than the workspace allows) and expected dates that passed: a contract
 * date before today on a deal that has not reached 回款成交, a payment date before today likewise.
 */
export function stageWarnings(
  deals: readonly Deal[],
  settings: Pick<PipelineSettings, 'stageAgeDays'>,
  today: string,
): StageWarning[] {
  const out: StageWarning[] = []
  for (const d of deals) {
    if (d.closed || d.stage === 7) continue
    const age = stageAge(d, today)
    const limit = settings.stageAgeDays[d.stage - 1]
    if (age !== null && limit != null && age > limit)
      out.push({
        dealId: d.id,
        title: d.title,
        kind: 'stuck',
        stage: d.stage,
        days: age,
        limit,
        atLeast: d.stageSinceEstimated,
      })
    for (const [kind, date] of [
      ['signing-overdue', d.stage < 6 ? d.contractDate : null],
      ['collection-overdue', d.paymentDate],
    ] as const) {
      if (date && date < today)
        out.push({
          dealId: d.id,
          title: d.title,
          kind,
          stage: d.stage,
          days: daysBetween(date, today),
          limit: null,
          atLeast: false,
        })
    }
  }
  return out.sort((a, b) => b.days - a.days)
}

export interface Conversion {
  from: number
  to: number
  /** Deals that reached `from` and have left it (moved on, or closed there). */
  decided: number
  advanced: number
  rate: number | null
}

/** The highest stage a bid ever reached (its history and its current stage). */
export function maxStageReached(bid: Pick<Bid, 'stage' | 'stageHistory'>): number {
  return Math.max(bid.stage, ...bid.stageHistory.map((e) => e.stage))
}

/**
 * Conversion between consecutive stages from history: of the bids that reached stage k and are no longer sitting
 * in it undecided, the share that reached k+1. A bid still open at its highest stage k does not count for k → k+1
 * yet; one closed (lost, failed, dropped) there counts as not converted.
 */
export function conversionRates(
  bids: readonly Pick<Bid, 'stage' | 'stageHistory' | 'result'>[],
): Conversion[] {
  const rows: Conversion[] = []
  for (let k = 1; k <= 6; k++) {
    let decided = 0
    let advanced = 0
    for (const b of bids) {
      const max = maxStageReached(b)
      if (max < k) continue
      if (max > k) {
        decided++
        advanced++
      } else if (isClosed(b.result.outcome)) decided++
    }
    rows.push({
      from: k,
      to: k + 1,
      decided,
      advanced,
      rate: decided ? Math.round((advanced / decided) * 10_000) / 10_000 : null,
    })
  }
  return rows
}
