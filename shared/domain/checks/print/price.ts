import type { PrintModel, PrintPart } from '@shared/domain/export/print-model'
import { toYuan } from '@shared/domain/export/quote-math'
import { basisOf } from '../basis'
import type { RuleContext } from '../context'
import { formatMoney } from '@shared/domain/export/format'
import { readWords } from '../money'
import { readFigures, statesFen } from '../read/figures'
import { disagrees, pricesIn } from '../read/prices'
import { buyerFormWords } from './form-words'
import { lotOpeningPrices, type LotPrice } from './lot-prices'
import { fieldsOf, pathOf, where } from './parts'

/**
 * P01, one price everywhere in the print. Every amount the 投标函, the 开标一览表 and the 报价明细表 print is read
 * back from the print model and corrected in the order of 87号令 art. 59: the 开标一览表 over the rest of the
 * 投标文件 (一), words over figures (二), unit prices over the total (四). A buyer form's text whose 大写 and 小写 of
 * one statement disagree is E01's (cuo-words.ts), named by the form: one price corrected to its words, not a second
 * price of this rule.
 *
 * Severity: two different prices across forms is 否决风险 under both laws — 实施条例 art. 51(四) rejects a bid with
 * two prices, and under 87号令 the committee corrects to the 开标一览表 price, which binds only if the bidder
 * confirms a price it did not intend (not confirming makes the bid invalid). A mismatch inside one form (words vs
 * figures, total vs unit prices) is a correction (失分风险), 否决风险 when the corrected price is above the ceiling.
 */
type Role = 'opening' | 'letter' | 'total' | 'other'

interface Printed {
  part: PrintPart
  role: Role
  words: boolean
  fen: number
  /** How exactly the form states it (a 万元 figure to its last decimal: read/figures.ts); 1 = to the 分. */
  stepFen: number
  text: string
  /** The amount as the message shows it: ¥…, or the 万元 figures as printed with their yuan and where. */
  shown: { zh: string; en: string }
  path: string
}

/** Two printed amounts state one price when each is within the other's printed precision. */
const same = (a: Pick<Printed, 'fen' | 'stepFen'>, b: Pick<Printed, 'fen' | 'stepFen'>) =>
  statesFen(a, b.fen) || statesFen(b, a.fen)

const FIGURES: Record<string, Role | null> = {
  开标报价: 'opening',
  openingPrice: 'opening',
  投标函报价: 'letter',
  letterPrice: 'letter',
  报价合计: 'total',
  quoteTotal: 'total',
  投标报价: null,
  bidPrice: null,
}
const WORDS: Record<string, Role | null> = {
  开标报价大写: 'opening',
  openingPriceWords: 'opening',
  投标函报价大写: 'letter',
  letterPriceWords: 'letter',
  报价合计大写: 'total',
  quoteTotalWords: 'total',
  投标报价大写: null,
  bidPriceWords: null,
}
/** ¥1,234,567.80 of 分. */
const yuanText = (fen: number) => formatMoney(fen / 100)

const ROLE_OF_FORM: Record<string, Role> = { 开标一览表: 'opening', 投标函: 'letter', 报价明细表: 'total' }
const ROLE_NAME: Record<Role, { zh: string; en: string }> = {
  opening: { zh: '开标一览表', en: 'opening summary' },
  letter: { zh: '投标函', en: 'bid letter' },
  total: { zh: '报价明细表合计', en: 'quote table total' },
  other: { zh: '其他表单', en: 'another form' },
}

function roleOf(part: PrintPart, explicit: Role | null): Role {
  return explicit ?? (part.formKey ? (ROLE_OF_FORM[part.formKey] ?? 'other') : 'other')
}

const yuanOnly = (fen: number) => ({ zh: `¥${yuanText(fen)}`, en: `¥${yuanText(fen)}` })
function shownOf(fen: number, text: string, wan: boolean) {
  if (!wan) return yuanOnly(fen)
  const figures = text.replace(/万元?$/u, '').trim()
  return { zh: `${figures}万元（¥${yuanText(fen)}）`, en: `${figures} 万元 (¥${yuanText(fen)})` }
}

/**
 * The 合计 of the buyer's item table, read in its unit ("合计（万元）", "单位：万元"). A form with several item tables
 * (货物 and 服务 listed apart) totals each apart: none of them is the bid's price, so none is compared with it.
 */
function tableTotals(part: PrintPart): Printed[] {
  const out: Printed[] = []
  const totals = part.buyerForm?.totals ?? []
  if (new Set(totals.map((t) => t.table)).size > 1) return out
  for (const t of totals) {
    const w = t.words ? readWords(t.text.replace(/\s+/gu, '')) : null
    const f = t.words ? null : readFigures(t.text, t.unit)
    const fen = w?.ok ? w.fen : f?.fen
    if (fen === undefined) continue
    const wan = !t.words && (t.unit === '万元' || /万元?$/u.test(t.text))
    const s = shownOf(fen, t.text, wan)
    const label = t.label || '合计'
    const shown = {
      zh: `${s.zh}（表${t.table}第${t.row}行“${label}”）`,
      en: `${s.en} (table ${t.table}, row ${t.row} "${label}")`,
    }
    out.push({
      part,
      role: 'total',
      words: t.words,
      fen,
      stepFen: f?.stepFen ?? 1,
      text: t.text,
      shown,
      path: 'quote',
    })
  }
  return out
}

function printedAmounts(model: PrintModel): Printed[] {
  const out: Printed[] = []
  const keys = new Set([...Object.keys(FIGURES), ...Object.keys(WORDS)])
  for (const { part, field } of fieldsOf(model, keys)) {
    // The 合计 cells the product filled are read with the rest of the table's 合计 (tableTotals).
    if (part.buyerForm?.totals?.length && /^报价合计/u.test(field.key)) continue
    const words = field.key in WORDS
    const role = roleOf(part, words ? WORDS[field.key] : FIGURES[field.key])
    const w = words ? readWords(field.value) : null
    const f = words ? null : readFigures(field.value, field.unit)
    const fen = w?.ok ? w.fen : f?.fen
    if (fen === undefined) continue
    const shown = words ? yuanOnly(fen) : shownOf(fen, field.value, field.unit === '万元')
    out.push({
      part,
      role,
      words,
      fen,
      stepFen: f?.stepFen ?? 1,
      text: field.value,
      shown,
      path: pathOf(field, 'quote'),
    })
  }
  for (const part of model.parts) out.push(...tableTotals(part))
  // A buyer's own form states its price in its own words: read it as the committee would. Words and figures of
  // one statement that disagree are E01's (buyerFormWords), not a second price of this rule.
  for (const part of model.parts) {
    if (!part.buyerForm) continue
    const role = roleOf(part, null)
    for (const p of pricesIn(part.buyerForm.paragraphs.join('\n')))
      if (!disagrees(p))
        out.push({
          part,
          role,
          words: p.words,
          fen: p.fen,
          stepFen: 1,
          text: yuanText(p.fen),
          shown: yuanOnly(p.fen),
          path: 'quote',
        })
  }
  return out
}

/** The price a form states after art. 59(二): its words when it prints words, else its figures. */
function formPrice(amounts: Printed[]): Printed {
  return amounts.find((a) => a.words) ?? amounts[0]
}

/**
 * With lots the 开标一览表 is one form per lot: each lot's price is what the committee takes for that lot (art. 59
 * (一)), so the lot's lines in the 报价明细表 must add up to it, and the forms that state the bid's total (投标函,
 * 报价明细表 合计) must state the sum of the lots. Returns that sum as the opening price the totals are compared
 * with (null when a lot bid on prints no price: L09 says so).
 */
function lotsOpening(ctx: RuleContext, model: PrintModel, over: (fen: number) => boolean): Printed | null {
  const lots = lotOpeningPrices(model)
  if (lots.length === 0) return null
  const quotePart = model.parts.find((p) => p.formKey === '报价明细表')
  for (const lot of lots.filter((l) => l.linesFen !== null && l.linesFen !== l.fen))
    ctx.add({
      ruleId: 'P01',
      severity: '否决风险',
      path: lot.path,
      discriminator: `lot:${lot.path}`,
      printedIn: [lot.part, ...(quotePart ? [quotePart] : [])].map(where),
      message: lotMessage(ctx, lot, over),
      fix: {
        zh: '该包开标一览表报价与报价明细表中该包各行合价之和写成同一金额',
        en: "Make the lot's opening price equal to the sum of its lines in the quote table",
      },
      basis:
        ctx.law === '政府采购' ? `${basisOf(ctx, 'correction')}（一）` : `${basisOf(ctx, 'veto')}第（四）项`,
    })
  if (lots.length < ctx.bid.lots.filter((l) => l.bidding).length) return null
  const fen = lots.reduce((s, l) => s + l.fen, 0)
  const text = yuanText(fen)
  return {
    part: lots[0].part,
    role: 'opening',
    words: true,
    fen,
    stepFen: 1,
    text,
    shown: yuanOnly(fen),
    path: lots[0].path,
  }
}

function lotMessage(ctx: RuleContext, lot: LotPrice, over: (fen: number) => boolean) {
  const lines = yuanText(lot.linesFen!)
  const overZh = over(lot.linesFen!) ? '（以单价计算的价格超过最高限价）' : ''
  return {
    zh:
      `第${lot.lotNo}包开标一览表报价 ¥${yuanText(lot.fen)}，报价明细表中该包各行合价之和 ¥${lines}${overZh}：` +
      (ctx.law === '政府采购'
        ? '同一包有两个价格，评审以开标一览表为准修正，投标人不确认的投标无效'
        : '同一包有两个报价，应否决投标'),
    en:
      `Lot ${lot.lotNo}: the opening summary states ¥${yuanText(lot.fen)}, its lines in the quote table add up to ¥${lines}: ` +
      (ctx.law === '政府采购'
        ? 'two prices for one lot; corrected to the opening summary, not confirming makes the bid invalid'
        : 'two prices for one lot: the bid is rejected'),
  }
}

export function p01(ctx: RuleContext, model: PrintModel): void {
  const ceiling = [ctx.bid.priceCeiling, ctx.bid.budget].filter((x): x is number => x !== null)
  const over = (fen: number) => ceiling.some((c) => fen > Math.round(c * 100))
  const lotsRef = lotsOpening(ctx, model, over)
  buyerFormWords(ctx, model)
  const amounts = printedAmounts(model)
  if (amounts.length === 0) return
  const gov = ctx.law === '政府采购'
  const byPart = new Map<string, Printed[]>()
  for (const a of amounts) byPart.set(a.part.id, [...(byPart.get(a.part.id) ?? []), a])

  // (二) words over figures, inside each form.
  for (const list of byPart.values()) {
    const w = list.find((a) => a.words)
    for (const f of list.filter((a) => !a.words)) {
      if (!w || statesFen(f, w.fen)) continue
      ctx.add({
        ruleId: 'P01',
        severity: over(w.fen) ? '否决风险' : '失分风险',
        path: w.path,
        discriminator: `words:${f.part.id}`,
        printedIn: [where(f.part)],
        message: {
          zh: `“${f.part.title}”印有小写 ${f.shown.zh}、大写“${w.text}”（${yuanText(w.fen)} 元）：评审时以大写为准修正为 ${yuanText(w.fen)} 元，须投标人书面确认`,
          en: `"${f.part.title}" prints ${f.shown.en} in figures and "${w.text}" (${yuanText(w.fen)}) in words: the words prevail and the bidder must confirm the corrected price`,
        },
        fix: {
          zh: '大写与小写写成同一金额（大写由小写生成即可）',
          en: 'Make words and figures the same amount',
        },
        basis: `${basisOf(ctx, 'correction')}（二）`,
      })
    }
  }

  // (四) unit prices over the stated total.
  const sumFen = Math.round(toYuan(model.quote.total, model.quote.moneyUnit) * 100)
  const totals = amounts.filter((a) => a.role === 'total' && !a.words)
  for (const t of totals.filter((a) => !statesFen(a, sumFen)).slice(0, 1)) {
    ctx.add({
      ruleId: 'P01',
      severity: over(sumFen) ? '否决风险' : '失分风险',
      path: 'quote.statedTotal',
      discriminator: 'sum',
      printedIn: [where(t.part)],
      message: {
        zh: `“${t.part.title}”合计印为 ${t.shown.zh}，各行数量×单价之和为 ¥${yuanText(sumFen)}：评审时以单价计算结果为准`,
        en: `"${t.part.title}" prints a total of ${t.shown.en} but the lines add up to ¥${yuanText(sumFen)}: the unit prices prevail`,
      },
      fix: {
        zh: '清空或更正“报价合计”，使其等于各行合价之和',
        en: 'Clear or correct the stated total so it equals the sum of the lines',
      },
      basis: `${basisOf(ctx, 'correction')}（四）`,
    })
  }

  // (一) the 开标一览表 over the rest: every form's price against the one the committee takes.
  const forms = [...byPart.values()].map(formPrice)
  const ref =
    lotsRef ??
    forms.find((a) => a.role === 'opening') ??
    forms.find((a) => a.role === 'letter') ??
    forms.find((a) => a.role === 'total') ??
    forms[0]
  const differing = forms.filter((a) => !same(a, ref))
  if (differing.length === 0) return
  // With lots the reference is the sum of the lots' 开标一览表 prices.
  const refName = lotsRef
    ? { zh: `“${ref.part.title}”各包合计`, en: `"${ref.part.title}" (sum of the lots)` }
    : null
  const list = differing.map((a) => `“${a.part.title}” ${a.shown.zh}`).join('、')
  const listEn = differing.map((a) => `"${a.part.title}" ${a.shown.en}`).join(', ')
  ctx.add({
    ruleId: 'P01',
    severity: '否决风险',
    path: differing[0].path,
    discriminator: 'forms',
    printedIn: [ref, ...differing].map((a) => where(a.part)),
    message: {
      zh:
        `打印件有两个以上报价：${refName?.zh ?? `“${ref.part.title}”`}为 ${ref.shown.zh}，${list}。` +
        (gov
          ? `按87号令第59条，评审以${ROLE_NAME[ref.role].zh}为准修正为 ¥${yuanText(ref.fen)}，投标人不确认的投标无效`
          : '同一投标人提交两个以上不同的投标报价，应否决投标'),
      en:
        `The print states more than one price: ${refName?.en ?? `"${ref.part.title}"`} ${ref.shown.en}, ${listEn}. ` +
        (gov
          ? `Under 87号令 art. 59 the committee corrects to the ${ROLE_NAME[ref.role].en} price ¥${yuanText(ref.fen)}; not confirming it makes the bid invalid`
          : 'A bidder stating two different prices is rejected'),
    },
    fix: {
      zh: '投标函、开标一览表和报价明细表合计写成同一个报价（开标一览表价格、投标函价格、各行单价）',
      en: 'State one price in the bid letter, the opening summary and the quote total (opening price, letter price, unit prices)',
    },
    basis: gov ? `${basisOf(ctx, 'correction')}（一）` : `${basisOf(ctx, 'veto')}第（四）项`,
  })
}
