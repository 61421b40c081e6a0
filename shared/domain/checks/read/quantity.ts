import { parseMoney } from '@shared/domain/amount/money'
import { halfWidth } from './normalise'

/**
 * Quantities as bids write them: periods (45日历天, 三十个工作日, 3个月, 两年, 一年半), response and repair times
 * (30分钟, 2小时), money (¥1,150,000.00, 115万元, 壹佰壹拾伍万元整) and percentages (9%, 百分之九).
 */

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
}
const CN_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
export const CN_NUM = '[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟]+'

/** 三十六 → 36, 十五 → 15, 一百二十 → 120, 两 → 2; null when it is not a number below 10 000. */
export function cnInt(s: string): number | null {
  let total = 0
  let digit: number | null = null
  for (const c of s) {
    if (c in CN_DIGIT) {
      if (digit !== null && digit !== 0) return null
      digit = CN_DIGIT[c]
    } else if (c in CN_UNIT) {
      total += (digit ?? 1) * CN_UNIT[c]
      digit = null
    } else return null
  }
  return total + (digit ?? 0)
}

export function numberOf(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/u.test(s)) return Number(s)
  return cnInt(s)
}

export type PeriodFamily = 'days' | 'workdays' | 'months' | 'minutes'

export interface Period {
  value: number
  /** The unit as written: 日历天, 工作日, 个月, 年, 小时… */
  unit: string
  family: PeriodFamily
  /** In the family's unit: days, working days, months or minutes. */
  amount: number
  index: number
  raw: string
  /** For a span of dates (read/date-range.ts): its ends, ISO. */
  span?: { from: string; to: string }
}

const UNIT_RE = '(日历天|日历日|自然日|工作日|天|日|周|星期|个月|月|年|小时|钟头|分钟|min|h)'
// 一年半 / 1年半 / 半年
const PERIOD_RE = new RegExp(`(半|\\d+(?:\\.\\d+)?|${CN_NUM})\\s*(?:个)?\\s*${UNIT_RE}(半)?`, 'giu')

/** Calendar dates and years are not periods: "2026年4月22日" holds no 2026 years and no 22 days. */
function maskDates(t: string): string {
  return t
    .replace(/(?:19|20|21)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?/gu, (m) =>
      ' '.repeat(m.length),
    )
    .replace(/\d{1,2}\s*月\s*\d{1,2}\s*[日号]/gu, (m) => ' '.repeat(m.length))
    .replace(/\d{4}-\d{1,2}-\d{1,2}/gu, (m) => ' '.repeat(m.length))
}

function familyOf(unit: string): { family: PeriodFamily; factor: number } {
  switch (unit) {
    case '工作日':
      return { family: 'workdays', factor: 1 }
    case '周':
    case '星期':
      return { family: 'days', factor: 7 }
    case '个月':
    case '月':
      return { family: 'months', factor: 1 }
    case '年':
      return { family: 'months', factor: 12 }
    case '小时':
    case '钟头':
    case 'h':
      return { family: 'minutes', factor: 60 }
    case '分钟':
    case 'min':
      return { family: 'minutes', factor: 1 }
    default:
      return { family: 'days', factor: 1 }
  }
}

/** Every period in a text, in order. "7×24小时" (an availability) and "第3年" (an ordinal) are not periods. */
export function periodsIn(text: string): Period[] {
  const t = maskDates(halfWidth(text))
  const out: Period[] = []
  PERIOD_RE.lastIndex = 0
  for (let m = PERIOD_RE.exec(t); m; m = PERIOD_RE.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 2), m.index)
    if (/[×x*第每]\s*$/iu.test(before)) continue
    if (/^[A-Za-z]$/u.test(m[2]) && /[A-Za-z]/u.test(t[m.index + m[0].length] ?? '')) continue
    const unit = m[2].toLowerCase()
    const base = m[1] === '半' ? 0.5 : numberOf(m[1])
    if (base === null) continue
    // 半 only makes sense before 年/月 (半年, 半个月) and after a whole number (一年半).
    if (m[1] === '半' && !/[年月]/u.test(unit)) continue
    const value = base + (m[3] ? 0.5 : 0)
    const { family, factor } = familyOf(unit)
    out.push({ value, unit: m[2], family, amount: value * factor, index: m.index, raw: m[0] })
  }
  return out
}

/** A period's span in days, [shortest, longest] the words allow (a month is 28–31 days). */
function daysRange(p: Period): [number, number] {
  switch (p.family) {
    case 'days':
      return [p.amount, p.amount]
    // Weekends and up to a week of public holidays: 20 工作日 is 20 to 35 calendar days.
    case 'workdays':
      return [p.amount, Math.ceil((p.amount * 7) / 5) + 7]
    case 'months':
      return [p.amount * 28, p.amount * 31]
    case 'minutes':
      return [p.amount / 1440, p.amount / 1440]
  }
}

/** -1 when a is shorter, 1 when longer, 0 when equal; null when the units leave it open (90天 vs 3个月). */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 | null {
  if (a.family === b.family) return a.amount === b.amount ? 0 : a.amount < b.amount ? -1 : 1
  const [alo, ahi] = daysRange(a)
  const [blo, bhi] = daysRange(b)
  if (alo === ahi && blo === bhi && alo === blo) return 0
  if (ahi < blo) return -1
  if (alo > bhi) return 1
  return null
}

export function describePeriod(p: Period): string {
  if (p.span) return `${p.span.from}至${p.span.to}（${p.amount}天）`
  return `${p.value}${p.unit}`
}

export interface MoneyMention {
  fen: number
  index: number
  raw: string
}

// A figure with a currency mark before it or a money unit after it; words are read by readWords.
const MONEY_RE =
  /(?:(?:人民币|RMB|CNY)\s*[:：]?\s*)?([¥$]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|亿|万(?!分))?/giu

/** Money in a text, in 分 of yuan. A bare figure without ¥ or a unit is not money ("3年", "第2包"). */
export function moneyIn(text: string): MoneyMention[] {
  const t = halfWidth(text)
  const out: MoneyMention[] = []
  MONEY_RE.lastIndex = 0
  for (let m = MONEY_RE.exec(t); m; m = MONEY_RE.exec(t)) {
    if (!m[1] && !m[3]) continue
    // "5万台", "3万平方米" count things; "120万，" or "120万。" is money.
    if (m[3] === '万' && /^[\u4e00-\u9fff]/u.test(t[m.index + m[0].length] ?? '')) continue
    const r = parseMoney(`${m[2]}${m[3] ?? ''}`)
    if (r.ok) out.push({ fen: r.fen, index: m.index, raw: m[0] })
  }
  return out
}

export interface Percent {
  value: number
  index: number
  raw: string
}

const PERCENT_RE = new RegExp(
  `(\\d+(?:\\.\\d+)?)\\s*%|百分之(${CN_NUM}(?:点[零〇一二三四五六七八九]+)?)`,
  'gu',
)

export function percentsIn(text: string): Percent[] {
  const t = halfWidth(text)
  const out: Percent[] = []
  PERCENT_RE.lastIndex = 0
  for (let m = PERCENT_RE.exec(t); m; m = PERCENT_RE.exec(t)) {
    let v: number | null
    if (m[1] !== undefined) v = Number(m[1])
    else {
      const [whole, frac] = m[2].split('点')
      const w = cnInt(whole)
      v = w === null ? null : frac ? Number(`${w}.${[...frac].map((c) => CN_DIGIT[c]).join('')}`) : w
    }
    if (v !== null && Number.isFinite(v)) out.push({ value: v, index: m.index, raw: m[0] })
  }
  return out
}
