import { readWords } from '../money'
import { halfWidth } from './normalise'
import { moneyIn } from './quantity'

/**
 * An amount written in 大写 with its 小写 in brackets right after it, or the other way round, whatever the amount is
 * and whether or not a price label comes before it: "人民币叁佰万元整（¥3,000,000.00）", "¥300,000.00元（大写：叁拾万
 * 元整）", "大写：叁拾万元整（小写：¥300,000.00）". The brackets (or a 大写/小写 label) make them one statement of
 * one amount, so words and figures that differ are a mistake whatever the amount (87号令 art. 59(二): the words
 * prevail). The price statements read by pricesIn are the ones with a price label; this reader finds the rest.
 */

export interface AmountPair {
  wordsFen: number
  figuresFen: number
  /** Start of the statement's first amount in the half-width text (the words or the figures). */
  index: number
  /** End of the statement's last amount. */
  end: number
  /** Where the words start (a pair is found once). */
  wordsAt: number
}

const W = '零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正'
/** A run of 大写 with its unit 元 (a count "壹年", "叁台" is not money); 人民币 may stand in front. */
const WORDS_THEN_FIGURES_RE = new RegExp(
  `(?<![${W}])((?:人民币\\s*)?[${W}]*[元圆][${W}]*)\\s*(?:\\(\\s*(?:小写\\s*(?:金额)?\\s*:?\\s*)?|[,;]\\s*小写\\s*(?:金额)?\\s*:?\\s*)`,
  'gu',
)
/** After figures: "元（大写：人民币…）", "，大写：…". */
const WORDS_AFTER_RE = new RegExp(
  `^\\s*(?:元\\s*)?(?:\\(\\s*|[,;]\\s*)大写\\s*(?:金额)?\\s*\\)?\\s*:?\\s*(?:人民币\\s*:?\\s*)?([${W}]*[元圆][${W}]*)`,
  'u',
)

/** What may follow the figures of a pair: the bracket's end, a unit, a note after a comma ("，含税"). */
const FIGURES_END_RE = /^\s*(?:元\s*)?(?:[),;.。]|含|$)/u

/** Every words/figures pair of one amount in `text` (each once, in text order). */
export function amountPairsIn(text: string): AmountPair[] {
  if (!/[壹贰叁肆伍陆柒捌玖]/u.test(text)) return []
  const t = halfWidth(text)
  const out: AmountPair[] = []
  for (const m of t.matchAll(WORDS_THEN_FIGURES_RE)) {
    const w = readWords(m[1].trim())
    if (!w.ok) continue
    const at = m.index + m[0].length
    const rest = t.slice(at, at + 40)
    const money = moneyIn(rest).find((x) => x.index === 0)
    // The bracket holds this amount alone ("（¥800,000.00设备费+…）" splits the amount: not one statement).
    if (!money || !FIGURES_END_RE.test(rest.slice(money.raw.length))) continue
    const wordsAt = m.index + m[0].indexOf(m[1])
    out.push({ wordsFen: w.fen, figuresFen: money.fen, index: wordsAt, end: at + money.raw.length, wordsAt })
  }
  for (const money of moneyIn(t)) {
    const end = money.index + money.raw.length
    const m = WORDS_AFTER_RE.exec(t.slice(end, end + 60))
    const w = m ? readWords(m[1]) : null
    if (!m || !w?.ok) continue
    const wordsAt = end + m[0].length - m[1].length
    if (out.some((p) => p.wordsAt === wordsAt)) continue
    out.push({ wordsFen: w.fen, figuresFen: money.fen, index: money.index, end: end + m[0].length, wordsAt })
  }
  return out.sort((a, b) => a.index - b.index)
}
