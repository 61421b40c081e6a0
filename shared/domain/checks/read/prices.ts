import { parseMoney } from '@shared/domain/amount/money'
import { readWords } from '../money'
import { halfWidth } from './normalise'
import { moneyIn } from './quantity'

/**
 * The bid price as a form's text states it, in figures and in 大写, and which words and figures state the same
 * price ("投标总价：¥3,756,000.00元（大写：叁佰柒拾伍万元整）"): 87号令 art. 59(二) corrects such a statement to its
 * words, so E01 compares the two and the "one price" rules (E11, P01) leave a disagreeing pair to it.
 */

export interface PriceMention {
  fen: number
  words: boolean
  /** Where the amount starts and ends in the half-width text. */
  index: number
  end: number
  /** The amount of the other kind (figures for words, words for figures) stating the same price, if any. */
  other?: number
}

const PRICE_LABEL_WORDS =
  '投标总报价|投标总价|投标报价|总报价|报价总额|投标价格|投标总金额|合同总价|总价|报价'
const PRICE_LABEL_RE = new RegExp(
  `(?:${PRICE_LABEL_WORDS})(?:\\s*(?:为|是|:|\\((?:小写|大写|人民币|元|含税|万元)[^()]*\\)|人民币|RMB))*\\s*`,
  'gu',
)
const WORDS_RUN_RE = /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正\s]{3,40}/u
const FIRST_ROUND_RE = /(?:首轮|首次|第一轮|初次|一轮)\s*$/u
const PRICE_BEFORE_LABEL_RE =
  /人民币\s*(?:\(大写\))?\s*:?\s*([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正\s]{3,40}?)\s*\(\s*(?:小写\s*:?\s*)?([^()\n]{1,30})\)\s*(?:的)?\s*(?:投标总报价|投标总价|投标报价|总报价)/gu
/** "（大写：人民币叁佰…）", "大写：叁佰…" after the figures. */
const WORDS_LABEL_RE = /大写\s*(?:金额)?\s*\)?\s*[:]?\s*(?:人民币\s*[:]?\s*)?/gu
/**
 * What may stand between the figures and the words of one price statement: labels, brackets, units, line breaks
 * ("¥3,756,000.00元\n（大写：人民币叁佰…）", "375.6万元 大写：…"). Anything else (another sentence, another
 * amount) separates two statements.
 */
const CONNECTOR_RE = new RegExp(
  `^(?:\\s|[():;,，；]|${PRICE_LABEL_WORDS}|大写|小写|金额|人民币|RMB|¥|万元|元|整|正|即|为|含税)*$`,
  'u',
)
const MAX_GAP = 40

const connects = (t: string, from: number, to: number) =>
  to >= from && to - from <= MAX_GAP && CONNECTOR_RE.test(t.slice(from, to))

/** The bid price as a form states it: figures after a price label, and words in 大写, each with its pair. */
export function pricesIn(text: string): PriceMention[] {
  const t = halfWidth(text)
  const out: PriceMention[] = []
  const push = (fen: number, words: boolean, index: number, end: number) => {
    if (!out.some((p) => p.index === index)) out.push({ fen, words, index, end })
  }
  PRICE_LABEL_RE.lastIndex = 0
  for (let m = PRICE_LABEL_RE.exec(t); m; m = PRICE_LABEL_RE.exec(t)) {
    // 竞争性磋商/谈判: the 首轮报价 is superseded by the 最后报价; it is not the price of the bid.
    if (FIRST_ROUND_RE.test(t.slice(Math.max(0, m.index - 4), m.index))) continue
    const at = m.index + m[0].length
    const rest = t.slice(at, at + 60)
    const w = WORDS_RUN_RE.exec(rest)
    if (w) {
      const r = readWords(w[0].trim())
      if (r.ok) push(r.fen, true, at, at + w[0].trimEnd().length)
      // "壹佰…元整（¥1,150,000.00）": the figures in the bracket after the words are the same price.
      const after = rest.slice(w[0].length)
      const br = /^\s*\(\s*(?:小写\s*(?:金额)?\s*[:]?\s*)?/u.exec(after)
      const money = br ? moneyIn(after.slice(br[0].length)).find((x) => x.index <= 1) : undefined
      if (br && money) {
        const i = at + w[0].length + br[0].length + money.index
        push(money.fen, false, i, i + money.raw.length)
      }
      continue
    }
    const money = moneyIn(rest).find((x) => x.index <= 2)
    if (money) {
      push(money.fen, false, at + money.index, at + money.index + money.raw.length)
      continue
    }
    // "投标总价（元）：1150000.00": the unit is in the label.
    const unit = /\((?:人民币)?(万元|元)\)/u.exec(m[0])?.[1]
    const bare = unit ? /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%])/u.exec(rest) : null
    const r = bare ? parseMoney(bare[1] + unit) : null
    if (r?.ok) push(r.fen, false, at, at + bare![0].length)
  }
  // 标准施工招标文件: "愿意以人民币（大写）壹佰…元整（¥1,150,000.00）的投标总报价" names the price after it.
  for (const m of t.matchAll(PRICE_BEFORE_LABEL_RE)) {
    const r = readWords(m[1].trim())
    const at = m.index + m[0].indexOf(m[1])
    if (r.ok) push(r.fen, true, at, at + m[1].trimEnd().length)
    const figuresAt = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length)
    const money = moneyIn(m[2]).find((x) => x.index <= 2)
    if (money) push(money.fen, false, figuresAt + money.index, figuresAt + money.index + money.raw.length)
  }
  // "（大写）：壹佰…元整（小写：¥1,150,000.00）": the figures after a price in words belong to it.
  for (const m of t.matchAll(/小写\s*(?:金额)?\s*[:]?\s*/gu)) {
    const at = m.index + m[0].length
    if (!out.some((p) => p.words && p.index < m.index && m.index - p.index < 40)) continue
    const money = moneyIn(t.slice(at, at + 40)).find((x) => x.index <= 2)
    if (money) push(money.fen, false, at + money.index, at + money.index + money.raw.length)
  }
  // "¥3,756,000.00元（大写：叁佰柒拾伍万元整）": the words after a price in figures belong to it.
  for (const m of t.matchAll(WORDS_LABEL_RE)) {
    const at = m.index + m[0].length
    if (!out.some((p) => !p.words && connects(t, p.end, m.index))) continue
    const w = WORDS_RUN_RE.exec(t.slice(at, at + 60))
    const r = w ? readWords(w[0].trim()) : null
    if (r?.ok) push(r.fen, true, at, at + w![0].trimEnd().length)
  }
  return pair(
    t,
    out.sort((a, b) => a.index - b.index),
  )
}

/** Neighbouring words and figures with only labels between them state one price: each gets the other's amount. */
function pair(t: string, xs: PriceMention[]): PriceMention[] {
  for (let i = 0; i + 1 < xs.length; i++) {
    const [a, b] = [xs[i], xs[i + 1]]
    if (a.words === b.words || !connects(t, a.end, b.index)) continue
    a.other = b.fen
    b.other = a.fen
    i++
  }
  return xs
}

/** A words/figures pair that states two amounts: the committee corrects it to the words (art. 59(二)). */
export const disagrees = (p: PriceMention) => p.other !== undefined && p.other !== p.fen
