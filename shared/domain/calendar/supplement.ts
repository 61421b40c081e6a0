import { BUILT_IN_RANGE, workCalendar, type SupplementYear } from './calendar'
import { isIsoDate, isWeekend, weekdayName, yearOfDate } from './dates'

export interface SupplementProblem {
  severity: 'error' | 'warning'
  zh: string
  en: string
  date?: string
}

export interface SupplementCheck {
  ok: boolean
  /** The year cleaned: dates sorted, duplicates dropped, names trimmed. */
  year: SupplementYear
  problems: SupplementProblem[]
}

/** The holidays every yearly notice has; one missing is worth a second look before relying on the year. */
const EXPECTED = ['元旦', '春节', '国庆节']

const MIN_YEAR = 2000
const MAX_YEAR = 2100

/**
 * Checks one supplement year as typed or parsed from the notice: real dates of that year (or the last days of
 * December before it, where a notice puts a 元旦 working day), no day both off and on, 调休 working days only on a
 * Saturday or Sunday (a weekday is a working day anyway), and the usual holidays present. Errors block saving;
 * warnings are shown next to the year.
 */
export function checkSupplement(input: SupplementYear): SupplementCheck {
  const problems: SupplementProblem[] = []
  const err = (zh: string, en: string, date?: string) => problems.push({ severity: 'error', zh, en, date })
  const warn = (zh: string, en: string, date?: string) => problems.push({ severity: 'warning', zh, en, date })
  const y = input.year
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR)
    err(`年份应为 ${MIN_YEAR}–${MAX_YEAR}：${y}`, `the year must be ${MIN_YEAR}–${MAX_YEAR}: ${y}`)

  const clean = (list: { date: string; name: string }[], what: { zh: string; en: string }) => {
    const seen = new Map<string, string>()
    for (const d of list) {
      const date = d.date.trim()
      if (!isIsoDate(date)) {
        err(
          `${what.zh}“${d.date}”不是有效日期（YYYY-MM-DD）`,
          `${what.en} "${d.date}" is not a valid date (YYYY-MM-DD)`,
        )
        continue
      }
      const dy = yearOfDate(date)
      if (dy !== y && !(dy === y - 1 && date.slice(5, 7) === '12')) {
        err(`${what.zh} ${date} 不在 ${y} 年`, `${what.en} ${date} is not in ${y}`, date)
        continue
      }
      if (!seen.has(date)) seen.set(date, d.name.trim())
    }
    return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }))
  }
  const holidays = clean(input.holidays, { zh: '放假日', en: 'holiday' })
  const workdays = clean(input.workdays, { zh: '调休上班日', en: 'adjusted working day' })

  const off = new Set(holidays.map((h) => h.date))
  for (const w of workdays) {
    if (off.has(w.date))
      err(
        `${w.date} 同时被列为放假日和上班日`,
        `${w.date} is listed both as a holiday and as a working day`,
        w.date,
      )
    if (!isWeekend(w.date))
      err(
        `调休上班日 ${w.date}（${weekdayName(w.date)}）不是周末：工作日本来就上班，请核对通知`,
        `adjusted working day ${w.date} (${weekdayName(w.date, 'en')}) is not a weekend day; check the notice`,
        w.date,
      )
  }
  for (const d of [...holidays, ...workdays]) {
    if (!d.name) err(`${d.date} 缺少节日名称`, `${d.date} has no holiday name`, d.date)
  }
  if (holidays.length === 0) err(`${y} 年没有任何放假日`, `no holidays entered for ${y}`)
  const names = new Set(holidays.map((h) => h.name.replace(/节$/, '')))
  const missing = EXPECTED.filter((n) => !names.has(n.replace(/节$/, '')))
  if (holidays.length > 0 && missing.length)
    warn(
      `未见 ${missing.join('、')} 的放假安排，请对照国务院办公厅通知核对`,
      `no dates for ${missing.join(', ')}; compare with the State Council notice`,
    )
  if (!input.source.trim())
    warn(
      '未填写通知文号或来源，日期将无从核对',
      'no notice number or source given: nobody can check the dates later',
    )
  if (y >= BUILT_IN_RANGE.from && y <= BUILT_IN_RANGE.to)
    warn(
      `内置日历已包含 ${y} 年；保存后以本补充为准（仅在国务院发布调整通知时这样做）`,
      `the built-in calendar already has ${y}; the supplement will replace it (only do this when the State Council amended the year)`,
    )
  const year: SupplementYear = { year: y, source: input.source.trim(), holidays, workdays }
  return { ok: !problems.some((p) => p.severity === 'error'), year, problems }
}

/** What the calendar would say after adding or replacing a year, for the settings page. */
export function withSupplement(list: readonly SupplementYear[], next: SupplementYear): SupplementYear[] {
  return [...list.filter((s) => s.year !== next.year), next].sort((a, b) => a.year - b.year)
}

/** The calendar a workspace uses: built-in years plus its supplements. */
export function calendarOf(settings: { supplements?: readonly SupplementYear[] } | undefined) {
  return workCalendar(settings?.supplements ?? [])
}
