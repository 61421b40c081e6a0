/**
 * 中文大写金额 (DOMAIN.md §9). Values are exact integer 分 inside; range 0 to 9999亿9999万9999元9角9分.
 * - amountToWords / fenToWords: the ONE canonical form (see write.ts for the choices: optional 零 omitted,
 *   整 after every amount without 分, 壹拾 at the start, 伍分 for amounts under one 元).
 * - parseAmountWords: any correct variant back to its value, or an error with the index of the fault.
 * - parseAmountFigures: strict "1234567.80" figures; toFen: number of 元 → 分 without rounding.
 * - parseMoney: what people type in a money field (380万, 3.8亿, 3,800,000, full-width, words) → 分.
 * Compare amounts by value (fen), never by string.
 */
export { DIGITS, MAX_FEN, PREFIX, formatFen, type AmountError } from './chars'
export { toFen, parseAmountFigures, type FenResult, type FiguresResult } from './figures'
export {
  amountToWords,
  amountToWordsChecked,
  fenToWords,
  tryAmountToWords,
  type WordsOptions,
  type WordsResult,
} from './write'
export { parseAmountWords, type ParseWordsResult } from './parse'
export {
  formatMoney,
  parseMoney,
  regroupTyping,
  toHalfWidth,
  type MoneyParseOptions,
  type MoneyResult,
} from './money'
