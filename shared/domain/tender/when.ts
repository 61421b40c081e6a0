import { halfWidth } from './document'

/**
 * Dates and times as tenders write them: 2026年12月15日 9时30分, 2026年12月15日（星期二）上午9:30,
 * 2026-12-15 09:30, 下午2点30分, 二〇二六年十二月十五日. The clock is Beijing time: the result is ISO 8601 with
 * +08:00 (a date without a time stays a date).
 */
export interface FoundTime {
  iso: string
  hasTime: boolean
  /** Where in the (half-width) text the date starts and how long it runs, time included. */
  index: number
  length: number
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** 二〇二六 → 2026, 十二 → 12, 二十五 → 25, 三十 → 30; digits pass through. */
export function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  if (/^[〇零O一二两三四五六七八九]{2,}$/.test(s)) return Number([...s].map((c) => CN_DIGIT[c]).join(''))
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null
  let total = 0
  let cur = 0
  for (const c of s) {
    if (c === '百') {
      total += (cur || 1) * 100
      cur = 0
    } else if (c === '十') {
      total += (cur || 1) * 10
      cur = 0
    } else cur = CN_DIGIT[c]
  }
  return total + cur
}

const CN_NUM = '[\\d〇零一二两三四五六七八九十]'
const DATE_CN = new RegExp(
  `(${CN_NUM}{4})\\s*年\\s*(${CN_NUM}{1,3})\\s*月\\s*(${CN_NUM}{1,3})\\s*[日号]`,
  'g',
)
const DATE_NUM = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g
/** What may sit between the date and the clock: weekday, "北京时间", a space. */
const BETWEEN =
  /^\s*(?:[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])?\s*(?:[(（]?\s*北京时间\s*[)）]?)?\s*(?:[,，])?\s*/
const PERIOD = /^(凌晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|夜间)?\s*/
const CLOCK = new RegExp(
  `^(${CN_NUM}{1,3})\\s*(?:(?:[:：]\\s*(\\d{2})(?:\\s*[:：]\\s*(\\d{2}))?)|(?:[时點点]\\s*(?:(半)|(${CN_NUM}{1,3})\\s*分?(?:\\s*(\\d{1,2})\\s*秒)?)?))`,
)

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d))
  return y >= 1990 && y <= 2100 && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
}

/** The clock right after a date, if any: hour and minute in 24 h, and how many characters it used. */
function clockAfter(rest: string): { h: number; m: number; used: number } | null {
  const between = BETWEEN.exec(rest)![0]
  let s = rest.slice(between.length)
  const period = PERIOD.exec(s)!
  s = s.slice(period[0].length)
  const c = CLOCK.exec(s)
  if (!c) return null
  // A bare number after the date ("2026年12月15日 3 份") is not a time: require a separator or 时/点.
  let h = cnNumber(c[1])
  const m = c[2] != null ? Number(c[2]) : c[4] ? 30 : c[5] != null ? cnNumber(c[5]) : 0
  if (h == null || m == null || h > 24 || m > 59) return null
  const p = period[1]
  if (p && /下午|傍晚|晚上|夜间/.test(p) && h < 12) h += 12
  if (p && /中午|午间/.test(p) && h < 11) h += 12
  if (h === 24) return null
  return { h, m, used: between.length + period[0].length + c[0].length }
}

/** Every date (with its time when one follows) in a text, in order. */
export function findTimes(text: string): FoundTime[] {
  const s = halfWidth(text)
  const out: FoundTime[] = []
  const taken: [number, number][] = []
  for (const re of [DATE_CN, DATE_NUM]) {
    re.lastIndex = 0
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (taken.some(([a, b]) => m!.index < b && m!.index + m![0].length > a)) continue
      const y = cnNumber(m[1])
      const mo = cnNumber(m[2])
      const d = cnNumber(m[3])
      if (y == null || mo == null || d == null || !validDate(y, mo, d)) continue
      const date = `${y}-${pad(mo)}-${pad(d)}`
      const clock = clockAfter(s.slice(m.index + m[0].length))
      const length = m[0].length + (clock?.used ?? 0)
      out.push({
        iso: clock ? `${date}T${pad(clock.h)}:${pad(clock.m)}:00+08:00` : date,
        hasTime: !!clock,
        index: m.index,
        length,
      })
      taken.push([m.index, m.index + length])
    }
  }
  return out.sort((a, b) => a.index - b.index)
}

/** The first date-time of a text (a date with a clock preferred over a bare date), or null. */
export function parseWhen(text: string): FoundTime | null {
  const all = findTimes(text)
  return all.find((t) => t.hasTime) ?? all[0] ?? null
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A tender's time as the team reads it, the clock as written (Beijing time, no zone conversion):
 * "2026-12-18T09:30:00+08:00" → 2026年12月18日 09:30 / 18 Dec 2026, 09:30; a date alone → 2026年12月18日.
 * Anything else is shown as it is.
 */
export function showWhen(iso: string, lang: 'zh' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const time = m[4] ? `${m[4]}:${m[5]}` : ''
  if (lang === 'zh') return `${y}年${mo}月${d}日${time ? ` ${time}` : ''}`
  return `${d} ${EN_MONTHS[mo - 1]} ${y}${time ? `, ${time}` : ''}`
}
