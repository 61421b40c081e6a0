import { PIPELINE_STAGES, type PipelineSettings } from '@shared/schemas'
import { round2, type Deal } from './deal'
import {
  inPeriod,
  monthOf,
  monthsOfPeriod,
  parsePeriod,
  periodOf,
  quarterOfMonth,
  type Period,
} from './periods'

/**
 * The funnel, the forecast and the coverage of the pipeline target (DOMAIN.md §3). Only open deals count; every
 * money figure is the sum of per-deal amounts rounded to the fen, so a hand computation gives the same numbers.
 */

export interface StageRow {
  stage: number
  name: string
  count: number
  /** Sum of the known amounts. */
  amount: number
  probability: number
  weighted: number
  /** Deals of this stage whose amount is not known (counted, not summed). */
  unknownAmount: number
}

export function stageRows(
  deals: readonly Deal[],
  settings: Pick<PipelineSettings, 'probabilities'>,
): StageRow[] {
  return PIPELINE_STAGES.map((name, i) => {
    const at = deals.filter((d) => !d.closed && d.stage === i + 1)
    return {
      stage: i + 1,
      name,
      count: at.length,
      amount: round2(at.reduce((s, d) => s + (d.amount ?? 0), 0)),
      probability: settings.probabilities[i],
      weighted: round2(at.reduce((s, d) => s + (d.weighted ?? 0), 0)),
      unknownAmount: at.filter((d) => d.amount == null).length,
    }
  })
}

export interface ForecastRow {
  period: string
  kind: 'month' | 'quarter'
  /** Weighted amounts expected to be signed / collected in the period. */
  signing: number
  collection: number
  /** The same unweighted (best case). */
  signingFull: number
  collectionFull: number
  signingDeals: number
  collectionDeals: number
}

function emptyRow(period: string, kind: ForecastRow['kind']): ForecastRow {
  return {
    period,
    kind,
    signing: 0,
    collection: 0,
    signingFull: 0,
    collectionFull: 0,
    signingDeals: 0,
    collectionDeals: 0,
  }
}

function monthRange(from: string, to: string): string[] {
  const out: string[] = []
  let [y, m] = from.split('-').map(Number)
  for (let guard = 0; guard < 1200; guard++) {
    const s = `${y}-${String(m).padStart(2, '0')}`
    if (s > to) break
    out.push(s)
    if (++m > 12) {
      m = 1
      y++
    }
  }
  return out
}

/**
 * Signing (by expected contract date) and collection (by expected payment date) per month and per quarter, each
 * quarter after its months. For a period: its months and quarters; otherwise every month from `fromMonth` (the
 * first month of the current quarter, so the quarter row is whole) to the last one any open deal names. Without
 * that bound a signed and paid deal (回款成交 stays open) would pull the forecast back to years ago.
 */
export function forecastRows(
  deals: readonly Deal[],
  period?: Period | null,
  fromMonth?: string | null,
): ForecastRow[] {
  const open = deals.filter((d) => !d.closed && d.amount != null)
  let months: string[]
  if (period) months = monthsOfPeriod(period)
  else {
    const seen = open.flatMap((d) => [d.contractDate, d.paymentDate]).filter((x): x is string => !!x)
    if (seen.length === 0) return []
    const sorted = seen.map(monthOf).sort()
    const first = fromMonth && fromMonth > sorted[0] ? fromMonth : sorted[0]
    const last = sorted[sorted.length - 1]
    if (first > last) return []
    months = monthRange(first, last)
  }
  const rows = new Map<string, ForecastRow>()
  for (const m of months) {
    rows.set(m, emptyRow(m, 'month'))
    const q = quarterOfMonth(m)
    if (!rows.has(q)) rows.set(q, emptyRow(q, 'quarter'))
  }
  const add = (date: string | null, d: Deal, what: 'signing' | 'collection') => {
    if (!date) return
    for (const key of [periodOf(date, 'month'), periodOf(date, 'quarter')]) {
      const r = rows.get(key)
      if (!r) continue
      r[what] = round2(r[what] + (d.weighted ?? 0))
      r[`${what}Full`] = round2(r[`${what}Full`] + (d.amount ?? 0))
      r[`${what}Deals`]++
    }
  }
  for (const d of open) {
    add(d.contractDate, d, 'signing')
    add(d.paymentDate, d, 'collection')
  }
  // Each quarter right after its last month.
  const out: ForecastRow[] = []
  for (const m of months) {
    out.push(rows.get(m)!)
    const q = quarterOfMonth(m)
    const lastOfQuarter = months.filter((x) => quarterOfMonth(x) === q).at(-1)
    if (m === lastOfQuarter) out.push(rows.get(q)!)
  }
  return out
}

/** The signing target of a period: its own, else derived from the enclosing year (÷4 a quarter, ÷12 a month). */
export function targetFor(
  period: Period,
  targets: PipelineSettings['targets'],
): { amount: number | null; derivedFrom: string | null } {
  const own = targets.find((t) => parsePeriod(t.period)?.text === period.text)
  if (own) return { amount: own.amount, derivedFrom: null }
  if (period.kind === 'month') {
    const q = targets.find((t) => parsePeriod(t.period)?.text === quarterOfMonth(period.text))
    if (q) return { amount: round2(q.amount / 3), derivedFrom: q.period }
  }
  if (period.kind !== 'year') {
    const y = targets.find((t) => parsePeriod(t.period)?.text === String(period.year))
    if (y) return { amount: round2(y.amount / (period.kind === 'quarter' ? 4 : 12)), derivedFrom: y.period }
  }
  return { amount: null, derivedFrom: null }
}

export interface Coverage {
  period: string
  target: number | null
  targetDerivedFrom: string | null
  /** Weighted amount of the open deals expected to sign in the period. */
  weighted: number
  /** weighted ÷ target, to four decimals; null without a target. */
  ratio: number | null
  deals: number
}

/** 商机储备 coverage: is the weighted pipeline of the period enough for its target? */
export function coverage(
  deals: readonly Deal[],
  period: Period,
  targets: PipelineSettings['targets'],
): Coverage {
  const inIt = deals.filter((d) => !d.closed && inPeriod(period, d.contractDate))
  const weighted = round2(inIt.reduce((s, d) => s + (d.weighted ?? 0), 0))
  const t = targetFor(period, targets)
  return {
    period: period.text,
    target: t.amount,
    targetDerivedFrom: t.derivedFrom,
    weighted,
    ratio: t.amount ? Math.round((weighted / t.amount) * 10_000) / 10_000 : null,
    deals: inIt.length,
  }
}

export interface Q4Concentration {
  year: number
  /** Weighted signing of the year and of its fourth quarter. */
  signing: number
  q4: number
  share: number | null
  /** Bids (expected bid dates) in the year and in its fourth quarter. */
  bids: number
  q4Bids: number
}

/** The course's warning: most projects bid and sign in Q4. Share of the year's signing and bids that fall in Q4. */
export function q4Concentration(deals: readonly Deal[], year: number): Q4Concentration {
  const open = deals.filter((d) => !d.closed)
  const y = String(year)
  const signs = open.filter((d) => d.contractDate?.startsWith(y))
  const signing = round2(signs.reduce((s, d) => s + (d.weighted ?? 0), 0))
  const q4 = round2(
    signs
      .filter((d) => quarterOfMonth(monthOf(d.contractDate!)) === `${y}Q4`)
      .reduce((s, d) => s + (d.weighted ?? 0), 0),
  )
  const bids = deals.filter((d) => d.bidDate?.startsWith(y))
  return {
    year,
    signing,
    q4,
    share: signing > 0 ? Math.round((q4 / signing) * 10_000) / 10_000 : null,
    bids: bids.length,
    q4Bids: bids.filter((d) => quarterOfMonth(monthOf(d.bidDate!)) === `${y}Q4`).length,
  }
}
