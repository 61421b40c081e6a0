import { datePart } from '@shared/domain/calendar/dates'
import type { Bid, Customer, OrgType, PipelineSettings } from '@shared/schemas'

/**
 * One bid or opportunity as the pipeline counts it (DOMAIN.md §3). Open: no result yet, or won and on its way to
 * the contract and the payment. Closed: lost, failed (流标/废标) or dropped — out of the funnel, kept for the rates.
 */
export interface Deal {
  id: string
  title: string
  customerId: string | null
  customer: string
  nature: OrgType
  stage: number
  outcome: Bid['result']['outcome']
  closed: boolean
  amount: number | null
  amountSource: 'forecast' | 'won' | 'bid' | 'budget' | null
  /** Percent, from the workspace's stage probabilities; 0 when closed. */
  probability: number
  /** amount × probability, in yuan rounded to the fen; null when the amount is unknown. */
  weighted: number | null
  bidDate: string | null
  contractDate: string | null
  paymentDate: string | null
  /** The day the deal entered its current stage, and whether that is only known as "at least since". */
  stageSince: string | null
  stageSinceEstimated: boolean
}

export const CLOSED_OUTCOMES: readonly string[] = ['未中标', '流标/废标', '放弃']

export function isClosed(outcome: string): boolean {
  return CLOSED_OUTCOMES.includes(outcome)
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100
}

/**
 * What the deal is worth: the amount the team expects (forecast.amount), else the winning price once we won, else
 * the price we bid (开标一览表, then 投标函), else the budget; unknown otherwise (counted, never as 0).
 */
export function dealAmount(bid: Bid): { amount: number | null; source: Deal['amountSource'] } {
  if (bid.forecast.amount != null) return { amount: bid.forecast.amount, source: 'forecast' }
  if (bid.result.outcome === '中标' && bid.result.winningPrice != null)
    return { amount: bid.result.winningPrice, source: 'won' }
  const ours = bid.quote.openingSummary.price ?? bid.quote.bidLetterPrice
  if (ours != null) return { amount: ours, source: 'bid' }
  if (bid.budget != null) return { amount: bid.budget, source: 'budget' }
  return { amount: null, source: null }
}

/** The entry of the stage history that started the current stage (the last one, if it names this stage). */
export function currentStageEntry(bid: Pick<Bid, 'stage' | 'stageHistory'>) {
  const last = bid.stageHistory.at(-1)
  return last && last.stage === bid.stage ? last : null
}

export function dealOf(
  bid: Bid,
  customer: Pick<Customer, 'title' | 'nature'> | null,
  settings: Pick<PipelineSettings, 'probabilities'>,
): Deal {
  const closed = isClosed(bid.result.outcome)
  const { amount, source } = dealAmount(bid)
  const probability = closed ? 0 : (settings.probabilities[bid.stage - 1] ?? 0)
  const since = currentStageEntry(bid)
  return {
    id: bid.id,
    title: bid.title,
    customerId: bid.customerId,
    customer: customer?.title ?? bid.buyer.name,
    nature: customer?.nature ?? bid.buyer.type,
    stage: bid.stage,
    outcome: bid.result.outcome,
    closed,
    amount,
    amountSource: source,
    probability,
    weighted: amount == null ? null : round2((amount * probability) / 100),
    bidDate: bid.forecast.bidDate ?? datePart(bid.dates.submissionDeadline),
    contractDate: bid.forecast.contractDate,
    paymentDate: bid.forecast.paymentDate,
    stageSince: since?.date ?? null,
    stageSinceEstimated: since?.estimated ?? false,
  }
}
