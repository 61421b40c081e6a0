import { basisOf } from './basis'
import type { RuleContext } from './context'
import type { Bid } from '@shared/schemas'
import type { Bilingual } from './types'
import { e01Field, type Limit } from './cuo-words'
import { fenOf, yuanText } from './money'
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
    // E01 as for the whole bid (one decision, cuo-words.ts), against this lot's own ceiling or budget.
    e01Field(ctx, {
      form: { zh: `${name.zh}开标一览表`, en: `opening summary of ${name.en}` },
      figuresFen: priceFen,
      figuresPath: `lots.${i}.price`,
      words: l.priceWords,
      wordsPath: `lots.${i}.priceWords`,
      itemId: l.id,
      limits: lotLimits(l, name),
      missing: false,
    })
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

/** A lot's own ceiling and budget, named as the lot's (E01 and E03 judge a lot's price against them). */
export function lotLimits(l: Bid['lots'][number], name: Bilingual): Limit[] {
  const out: Limit[] = []
  if (l.priceCeiling !== null)
    out.push({ name: { zh: `${name.zh}最高限价`, en: `ceiling of ${name.en}` }, fen: fenOf(l.priceCeiling) })
  if (l.budget !== null)
    out.push({ name: { zh: `${name.zh}预算`, en: `budget of ${name.en}` }, fen: fenOf(l.budget) })
  return out
}
