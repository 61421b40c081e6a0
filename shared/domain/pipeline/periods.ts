/** Forecast periods: a year "2027", a quarter "2027Q1" or a month "2027-03" (settings PeriodSchema). */

export type PeriodKind = 'year' | 'quarter' | 'month'

export interface Period {
  text: string
  kind: PeriodKind
  year: number
  /** 1–4 for a quarter. */
  quarter: number | null
  /** 1–12 for a month. */
  month: number | null
}

const RE = /^(\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?$/

export function parsePeriod(text: string): Period | null {
  const m = RE.exec(text.trim())
  if (!m) return null
  const year = Number(m[1])
  if (m[2]) return { text: `${year}Q${m[2]}`, kind: 'quarter', year, quarter: Number(m[2]), month: null }
  if (m[3]) return { text: `${year}-${m[3]}`, kind: 'month', year, quarter: null, month: Number(m[3]) }
  return { text: String(year), kind: 'year', year, quarter: null, month: null }
}

export function monthOf(date: string): string {
  return date.slice(0, 7)
}

export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7))
  return `${date.slice(0, 4)}Q${Math.floor((month - 1) / 3) + 1}`
}

export function periodOf(date: string, kind: PeriodKind): string {
  if (kind === 'month') return monthOf(date)
  if (kind === 'quarter') return quarterOf(date)
  return date.slice(0, 4)
}

/** Whether a YYYY-MM-DD date falls in the period. */
export function inPeriod(p: Period, date: string | null): boolean {
  return !!date && periodOf(date, p.kind) === p.text
}

/** The months of a period, in order ("2027Q1" → 2027-01, 2027-02, 2027-03). */
export function monthsOfPeriod(p: Period): string[] {
  const first = p.kind === 'month' ? p.month! : p.kind === 'quarter' ? (p.quarter! - 1) * 3 + 1 : 1
  const n = p.kind === 'month' ? 1 : p.kind === 'quarter' ? 3 : 12
  return Array.from({ length: n }, (_, i) => `${p.year}-${String(first + i).padStart(2, '0')}`)
}

export function quarterOfMonth(month: string): string {
  return quarterOf(`${month}-01`)
}
