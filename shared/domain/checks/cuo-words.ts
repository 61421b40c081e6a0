import { basisOf } from './basis'
import { readings } from './bid-texts'
import { type NewFinding, type RuleContext, vetoBasis } from './context'
import { fenOf, priceStatements, readWords, yuanText } from './money'
import { amountPairsIn } from './read/amount-pairs'
import { disagrees, type PriceMention } from './read/prices'
import { textTablePairs } from './read/table-prices'
import { bidTextFields, type TextField } from './fields'
import type { Bilingual } from './types'

/**
 * E01, the one rule for 大写 vs 小写 wherever they are written: the quote fields, a form's text ("投标总价：
 * ¥3,756,000.00元（大写：叁佰柒拾伍万元整）") and a buyer's form printed in the bid. 87号令 art. 59(二) (招标投标:
 * 评标委员会和评标方法暂行规定 art. 19) corrects the statement to its words and the bidder must confirm it: a
 * correction (失分风险). It is 否决风险 when the corrected price is above the ceiling or budget (no confirmation saves
 * it), and under 招标投标 when the corrected price is no longer the bid's price (two prices, 实施条例 art. 51(四));
 * under 87号令 art. 59(一) corrects that second difference to the 开标一览表, so it stays a correction there.
 * The "one price" rules (E11, P01) leave a disagreeing pair to this rule, so one mistake is one finding.
 */

export interface Limit {
  name: Bilingual
  fen: number
}

export function limits(ctx: RuleContext): Limit[] {
  const { bid } = ctx
  const out: Limit[] = []
  if (bid.priceCeiling !== null)
    out.push({ name: { zh: '最高限价', en: 'price ceiling' }, fen: Math.round(bid.priceCeiling * 100) })
  if (bid.budget !== null) out.push({ name: { zh: '预算', en: 'budget' }, fen: Math.round(bid.budget * 100) })
  return out
}

/** Every price the bid states in its quote fields (with lots, each lot's price too), in 分 of yuan. */
export function bidPricesFen(ctx: RuleContext): number[] {
  const q = ctx.bid.quote
  const out = [q.openingSummary.price, q.bidLetterPrice, q.statedTotal]
    .filter((v): v is number => v !== null)
    .map((v) => fenOf(v, q.moneyUnit))
  for (const l of ctx.bid.lots) if (l.price !== null) out.push(fenOf(l.price, q.moneyUnit))
  return [...new Set(out)]
}

export interface WordsFigures {
  /** The form as the message names it: "投标函", "“第一章 投标函”". */
  form: Bilingual
  wordsFen: number
  figuresFen: number
  /** The bid's prices the corrected price must be one of, when the form is not the quote field itself. */
  stated?: number[]
  /** The ceilings the corrected price must stay within: the bid's (default), or a lot's own. */
  limits?: Limit[]
}

type Verdict = Pick<NewFinding, 'severity' | 'message' | 'fix' | 'basis'>

/** What E01 says of one words/figures statement that disagrees. */
export function wordsVerdict(ctx: RuleContext, s: WordsFigures): Verdict {
  const w = yuanText(s.wordsFen)
  const over = (s.limits ?? limits(ctx)).find((l) => s.wordsFen > l.fen)
  // The bid's price the statement meant: its figures when they are one of them (a lot's row states the lot's price).
  const meant = s.stated?.includes(s.figuresFen) ? s.figuresFen : (s.stated?.[0] ?? null)
  const ref = s.stated?.length && !s.stated.includes(s.wordsFen) ? meant : null
  const gov = ctx.law === '政府采购'
  const twoPrices = ref !== null && !gov
  const offZh =
    ref === null
      ? ''
      : gov
        ? `；修正后与报价 ${yuanText(ref)} 元不一致，再以开标一览表为准修正（第59条（一）），同样须经确认`
        : `；修正后与报价 ${yuanText(ref)} 元不一致，视为两个报价`
  const offEn =
    ref === null
      ? ''
      : gov
        ? `; the corrected price is not the bid's ${yuanText(ref)} either, so it is corrected again to the opening summary (art. 59(一)), also to be confirmed`
        : `; the corrected price is not the bid's ${yuanText(ref)}: two prices`
  return {
    severity: over || twoPrices ? '否决风险' : '失分风险',
    message: {
      zh:
        `${s.form.zh}大写金额为 ${w} 元，小写为 ${yuanText(s.figuresFen)} 元，二者不一致：` +
        `评审时以大写为准修正为 ${w} 元，须经投标人书面确认，不确认的投标无效` +
        (over ? `；修正后的报价超过${over.name.zh} ${yuanText(over.fen)} 元` : '') +
        offZh,
      en:
        `The ${s.form.en} says ${w} in words but ${yuanText(s.figuresFen)} in figures: ` +
        `the words prevail, so the price is corrected to ${w} and the bidder must confirm it in writing or the bid is invalid` +
        (over ? `; the corrected price is above the ${over.name.en} ${yuanText(over.fen)}` : '') +
        offEn,
    },
    fix: { zh: '按小写金额重新生成大写金额并复核', en: 'Regenerate the words from the figures and re-check' },
    basis: [
      basisOf(ctx, 'correction'),
      ...(over ? [basisOf(ctx, 'veto')] : twoPrices ? [vetoBasis(ctx.law)] : []),
    ].join('、'),
  }
}

/** A price a form field states in figures and in words (the 投标函, the 开标一览表, one lot's 开标一览表 line). */
export interface WordsField {
  form: Bilingual
  figuresFen: number | null
  figuresPath: string
  words: string
  wordsPath: string
  itemId?: string
  /** The ceilings of this price (a lot's own); the bid's by default. */
  limits?: Limit[]
  /** Report a price given only in figures or only in words (a lot's 大写 is printed from its figures when empty). */
  missing: boolean
}

/**
 * E01 on one price field: the words unreadable (the committee can only ask for a clarification), or disagreeing
 * with the figures (wordsVerdict). The one decision for the whole bid's fields and for each lot's.
 */
export function e01Field(ctx: RuleContext, p: WordsField): void {
  const words = p.words.trim()
  const at = { path: p.wordsPath, ...(p.itemId ? { itemId: p.itemId } : {}) }
  if (words === '' && p.figuresFen === null) return
  if (words === '' || p.figuresFen === null) {
    if (!p.missing) return
    ctx.add({
      ruleId: 'E01',
      severity: '失分风险',
      ...at,
      path: words === '' ? p.wordsPath : p.figuresPath,
      message:
        words === ''
          ? { zh: `${p.form.zh}的报价缺少大写金额`, en: `The ${p.form.en} price has no amount in words` }
          : {
              zh: `${p.form.zh}写了大写金额但缺少小写金额`,
              en: `The ${p.form.en} has the amount in words but no figures`,
            },
      fix: { zh: '大写与小写金额应同时填写且一致', en: 'Give the amount both in words and in figures' },
      basis: basisOf(ctx, 'form'),
    })
    return
  }
  const w = readWords(words)
  if (!w.ok) {
    ctx.add({
      ruleId: 'E01',
      severity: '失分风险',
      ...at,
      message: {
        zh: `${p.form.zh}的大写金额“${words}”无法识别：${w.zh}（评标委员会只能要求澄清）`,
        en: `The ${p.form.en} amount in words "${words}" cannot be read: ${w.en} (the committee can only ask for a clarification)`,
      },
      fix: { zh: '按小写金额重新生成大写金额', en: 'Regenerate the words from the figures' },
      basis: basisOf(ctx, 'clarification'),
    })
    return
  }
  if (w.fen === p.figuresFen) return
  ctx.add({
    ruleId: 'E01',
    ...at,
    ...wordsVerdict(ctx, {
      form: p.form,
      wordsFen: w.fen,
      figuresFen: p.figuresFen,
      ...(p.limits ? { limits: p.limits } : {}),
    }),
  })
}

/**
 * "words:figures" of the bid's own price fields (投标函, 开标一览表, each lot) whose words say another amount: a form
 * that prints those fields shows the same mistake, which is that field's E01.
 */
export function fieldWordsPairs(ctx: RuleContext): Set<string> {
  const q = ctx.bid.quote
  const fields = [
    ...priceStatements(q).map((p) => [p.words, p.figuresFen] as const),
    ...ctx.bid.lots.map(
      (l) => [l.priceWords, l.price === null ? null : fenOf(l.price, q.moneyUnit)] as const,
    ),
  ]
  const out = new Set<string>()
  for (const [words, figures] of fields) {
    const w = words.trim() ? readWords(words) : null
    if (w?.ok && figures !== null && w.fen !== figures) out.add(`${w.fen}:${figures}`)
  }
  return out
}

/** The words of a form text's statements whose figures say another amount (each statement once). */
export const disagreeingWords = (prices: readonly PriceMention[]) =>
  prices.filter((p) => p.words && disagrees(p))

/** The text a finding names: a section by its title, a requirement response by the requirement's number or text. */
function textName(ctx: RuleContext, f: TextField): Bilingual {
  if (f.base === 'sections') {
    const title = ctx.bid.sections[f.index].title
    return { zh: `“${title}”`, en: `"${title}"` }
  }
  const r = ctx.bid.requirements[f.index]
  const label = r.no || r.text.slice(0, 30) || r.id
  return { zh: `招标要求“${label}”的响应`, en: `response to requirement "${label}"` }
}

/**
 * One amount written in words and in figures in a text. A price statement (after a price label, pricesIn) is
 * corrected as the bid's price: against the bid's prices and its ceiling. Any other amount so written ("人民币叁佰万
 * 元整（¥3,000,000.00）" for a bond, a contract sum, a past project) is a correction to the words too, but no
 * second price and no ceiling.
 */
interface TextPair {
  wordsFen: number
  figuresFen: number
  price: boolean
}

function textPairs(text: string, prices: readonly PriceMention[], stated: readonly number[]): TextPair[] {
  const out: TextPair[] = disagreeingWords(prices).map((p) => ({
    wordsFen: p.fen,
    figuresFen: p.other!,
    price: true,
  }))
  for (const a of amountPairsIn(text)) {
    if (a.wordsFen === a.figuresFen) continue
    const over = prices.filter((p) => p.index < a.end && a.index < p.end)
    // pricesIn paired these amounts itself: its pair above is the statement.
    if (over.some((p) => p.other !== undefined)) continue
    // After a price label, or one of its amounts is the bid's price ("人民币伍拾万玖仟…（¥508,790.30）"): the price.
    const price = over.length > 0 || stated.includes(a.figuresFen) || stated.includes(a.wordsFen)
    out.push({ wordsFen: a.wordsFen, figuresFen: a.figuresFen, price })
  }
  // A table typed in the section with the 小写 and 大写 in two columns (the text tables pricesIn reads by their
  // labels are the same pairs: once).
  for (const t of textTablePairs(text)) {
    if (t.wordsFen === t.figuresFen) continue
    if (out.some((p) => p.wordsFen === t.wordsFen && p.figuresFen === t.figuresFen)) continue
    const price =
      /价/u.test(t.figuresHeader + t.wordsHeader) ||
      stated.includes(t.figuresFen) ||
      stated.includes(t.wordsFen)
    out.push({ wordsFen: t.wordsFen, figuresFen: t.figuresFen, price })
  }
  return out
}

/**
 * E01 on amounts written in words and figures in the bid's sections and requirement responses, each named by its
 * section or requirement. Reference lists (业绩表) name past contracts' prices: their pairs are amounts, not prices.
 */
export function e01Texts(ctx: RuleContext): void {
  const stated = bidPricesFen(ctx)
  const read = new Map(readings(ctx).map((x) => [x.f, x.r.prices]))
  for (const f of bidTextFields(ctx)) {
    if (f.field === 'title' || (f.base !== 'sections' && f.base !== 'requirements')) continue
    const prices = read.get(f) ?? []
    const pairs = textPairs(f.text, prices, stated)
    if (pairs.length === 0) continue
    const form = textName(ctx, f)
    for (const p of pairs)
      ctx.add({
        ruleId: 'E01',
        path: f.path,
        ...(f.itemId ? { itemId: f.itemId } : {}),
        discriminator: `${p.price ? 'text' : 'amount'}:${p.wordsFen}:${p.figuresFen}`,
        ...wordsVerdict(ctx, {
          form,
          wordsFen: p.wordsFen,
          figuresFen: p.figuresFen,
          ...(p.price ? { stated } : { limits: [] }),
        }),
      })
  }
}
