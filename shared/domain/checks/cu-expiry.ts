import type { Material } from '@shared/schemas'
import { type RuleContext, vetoBasis } from './context'
import { matchRequired, requiredEntries } from './required'
import { dayOf, dayToIso } from './text'

/** C04 / C05 — materials valid at the deadline and while the bid stays open. */

function validAt(m: Material, day: number): boolean {
  return (
    (m.validTo === null || dayOf(m.validTo) >= day) && (m.validFrom === null || dayOf(m.validFrom) <= day)
  )
}

export function runExpiry(ctx: RuleContext): void {
  const d = ctx.deadlineDay
  const entries = requiredEntries(ctx)
  const matches = matchRequired(ctx, entries)
  // For each qualification material: does another material satisfy the same requirement at the deadline?
  const qualification = new Map<string, boolean>()
  entries.forEach((e, i) => {
    if (!e.qualification) return
    for (const m of matches[i]) {
      const alt = matches[i].some((o) => o.id !== m.id && validAt(o, d))
      qualification.set(m.id, (qualification.get(m.id) ?? false) || alt)
    }
  })
  const validity = ctx.bid.validityDays ?? ctx.bid.validityDaysRequired ?? 0
  const when = ctx.hasDeadline
    ? { zh: `投标截止日 ${dayToIso(d)}`, en: `the submission deadline ${dayToIso(d)}` }
    : {
        zh: `今天（${dayToIso(d)}，尚未填写投标截止时间）`,
        en: `today (${dayToIso(d)}; no deadline entered yet)`,
      }

  for (const { material: m } of ctx.linked.values()) {
    const name = m.title
    if (!validAt(m, d)) {
      const notYet = m.validFrom !== null && dayOf(m.validFrom) > d
      const isQual = qualification.has(m.id)
      const veto = isQual && !qualification.get(m.id)
      ctx.add({
        ruleId: 'C04',
        severity: veto ? '否决风险' : '失分风险',
        doc: 'material',
        docId: m.id,
        path: notYet ? 'validFrom' : 'validTo',
        message: notYet
          ? {
              zh: `资料“${name}”自 ${m.validFrom} 起才生效，${when.zh}时尚未生效`,
              en: `"${name}" is valid only from ${m.validFrom}, not yet at ${when.en}`,
            }
          : {
              zh: `资料“${name}”有效期至 ${m.validTo}，早于${when.zh}${veto ? '（资格文件，过期将导致投标无效）' : ''}`,
              en: `"${name}" expires ${m.validTo}, before ${when.en}${veto ? ' (a qualification: the bid would fail)' : ''}`,
            },
        fix:
          isQual && !veto
            ? { zh: '投标文件中移除过期版本，保留有效版本', en: 'Drop the expired copy; keep the valid one' }
            : { zh: '办理续期并在资料库中更新', en: 'Renew it and update the library' },
        ...(veto ? { basis: vetoBasis(ctx.law) } : {}),
      })
      continue
    }
    if (m.validTo === null) continue
    const v = dayOf(m.validTo)
    if (v < d + ctx.cfg.expiryWarnDays) {
      ctx.add({
        ruleId: 'C05',
        severity: '提示',
        doc: 'material',
        docId: m.id,
        path: 'validTo',
        message: {
          zh: `资料“${name}”将于 ${m.validTo} 到期（截止日后 ${v - d} 天内）`,
          en: `"${name}" expires ${m.validTo}, ${v - d} days after the deadline`,
        },
        fix: { zh: '提前办理续期', en: 'Start the renewal now' },
      })
    } else if (v < d + validity) {
      ctx.add({
        ruleId: 'C04',
        severity: '提示',
        doc: 'material',
        docId: m.id,
        path: 'validTo',
        message: {
          zh: `资料“${name}”将在投标有效期（${validity} 天）内到期（${m.validTo}）`,
          en: `"${name}" expires ${m.validTo}, inside the ${validity}-day bid validity period`,
        },
        fix: {
          zh: '准备续期后的证书，以备评标或签约时核验',
          en: 'Have the renewed certificate ready for evaluation or contract signing',
        },
      })
    }
  }
}
