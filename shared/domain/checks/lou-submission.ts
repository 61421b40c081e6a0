import { type RuleContext, vetoBasis } from './context'
import { isAfter, titleNames } from './text'

/** 不漏, the physical bid: bond (L05), seals and signatures (L06), copies (L07). */

function l05(ctx: RuleContext): void {
  const b = ctx.bid.bond
  if (b.required === null || b.required <= 0) return
  const basis = vetoBasis(ctx.law)
  const fix = {
    zh: '按招标文件要求的金额、形式和截止时间缴纳并记录保证金',
    en: 'Pay and record the bond with the amount, form and deadline the tender sets',
  }
  if (b.paidAmount === null || b.paidAmount < b.required) {
    ctx.add({
      ruleId: 'L05',
      severity: '否决风险',
      path: 'bond.paidAmount',
      message:
        b.paidAmount === null
          ? {
              zh: `投标保证金（${b.required} 元）尚未记录缴纳`,
              en: `Bid bond (${b.required} yuan) not recorded as paid`,
            }
          : {
              zh: `投标保证金不足：应缴 ${b.required} 元，已缴 ${b.paidAmount} 元`,
              en: `Bid bond too low: ${b.paidAmount} paid, ${b.required} required`,
            },
      fix,
      basis,
    })
    if (b.paidAmount === null) return
  }
  if (b.paidForm === null || !b.allowedForms.includes(b.paidForm)) {
    ctx.add({
      ruleId: 'L05',
      severity: '否决风险',
      path: 'bond.paidForm',
      message:
        b.paidForm === null
          ? { zh: '未记录保证金缴纳形式', en: 'Bond form not recorded' }
          : {
              zh: `保证金形式“${b.paidForm}”不在招标文件允许的形式（${b.allowedForms.join('、')}）之内`,
              en: `Bond form ${b.paidForm} is not allowed (allowed: ${b.allowedForms.join(', ')})`,
            },
      fix,
      basis,
    })
  }
  if (b.deadline && (b.paidAt === null || isAfter(b.paidAt, b.deadline))) {
    ctx.add({
      ruleId: 'L05',
      severity: '否决风险',
      path: 'bond.paidAt',
      message:
        b.paidAt === null
          ? { zh: '未记录保证金缴纳时间', en: 'Bond payment date not recorded' }
          : {
              zh: `保证金于 ${b.paidAt} 缴纳，晚于截止时间 ${b.deadline}`,
              en: `Bond paid ${b.paidAt}, after its deadline ${b.deadline}`,
            },
      fix,
      basis,
    })
  }
}

function l06(ctx: RuleContext): void {
  const basis = vetoBasis(ctx.law)
  ctx.bid.sections.forEach((s, i) => {
    const name = s.title || s.id
    const needsSeal = s.needsSeal || ctx.cfg.sealForms.some((f) => titleNames(s.title, f))
    if (needsSeal && !s.sealDone)
      ctx.add({
        ruleId: 'L06',
        severity: '否决风险',
        path: `sections.${i}.sealDone`,
        itemId: s.id,
        message: {
          zh: `“${name}”需加盖公章，尚未完成`,
          en: `"${name}" needs the company seal; not done yet`,
        },
        fix: { zh: '盖章后勾选“已盖章”', en: 'Seal it, then tick "sealed"' },
        basis,
      })
    if (s.needsSignature && !s.signatureDone)
      ctx.add({
        ruleId: 'L06',
        severity: '否决风险',
        path: `sections.${i}.signatureDone`,
        itemId: s.id,
        message: {
          zh: `“${name}”需法定代表人或授权代表签字，尚未完成`,
          en: `"${name}" needs the signature of the legal representative or agent; not done yet`,
        },
        fix: { zh: '签字后勾选“已签字”', en: 'Sign it, then tick "signed"' },
        basis,
      })
  })
}

function l07(ctx: RuleContext): void {
  const c = ctx.bid.copies
  const fix = { zh: '按招标文件要求的份数准备', en: 'Prepare the number the tender asks for' }
  if (c.originalPlanned < c.originalRequired)
    ctx.add({
      ruleId: 'L07',
      severity: '否决风险',
      path: 'copies.originalPlanned',
      message: {
        zh: `正本要求 ${c.originalRequired} 份，计划 ${c.originalPlanned} 份`,
        en: `${c.originalRequired} original(s) required, ${c.originalPlanned} planned`,
      },
      fix,
    })
  if (c.copiesPlanned < c.copiesRequired)
    ctx.add({
      ruleId: 'L07',
      severity: '失分风险',
      path: 'copies.copiesPlanned',
      message: {
        zh: `副本要求 ${c.copiesRequired} 份，计划 ${c.copiesPlanned} 份`,
        en: `${c.copiesRequired} copies required, ${c.copiesPlanned} planned`,
      },
      fix,
    })
  if (c.electronicRequired && !c.electronicPlanned)
    ctx.add({
      ruleId: 'L07',
      severity: '失分风险',
      path: 'copies.electronicPlanned',
      message: {
        zh: '招标文件要求电子版，尚未计划',
        en: 'An electronic version is required but not planned',
      },
      fix,
    })
}

export function runSubmission(ctx: RuleContext): void {
  l05(ctx)
  l06(ctx)
  l07(ctx)
}
