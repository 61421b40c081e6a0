import type { Bid, CompanyProfile } from '@shared/schemas'
import { amountToWords } from '../amount'
import { formatMoney, formatQty } from './format'
import { bidPriceOf, computeQuote, toYuan } from './quote-math'

/** What a placeholder is computed from, and the value helpers the dictionary (placeholder-defs.ts) is written with. */
export interface PlaceholderContext {
  bid: Bid
  company: CompanyProfile
  copy: '正本' | '副本'
  /** Signing date, YYYY-MM-DD, or '' when the bid has neither a sign date nor a deadline. */
  date: string
  /** Which of company.agents is the authorised representative (授权代表). */
  agentIndex: number
}

export interface PlaceholderDef {
  zh: string
  en: string
  description: { zh: string; en: string }
  get(ctx: PlaceholderContext): string
  /** The field the value is printed from: a path in the bid, `company.…`, or `generated`. */
  source(ctx: PlaceholderContext): string
}

export const CURRENCY_SIGN: Record<Bid['quote']['currency'], string> = {
  CNY: '¥',
  USD: 'US$',
  EUR: '€',
  HKD: 'HK$',
}
export const CURRENCY_NAME: Record<Bid['quote']['currency'], string> = {
  CNY: '人民币',
  USD: '美元',
  EUR: '欧元',
  HKD: '港币',
}

export function money(ctx: PlaceholderContext, valueInUnit: number): string {
  return CURRENCY_SIGN[ctx.bid.quote.currency] + formatMoney(toYuan(valueInUnit, ctx.bid.quote.moneyUnit))
}
export function words(ctx: PlaceholderContext, valueInUnit: number): string {
  return amountToWords(toYuan(valueInUnit, ctx.bid.quote.moneyUnit))
}
export function days(n: number | null): string {
  return n == null ? '' : `${n}日历天`
}
/** 0.5 → "30分钟", 2 → "2小时". */
export function formatHours(h: number | null): string {
  if (h == null) return ''
  return h < 1 ? `${formatQty(h * 60)}分钟` : `${formatQty(h)}小时`
}
export const agent = (ctx: PlaceholderContext) => ctx.company.agents[ctx.agentIndex]

/** Birth date from the profile, else from an 18-digit ID number (digits 7–14). */
export function birthDate(c: CompanyProfile): string | null {
  if (c.legalRepBirthDate) return c.legalRepBirthDate
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/.exec(c.legalRepIdNumber.trim())
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null
}
export function ageAt(birth: string | null, on: string): string {
  if (!birth || !on) return ''
  const [by, bm, bd] = birth.split('-').map(Number)
  const [y, m, d] = on.split('-').map(Number)
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
  return age >= 0 && age < 130 ? String(age) : ''
}
export function gender(c: CompanyProfile): string {
  if (c.legalRepGender) return c.legalRepGender
  const m = /^\d{16}(\d)[\dXx]$/.exec(c.legalRepIdNumber.trim())
  return m ? (Number(m[1]) % 2 === 1 ? '男' : '女') : ''
}

/** 货物 → 交货期, 服务 → 服务期, 工程 → 工期: the word the forms use for the period. */
export function periodLabel(bid: Bid): string {
  return bid.category === '服务' ? '服务期' : bid.category === '工程' ? '工期' : '交货期'
}

export const PRICE_SOURCE: Record<ReturnType<typeof bidPriceOf>['source'], string> = {
  openingSummary: 'quote.openingSummary.price',
  bidLetter: 'quote.bidLetterPrice',
  computed: 'quote.items',
}

export type Src = string | ((c: PlaceholderContext) => string)
export function def(zh: string, en: string, dzh: string, den: string, get: PlaceholderDef['get'], src: Src) {
  return {
    zh,
    en,
    description: { zh: dzh, en: den },
    get,
    source: typeof src === 'string' ? () => src : src,
  } satisfies PlaceholderDef
}

export const letterPrice = (c: PlaceholderContext) =>
  c.bid.quote.bidLetterPrice ?? bidPriceOf(c.bid.quote).value
export const openingPrice = (c: PlaceholderContext) =>
  c.bid.quote.openingSummary.price ?? bidPriceOf(c.bid.quote).value
export const quoteTotal = (c: PlaceholderContext) =>
  c.bid.quote.statedTotal ?? computeQuote(c.bid.quote).total
