import { basisOf } from './basis'
import { type RuleContext, vetoBasis } from './context'
import { quoteTotalFen } from './quote-total'

/**
 * 不错, the money rules: E02, E05, E11 (E01, E03, E04 are in cuo-correction.ts, E12 in cuo-tax.ts). Money is compared in
 * integer 分, never as floats.
 */

const fen = (yuan: number) => Math.round(yuan * 100)
const yuan = (f: number) => (f / 100).toFixed(2)

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
      zh: `报价合计写为 ${yuan(stated)} ${q.moneyUnit}，按数量×单价计算应为 ${yuan(declared)} ${q.moneyUnit}（评审时以单价为准修正，须经投标人确认）`,
      en: `The stated total is ${yuan(stated)} but quantity × unit price gives ${yuan(declared)} (${q.moneyUnit}; the unit prices prevail and the bidder must confirm the correction)`,
    },
    fix: {
      zh: '更正合计（评审时以单价计算结果为准）',
      en: 'Correct the total (evaluation follows the unit prices)',
    },
    basis: basisOf(ctx, 'correction'),
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
  // 政府采购: art. 59(一) corrects every other form to the 开标一览表 (the bidder confirms); 招标投标:
  // 实施条例 art. 51(四) rejects a bid with two prices.
  const gov = ctx.law === '政府采购'
  for (const p of prices.slice(1)) {
    if (fen(p.v) === fen(ref.v)) continue
    ctx.add({
      ruleId: 'E11',
      severity: gov ? '失分风险' : '否决风险',
      path: p.path,
      message: {
        zh:
          `${p.form.zh}报价 ${yuan(fen(p.v))} ${q.moneyUnit}与${ref.form.zh} ${yuan(fen(ref.v))} ${q.moneyUnit}不一致` +
          (gov ? `，评审时以${ref.form.zh}为准修正，须经投标人确认` : '，视为两个报价'),
        en:
          `The ${p.form.en} price ${yuan(fen(p.v))} differs from the ${ref.form.en} price ${yuan(fen(ref.v))}` +
          (gov ? `; it is corrected to the ${ref.form.en}, which the bidder must confirm` : ': two prices'),
      },
      fix: {
        zh: '同一标包只能有一个报价，统一各处金额',
        en: 'One lot has one price: make them all the same',
      },
      basis: gov ? basisOf(ctx, 'correction') : vetoBasis(ctx.law),
    })
  }
}

export function runCuoPrice(ctx: RuleContext): void {
  e02(ctx)
  e05(ctx)
  e11(ctx)
}
