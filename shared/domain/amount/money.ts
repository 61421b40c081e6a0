import { MAX_FEN, type AmountError } from './chars'
import { parseAmountWords } from './parse'

/**
 * What people type into a money field, read exactly: "380万", "380万元", "3.8亿", "3,800,000",
 * "３８０万", "¥1,234.50", "人民币380万元", or the amount in words ("叁佰捌拾万元整"). The result is
 * integer 分; nothing is ever rounded — an amount finer than 1 分 ("1.2345678万") is refused with the
 * reason, and so is a negative amount unless the caller allows it (a discount, a concession step).
 */
export interface MoneyParseOptions {
  /** Accept a leading minus (default false: prices and budgets are never negative). */
  allowNegative?: boolean
}

export type MoneyResult =
  { ok: true; fen: number; value: number } | { ok: false; error: AmountError & { index: number } }

/** Multipliers people write after a figure, as powers of ten of 元. */
const UNITS: [string, number][] = [
  ['亿元', 8],
  ['万元', 4],
  ['千元', 3],
  ['亿', 8],
  ['万', 4],
  ['元', 0],
]

const WORD_CHARS = /[零壹贰叁肆伍陆柒捌玖拾佰仟角分整正圆]/

/** Full-width digits, point, comma and minus as their ASCII forms (one character each, so indexes hold). */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff0c\uff0d]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  )
}

export function parseMoney(input: string, opts: MoneyParseOptions = {}): MoneyResult {
  const text = toHalfWidth(input)
  let i = 0
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++
  }
  skipSpace()
  if (i === text.length) return failAt(0, { zh: '金额为空', en: 'the amount is empty' })
  let negative = false
  if (text[i] === '-' || text[i] === '−') {
    if (!opts.allowNegative) {
      return failAt(i, { zh: '金额不能为负数', en: 'the amount must not be negative' })
    }
    negative = true
    i++
    skipSpace()
  }
  if (text.startsWith('人民币', i)) i += 3
  if (text[i] === '¥' || text[i] === '￥') i++
  skipSpace()
  const rest = text.slice(i)
  if (WORD_CHARS.test(rest) && !/[0-9]/.test(rest)) {
    const r = parseAmountWords(rest)
    if (!r.ok) return failAt(i + r.error.index, r.error, false)
    return done(negative, r.fen)
  }
  const start = i
  let intDigits = ''
  let frac = ''
  let point = -1
  let lastComma = -1
  let firstComma = -1
  for (; i < text.length; i++) {
    const ch = text[i]
    if (ch >= '0' && ch <= '9') {
      if (point >= 0) frac += ch
      else intDigits += ch
    } else if (ch === ',') {
      if (point >= 0) return failAt(i, { zh: '小数部分不能有分隔符', en: 'no separator in the decimals' })
      if (
        intDigits === '' ||
        (lastComma >= 0 && i - lastComma !== 4) ||
        (lastComma < 0 && intDigits.length > 3)
      ) {
        return failAt(i, badGrouping())
      }
      if (firstComma < 0) firstComma = i
      lastComma = i
    } else if (ch === '.') {
      if (point >= 0) return failAt(i, { zh: '小数点重复', en: 'a second decimal point' })
      if (intDigits === '')
        return failAt(i, { zh: '小数点前缺少数字', en: 'no digits before the decimal point' })
      point = i
    } else break
  }
  if (lastComma >= 0 && (point >= 0 ? point : i) - lastComma !== 4) return failAt(lastComma, badGrouping())
  if (intDigits === '') {
    if (i < text.length && text[i] === '-') {
      return failAt(i, { zh: '金额不能为负数', en: 'the amount must not be negative' })
    }
    return failAt(i, i < text.length ? notADigit(text[i]) : { zh: '缺少数字', en: 'no digits' })
  }
  if (point >= 0 && frac === '')
    return failAt(i, { zh: '小数点后缺少数字', en: 'no digits after the decimal point' })
  skipSpace()
  let power = 0
  const unit = UNITS.find(([u]) => text.startsWith(u, i))
  if (unit) {
    power = unit[1]
    i += unit[0].length
    skipSpace()
  }
  if (i < text.length) {
    const ch = text[i]
    if (ch === 'e' || ch === 'E') {
      return failAt(i, { zh: '不接受科学计数法', en: 'exponent notation is not accepted' })
    }
    return failAt(i, notADigit(ch))
  }
  // Shift the decimal point by the unit plus two places (元 → 分); what is left after it must be zeros.
  const shift = power + 2
  const whole = intDigits + frac.slice(0, shift).padEnd(shift, '0')
  const beyond = frac.slice(shift)
  if (/[1-9]/.test(beyond)) {
    return failAt(start, {
      zh: '金额精确到分即可：小数位超出“分”，不会自动四舍五入',
      en: 'amounts stop at 分 (0.01 元): this has more decimals, and it is never rounded for you',
    })
  }
  const digits = whole.replace(/^0+(?=\d)/, '')
  if (digits.length > 15 || Number(digits) > MAX_FEN) {
    return failAt(start, { zh: '金额须小于 1 万亿元', en: 'the amount must be below 1,000,000,000,000 元' })
  }
  return done(negative, Number(digits))
}

function done(negative: boolean, fen: number): MoneyResult {
  const signed = negative && fen !== 0 ? -fen : fen
  return { ok: true, fen: signed, value: signed / 100 }
}

function badGrouping(): AmountError {
  return {
    zh: '千位分隔符位置不对（应每三位一个）',
    en: 'thousands separators in the wrong place (one every three digits)',
  }
}

function notADigit(ch: string): AmountError {
  return {
    zh: `“${ch}”不是数字或金额单位（可写 元、万、万元、亿）`,
    en: `'${ch}' is not a digit or an amount unit (元, 万, 万元, 亿)`,
  }
}

function failAt(index: number, error: AmountError, prefix = true): MoneyResult {
  if (!prefix) return { ok: false, error: { ...error, index } }
  return {
    ok: false,
    error: { zh: `第${index + 1}个字符：${error.zh}`, en: `at character ${index + 1}: ${error.en}`, index },
  }
}

/**
 * 元 with thousands separators and only the decimals it has: 3800000 → "3,800,000",
 * 1234.5 → "1,234.50". Never rounds more than the 分 the value carries.
 */
export function formatMoney(value: number): string {
  const fen = Math.round(Math.abs(value) * 100)
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  const grouped = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const sign = value < 0 && fen > 0 ? '-' : ''
  return sign + grouped + (cents ? `.${cents < 10 ? '0' : ''}${cents}` : '')
}

/**
 * Re-groups the figures while they are typed ("3800000" → "3,800,000", "1234.5" → "1,234.5"), and
 * leaves anything with a unit or words alone so "380万" can be finished. Returns the new text and the
 * caret position mapped past the same number of digits.
 */
export function regroupTyping(text: string, caret: number): { text: string; caret: number } {
  const half = toHalfWidth(text)
  const m = /^(\s*-?)([0-9,]*)(\.[0-9]*)?$/.exec(half)
  if (!m || m[2].replace(/,/g, '') === '') return { text, caret }
  const digits = m[2].replace(/,/g, '')
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const out = m[1] + grouped + (m[3] ?? '')
  // Caret: count the digits (and the point) before it, then find the same count in the new text.
  const before = half.slice(0, caret).replace(/,/g, '').length
  let seen = 0
  let pos = 0
  while (pos < out.length && seen < before) {
    if (out[pos] !== ',') seen++
    pos++
  }
  return { text: out, caret: pos }
}
