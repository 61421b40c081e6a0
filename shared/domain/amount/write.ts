import { AppError } from '@shared/errors'
import { DIGITS, MAX_FEN, OPTIONAL_ZERO_END, PREFIX, SMALL_UNITS, type AmountError } from './chars'
import { toFen } from './figures'

export interface WordsOptions {
  /** Start with 人民币 (default false). */
  prefix?: boolean
}

export type WordsResult = { ok: true; words: string } | { ok: false; error: AmountError }

/**
 * Writes integer 分 as 中文大写金额 in the one canonical form (DOMAIN.md §9, PBoC rules):
 * - a run of zeros between two non-zero digits is written as one 零;
 * - where the rules make 零 optional (the run ends at the 元, 万 or 亿 digit and the next lower digit
 *   is non-zero) it is OMITTED: 1000.50 → 壹仟元伍角整, 107000.53 → 壹拾万柒仟元伍角叁分;
 * - a 0 角 before a non-zero 分 always gets 零: 325.04 → 叁佰贰拾伍元零肆分;
 * - a leading ten is 壹拾 (10 → 壹拾元整);
 * - 整 ends every amount without 分, also after 角 (0.50 → 伍角整); nothing follows 分;
 * - below one 元 the 元 part is left out (0.05 → 伍分); zero is 零元整.
 */
export function fenToWords(fen: number, opts: WordsOptions = {}): string {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_FEN) {
    throw new AppError('BAD_AMOUNT', {
      zh: `${String(fen)} 分不在 0 至 9999亿 之间或不是整数`,
      en: `${String(fen)} fen is not a whole number from 0 to 999,999,999,999.99 元`,
    })
  }
  const head = opts.prefix ? PREFIX : ''
  if (fen === 0) return `${head}零元整`
  const yuan = Math.floor(fen / 100)
  // Non-zero digits from the highest power down; 角 is power -1 and 分 is power -2.
  const digits: { power: number; digit: number }[] = []
  for (let power = 11; power >= 0; power--) {
    const digit = Math.floor(yuan / 10 ** power) % 10
    if (digit !== 0) digits.push({ power, digit })
  }
  const jiao = Math.floor(fen / 10) % 10
  const fenDigit = fen % 10
  if (jiao !== 0) digits.push({ power: -1, digit: jiao })
  if (fenDigit !== 0) digits.push({ power: -2, digit: fenDigit })

  let out = ''
  let prev: number | null = null
  for (const { power, digit } of digits) {
    if (prev !== null) {
      out += closeGroups(prev, power)
      if (prev - power > 1 && !OPTIONAL_ZERO_END.has(power + 1)) out += '零'
    }
    out += DIGITS[digit] + (power >= 0 ? SMALL_UNITS[power % 4] : power === -1 ? '角' : '分')
    prev = power
  }
  out += closeGroups(prev as number, -1)
  if (fenDigit === 0) out += '整'
  return head + out
}

/**
 * The group units (亿, 万, 元) passed when going from the digit at power `from` down to `to`:
 * a unit is written after the last non-zero digit of its group, so an all-zero 万 group writes no 万.
 */
function closeGroups(from: number, to: number): string {
  let out = ''
  for (const [level, unit] of [
    [8, '亿'],
    [4, '万'],
    [0, '元'],
  ] as const) {
    const inGroup = level === 0 || from < level + 4
    if (from >= level && to < level && inGroup) out += unit
  }
  return out
}

/** Like fenToWords but for a number of 元; refuses (never rounds) anything with more than 2 decimals. */
export function tryAmountToWords(value: number, opts: WordsOptions = {}): WordsResult {
  const r = toFen(value)
  if (!r.ok) return { ok: false, error: r.error }
  return { ok: true, words: fenToWords(r.fen, opts) }
}

/**
 * 元 → canonical 大写. Throws AppError('BAD_AMOUNT') for negative, NaN/Infinity, ≥ 1e12 or more than
 * two decimals: a bid document must never carry a silently rounded amount.
 */
export function amountToWords(value: number, opts: WordsOptions = {}): string {
  const r = tryAmountToWords(value, opts)
  if (!r.ok) {
    throw new AppError(
      'BAD_AMOUNT',
      { zh: `${String(value)}：${r.error.zh}`, en: `${String(value)}: ${r.error.en}` },
      { value: String(value) },
    )
  }
  return r.words
}

/** The name the brief asked for; amountToWords already throws on bad input. */
export const amountToWordsChecked = amountToWords
