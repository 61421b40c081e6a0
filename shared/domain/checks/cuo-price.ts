import { parseAmountWords } from '../amount'
import { type RuleContext, vetoBasis } from './context'
import { priceTextFields } from './fields'

/** 不错, the money rules: E01–E05, E11, E12. Money is compared in integer 分, never as floats. */

const fen = (yuan: number) => Math.round(yuan * 100)
const yuan = (f: number) => (f / 100).toFixed(2)

/** 87号令 art. 59 settles words-vs-figures and total-vs-lines in government procurement. */
function correctionBasis(ctx: RuleContext): { basis?: string } {
  return ctx.law === '政府采购' ? { basis: '87号令第59条' } : {}
}

function e01(ctx: RuleContext): void {
  const q = ctx.bid.quote
  const pairs = [
    {
      form: '投标函',
      fig: q.bidLetterPrice,
      words: q.bidLetterPriceWords,
      figPath: 'quote.bidLetterPrice',
      wordsPath: 'quote.bidLetterPriceWords',
    },
    {
      form: '开标一览表',
      fig: q.openingSummary.price,
      words: q.openingSummary.priceWords,
      figPath: 'quote.openingSummary.price',
      wordsPath: 'quote.openingSummary.priceWords',
    },
  ]
  for (const p of pairs) {
    const words = p.words.trim()
    if (words === '' && p.fig === null) continue
    if (words === '' || p.fig === null) {
      ctx.add({
        ruleId: 'E01',
        severity: '失分风险',
        path: words === '' ? p.wordsPath : p.figPath,
        message:
          words === ''
            ? { zh: `${p.form}的报价缺少大写金额`, en: `The ${p.form} price has no amount in words` }
            : {
                zh: `${p.form}写了大写金额但缺少小写金额`,
                en: `The ${p.form} has the amount in words but no figures`,
              },
        fix: { zh: '大写与小写金额应同时填写且一致', en: 'Give the amount both in words and in figures' },
      })
      continue
    }
    const parsed = parseAmountWords(words)
    if (!parsed.ok) {
      ctx.add({
        ruleId: 'E01',
        severity: '否决风险',
        path: p.wordsPath,
        message: {
          zh: `${p.form}的大写金额“${words}”无法识别：${parsed.error.zh}`,
          en: `The ${p.form} amount in words "${words}" is malformed: ${parsed.error.en}`,
        },
        fix: { zh: '按小写金额重新生成大写金额', en: 'Regenerate the words from the figures' },
        ...correctionBasis(ctx),
      })
      continue
    }
    if (parsed.fen === fen(p.fig)) continue
    ctx.add({
      ruleId: 'E01',
      severity: '否决风险',
      path: p.wordsPath,
      message: {
        zh: `${p.form}大写金额为 ${yuan(parsed.fen)} 元，小写为 ${yuan(fen(p.fig))} 元，二者不一致（评审时以大写为准）`,
        en: `The ${p.form} says ${yuan(parsed.fen)} in words but ${yuan(fen(p.fig))} in figures (the words prevail in evaluation)`,
      },
      fix: {
        zh: '按小写金额重新生成大写金额并复核',
        en: 'Regenerate the words from the figures and re-check',
      },
      ...correctionBasis(ctx),
    })
  }
}

/** Σ qty × unit price in 分, rounding each line or only the sum. */
export function quoteTotalFen(
  items: { qty: number; unitPrice: number }[],
  rounding: 'line' | 'total',
): number {
  let sum = 0
  for (const it of items) {
    // qty may be fractional (3.5 吨); clear binary noise before rounding half up.
    const exact = Math.round(it.qty * fen(it.unitPrice) * 1e6) / 1e6
    sum += rounding === 'line' ? Math.round(exact) : exact
  }
  return Math.round(Math.round(sum * 1e6) / 1e6)
}

function e02(ctx: RuleContext): void {
  const q = ctx.bid.quote
  if (q.items.length === 0 || q.statedTotal === null) return
  const stated = fen(q.statedTotal)
  const declared = quoteTotalFen(q.items, q.rounding)
  if (stated === declared) return
  const otherMode = q.rounding === 'line' ? 'total' : 'line'
  if (quoteTotalFen(q.items, otherMode) === stated) {
    ctx.add({
      ruleId: 'E02',
      severity: '提示',
      path: 'quote.rounding',
      message: {
        zh: `报价合计按“${otherMode === 'line' ? '逐行取整' : '合计取整'}”计算，但报价声明为“${q.rounding === 'line' ? '逐行取整' : '合计取整'}”`,
        en: `The total is rounded ${otherMode === 'line' ? 'per line' : 'on the sum'}, but the quote states ${q.rounding === 'line' ? 'per line' : 'on the sum'}`,
      },
      fix: { zh: '统一取整方式', en: 'State the rounding actually used' },
    })
    return
  }
  ctx.add({
    ruleId: 'E02',
    severity: '失分风险',
    path: 'quote.statedTotal',
    message: {
      zh: `报价合计写为 ${yuan(stated)} 元，按数量×单价计算应为 ${yuan(declared)} 元`,
      en: `The stated total is ${yuan(stated)} but quantity × unit price gives ${yuan(declared)}`,
    },
    fix: {
      zh: '更正合计（评审时以单价计算结果为准）',
      en: 'Correct the total (evaluation follows the unit prices)',
    },
    ...correctionBasis(ctx),
  })
}

/** The price the buyer reads: 开标一览表 first, then 投标函, then the quote. */
export function ourPrice(ctx: RuleContext): { value: number; path: string } | null {
  const q = ctx.bid.quote
  if (q.openingSummary.price !== null)
    return { value: q.openingSummary.price, path: 'quote.openingSummary.price' }
  if (q.bidLetterPrice !== null) return { value: q.bidLetterPrice, path: 'quote.bidLetterPrice' }
  if (q.statedTotal !== null) return { value: q.statedTotal, path: 'quote.statedTotal' }
  if (q.items.length > 0) return { value: quoteTotalFen(q.items, q.rounding) / 100, path: 'quote.items' }
  return null
}

function e03e04(ctx: RuleContext): void {
  const { bid, cfg } = ctx
  const price = ourPrice(ctx)
  if (!price) return
  const p = fen(price.value)
  const limits = [
    { name: { zh: '最高限价', en: 'price ceiling' }, v: bid.priceCeiling },
    { name: { zh: '预算', en: 'budget' }, v: bid.budget },
  ].filter((l): l is { name: { zh: string; en: string }; v: number } => l.v !== null)
  const over = limits.find((l) => p > fen(l.v))
  if (over)
    ctx.add({
      ruleId: 'E03',
      severity: '否决风险',
      path: price.path,
      message: {
        zh: `报价 ${yuan(p)} 元超过${over.name.zh} ${yuan(fen(over.v))} 元`,
        en: `Price ${yuan(p)} is above the ${over.name.en} ${yuan(fen(over.v))}`,
      },
      fix: { zh: '报价不得超过最高限价或预算', en: 'The price must not exceed the ceiling or budget' },
      basis: vetoBasis(ctx.law),
    })
  if (over || bid.quote.costJustification.trim() !== '') return
  const limit = limits[0]
  const belowLimit = limit !== undefined && p < Math.round(fen(limit.v) * cfg.lowPriceShareOfCeiling)
  const rivals = (ctx.matrix?.bidders ?? []).filter((b) => !b.isUs && b.price.likely !== null)
  const avg = rivals.length ? rivals.reduce((s, b) => s + fen(b.price.likely!), 0) / rivals.length : null
  const belowAvg = avg !== null && p < Math.round(avg * cfg.lowPriceShareOfCompetitorAvg)
  if (!belowLimit && !belowAvg) return
  const why = belowLimit
    ? {
        zh: `低于${limit.name.zh}的 ${Math.round(cfg.lowPriceShareOfCeiling * 100)}%`,
        en: `below ${Math.round(cfg.lowPriceShareOfCeiling * 100)} % of the ${limit.name.en}`,
      }
    : {
        zh: `低于竞争对手预估均价 ${yuan(Math.round(avg!))} 元的 ${Math.round(cfg.lowPriceShareOfCompetitorAvg * 100)}%`,
        en: `below ${Math.round(cfg.lowPriceShareOfCompetitorAvg * 100)} % of the competitors' expected average ${yuan(Math.round(avg!))}`,
      }
  ctx.add({
    ruleId: 'E04',
    severity: '失分风险',
    path: 'quote.costJustification',
    message: {
      zh: `报价 ${yuan(p)} 元${why.zh}，可能被认定为异常低价，尚无成本说明`,
      en: `Price ${yuan(p)} is ${why.en}: it may be judged abnormally low and there is no cost justification`,
    },
    fix: {
      zh: '准备成本构成说明及证明材料，以备评标委员会要求时提供',
      en: 'Prepare a cost breakdown with evidence in case the committee asks for it',
    },
    basis: ctx.law === '政府采购' ? '87号令第60条' : '实施条例第51条',
  })
}

function e05(ctx: RuleContext): void {
  const { bid } = ctx
  const req = bid.validityDaysRequired
  if (req === null) return
  const basis = vetoBasis(ctx.law)
  const fix = { zh: `投标有效期应不少于 ${req} 天`, en: `The validity must be at least ${req} days` }
  const stated = [
    { v: bid.validityDays, path: 'validityDays', zh: '投标文件', en: 'the bid' },
    {
      v: bid.quote.openingSummary.validityDays,
      path: 'quote.openingSummary.validityDays',
      zh: '开标一览表',
      en: 'the opening summary',
    },
  ]
  if (stated.every((s) => s.v === null)) {
    ctx.add({
      ruleId: 'E05',
      severity: '否决风险',
      path: 'validityDays',
      message: {
        zh: `未填写投标有效期（要求 ${req} 天）`,
        en: `No validity period stated (${req} days required)`,
      },
      fix,
      basis,
    })
    return
  }
  for (const s of stated)
    if (s.v !== null && s.v < req)
      ctx.add({
        ruleId: 'E05',
        severity: '否决风险',
        path: s.path,
        message: {
          zh: `${s.zh}的投标有效期 ${s.v} 天短于要求的 ${req} 天`,
          en: `Validity in ${s.en} is ${s.v} days, shorter than the required ${req}`,
        },
        fix,
        basis,
      })
}

function e11(ctx: RuleContext): void {
  const q = ctx.bid.quote
  const prices = [
    {
      form: { zh: '开标一览表', en: 'opening summary' },
      v: q.openingSummary.price,
      path: 'quote.openingSummary.price',
    },
    { form: { zh: '投标函', en: 'bid letter' }, v: q.bidLetterPrice, path: 'quote.bidLetterPrice' },
    { form: { zh: '报价表', en: 'price schedule' }, v: q.statedTotal, path: 'quote.statedTotal' },
  ].filter((p): p is typeof p & { v: number } => p.v !== null)
  if (prices.length < 2) return
  const ref = prices[0]
  for (const p of prices.slice(1)) {
    if (fen(p.v) === fen(ref.v)) continue
    ctx.add({
      ruleId: 'E11',
      severity: '否决风险',
      path: p.path,
      message: {
        zh: `${p.form.zh}报价 ${yuan(fen(p.v))} 元与${ref.form.zh} ${yuan(fen(ref.v))} 元不一致`,
        en: `The ${p.form.en} price ${yuan(fen(p.v))} differs from the ${ref.form.en} price ${yuan(fen(ref.v))}`,
      },
      fix: {
        zh: '同一标包只能有一个报价，统一各处金额',
        en: 'One lot has one price: make them all the same',
      },
      basis: vetoBasis(ctx.law),
    })
  }
}

const CURRENCIES: { code: string; re: RegExp }[] = [
  { code: 'CNY', re: /人民币|CNY|RMB|[¥￥]/u },
  { code: 'USD', re: /美元|USD|US\$/u },
  { code: 'EUR', re: /欧元|EUR|€/u },
  { code: 'HKD', re: /港币|港元|HKD|HK\$/u },
]
const TAX_RATE_RE = /税率\s*(?:为|[:：])?\s*(\d+(?:\.\d+)?)\s*[%％]/gu

function e12(ctx: RuleContext): void {
  const q = ctx.bid.quote
  const rates = new Set(q.items.map((i) => i.taxRate))
  for (const f of priceTextFields(ctx)) {
    const foreign = CURRENCIES.find((c) => c.code !== q.currency && c.re.test(f.text))
    if (foreign)
      ctx.add({
        ruleId: 'E12',
        severity: '失分风险',
        path: f.path,
        ...(f.itemId ? { itemId: f.itemId } : {}),
        discriminator: `currency:${foreign.code}`,
        message: {
          zh: `报价币种为 ${q.currency}，此处出现 ${foreign.code}`,
          en: `The quote is in ${q.currency} but this text names ${foreign.code}`,
        },
        fix: { zh: '统一币种', en: 'Use one currency' },
      })
    if (rates.size === 0) continue
    TAX_RATE_RE.lastIndex = 0
    for (let m = TAX_RATE_RE.exec(f.text); m; m = TAX_RATE_RE.exec(f.text)) {
      const r = Number(m[1])
      if (rates.has(r)) continue
      ctx.add({
        ruleId: 'E12',
        severity: '失分风险',
        path: f.path,
        ...(f.itemId ? { itemId: f.itemId } : {}),
        discriminator: `tax:${r}`,
        message: {
          zh: `文中税率 ${r}% 与报价明细的税率（${[...rates].map((x) => x + '%').join('、')}）不一致`,
          en: `Tax rate ${r} % in the text differs from the quote lines (${[...rates].map((x) => x + ' %').join(', ')})`,
        },
        fix: { zh: '统一税率', en: 'Use the same tax rate' },
      })
    }
  }
}

export function runCuoPrice(ctx: RuleContext): void {
  e01(ctx)
  e02(ctx)
  e03e04(ctx)
  e05(ctx)
  e11(ctx)
  e12(ctx)
}
