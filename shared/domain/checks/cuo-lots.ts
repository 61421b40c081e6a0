import { basisOf } from './basis'
import type { RuleContext } from './context'
import { fenOf, readWords, yuanText } from './money'
import { quoteTotalFen } from './quote-total'

/**
 * 多包: each lot we bid on is judged on its own — its 开标一览表 line present (L09), its words equal its
 * figures (E01, art. 59(二)), its price and its lines within its ceiling (E03, art. 59 unit prices), its
 * lines adding up to its price (E11), its own bond (L05).
 */
export function runLots(ctx: RuleContext): void {
  const { bid } = ctx
  const q = bid.quote
  const bidding = bid.lots.map((l, i) => ({ l, i })).filter((x) => x.l.bidding)
  // One lot (or none) is the whole bid: the whole-bid rules already judge it.
  if (bidding.length < 2 && !bidding.some((x) => x.l.price !== null || x.l.priceCeiling !== null)) return
  for (const { l, i } of bidding) {
    const name = { zh: `第${l.no || i + 1}包`, en: `lot ${l.no || i + 1}` }
    const at = (field: string) => ({ path: `lots.${i}.${field}`, itemId: l.id })
    const lines = q.items.filter((it) => it.lotId === l.id)
    const linesFen = lines.length
      ? quoteTotalFen(lines, q.rounding) * (q.moneyUnit === '万元' ? 10_000 : 1)
      : null
    const priceFen = l.price === null ? null : fenOf(l.price, q.moneyUnit)
    if (priceFen === null && bidding.length > 1)
      ctx.add({
        ruleId: 'L09',
        severity: '否决风险',
        ...at('price'),
        message: {
          zh: `${name.zh}的开标一览表未填写报价`,
          en: `The opening summary of ${name.en} has no price`,
        },
        fix: { zh: '按包分别填写开标一览表', en: 'Fill in the opening summary of each lot' },
        basis: basisOf(ctx, 'veto'),
      })
    if (priceFen !== null && l.priceWords.trim()) {
      const w = readWords(l.priceWords)
      if (!w.ok || w.fen !== priceFen)
        ctx.add({
          ruleId: 'E01',
          severity:
            w.ok && l.priceCeiling !== null && w.fen > fenOf(l.priceCeiling) ? '否决风险' : '失分风险',
          ...at('priceWords'),
          message: w.ok
            ? {
                zh: `${name.zh}大写金额为 ${yuanText(w.fen)} 元，小写为 ${yuanText(priceFen)} 元：评审时以大写为准修正，须经投标人确认`,
                en: `${name.en} says ${yuanText(w.fen)} in words, ${yuanText(priceFen)} in figures: the words prevail, to be confirmed by the bidder`,
              }
            : {
                zh: `${name.zh}的大写金额无法识别：${w.zh}`,
                en: `${name.en}: the amount in words cannot be read: ${w.en}`,
              },
          fix: { zh: '按小写金额重新生成大写金额', en: 'Regenerate the words from the figures' },
          basis: w.ok ? basisOf(ctx, 'correction') : basisOf(ctx, 'clarification'),
        })
    }
    const limit = l.priceCeiling ?? l.budget
    if (limit !== null) {
      const lim = fenOf(limit)
      for (const [fen, field, why] of [
        [priceFen, 'price', { zh: '报价', en: 'price' }],
        [
          linesFen,
          'price',
          { zh: '分项报价合计（以单价为准）', en: 'sum of its lines (unit prices prevail)' },
        ],
      ] as const) {
        if (fen === null || fen <= lim) continue
        ctx.add({
          ruleId: 'E03',
          severity: '否决风险',
          ...at(field),
          discriminator: why.en,
          message: {
            zh: `${name.zh}${why.zh} ${yuanText(fen)} 元超过该包${l.priceCeiling !== null ? '最高限价' : '预算'} ${yuanText(lim)} 元`,
            en: `The ${why.en} of ${name.en}, ${yuanText(fen)}, is above its ${l.priceCeiling !== null ? 'ceiling' : 'budget'} ${yuanText(lim)}`,
          },
          fix: { zh: '各包报价不得超过该包最高限价', en: "Each lot's price must stay within its ceiling" },
          basis: basisOf(ctx, 'veto'),
        })
        break
      }
    }
    if (priceFen !== null && linesFen !== null && linesFen !== priceFen)
      ctx.add({
        ruleId: 'E11',
        severity: ctx.law === '政府采购' ? '失分风险' : '否决风险',
        ...at('price'),
        discriminator: 'lines',
        message: {
          zh: `${name.zh}开标一览表报价 ${yuanText(priceFen)} 元，该包分项报价合计 ${yuanText(linesFen)} 元`,
          en: `${name.en}: the opening summary says ${yuanText(priceFen)}, its lines add up to ${yuanText(linesFen)}`,
        },
        fix: { zh: '同一包只能有一个报价', en: 'One lot has one price' },
        basis: ctx.law === '政府采购' ? basisOf(ctx, 'correction') : basisOf(ctx, 'veto'),
      })
    if (l.bondRequired !== null && l.bondRequired > 0 && (l.bondPaid === null || l.bondPaid < l.bondRequired))
      ctx.add({
        ruleId: 'L05',
        severity: '否决风险',
        ...at('bondPaid'),
        message: {
          zh: `${name.zh}保证金应缴 ${l.bondRequired} 元，已缴 ${l.bondPaid ?? 0} 元`,
          en: `${name.en}: bond ${l.bondRequired} required, ${l.bondPaid ?? 0} paid`,
        },
        fix: { zh: '按包缴纳投标保证金', en: 'Pay the bond of each lot' },
        basis: basisOf(ctx, 'veto'),
      })
  }
}
