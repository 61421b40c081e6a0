import { basisOf } from './basis'
import { readings, type Reading } from './bid-texts'
import type { RuleContext } from './context'
import { at } from './fields'
import { normaliseName } from './text'

/**
 * E14, key staff: the 项目经理 and the other posts the bid names must be the same person in every section,
 * the person the bid model names, and hold the certificate the tender asks for (a linked 人员证书 whose
 * holder is that person). A required certificate is a qualification: missing, it is an 87号令 art. 63 /
 * 实施条例 art. 51 ground.
 */

const GROUPS: string[][] = [
  ['项目经理', '项目负责人', '实施经理'],
  ['技术负责人', '项目技术负责人', '项目总工'],
  ['项目总监', '总监理工程师'],
]

export function postGroup(post: string): string {
  const p = post.replace(/\s+/gu, '')
  return GROUPS.find((g) => g.includes(p))?.[0] ?? p
}

function mentions(texts: Reading[]) {
  return texts.flatMap((r) =>
    r.r.people.filter((m) => m.role === 'staff' && m.post).map((m) => ({ r, m, group: postGroup(m.post!) })),
  )
}

export function runStaff(ctx: RuleContext): void {
  const { bid } = ctx
  const staff = bid.keyStaff.filter((s) => s.post.trim() && s.name.trim())
  const byGroup = new Map(staff.map((s) => [postGroup(s.post), s]))
  const first = new Map<string, string>()
  for (const { r, m, group } of mentions(readings(ctx))) {
    const model = byGroup.get(group)
    const ref = model?.name.trim() ?? first.get(group)
    if (!ref) {
      first.set(group, m.name)
      continue
    }
    if (m.name === ref) {
      if (model && m.idNumber && model.idNumber.trim() && m.idNumber !== model.idNumber.trim().toUpperCase())
        ctx.add({
          ruleId: 'E14',
          severity: '失分风险',
          ...at(r.f),
          discriminator: `id:${m.idNumber}`,
          message: {
            zh: `${group}${m.name}的身份证号写为 ${m.idNumber}，人员信息为 ${model.idNumber}`,
            en: `${m.name} (${group}) has ID ${m.idNumber} here, ${model.idNumber} in the staff list`,
          },
          fix: { zh: '核对身份证号', en: 'Check the ID number' },
          basis: basisOf(ctx, 'clarification'),
        })
      continue
    }
    ctx.add({
      ruleId: 'E14',
      severity: '失分风险',
      ...at(r.f),
      discriminator: `${group}:${m.name}`,
      message: {
        zh: `${m.post}写为“${m.name}”，${model ? '拟派人员' : '前文'}为“${ref}”`,
        en: `The ${m.post} is named "${m.name}" here but "${ref}" ${model ? 'in the staff list' : 'elsewhere in the bid'}`,
      },
      fix: {
        zh: '全文统一拟派人员，与人员证书、社保证明一致',
        en: 'Name the same person throughout, as on the certificates and social insurance proof',
      },
      basis: basisOf(ctx, 'clarification'),
    })
  }
  certificates(ctx)
}

function certificates(ctx: RuleContext): void {
  ctx.bid.keyStaff.forEach((s, i) => {
    const name = s.name.trim()
    if (!name) return
    const linked = s.certificateMaterialIds.map((id) => ctx.material(id)).filter((m) => m !== undefined)
    const mine = linked.filter((m) => !m.holder.trim() || normaliseName(m.holder) === normaliseName(name))
    linked.forEach((m, k) => {
      if (!m.holder.trim() || normaliseName(m.holder) === normaliseName(name)) return
      ctx.add({
        ruleId: 'E14',
        severity: '否决风险',
        path: `keyStaff.${i}.certificateMaterialIds.${k}`,
        itemId: s.id,
        discriminator: `holder:${m.id}`,
        message: {
          zh: `${s.post}${name}所附证书“${m.title}”的持证人是“${m.holder}”`,
          en: `The certificate "${m.title}" attached for ${name} (${s.post}) is held by "${m.holder}"`,
        },
        fix: { zh: '附拟派人员本人的证书', en: "Attach the person's own certificate" },
        basis: basisOf(ctx, 'veto'),
      })
    })
    const want = s.certificateRequired.trim()
    if (!want) return
    const key = normaliseName(want)
    const has = mine.some((m) =>
      [m.title, m.number, m.content, ...m.tags].some((t) => normaliseName(t).includes(key)),
    )
    if (has) return
    ctx.add({
      ruleId: 'E14',
      severity: '否决风险',
      path: `keyStaff.${i}.certificateMaterialIds`,
      itemId: s.id,
      message: {
        zh: `${s.post}${name}缺少招标文件要求的“${want}”证书`,
        en: `${name} (${s.post}) has no "${want}" certificate, which the tender requires`,
      },
      fix: {
        zh: '从资料库关联该人员的证书（人员证书，持证人为本人）',
        en: "Link the person's certificate from the library (a 人员证书 held by them)",
      },
      basis: basisOf(ctx, 'veto'),
    })
  })
}
