import type { Bid, CompanyProfile } from '../../schemas'
import { amountToWords } from '../amount'
import { formatDateTimeZh, formatDateZh, formatMoney } from './format'
import { bidPriceOf, computeQuote, toYuan } from './quote-math'

/**
 * The placeholder dictionary: every `{{key}}` a standard form (templates/forms) or a buyer's own .docx form may use.
 * Each entry has a Chinese and an English key; both resolve to the same value. Amounts in words are ALWAYS generated
 * from the figures (amountToWords), never copied from what someone typed, so words and figures cannot disagree.
 * templates/README.md lists the same table for people who edit templates.
 */
export interface PlaceholderContext {
  bid: Bid
  company: CompanyProfile
  copy: '正本' | '副本'
  /** Signing date, YYYY-MM-DD. */
  date: string
  /** Which of company.agents is the authorised representative (授权代表). */
  agentIndex: number
}

export interface PlaceholderDef {
  zh: string
  en: string
  description: { zh: string; en: string }
  get(ctx: PlaceholderContext): string
}

const CURRENCY_SIGN: Record<Bid['quote']['currency'], string> = { CNY: '¥', USD: 'US$', EUR: '€', HKD: 'HK$' }
const CURRENCY_NAME: Record<Bid['quote']['currency'], string> = {
  CNY: '人民币',
  USD: '美元',
  EUR: '欧元',
  HKD: '港币',
}

function money(ctx: PlaceholderContext, valueInUnit: number): string {
  return CURRENCY_SIGN[ctx.bid.quote.currency] + formatMoney(toYuan(valueInUnit, ctx.bid.quote.moneyUnit))
}
function words(ctx: PlaceholderContext, valueInUnit: number): string {
  return amountToWords(toYuan(valueInUnit, ctx.bid.quote.moneyUnit))
}
function days(n: number | null): string {
  return n == null ? '' : `${n}日历天`
}
const agent = (ctx: PlaceholderContext) => ctx.company.agents[ctx.agentIndex]

function def(zh: string, en: string, dzh: string, den: string, get: PlaceholderDef['get']): PlaceholderDef {
  return { zh, en, description: { zh: dzh, en: den }, get }
}

export const PLACEHOLDERS: readonly PlaceholderDef[] = [
  def('项目名称', 'projectName', '项目名称（投标项目标题）', 'project name (bid title)', (c) => c.bid.title),
  def('招标编号', 'tenderNo', '招标编号 / 项目编号', 'tender number', (c) => c.bid.tenderNo),
  def(
    '包号',
    'lot',
    '包号 / 标段（开标一览表所填，或第一个包）',
    'lot',
    (c) => c.bid.quote.openingSummary.lot || (c.bid.lots[0]?.no ?? ''),
  ),
  def('采购人', 'buyer', '采购人 / 招标人名称', 'buyer name', (c) => c.bid.buyer.name),
  def('代理机构', 'agency', '招标代理机构', 'procurement agency', (c) => c.bid.agency),
  def(
    '投标人名称',
    'bidderName',
    '投标人（我方公司）名称',
    'bidder (our company) name',
    (c) => c.company.name,
  ),
  def(
    '统一社会信用代码',
    'creditCode',
    '我方统一社会信用代码',
    'our unified social credit code',
    (c) => c.company.creditCode,
  ),
  def('法定代表人', 'legalRep', '我方法定代表人姓名', 'our legal representative', (c) => c.company.legalRep),
  def(
    '授权代表',
    'agentName',
    '授权代表（被授权人）姓名',
    'authorised agent name',
    (c) => agent(c)?.name ?? '',
  ),
  def(
    '授权代表身份证号',
    'agentIdNumber',
    '授权代表身份证号码',
    'authorised agent ID number',
    (c) => agent(c)?.idNumber ?? '',
  ),
  def(
    '授权代表电话',
    'agentPhone',
    '授权代表联系电话',
    'authorised agent phone',
    (c) => agent(c)?.phone ?? '',
  ),
  def('投标人地址', 'bidderAddress', '我方地址', 'our address', (c) => c.company.address),
  def('投标人电话', 'bidderPhone', '我方电话', 'our phone', (c) => c.company.phone),
  def('开户银行', 'bank', '开户银行', 'bank', (c) => c.company.bank),
  def('银行账号', 'bankAccount', '银行账号', 'bank account', (c) => c.company.bankAccount),
  def('币种', 'currency', '报价币种', 'currency', (c) => CURRENCY_NAME[c.bid.quote.currency]),
  def(
    '投标报价',
    'bidPrice',
    '投标报价（小写，元，如 ¥1,234,567.80）：开标一览表价格，无则投标函价格，无则报价合计',
    'bid price in figures (opening summary, else bid letter, else computed total)',
    (c) => money(c, bidPriceOf(c.bid.quote).value),
  ),
  def(
    '投标报价大写',
    'bidPriceWords',
    '投标报价大写（由小写金额自动生成）',
    'bid price in words, generated',
    (c) => words(c, bidPriceOf(c.bid.quote).value),
  ),
  def('报价合计', 'quoteTotal', '报价明细合计（Σ 数量 × 单价）', 'quote total, Σ qty × unit price', (c) =>
    money(c, computeQuote(c.bid.quote).total),
  ),
  def(
    '报价合计大写',
    'quoteTotalWords',
    '报价明细合计大写（自动生成）',
    'quote total in words, generated',
    (c) => words(c, computeQuote(c.bid.quote).total),
  ),
  def('税额合计', 'taxTotal', '税额合计', 'tax total', (c) => money(c, computeQuote(c.bid.quote).taxTotal)),
  def(
    '金额单位',
    'moneyUnit',
    '报价明细表的金额单位（元 / 万元）',
    'money unit of the quote table',
    (c) => c.bid.quote.moneyUnit,
  ),
  def(
    '开标备注',
    'openingNote',
    '开标一览表备注',
    'opening summary note',
    (c) => c.bid.quote.openingSummary.note,
  ),
  def('含税说明', 'taxNote', '报价是否含税', 'tax-inclusive or not', (c) =>
    c.bid.quote.taxIncluded ? '含税' : '不含税',
  ),
  def(
    '投标有效期',
    'validityPeriod',
    '投标有效期（如 90日历天）',
    'bid validity (e.g. 90 calendar days)',
    (c) => days(c.bid.quote.openingSummary.validityDays ?? c.bid.validityDays),
  ),
  def(
    '交货期',
    'deliveryPeriod',
    '交货期 / 工期',
    'delivery period',
    (c) => c.bid.quote.openingSummary.deliveryPeriod || days(c.bid.termsOffered.deliveryDays),
  ),
  def(
    '质保期',
    'warranty',
    '质保期',
    'warranty',
    (c) =>
      c.bid.quote.openingSummary.warranty ||
      (c.bid.termsOffered.warrantyMonths == null ? '' : `${c.bid.termsOffered.warrantyMonths}个月`),
  ),
  def('付款方式', 'paymentTerms', '付款方式', 'payment terms', (c) => c.bid.termsOffered.paymentTerms),
  def('投标保证金', 'bondAmount', '投标保证金金额', 'bid bond amount', (c) =>
    (c.bid.bond.paidAmount ?? c.bid.bond.required) == null
      ? ''
      : CURRENCY_SIGN.CNY + formatMoney((c.bid.bond.paidAmount ?? c.bid.bond.required) as number),
  ),
  def('递交截止时间', 'submissionDeadline', '投标截止时间', 'submission deadline', (c) =>
    formatDateTimeZh(c.bid.dates.submissionDeadline),
  ),
  def('开标时间', 'openingTime', '开标时间', 'opening time', (c) => formatDateTimeZh(c.bid.dates.opening)),
  def('日期', 'date', '签署日期（如 2026年3月5日）', 'signing date', (c) => formatDateZh(c.date)),
  def('正副本', 'copy', '正本 / 副本', 'original or copy', (c) => c.copy),
]

const BY_KEY = new Map<string, PlaceholderDef>()
for (const p of PLACEHOLDERS) {
  BY_KEY.set(p.zh, p)
  BY_KEY.set(p.en, p)
}

export function isKnownPlaceholder(key: string): boolean {
  return BY_KEY.has(key.trim())
}

export interface ResolveOptions {
  copy?: '正本' | '副本'
  /** YYYY-MM-DD; defaults to today (local time). */
  date?: string
  agentIndex?: number
}

/** Every placeholder value, under both its Chinese and its English key. */
export function resolvePlaceholders(
  bid: Bid,
  company: CompanyProfile,
  opts: ResolveOptions = {},
): Record<string, string> {
  const ctx: PlaceholderContext = {
    bid,
    company,
    copy: opts.copy ?? '正本',
    date: opts.date ?? localToday(),
    agentIndex: opts.agentIndex ?? 0,
  }
  const out: Record<string, string> = {}
  for (const p of PLACEHOLDERS) {
    const v = p.get(ctx)
    out[p.zh] = v
    out[p.en] = v
  }
  return out
}

function localToday(): string {
  const d = new Date()
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** `{{ key }}`: spaces inside the braces are tolerated, braces inside a key are not. */
export const PLACEHOLDER_RE = /\{\{\s*([^{}]+?)\s*\}\}/g

/** The distinct keys used in a text, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  const seen = new Set<string>()
  for (const m of text.matchAll(PLACEHOLDER_RE)) seen.add(m[1])
  return [...seen]
}

export interface FillResult {
  text: string
  /** Keys not in `values`: left in the text as written, so nobody misses them. */
  unknown: string[]
  /** Keys known but without a value (e.g. no credit code in the company profile): written as `blank`. */
  empty: string[]
}

/**
 * Replaces every `{{key}}`; `blank` stands in for an empty value so a printed form keeps a line to write on
 * (a function decides per key, e.g. table cells stay empty).
 */
export function fillPlaceholders(
  text: string,
  values: Record<string, string> | ((key: string) => string | undefined),
  blank: string | ((key: string) => string) = '________',
): FillResult {
  const unknown = new Set<string>()
  const empty = new Set<string>()
  const lookup =
    typeof values === 'function' ? values : (k: string) => (Object.hasOwn(values, k) ? values[k] : undefined)
  const filled = text.replace(PLACEHOLDER_RE, (whole, key: string) => {
    const v = lookup(key)
    if (v === undefined) {
      unknown.add(key)
      return whole
    }
    if (v === '') {
      const b = typeof blank === 'string' ? blank : blank(key)
      if (b !== '') empty.add(key)
      return b
    }
    return v
  })
  return { text: filled, unknown: [...unknown], empty: [...empty] }
}
