/** Plain calendar dates (YYYY-MM-DD) without time zones: every step is a whole UTC day. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]
}

export function toUtc(date: string): Date {
  const m = ISO.exec(date)
  if (!m) throw new RangeError(`not a date: ${date}`)
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
}

export function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10)
}

export function addDays(date: string, n: number): string {
  const d = toUtc(date)
  d.setUTCDate(d.getUTCDate() + n)
  return fromUtc(d)
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return toUtc(date).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const w = weekday(date)
  return w === 0 || w === 6
}

export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4))
}

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

export function weekdayName(date: string, lang: 'zh' | 'en' = 'zh'): string {
  return (lang === 'zh' ? WEEKDAY_ZH : WEEKDAY_EN)[weekday(date)]
}

/** The date part of a date or an ISO date-time ("2026-10-09T09:30:00+08:00" → "2026-10-09"), else null. */
export function datePart(s: string | null | undefined): string | null {
  if (!s) return null
  const d = s.slice(0, 10)
  return isIsoDate(d) ? d : null
}

/** Today as YYYY-MM-DD in local time (a date a person in China types or reads is a local date). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
