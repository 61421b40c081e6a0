import type { Lang } from './index'

/**
 * How the app shows dates and times: zh-CN as a Chinese bid team writes them (2026-12-03, 2026-12-03 21:40,
 * 24-hour clock), English as "3 Dec 2026, 21:40". Pure: the zone is a parameter (the UI passes none and gets
 * the machine's zone; tests pass one).
 */

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Picker and display formats (dayjs tokens), one per language; zh is what people type: 2026-12-03. */
export const DATE_FORMAT: Record<Lang, string> = { zh: 'YYYY-MM-DD', en: 'D MMM YYYY' }
export const DATE_TIME_FORMAT: Record<Lang, string> = { zh: 'YYYY-MM-DD HH:mm', en: 'D MMM YYYY HH:mm' }

const pad = (n: number) => String(n).padStart(2, '0')

function dateText(y: number, m: number, d: number, lang: Lang): string {
  return lang === 'zh' ? `${y}-${pad(m)}-${pad(d)}` : `${d} ${MONTHS_EN[m - 1]} ${y}`
}

/**
 * A calendar date as stored ("2026-12-03", or the date part of a date-time as written): no zone
 * conversion, since a 有效期至 is a day on the certificate, not an instant. Malformed → "".
 */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  if (!m) return ''
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return ''
  return dateText(y, mo, d, lang)
}

/**
 * A stored day or deadline as written ("2026-12-18", "2026-12-18T09:30+08:00", "2026-12-18 09:30"): the day
 * and the clock time written in it, with no zone conversion — a 截止时间 is Beijing time on the notice
 * wherever the laptop is. zh 2026-12-18 09:30, en 18 Dec 2026, 09:30. Malformed → the value unchanged.
 */
export function formatWritten(value: string | null | undefined, lang: Lang): string {
  if (!value) return ''
  const date = formatDate(value, lang)
  if (!date) return value
  const time = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(value)
  if (!time) return date
  return lang === 'zh' ? `${date} ${time[1]}:${time[2]}` : `${date}, ${time[1]}:${time[2]}`
}

/** An instant (updatedAt, deletedAt, a commit time) in the given zone (default: this machine's). Malformed → "". */
export function formatTimestamp(iso: string | null | undefined, lang: Lang, timeZone?: string): string {
  if (!iso) return ''
  const t = new Date(iso)
  if (Number.isNaN(t.getTime())) return ''
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(t)
      .map((p) => [p.type, p.value]),
  )
  const date = dateText(Number(parts.year), Number(parts.month), Number(parts.day), lang)
  const time = `${pad(Number(parts.hour))}:${parts.minute}`
  return lang === 'zh' ? `${date} ${time}` : `${date}, ${time}`
}
