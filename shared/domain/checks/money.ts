import { parseAmountWords } from '../amount'
import type { Quote } from '@shared/schemas'
import type { RuleContext } from './context'
import { quoteTotalFen } from './quote-total'

/**
 * Money as the price rules see it: integer 分 of yuan, whatever unit the quote is written in (a quote in
 * 万元 states 115 where the words say 壹佰壹拾伍万元整), and the price as 87号令 art. 59 corrects it.
 */

/** Figures in the quote's unit → 分 of yuan, without binary noise (0.1 万元 is 100000 分, not 99999). */
export function fenOf(value: number, unit: Quote['moneyUnit'] = '元'): number {
  const factor = unit === '万元' ? 1_000_000 : 100
  return Math.round(Math.round(value * factor * 1e4) / 1e4)
}

export const yuanText = (fen: number) => (fen / 100).toFixed(2)

/**
 * Label text people put in front of the words in a form field ("人民币（大写）：", "大写：") and what they put
 * after them ("（含税）"): not part of the amount.
 */
const WORDS_LEAD_RE = /^\s*(?:投标)?(?:总价|总报价|报价)?\s*(?:人民币)?\s*[（(]?\s*大写\s*[)）]?\s*[：:]?\s*/u
const WORDS_TAIL_RE = /\s*[（(][^（()）]{0,12}[)）]\s*$/u
const CURRENCY_COLON_RE = /^\s*人民币\s*[：:]\s*/u

export type WordsReading = { ok: true; fen: number } | { ok: false; zh: string; en: string }

/**
 * Reads an amount in words as a 评标委员会 would: any correct variant, a label around it, and 整 left off
 * after 元 (the amount is unambiguous without it, and no committee corrects or rejects a price for it).
 */
export function readWords(text: string): WordsReading {
  const t = text.replace(WORDS_LEAD_RE, '').replace(CURRENCY_COLON_RE, '').replace(WORDS_TAIL_RE, '')
  const p = parseAmountWords(t)
  if (p.ok) return { ok: true, fen: p.fen }
  const trimmed = t.trimEnd()
  if (/[元圆]$/u.test(trimmed)) {
    const again = parseAmountWords(`${trimmed}整`)
    if (again.ok) return { ok: true, fen: again.fen }
  }
  return { ok: false, zh: p.error.zh, en: p.error.en }
}

export interface PriceStatement {
  form: { zh: string; en: string }
  figuresFen: number | null
  figuresPath: string
  words: string
  wordsPath: string
}

/** The 投标函 and 开标一览表 prices, each with its words, in 分 of yuan. */
export function priceStatements(q: Quote): PriceStatement[] {
  const f = (v: number | null) => (v === null ? null : fenOf(v, q.moneyUnit))
  return [
    {
      form: { zh: '投标函', en: 'bid letter' },
      figuresFen: f(q.bidLetterPrice),
      figuresPath: 'quote.bidLetterPrice',
      words: q.bidLetterPriceWords,
      wordsPath: 'quote.bidLetterPriceWords',
    },
    {
      form: { zh: '开标一览表', en: 'opening summary' },
      figuresFen: f(q.openingSummary.price),
      figuresPath: 'quote.openingSummary.price',
      words: q.openingSummary.priceWords,
      wordsPath: 'quote.openingSummary.priceWords',
    },
  ]
}

/** Σ qty × unit price of the quote lines in 分 of yuan, or null without lines. */
export function linesFen(q: Quote): number | null {
  if (q.items.length === 0) return null
  const inUnit = quoteTotalFen(q.items, q.rounding)
  return q.moneyUnit === '万元' ? inUnit * 10_000 : inUnit
}

/** The price the buyer reads first: 开标一览表, then 投标函, then the stated total, then the lines. */
export function ourPriceFen(ctx: RuleContext): { fen: number; path: string } | null {
  return quotedPriceFen(ctx.bid.quote)
}

/** The quote's price in 分 of yuan and the field it comes from (the order of ourPriceFen). */
export function quotedPriceFen(q: Quote): { fen: number; path: string } | null {
  const u = q.moneyUnit
  if (q.openingSummary.price !== null)
    return { fen: fenOf(q.openingSummary.price, u), path: 'quote.openingSummary.price' }
  if (q.bidLetterPrice !== null) return { fen: fenOf(q.bidLetterPrice, u), path: 'quote.bidLetterPrice' }
  if (q.statedTotal !== null) return { fen: fenOf(q.statedTotal, u), path: 'quote.statedTotal' }
  const lines = linesFen(q)
  return lines === null ? null : { fen: lines, path: 'quote.items' }
}

/**
 * Prices the committee may end up evaluating: the stated price, and the sum of the unit prices when it
 * differs (art. 59: unit prices prevail over a differing total). Each must stay within the ceiling. The
 * words corrected by art. 59(二) are E01's: it reports them with the ceiling too.
 */
export function evaluatedPrices(
  ctx: RuleContext,
): { fen: number; path: string; why: { zh: string; en: string } }[] {
  const out: { fen: number; path: string; why: { zh: string; en: string } }[] = []
  const main = ourPriceFen(ctx)
  if (main) out.push({ fen: main.fen, path: main.path, why: { zh: '报价', en: 'The price' } })
  const lines = linesFen(ctx.bid.quote)
  if (lines !== null && !out.some((c) => c.fen === lines))
    out.push({
      fen: lines,
      path: 'quote.items',
      why: {
        zh: '分项报价按数量×单价合计（总价与单价不一致时以单价为准）',
        en: 'The quote lines, quantity × unit price (unit prices prevail over a differing total),',
      },
    })
  return out
}
