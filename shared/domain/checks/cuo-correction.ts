import { basisOf } from './basis'
import type { RuleContext } from './context'
import { e01Field, e01Texts, limits } from './cuo-words'
import { evaluatedPrices, ourPriceFen, priceStatements, yuanText } from './money'

/**
 * 不错, the price as the committee corrects and judges it (87号令 art. 59, 60, 63; under 招标投标:
 * 评标委员会和评标方法暂行规定 art. 19, 21): E01 words vs figures, E03 ceiling, E04 abnormally low price.
 */

/**
 * E01 on the quote fields. Under art. 59(二) the 大写 prevails: a mismatch is a correction the bidder must confirm
 * in writing (not confirming makes the bid invalid), so it is 失分风险; 否决风险 only when the corrected price is
 * above the ceiling or budget, which no confirmation can save (wordsVerdict).
 */
function e01(ctx: RuleContext): void {
  for (const p of priceStatements(ctx.bid.quote)) e01Field(ctx, { ...p, missing: true })
}

/** E03: the price, and every price the art. 59 corrections could make of it, within the ceiling. */
function e03(ctx: RuleContext): boolean {
  const lim = limits(ctx)
  if (lim.length === 0) return false
  let any = false
  for (const c of evaluatedPrices(ctx)) {
    const over = lim.find((l) => c.fen > l.fen)
    if (!over) continue
    any = true
    const corrected = c.path !== ourPriceFen(ctx)?.path
    ctx.add({
      ruleId: 'E03',
      severity: '否决风险',
      path: c.path,
      discriminator: c.path,
      message: {
        zh: `${c.why.zh} ${yuanText(c.fen)} 元超过${over.name.zh} ${yuanText(over.fen)} 元`,
        en: `${c.why.en} ${yuanText(c.fen)} is above the ${over.name.en} ${yuanText(over.fen)}`,
      },
      fix: corrected
        ? {
            zh: '修正后的报价同样不得超过最高限价：核对单价、数量与大写金额',
            en: 'The corrected price must stay within the ceiling too: check unit prices, quantities and words',
          }
        : { zh: '报价不得超过最高限价或预算', en: 'The price must not exceed the ceiling or budget' },
      basis: corrected ? `${basisOf(ctx, 'correction')}、${basisOf(ctx, 'veto')}` : basisOf(ctx, 'veto'),
    })
  }
  return any
}

/**
 * E04 (art. 60): a price far below the others is not invalid by itself; the committee asks for a written
 * 说明 on the spot and only a bidder who cannot justify it is rejected. So: a 提示 to prepare the 说明.
 */
function e04(ctx: RuleContext): void {
  const { bid, cfg } = ctx
  const price = ourPriceFen(ctx)
  if (!price || bid.quote.costJustification.trim() !== '') return
  const p = price.fen
  const limit = limits(ctx)[0]
  const belowLimit = limit !== undefined && p < Math.round(limit.fen * cfg.lowPriceShareOfCeiling)
  const rivals = (ctx.matrix?.bidders ?? []).filter((b) => !b.isUs && b.price.likely !== null)
  const avg = rivals.length
    ? rivals.reduce((s, b) => s + Math.round(b.price.likely! * 100), 0) / rivals.length
    : null
  const belowAvg = avg !== null && p < Math.round(avg * cfg.lowPriceShareOfCompetitorAvg)
  if (!belowLimit && !belowAvg) return
  const why = belowLimit
    ? {
        zh: `低于${limit.name.zh}的 ${Math.round(cfg.lowPriceShareOfCeiling * 100)}%`,
        en: `below ${Math.round(cfg.lowPriceShareOfCeiling * 100)} % of the ${limit.name.en}`,
      }
    : {
        zh: `低于竞争对手预估均价 ${yuanText(Math.round(avg!))} 元的 ${Math.round(cfg.lowPriceShareOfCompetitorAvg * 100)}%`,
        en: `below ${Math.round(cfg.lowPriceShareOfCompetitorAvg * 100)} % of the competitors' expected average ${yuanText(Math.round(avg!))}`,
      }
  ctx.add({
    ruleId: 'E04',
    severity: '提示',
    path: 'quote.costJustification',
    message: {
      zh: `报价 ${yuanText(p)} 元${why.zh}，评标委员会可能认定为明显低于其他报价，要求在合理时间内提供书面说明及证明材料；不能证明报价合理性的，投标无效`,
      en: `Price ${yuanText(p)} is ${why.en}: the committee may find it abnormally low and ask for a written justification with evidence on the spot; a bidder who cannot justify it is rejected`,
    },
    fix: {
      zh: '准备成本构成说明及证明材料（报价说明），以备评标委员会当场要求时提供',
      en: 'Prepare the cost breakdown with evidence (the 说明) in case the committee asks for it',
    },
    basis: basisOf(ctx, 'lowPrice'),
  })
}

export function runCorrection(ctx: RuleContext): void {
  e01(ctx)
  e01Texts(ctx)
  if (!e03(ctx)) e04(ctx)
}
