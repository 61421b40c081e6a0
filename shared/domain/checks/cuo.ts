import { validateUscc } from '../uscc'
import { type RuleContext, vetoBasis } from './context'
import { runProject } from './cuo-project'
import { at, bidTextFields, type TextField } from './fields'
import {
  dayOf,
  datesIn,
  extract,
  isAfter,
  isPlaceholder,
  isRealDate,
  normaliseName,
  titleNames,
} from './text'

/** 不错, identity, dates, deviations and terms: E06–E10, E13 (the money rules are in cuo-price.ts). */

function e06(ctx: RuleContext): void {
  const { company } = ctx
  const ourCode = company.creditCode.trim().toUpperCase()
  if (ourCode) {
    const v = validateUscc(ourCode)
    if (!v.ok)
      ctx.add({
        ruleId: 'E06',
        // A typo in the code is no art. 63 ground by itself: the licence in the bid shows the real one.
        severity: '失分风险',
        doc: 'workspace',
        docId: 'workspace',
        path: 'company.creditCode',
        message: {
          zh: `公司资料中的统一社会信用代码 ${ourCode} 无效：${v.zh}`,
          en: `The company's unified social credit code ${ourCode} is invalid: ${v.en}`,
        },
        fix: { zh: '按营业执照核对代码', en: 'Copy the code from the business licence again' },
        basis: 'GB 32100-2015',
      })
  }
  const ourName = normaliseName(company.name)
  for (const f of bidTextFields(ctx)) {
    for (const c of extract.creditCode(f.text)) {
      const v = validateUscc(c.value)
      if (!v.ok) {
        ctx.add({
          ruleId: 'E06',
          severity: '失分风险',
          ...at(f),
          discriminator: `code:${c.value}`,
          basis: 'GB 32100-2015',
          message: {
            zh: `统一社会信用代码 ${c.value} 无效：${v.zh}`,
            en: `Unified social credit code ${c.value} is invalid: ${v.en}`,
          },
          fix: { zh: '按营业执照核对代码', en: 'Copy the code from the business licence' },
        })
      } else if (ourCode && c.value !== ourCode) {
        ctx.add({
          ruleId: 'E06',
          severity: '否决风险',
          ...at(f),
          discriminator: `code:${c.value}`,
          message: {
            zh: `统一社会信用代码 ${c.value} 与公司资料 ${ourCode} 不一致`,
            en: `Credit code ${c.value} differs from the company profile ${ourCode}`,
          },
          fix: { zh: '使用本公司的统一社会信用代码', en: "Use our company's code" },
          basis: vetoBasis(ctx.law),
        })
      }
    }
    if (!ourName) continue
    for (const n of extract.company(f.text)) {
      const name = normaliseName(n.value)
      if (name.length < 2 || name === ourName || isPlaceholder(ctx, n.value)) continue
      ctx.add({
        ruleId: 'E06',
        severity: '否决风险',
        ...at(f),
        discriminator: `name:${name}`,
        message: {
          zh: `投标人名称“${n.value}”与公司资料“${company.name}”不一致`,
          en: `Bidder name "${n.value}" differs from the company profile "${company.name}"`,
        },
        fix: {
          zh: '使用与营业执照一致的公司全称',
          en: 'Use the full name exactly as on the business licence',
        },
        basis: vetoBasis(ctx.law),
      })
    }
  }
}

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

function e09(ctx: RuleContext): void {
  const { bid, company } = ctx
  const fields = bidTextFields(ctx).filter((f) => f.sectionIndex !== undefined)
  const inPoa = (f: TextField) => titleNames(bid.sections[f.sectionIndex!].title, '授权委托书')
  type Mention = { f: TextField; name: string }
  const legal: Mention[] = []
  const agents: Mention[] = []
  for (const f of fields) {
    for (const v of extract.legalRep(f.text)) legal.push({ f, name: v.value })
    for (const v of extract.agent(f.text)) agents.push({ f, name: v.value })
  }
  const basis = vetoBasis(ctx.law)
  const report = (
    m: Mention,
    role: { zh: string; en: string },
    ref: string,
    refWhere: { zh: string; en: string },
  ) =>
    ctx.add({
      ruleId: 'E09',
      severity: '否决风险',
      ...at(m.f),
      discriminator: `${role.en}:${m.name}`,
      message: {
        zh: `${role.zh}写为“${m.name}”，${refWhere.zh}为“${ref}”`,
        en: `The ${role.en} reads "${m.name}" but ${refWhere.en} says "${ref}"`,
      },
      fix: { zh: `各表格中的${role.zh}姓名应一致`, en: `Use the same ${role.en} name in every form` },
      basis,
    })
  const legalRole = { zh: '法定代表人', en: 'legal representative' }
  const legalRef = company.legalRep.trim()
    ? { name: company.legalRep.trim(), where: { zh: '公司资料', en: 'the company profile' } }
    : legal.length
      ? {
          name: (legal.find((m) => inPoa(m.f)) ?? legal[0]).name,
          where: { zh: '授权委托书', en: 'the power of attorney' },
        }
      : null
  if (legalRef)
    for (const m of legal) if (m.name !== legalRef.name) report(m, legalRole, legalRef.name, legalRef.where)

  const agentRole = { zh: '授权代表', en: 'authorised agent' }
  const poaAgent = agents.find((m) => inPoa(m.f)) ?? agents[0]
  if (!poaAgent) return
  const known = company.agents.map((a) => a.name.trim()).filter(Boolean)
  if (known.length > 0 && !known.includes(poaAgent.name))
    report(poaAgent, agentRole, known.join('、'), {
      zh: '公司资料中的授权代表',
      en: "the company profile's agents",
    })
  for (const m of agents)
    if (m.name !== poaAgent.name)
      report(m, agentRole, poaAgent.name, { zh: '授权委托书', en: 'the power of attorney' })
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
    {
      key: 'delivery',
      path: 'termsOffered.deliveryDays',
      r: req.deliveryDays,
      o: off.deliveryDays,
      worse: (o: number, r: number) => o > r,
      zh: '交货期',
      en: 'delivery period',
      unit: '天',
    },
    {
      key: 'warranty',
      path: 'termsOffered.warrantyMonths',
      r: req.warrantyMonths,
      o: off.warrantyMonths,
      worse: (o: number, r: number) => o < r,
      zh: '质保期',
      en: 'warranty',
      unit: '个月',
    },
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
  e06(ctx)
  runProject(ctx)
  e08(ctx)
  e09(ctx)
  e10(ctx)
  e13(ctx)
}
