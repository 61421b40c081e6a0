import { MAX_FEN, type AmountError } from './chars'

export type FenResult = { ok: true; fen: number } | { ok: false; error: AmountError }

export type FiguresResult =
  { ok: true; value: number; fen: number } | { ok: false; error: AmountError & { index: number } }

const RANGE = { zh: '金额须在 0 至 9999亿 之间', en: 'the amount must be from 0 to 999,999,999,999.99' }

/**
 * Converts a number of 元 to integer 分, refusing anything that would need rounding.
 * "At most two decimals" is judged on the number's shortest round-trip decimal form (String(value)),
 * so 0.1 + 0.2 (= 0.30000000000000004) is refused rather than silently becoming 0.30: the caller
 * must do its own sums in 分.
 */
export function toFen(value: number): FenResult {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return fail({ zh: '不是数字', en: 'not a number' })
  }
  if (!Number.isFinite(value)) return fail({ zh: '不是有限的数字', en: 'not a finite number' })
  if (value < 0) return fail({ zh: '不能为负数', en: 'must not be negative' })
  if (value >= 1e12) return fail(RANGE)
  // -0 prints as "0"; tiny values print in exponent form (1e-7) and always have too many decimals.
  const text = String(value)
  if (text.includes('e')) return fail(tooManyDecimals())
  const [intPart, fracPart = ''] = text.split('.')
  if (fracPart.length > 2) return fail(tooManyDecimals())
  const fen = Number(intPart) * 100 + Number(fracPart.padEnd(2, '0'))
  if (fen > MAX_FEN) return fail(RANGE)
  return { ok: true, fen }
}

/**
 * Parses an amount written in figures, strictly: digits, optionally a point and one or two decimals.
 * Surrounding whitespace is ignored; signs, exponents, thousands separators, leading zeros ("007")
 * and a bare point (".5", "5.") are refused, with the index of the offending character.
 */
export function parseAmountFigures(text: string): FiguresResult {
  const start = text.length - text.trimStart().length
  const body = text.trim()
  if (body === '') return failAt(0, { zh: '金额为空', en: 'the amount is empty' })
  let point = -1
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    const at = start + i
    if (ch >= '0' && ch <= '9') {
      if (point >= 0 && i - point > 2) return failAt(at, tooManyDecimals())
      continue
    }
    if (ch === '.') {
      if (point >= 0) return failAt(at, { zh: '小数点重复', en: 'a second decimal point' })
      if (i === 0) return failAt(at, { zh: '小数点前缺少整数位', en: 'no digits before the decimal point' })
      point = i
      continue
    }
    if (ch === '-' || ch === '−') return failAt(at, { zh: '不能为负数', en: 'must not be negative' })
    if (ch === '+') return failAt(at, { zh: '不要写正号', en: 'no sign is allowed' })
    if (ch === 'e' || ch === 'E') {
      return failAt(at, { zh: '不接受科学计数法', en: 'exponent notation is not accepted' })
    }
    if (ch === ',' || ch === '，') {
      return failAt(at, { zh: '不要写千位分隔符', en: 'write the amount without thousands separators' })
    }
    return failAt(at, {
      zh: `“${ch}”不是数字`,
      en: `'${ch}' is not a digit`,
    })
  }
  if (point === body.length - 1) {
    return failAt(start + body.length, { zh: '小数点后缺少数字', en: 'no digits after the decimal point' })
  }
  const intPart = point >= 0 ? body.slice(0, point) : body
  if (intPart.length > 1 && intPart[0] === '0') {
    return failAt(start, { zh: '整数部分有多余的前导零', en: 'the integer part has a leading zero' })
  }
  if (intPart.length > 12) return failAt(start, RANGE)
  const fracPart = point >= 0 ? body.slice(point + 1) : ''
  const fen = Number(intPart) * 100 + Number(fracPart.padEnd(2, '0'))
  return { ok: true, fen, value: fen / 100 }
}

function tooManyDecimals(): AmountError {
  return { zh: '小数位超过两位（金额只到分）', en: 'more than two decimal places (amounts stop at 分)' }
}

function fail(error: AmountError): FenResult {
  return { ok: false, error }
}

function failAt(index: number, error: AmountError): FiguresResult {
  return {
    ok: false,
    error: { zh: `第${index + 1}个字符：${error.zh}`, en: `at character ${index + 1}: ${error.en}`, index },
  }
}
