import raw from 'chinese-days/dist/chinese-days.json' with { type: 'json' }
import { addDays, isWeekend, yearOfDate } from './dates'

/**
 * The official working-day calendar (DOMAIN.md §13): Monday–Friday, minus the State Council's holidays, plus its
 * 调休 working weekends. The built-in years come from the `chinese-days` package; a workspace may add years from
 * the State Council's yearly notice (a supplement) before the package has them. A year that neither covers is
 * unknown: nothing is guessed for it, and every computation that needs it says so.
 */

export interface DayName {
  zh: string
  en: string
}

export interface SpecialDay {
  date: string
  name: DayName
}

/** One year entered from the State Council's notice (workspace settings `calendar.supplements`). */
export interface SupplementYear {
  year: number
  /** The notice it comes from (e.g. 国办发明电〔2026〕X号), shown next to every date it decides. */
  source: string
  holidays: { date: string; name: string }[]
  workdays: { date: string; name: string }[]
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday'

export interface DayInfo {
  date: string
  work: boolean
  kind: DayKind
  /** The holiday a holiday or an adjusted working day belongs to. */
  name: DayName | null
  source: 'built-in' | 'supplement'
}

export interface WorkCalendar {
  /** Years the calendar knows, ascending. */
  years: number[]
  /** First and last year of the built-in data. */
  builtIn: { from: number; to: number }
  /** The last year of the unbroken run of known years that starts with the built-in data. */
  validThrough: number
  covers(year: number): boolean
  /** Null for a day in a year the calendar does not know. */
  day(date: string): DayInfo | null
}

interface Entry {
  work: boolean
  name: DayName
  source: DayInfo['source']
}

const EN_NAMES: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Tomb-sweeping Day',
  清明: 'Tomb-sweeping Day',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  端午: 'Dragon Boat Festival',
  中秋节: 'Mid-autumn Festival',
  中秋: 'Mid-autumn Festival',
  国庆节: 'National Day',
  抗战胜利纪念日: 'Victory Day',
}

export function holidayNameEn(zh: string): string {
  return EN_NAMES[zh] ?? zh
}

/** "New Year's Day,元旦,1" → { zh: 元旦, en: New Year's Day }. */
function builtInName(v: string): DayName {
  const [en, zh] = v.split(',')
  return { zh: zh || en, en: en || zh }
}

const BUILT_IN: Map<string, Entry> = new Map()
const BUILT_IN_YEARS = new Set<number>()
for (const [date, v] of Object.entries((raw as { holidays: Record<string, string> }).holidays)) {
  BUILT_IN.set(date, { work: false, name: builtInName(v), source: 'built-in' })
  BUILT_IN_YEARS.add(yearOfDate(date))
}
for (const [date, v] of Object.entries((raw as { workdays: Record<string, string> }).workdays)) {
  BUILT_IN.set(date, { work: true, name: builtInName(v), source: 'built-in' })
}

export const BUILT_IN_RANGE = {
  from: Math.min(...BUILT_IN_YEARS),
  to: Math.max(...BUILT_IN_YEARS),
}

/** The calendar with the workspace's supplement years (each replaces whatever the package says of its year). */
export function workCalendar(supplements: readonly SupplementYear[] = []): WorkCalendar {
  const entries = new Map(BUILT_IN)
  const years = new Set(BUILT_IN_YEARS)
  const supplied = new Set(supplements.map((s) => s.year))
  if (supplied.size) for (const d of [...entries.keys()]) if (supplied.has(yearOfDate(d))) entries.delete(d)
  for (const s of supplements) {
    years.add(s.year)
    for (const h of s.holidays)
      entries.set(h.date, {
        work: false,
        name: { zh: h.name, en: holidayNameEn(h.name) },
        source: 'supplement',
      })
    for (const w of s.workdays)
      entries.set(w.date, {
        work: true,
        name: { zh: w.name, en: holidayNameEn(w.name) },
        source: 'supplement',
      })
  }
  const sorted = [...years].sort((a, b) => a - b)
  let validThrough = BUILT_IN_RANGE.to
  while (years.has(validThrough + 1)) validThrough++
  return {
    years: sorted,
    builtIn: BUILT_IN_RANGE,
    validThrough,
    covers: (y) => years.has(y),
    day(date) {
      if (!years.has(yearOfDate(date))) return null
      const e = entries.get(date)
      if (e) {
        return {
          date,
          work: e.work,
          kind: e.work ? (isWeekend(date) ? 'adjusted-workday' : 'workday') : 'holiday',
          name: e.name,
          source: e.source,
        }
      }
      const weekend = isWeekend(date)
      return {
        date,
        work: !weekend,
        kind: weekend ? 'weekend' : 'workday',
        name: null,
        source: supplied.has(yearOfDate(date)) ? 'supplement' : 'built-in',
      }
    },
  }
}

export type WorkingDaysResult =
  | {
      ok: true
      from: string
      workingDays: number
      deadline: string
      /** Holidays and weekends passed over, in order (what made the period longer than it looks). */
      skipped: SpecialDay[]
      /** 调休 working weekends that counted as working days. */
      adjusted: SpecialDay[]
    }
  | {
      ok: false
      from: string
      workingDays: number
      /** The first year the count reached that the calendar does not know. */
      uncoveredYear: number
      validThrough: number
    }

/**
 * The n-th working day after `from` (the day itself is not counted, as a period "within N working days of" a day
 * runs from the next day). Fails, rather than guessing, when a day to count falls in an unknown year.
 */
export function addWorkingDays(cal: WorkCalendar, from: string, n: number): WorkingDaysResult {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer: ${n}`)
  const skipped: SpecialDay[] = []
  const adjusted: SpecialDay[] = []
  let d = from
  let counted = 0
  while (counted < n) {
    d = addDays(d, 1)
    const info = cal.day(d)
    if (!info) {
      return { ok: false, from, workingDays: n, uncoveredYear: yearOfDate(d), validThrough: cal.validThrough }
    }
    if (info.work) {
      counted++
      if (info.kind === 'adjusted-workday') adjusted.push({ date: d, name: info.name! })
    } else if (info.kind === 'holiday') skipped.push({ date: d, name: info.name! })
  }
  return { ok: true, from, workingDays: n, deadline: d, skipped, adjusted }
}

/** Working days strictly after `from` up to and including `to`; null when a day in between is in an unknown year. */
export function workingDaysBetween(cal: WorkCalendar, from: string, to: string): number | null {
  let n = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const info = cal.day(d)
    if (!info) return null
    if (info.work) n++
  }
  return n
}
