import { partTexts, type PrintModel, type PrintPart } from '@shared/domain/export/print-model'
import type { Requirement } from '@shared/schemas'
import { basisOf } from '../basis'
import type { RuleContext } from '../context'
import { comparePeriods, describePeriod, type Period } from '../read/quantity'
import { TERM_NAMES, termsIn, worseThan, type TermKind } from '../read/terms'
import { where } from './parts'

/**
 * P05, the commitments a print makes (response, arrival and repair times; warranty; delivery or service period)
 * come from the bid's own terms and say the same everywhere:
 * - a commitment worse than the tender requires, while the bid declares no 负偏离 for that requirement, is an
 *   undeclared negative deviation: the bid says it complies and prints that it does not — 否决风险 (no response to a
 *   substantive requirement, 87号令 art. 63 / 实施条例 art. 51(六));
 * - two different values for the same commitment (the 服务承诺书 against the 技术偏离表) — 失分风险;
 * - a value written into a form's own wording instead of coming from the bid's terms — 失分风险 (it changes nobody
 *   edits, and it is how a template's "2小时内响应" ends up in a tender that requires 30 分钟).
 */
const TERMS: TermKind[] = ['response', 'arrival', 'repair', 'warranty', 'service']

interface Mention {
  part: PrintPart
  term: TermKind
  period: Period
  text: string
  /** In the form's own wording (not from a field, not the user's text, not a table of data). */
  wording: boolean
}

const minutes = (h: number): Period => ({
  value: h * 60,
  unit: '分钟',
  family: 'minutes',
  amount: h * 60,
  index: 0,
  raw: `${h * 60}分钟`,
})

function required(ctx: RuleContext): Map<TermKind, { period: Period; req: Requirement | null }> {
  const out = new Map<TermKind, { period: Period; req: Requirement | null }>()
  for (const r of ctx.bid.requirements)
    for (const m of termsIn(r.text))
      if (TERMS.includes(m.term) && !out.has(m.term)) out.set(m.term, { period: m.period, req: r })
  // The structured terms win for the value; the requirement that speaks of the term still says what is declared.
  const t = ctx.bid.termsRequired
  const set = (k: TermKind, h: number | null) => {
    if (h != null) out.set(k, { period: minutes(h), req: out.get(k)?.req ?? null })
  }
  set('response', t.responseHours)
  set('arrival', t.onsiteHours)
  set('repair', t.resolveHours)
  return out
}

function printed(model: PrintModel): Mention[] {
  const out: Mention[] = []
  for (const part of model.parts) {
    const values = part.fields.map((f) => f.value)
    for (const t of partTexts(part)) {
      // The tender's own requirement text, printed in the deviation table, is the tender's, not ours.
      if (t.table && /要求|条款/u.test(t.table.header)) continue
      for (const m of termsIn(t.text)) {
        if (!TERMS.includes(m.term)) continue
        const raw = m.period.raw.replace(/\s+/g, '')
        const fromField = values.some((v) => v.replace(/\s+/g, '').includes(raw))
        out.push({
          part,
          term: m.term,
          period: m.period,
          text: t.text,
          wording: t.origin === 'form' && !fromField,
        })
      }
    }
  }
  return out
}

const declaredNegative = (req: Requirement | null) => req !== null && req.deviation === '负偏离'

export function p05(ctx: RuleContext, model: PrintModel): void {
  const need = required(ctx)
  const mentions = printed(model)
  for (const m of mentions) {
    const r = need.get(m.term)
    const excerpt = m.text.length > 40 ? `${m.text.slice(0, 40)}…` : m.text
    if (r && worseThan(m.term, m.period, r.period) === true && !declaredNegative(r.req)) {
      ctx.add({
        ruleId: 'P05',
        severity: '否决风险',
        path: r.req ? `requirements.${ctx.bid.requirements.indexOf(r.req)}.deviation` : 'termsOffered',
        ...(r.req ? { itemId: r.req.id } : {}),
        discriminator: `worse:${m.part.id}:${m.term}:${m.period.raw}`,
        printedIn: [where(m.part)],
        message: {
          zh: `“${m.part.title}”承诺${TERM_NAMES[m.term].zh} ${describePeriod(m.period)}，招标要求 ${describePeriod(r.period)}，而投标未声明负偏离：${excerpt}`,
          en: `"${m.part.title}" commits to a ${TERM_NAMES[m.term].en} of ${describePeriod(m.period)} where the tender requires ${describePeriod(r.period)}, and the bid declares no negative deviation`,
        },
        fix: {
          zh: '在投标条款中填写满足要求的承诺（表单会按条款打印），或在偏离表中如实声明负偏离',
          en: 'Enter a commitment that meets the requirement in the bid terms (the forms print it), or declare the negative deviation',
        },
        basis: basisOf(ctx, 'veto'),
      })
    } else if (m.wording) {
      ctx.add({
        ruleId: 'P05',
        severity: '失分风险',
        path: 'termsOffered',
        discriminator: `wording:${m.part.id}:${m.term}:${m.period.raw}`,
        printedIn: [where(m.part)],
        message: {
          zh: `“${m.part.title}”的表单文字写死了${TERM_NAMES[m.term].zh} ${describePeriod(m.period)}，不来自投标条款：${excerpt}`,
          en: `The wording of "${m.part.title}" fixes a ${TERM_NAMES[m.term].en} of ${describePeriod(m.period)} that does not come from the bid terms`,
        },
        fix: {
          zh: '模板中改用 {{响应时间}} / {{到场时间}} / {{解决时间}} / {{质保期}} / {{交货期}}，并在投标条款中填写',
          en: 'Use {{响应时间}} / {{到场时间}} / {{解决时间}} / {{质保期}} / {{交货期}} in the template and fill the bid terms',
        },
        basis: basisOf(ctx, 'form'),
      })
    }
  }
  // The same commitment with two values in the print.
  for (const term of TERMS) {
    const ms = mentions.filter((m) => m.term === term)
    if (ms.length < 2) continue
    const first = ms[0]
    const other = ms.find((m) => comparePeriods(m.period, first.period) !== 0)
    if (!other) continue
    ctx.add({
      ruleId: 'P05',
      severity: '失分风险',
      path: 'termsOffered',
      discriminator: `two:${term}`,
      printedIn: [where(first.part), where(other.part)],
      message: {
        zh: `${TERM_NAMES[term].zh}印有两个不同的承诺：“${first.part.title}”${describePeriod(first.period)}，“${other.part.title}”${describePeriod(other.period)}`,
        en: `Two different ${TERM_NAMES[term].en} commitments are printed: "${first.part.title}" ${describePeriod(first.period)}, "${other.part.title}" ${describePeriod(other.period)}`,
      },
      fix: {
        zh: '承诺只填在投标条款中一处，偏离表的响应与之一致',
        en: 'Keep the commitment in the bid terms only, and make the deviation table say the same',
      },
      basis: basisOf(ctx, 'clarification'),
    })
  }
}
