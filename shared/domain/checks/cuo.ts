import { type RuleContext, vetoBasis } from './context'
import { runIdentity } from './cuo-identity'
import { runProject } from './cuo-project'
import { runMeasures } from './cuo-measures'
import { runTerms } from './cuo-terms'
import { at, bidTextFields } from './fields'
import { dayOf, datesIn, isAfter, isRealDate, signingDatesIn } from './text'

/**
 * 不错: dates, deviations and terms (E08, E10, E13); identity (E06, E09) is in cuo-identity.ts, E07 in
 * cuo-project.ts, the money rules in cuo-price.ts and cuo-correction.ts.
 */

function e08(ctx: RuleContext): void {
  const { bid } = ctx
  const d = bid.dates
  const order: [keyof typeof d, keyof typeof d, string, string][] = [
    ['release', 'clarificationDeadline', '招标文件发布', 'release'],
    ['clarificationDeadline', 'submissionDeadline', '澄清截止', 'clarification deadline'],
    ['release', 'submissionDeadline', '招标文件发布', 'release'],
    ['submissionDeadline', 'opening', '投标截止', 'submission deadline'],
    ['opening', 'publicityEnd', '开标', 'opening'],
  ]
  const names: Record<string, string> = {
    release: '发布日期',
    clarificationDeadline: '澄清截止时间',
    submissionDeadline: '投标截止时间',
    opening: '开标时间',
    publicityEnd: '公示结束日期',
  }
  for (const [early, late, zh, en] of order) {
    const a = d[early]
    const b = d[late]
    if (!a || !b || !isAfter(a, b)) continue
    ctx.add({
      ruleId: 'E08',
      severity: '失分风险',
      path: `dates.${late}`,
      discriminator: early,
      message: {
        zh: `${names[late]} ${b} 早于${zh} ${a}，日期不可能`,
        en: `The ${late} ${b} is before the ${en} ${a}: impossible`,
      },
      fix: { zh: '核对招标文件中的时间安排', en: "Check the tender's timetable" },
    })
  }
  if (d.submissionDeadline)
    bid.sections.forEach((s, i) => {
      if (!s.signDate || dayOf(s.signDate) <= dayOf(d.submissionDeadline!)) return
      ctx.add({
        ruleId: 'E08',
        severity: '失分风险',
        path: `sections.${i}.signDate`,
        itemId: s.id,
        message: {
          zh: `“${s.title}”落款日期 ${s.signDate} 晚于投标截止时间 ${d.submissionDeadline}`,
          en: `"${s.title}" is dated ${s.signDate}, after the submission deadline ${d.submissionDeadline}`,
        },
        fix: { zh: '落款日期应不晚于投标截止日', en: 'Date it no later than the deadline' },
      })
    })
  // A form dated after the deadline in its own text (the 落款), whatever its signDate field says.
  const deadlineDay = d.submissionDeadline ? dayOf(d.submissionDeadline) : null
  if (deadlineDay !== null)
    for (const f of bidTextFields(ctx)) {
      if (f.base !== 'sections') continue
      for (const t of signingDatesIn(f.text)) {
        if (!isRealDate(t.y, t.m, t.d) || Date.UTC(t.y, t.m - 1, t.d) / 86_400_000 <= deadlineDay) continue
        ctx.add({
          ruleId: 'E08',
          severity: '失分风险',
          ...at(f),
          discriminator: `late:${t.raw}`,
          message: {
            zh: `落款日期“${t.raw}”晚于投标截止时间 ${d.submissionDeadline}`,
            en: `Dated "${t.raw}", after the submission deadline ${d.submissionDeadline}`,
          },
          fix: { zh: '落款日期应不晚于投标截止日', en: 'Date it no later than the deadline' },
        })
      }
    }
  for (const f of bidTextFields(ctx))
    for (const t of datesIn(f.text)) {
      if (isRealDate(t.y, t.m, t.d)) continue
      ctx.add({
        ruleId: 'E08',
        severity: '失分风险',
        ...at(f),
        discriminator: t.raw,
        message: { zh: `日期“${t.raw}”不存在`, en: `The date "${t.raw}" does not exist` },
        fix: { zh: '更正日期', en: 'Correct the date' },
      })
    }
}

function e10(ctx: RuleContext): void {
  ctx.bid.requirements.forEach((r, i) => {
    if (r.deviationTableEntry === null || r.deviationTableEntry === r.deviation) return
    const label = r.no || r.text.slice(0, 30) || r.id
    const veto = r.star && (r.deviation === '负偏离' || r.deviationTableEntry === '负偏离')
    ctx.add({
      ruleId: 'E10',
      severity: veto ? '否决风险' : '失分风险',
      path: `requirements.${i}.deviationTableEntry`,
      itemId: r.id,
      message: {
        zh: `“${label}”偏离表写“${r.deviationTableEntry}”，响应记录为“${r.deviation}”`,
        en: `"${label}": the deviation table says ${r.deviationTableEntry}, the response says ${r.deviation}`,
      },
      fix: { zh: '使偏离表与响应一致', en: 'Make the deviation table match the response' },
      ...(veto ? { basis: vetoBasis(ctx.law) } : {}),
    })
  })
}

function e13(ctx: RuleContext): void {
  const { bid, cfg } = ctx
  const req = bid.termsRequired
  const off = bid.termsOffered
  const terms = [
    // Asking to be paid sooner than the tender allows is a deviation against the buyer.
    {
      key: 'payment',
      path: 'termsOffered.paymentDays',
      r: req.paymentDays,
      o: off.paymentDays,
      worse: (o: number, r: number) => o < r,
      zh: '付款期限',
      en: 'payment term',
      unit: '天',
    },
  ] as const
  for (const t of terms) {
    if (t.r === null || t.o === null || !t.worse(t.o, t.r)) continue
    const words = cfg.termKeywords[t.key]
    const about = bid.requirements.filter((r) => words.some((w) => r.text.includes(w)))
    if (about.some((r) => r.deviation === '负偏离')) continue
    const star = about.some((r) => r.star)
    ctx.add({
      ruleId: 'E13',
      severity: star ? '否决风险' : '失分风险',
      path: t.path,
      message: {
        zh: `${t.zh}响应为 ${t.o} ${t.unit}，劣于要求的 ${t.r} ${t.unit}，且未声明负偏离`,
        en: `The ${t.en} offered (${t.o}) is worse than required (${t.r}) and no negative deviation is declared`,
      },
      fix: {
        zh: '满足招标要求，或在偏离表中如实声明负偏离（★条款不得负偏离）',
        en: 'Meet the requirement, or declare the negative deviation (never on a ★ term)',
      },
      ...(star ? { basis: vetoBasis(ctx.law) } : {}),
    })
  }
}

export function runCuo(ctx: RuleContext): void {
  runIdentity(ctx)
  runProject(ctx)
  e08(ctx)
  e10(ctx)
  e13(ctx)
  runTerms(ctx)
  runMeasures(ctx)
}
