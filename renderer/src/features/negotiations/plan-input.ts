/** Reads the inputs of the simulator, the rehearsal and the plan checks from a negotiation plan. */
import {
  CONCESSION_PATTERNS,
  defaultPopulation,
  lintPlan,
  concessionTotal,
  planInputOf,
  planSteps,
  type BuyerParams,
  type PlanInput,
  type PlanWarning,
  defaultPhraseEntries,
  type RehearsalPlan,
  type RehearsalSession,
} from '@shared/domain/negotiations'
import type { Lang } from '@shared/i18n'
import { newId, type Negotiation } from '@shared/schemas'
import { enumLabel } from '@renderer/app/label-pairs'
import { PATTERN_EXTRA } from './labels'
import { errorMessage } from '@renderer/api/error-text'

export type Bi = { zh: string; en: string }

export const planInput = (d: Negotiation): PlanInput => planInputOf(d)

export interface PlanSchedule {
  steps: number[]
  warnings: PlanWarning[]
  error: Bi | null
}

/** The plan's steps and warnings; a plan that cannot be scheduled yields its reason instead of throwing. */
export function planSchedule(d: Negotiation): PlanSchedule {
  try {
    const input = planInput(d)
    return { steps: planSteps(input), warnings: lintPlan(input), error: null }
  } catch (e) {
    return { steps: [], warnings: [], error: errorMessage(e) }
  }
}

/** Cumulative price after each round, starting with the opening price. */
export function pricePath(openingPrice: number, steps: readonly number[]): number[] {
  const out = [openingPrice]
  let p = openingPrice
  for (const s of steps) out.push((p = Math.round((p - s) * 100) / 100))
  return out
}

/**
 * The buyer a plan starts with: the most likely buyer of the default population (target 90 % and
 * reservation 40 % of the budget below the opening price), the counterpart's style when known.
 */
export function defaultBuyer(d: Negotiation): BuyerParams | null {
  if (d.openingPrice == null) return null
  const pop = defaultPopulation(d.openingPrice, concessionTotal(d))
  return {
    target: pop.target.likely,
    reservation: pop.reservation.likely,
    patience: pop.patience.likely,
    style: d.counterpartStyle ?? '竞争型',
    trust: pop.trust.likely,
  }
}

export function rehearsalPlan(d: Negotiation): RehearsalPlan | null {
  if (d.openingPrice == null) return null
  const input = planInput(d)
  return {
    openingPrice: d.openingPrice,
    total: input.total,
    rounds: input.rounds,
    unit: input.unit,
    pattern: input.pattern,
    steps: input.steps,
    target: d.goals.target,
    walkAway: d.goals.walkAway,
    tradeables: d.tradeables.filter((t) => t.name.trim()),
  }
}

/** A plan pattern as shown: the stored Chinese name, or the English short name shared/ gives each pattern. */
export function patternName(name: string, lang: Lang): string {
  const p = CONCESSION_PATTERNS.find((x) => x.name === name)
  if (p) return lang === 'zh' ? p.name : p.en
  return enumLabel(PATTERN_EXTRA, name, lang)
}

export const fmt = (v: number | null | undefined) =>
  v == null ? '—' : v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })

/**
 * Adds the project's default phrases the plan does not have yet (same text = same phrase), so loading
 * twice never duplicates and the user's own edits are never overwritten.
 */
export function withDefaultPhrases(phrases: Negotiation['phrases']): {
  phrases: Negotiation['phrases']
  added: number
} {
  const have = new Set(phrases.map((p) => p.text.trim()))
  const fresh = defaultPhraseEntries()
    .filter((p) => !have.has(p.text.trim()))
    .map((p) => ({ ...p, id: newId() }))
  return { phrases: [...phrases, ...fresh], added: fresh.length }
}

/** The saved list with this session put in place of its earlier version (or added). */
export function upsertSession(list: readonly RehearsalSession[], s: RehearsalSession): RehearsalSession[] {
  const i = list.findIndex((x) => x.id === s.id)
  return i < 0 ? [...list, s] : list.map((x, j) => (j === i ? s : x))
}
