import { basisOf } from './basis'
import { readings } from './bid-texts'
import type { RuleContext } from './context'
import {
  SHORTER_IS_BETTER,
  TERM_NAMES,
  termsIn,
  worseThan,
  type TermKind,
  type TermMention,
} from './read/terms'
import { dateRangesIn } from './read/date-range'
import { comparePeriods, describePeriod, periodsIn, type Period } from './read/quantity'

/**
 * E13 (and E05 for the bid validity) across the whole bid: every delivery period, warranty, service
 * period and response / arrival / repair time the bid states — in the 开标一览表, the structured terms, the
 * responses and any form — against what the tender requires (its structured terms and the requirement
 * texts), with units and direction; and the bid's own statements of one term against each other.
 */

interface Required {
  term: TermKind
  period: Period
  star: boolean
  /** Requirement index, or -1 for the structured termsRequired / validityDaysRequired. */
  req: number
  label: string
}

interface Offered {
  term: TermKind
  period: Period
  path: string
  itemId?: string
  /** Requirement whose response states it, or -1. */
  req: number
  /** A labelled or structured value ("交货期：45天"), firm enough to compare with the others. */
  primary: boolean
  where: { zh: string; en: string }
}

const COMPARED: TermKind[] = ['delivery', 'warranty', 'service', 'response', 'arrival', 'repair', 'validity']
// A requirement clause that scores ("每提前1天加0.5分") states no minimum or maximum.
const SCORING_RE = /每|[加得扣]\s*\d+(?:\.\d+)?\s*分|满分|评分|分值/u

function structured(value: number | null, unit: '天' | '个月' | '日历天'): Period | null {
  if (value === null) return null
  return periodsIn(`${value}${unit}`)[0] ?? null
}

/** A structured 服务期 ("2027年1月1日至2027年12月31日", "合同签订之日起12个月"): its span or its length. */
function servicePeriod(text: string): Period | null {
  return dateRangesIn(text)[0] ?? periodsIn(text)[0] ?? null
}

function clauseOf(text: string, index: number): string {
  let s = index
  while (s > 0 && !/[,，;；。\n]/u.test(text[s - 1])) s--
  let e = index
  while (e < text.length && !/[,，;；。\n]/u.test(text[e])) e++
  return text.slice(s, e)
}

function requiredTerms(ctx: RuleContext): Required[] {
  const { bid } = ctx
  const out: Required[] = []
  const d = structured(bid.termsRequired.deliveryDays, '天')
  if (d) out.push({ term: 'delivery', period: d, star: false, req: -1, label: '招标要求' })
  const w = structured(bid.termsRequired.warrantyMonths, '个月')
  if (w) out.push({ term: 'warranty', period: w, star: false, req: -1, label: '招标要求' })
  const v = structured(bid.validityDaysRequired, '日历天')
  if (v) out.push({ term: 'validity', period: v, star: false, req: -1, label: '招标要求' })
  const s = servicePeriod(bid.termsRequired.servicePeriod)
  if (s) out.push({ term: 'service', period: s, star: false, req: -1, label: '招标要求' })
  bid.requirements.forEach((r, i) => {
    for (const m of termsIn(r.text)) {
      if (!COMPARED.includes(m.term) || SCORING_RE.test(clauseOf(r.text, m.index))) continue
      out.push({ term: m.term, period: m.period, star: r.star, req: i, label: r.no || r.text.slice(0, 20) })
    }
  })
  return out
}

function offeredTerms(ctx: RuleContext): Offered[] {
  const { bid } = ctx
  const out: Offered[] = []
  const push = (m: TermMention, o: Omit<Offered, 'term' | 'period' | 'primary'>, primary: boolean) => {
    if (COMPARED.includes(m.term)) out.push({ term: m.term, period: m.period, primary, ...o })
  }
  const d = structured(bid.termsOffered.deliveryDays, '天')
  const opening = { zh: '开标一览表', en: 'the opening summary' }
  if (d)
    out.push({
      term: 'delivery',
      period: d,
      path: 'termsOffered.deliveryDays',
      req: -1,
      primary: true,
      where: { zh: '商务条款', en: 'the offered terms' },
    })
  const w = structured(bid.termsOffered.warrantyMonths, '个月')
  if (w)
    out.push({
      term: 'warranty',
      period: w,
      path: 'termsOffered.warrantyMonths',
      req: -1,
      primary: true,
      where: { zh: '商务条款', en: 'the offered terms' },
    })
  const s = servicePeriod(bid.termsOffered.servicePeriod)
  if (s)
    out.push({
      term: 'service',
      period: s,
      path: 'termsOffered.servicePeriod',
      req: -1,
      primary: true,
      where: { zh: '商务条款', en: 'the offered terms' },
    })
  const v = structured(bid.validityDays, '日历天')
  if (v)
    out.push({
      term: 'validity',
      period: v,
      path: 'validityDays',
      req: -1,
      primary: true,
      where: { zh: '投标文件', en: 'the bid' },
    })
  // A 开标一览表 cell holds one term whether or not it names it ("合同签订后45日内").
  const cell = (text: string, term: TermKind, path: string, itemId?: string) => {
    const named = termsIn(text).filter((m) => m.term === term)
    const p = named[0]?.period ?? periodsIn(text)[0]
    if (p) out.push({ term, period: p, path, itemId, req: -1, primary: true, where: opening })
    // A service's 开标一览表 puts its 服务期 in the delivery column, often as a span of dates.
    const span = !p && bid.category === '服务' && term === 'delivery' ? dateRangesIn(text)[0] : undefined
    if (span)
      out.push({ term: 'service', period: span, path, itemId, req: -1, primary: true, where: opening })
  }
  const os = bid.quote.openingSummary
  cell(os.deliveryPeriod, 'delivery', 'quote.openingSummary.deliveryPeriod')
  cell(os.warranty, 'warranty', 'quote.openingSummary.warranty')
  bid.lots.forEach((l, i) => {
    if (!l.bidding) return
    cell(l.deliveryPeriod, 'delivery', `lots.${i}.deliveryPeriod`, l.id)
    cell(l.warranty, 'warranty', `lots.${i}.warranty`, l.id)
  })
  for (const { f, r, title } of readings(ctx)) {
    if (f.base.startsWith('quote.openingSummary')) continue
    const where =
      f.base === 'requirements'
        ? {
            zh: `“${bid.requirements[f.index].no || '要求'}”的响应`,
            en: `the response to ${bid.requirements[f.index].no || 'a requirement'}`,
          }
        : { zh: `“${title}”`, en: `"${title}"` }
    for (const m of r.terms)
      push(
        m,
        { path: f.path, itemId: f.itemId, req: f.base === 'requirements' ? f.index : -1, where },
        m.labelled,
      )
  }
  return out
}

/** The most lenient requirement of a term: what every statement of the bid must at least meet. */
function loosest(reqs: Required[], term: TermKind): Required | null {
  let best: Required | null = null
  for (const r of reqs) {
    if (r.term !== term) continue
    if (!best) {
      best = r
      continue
    }
    const c = comparePeriods(r.period, best.period)
    if (c !== null && (SHORTER_IS_BETTER[term] ? c > 0 : c < 0)) best = r
  }
  return best
}

export function runTerms(ctx: RuleContext): void {
  const { bid } = ctx
  const reqs = requiredTerms(ctx)
  const offers = offeredTerms(ctx)
  const reported = new Set<Offered>()
  const negative = (term: TermKind, req: number) =>
    (req >= 0 && bid.requirements[req].deviation === '负偏离') ||
    reqs.some((r) => r.term === term && r.req >= 0 && bid.requirements[r.req].deviation === '负偏离')
  for (const o of offers) {
    // The structured validity is E05's own (cuo-price.ts); here it only anchors the consistency check.
    if (o.path === 'validityDays') continue
    // A response answers its own requirement; every other statement must meet the most lenient one.
    const own = o.req >= 0 ? reqs.filter((r) => r.req === o.req && r.term === o.term) : []
    const against = own.length ? own : [loosest(reqs, o.term)].filter((r): r is Required => r !== null)
    for (const r of against) {
      if (worseThan(o.term, o.period, r.period) !== true || negative(o.term, o.req >= 0 ? o.req : r.req))
        continue
      const star = r.star || reqs.some((x) => x.term === o.term && x.star)
      const rule = o.term === 'validity' ? 'E05' : 'E13'
      const name = TERM_NAMES[o.term]
      ctx.add({
        ruleId: rule,
        severity: star || rule === 'E05' ? '否决风险' : '失分风险',
        path: o.path,
        ...(o.itemId ? { itemId: o.itemId } : {}),
        discriminator: `${o.term}:${describePeriod(o.period)}`,
        message: {
          zh: `${o.where.zh}中${name.zh}为 ${describePeriod(o.period)}，劣于招标要求的 ${describePeriod(r.period)}${r.req >= 0 ? `（${r.label}${r.star ? '，★条款' : ''}）` : ''}，且未声明负偏离`,
          en: `${o.where.en} states a ${name.en} of ${describePeriod(o.period)}, worse than the required ${describePeriod(r.period)}${r.star ? ' (a ★ requirement)' : ''}, and no negative deviation is declared`,
        },
        fix: {
          zh: '满足招标要求，或在偏离表中如实声明负偏离（★条款不得负偏离）',
          en: 'Meet the requirement, or declare the negative deviation (never on a ★ term)',
        },
        basis: star || rule === 'E05' ? basisOf(ctx, 'veto') : basisOf(ctx, 'form'),
      })
      reported.add(o)
      break
    }
  }
  consistency(
    ctx,
    offers.filter((o) => !reported.has(o)),
    offers,
  )
}

/** The bid's own firm statements of one term must agree; the 开标一览表 prevails (87号令 art. 59(一)). */
function consistency(ctx: RuleContext, offers: Offered[], all: Offered[]): void {
  for (const term of COMPARED) {
    const firm = offers.filter((o) => o.term === term && o.primary && !o.path.startsWith('lots.'))
    const anchors = all.filter((o) => o.term === term && o.primary && !o.path.startsWith('lots.'))
    if (firm.length < 2 && anchors.length < 2) continue
    // Compared with the 开标一览表 when it states the term (87号令 art. 59(一)); a value already reported as
    // worse than required is not the reference.
    const ref = firm.find((o) => o.path.startsWith('quote.openingSummary')) ?? firm[0]
    if (!ref) continue
    for (const o of firm) {
      const c = comparePeriods(o.period, ref.period)
      const shifted =
        o.period.span && ref.period.span && describePeriod(o.period) !== describePeriod(ref.period)
      if (o === ref || (c !== 1 && c !== -1 && !shifted)) continue
      const name = TERM_NAMES[term]
      ctx.add({
        ruleId: term === 'validity' ? 'E05' : 'E13',
        severity: '失分风险',
        path: o.path,
        ...(o.itemId ? { itemId: o.itemId } : {}),
        discriminator: `same:${term}:${describePeriod(o.period)}`,
        message: {
          zh: `${o.where.zh}中${name.zh}为 ${describePeriod(o.period)}，与${ref.where.zh}的 ${describePeriod(ref.period)} 不一致`,
          en: `${o.where.en} states a ${name.en} of ${describePeriod(o.period)}, ${ref.where.en} ${describePeriod(ref.period)}`,
        },
        fix: {
          zh: '同一条款全文只写一个值（评审时以开标一览表为准）',
          en: 'State one value throughout (the opening summary prevails in evaluation)',
        },
        basis: basisOf(ctx, 'clarification'),
      })
    }
  }
}
