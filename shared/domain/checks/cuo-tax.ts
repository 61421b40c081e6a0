import { basisOf } from './basis'
import { readings } from './bid-texts'
import type { RuleContext } from './context'
import { priceTextFields } from './fields'
import { bidPricesFen } from './cuo-words'
import { fenOf, yuanText } from './money'
import { disagrees } from './read/prices'

/**
 * E12, tax and currency across the bid: every rate a form states ("含 9% 增值税", "增值税税率为13%") against
 * the rates of the quote lines, and both against the rate the tender requires; another currency named in
 * the price part. E11 across documents: a price a form writes out against the quote's price.
 */

const CURRENCIES: { code: string; re: RegExp }[] = [
  { code: 'CNY', re: /人民币|CNY|RMB|[¥￥]/u },
  { code: 'USD', re: /美元|USD|US\$/u },
  { code: 'EUR', re: /欧元|EUR|€/u },
  { code: 'HKD', re: /港币|港元|HKD|HK\$/u },
]

const pct = (xs: Iterable<number>) => [...xs].map((x) => `${x}%`).join('、')

function currency(ctx: RuleContext): void {
  const q = ctx.bid.quote
  for (const f of priceTextFields(ctx)) {
    const foreign = CURRENCIES.find((c) => c.code !== q.currency && c.re.test(f.text))
    if (!foreign) continue
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
      basis: basisOf(ctx, 'form'),
    })
  }
}

function tax(ctx: RuleContext): void {
  const { bid } = ctx
  const lineRates = new Set(bid.quote.items.map((i) => i.taxRate))
  const required = new Set(bid.tax.requiredRates)
  const voids = bid.tax.wrongRateVoids
  const severity = voids ? ('否决风险' as const) : ('失分风险' as const)
  const basis = voids ? `${basisOf(ctx, 'veto')}（招标文件无效投标条款）` : basisOf(ctx, 'form')
  if (required.size > 0)
    bid.quote.items.forEach((it, i) => {
      if (required.has(it.taxRate)) return
      ctx.add({
        ruleId: 'E12',
        severity,
        path: `quote.items.${i}.taxRate`,
        itemId: it.id,
        discriminator: `required:${it.taxRate}`,
        message: {
          zh: `“${it.name || `第${i + 1}行`}”税率 ${it.taxRate}%，招标文件要求 ${pct(required)}`,
          en: `"${it.name || `line ${i + 1}`}" is at ${it.taxRate} % but the tender requires ${pct(required)}`,
        },
        fix: { zh: '按招标文件要求的税率报价', en: 'Quote at the rate the tender requires' },
        basis,
      })
    })
  for (const { f, r } of readings(ctx)) {
    for (const t of r.taxRates) {
      const offLines = lineRates.size > 0 && !lineRates.has(t.rate)
      const offRequired = required.size > 0 && !required.has(t.rate)
      if (!offLines && !offRequired) continue
      ctx.add({
        ruleId: 'E12',
        severity: offRequired ? severity : '失分风险',
        path: f.path,
        ...(f.itemId ? { itemId: f.itemId } : {}),
        discriminator: `tax:${t.rate}`,
        message: offRequired
          ? {
              zh: `文中税率 ${t.rate}% 与招标文件要求的税率（${pct(required)}）不一致`,
              en: `Tax rate ${t.rate} % in the text differs from the rate the tender requires (${pct(required)})`,
            }
          : {
              zh: `文中税率 ${t.rate}% 与报价明细的税率（${pct(lineRates)}）不一致`,
              en: `Tax rate ${t.rate} % in the text differs from the quote lines (${[...lineRates].map((x) => `${x} %`).join(', ')})`,
            },
        fix: { zh: '统一税率', en: 'Use the same tax rate' },
        basis: offRequired ? basis : basisOf(ctx, 'form'),
      })
    }
  }
}

/** E11: a total price written out in a form (figures or words) must be the quote's price. */
function writtenPrices(ctx: RuleContext): void {
  const q = ctx.bid.quote
  const prices = [q.openingSummary.price, q.bidLetterPrice, q.statedTotal].filter(
    (v): v is number => v !== null,
  )
  if (prices.length === 0) return
  const ours = new Set(bidPricesFen(ctx))
  const ref = fenOf(prices[0], q.moneyUnit)
  for (const { f, r, title } of readings(ctx)) {
    if (f.base !== 'sections') continue
    for (const p of r.prices) {
      // Words and figures of one statement that disagree are E01's (corrected to the words, art. 59(二)).
      if (ours.has(p.fen) || disagrees(p)) continue
      ctx.add({
        ruleId: 'E11',
        severity: ctx.law === '政府采购' ? '失分风险' : '否决风险',
        path: f.path,
        ...(f.itemId ? { itemId: f.itemId } : {}),
        discriminator: `written:${p.fen}`,
        message: {
          zh: `“${title}”中的报价${p.words ? '（大写）' : ''}为 ${yuanText(p.fen)} 元，与报价 ${yuanText(ref)} 元不一致`,
          en: `"${title}" states a price of ${yuanText(p.fen)}${p.words ? ' in words' : ''}, not the quote's ${yuanText(ref)}`,
        },
        fix: {
          zh: '同一标包只能有一个报价，统一各处金额',
          en: 'One lot has one price: make them all the same',
        },
        basis: ctx.law === '政府采购' ? basisOf(ctx, 'correction') : basisOf(ctx, 'veto'),
      })
    }
  }
}

export function runTax(ctx: RuleContext): void {
  currency(ctx)
  tax(ctx)
  writtenPrices(ctx)
}
