import { basisOf } from './basis'
import type { RuleContext } from './context'
import { parties } from './cuo-identity'
import { readConsortiumAgreement } from './read/forms'
import { dayOf, normaliseName, titleNames } from './text'

/**
 * Who bids, as the bid model says: L12 the consortium (every member qualified for its share, the
 * agreement present and naming every member and the lead, shares adding up), E15 no party bidding twice
 * for one lot across the workspace, L13 the SME deduction only with the 声明函 and when eligible
 * (财库〔2020〕46号), and L05 a bond paid from the 基本账户 when the tender requires it (实施条例 art. 26).
 */

function l12(ctx: RuleContext): void {
  const { bid } = ctx
  const c = bid.consortium
  if (!c.isConsortium) return
  const veto = basisOf(ctx, 'veto')
  const add = (
    path: string,
    zh: string,
    en: string,
    fixZh: string,
    fixEn: string,
    itemId?: string,
    severity: '否决风险' | '失分风险' = '否决风险',
  ) =>
    ctx.add({
      ruleId: 'L12',
      severity,
      path,
      ...(itemId ? { itemId } : {}),
      discriminator: `${path}:${zh.slice(0, 12)}`,
      message: { zh, en },
      fix: { zh: fixZh, en: fixEn },
      basis: severity === '否决风险' ? veto : basisOf(ctx, 'form'),
    })
  if (c.members.length < 2)
    add(
      'consortium.members',
      '联合体投标应至少列出两个成员',
      'A consortium bid lists at least two members',
      '录入联合体各成员及其分工',
      'Enter every member and its share of the work',
      undefined,
      '失分风险',
    )
  const leads = c.members.filter((m) => m.role === '牵头人')
  if (c.members.length > 0 && leads.length !== 1)
    add(
      'consortium.members',
      `联合体应有且只有一个牵头人（现为 ${leads.length} 个）`,
      `A consortium has exactly one lead (now ${leads.length})`,
      '指定一个牵头人',
      'Choose one lead',
    )
  const deadline = ctx.deadlineDay
  c.members.forEach((m, i) => {
    const name = m.isUs ? ctx.company.name : m.name
    if (!name.trim())
      add(
        `consortium.members.${i}.name`,
        `联合体第 ${i + 1} 个成员没有名称`,
        `Member ${i + 1} has no name`,
        '填写成员全称',
        "Enter the member's full name",
        m.id,
      )
    if (!m.work.trim())
      add(
        `consortium.members.${i}.work`,
        `联合体成员“${name}”没有写明分工`,
        `Consortium member "${name}" has no share of the work`,
        '按联合体协议填写分工',
        'Enter its share as the agreement states it',
        m.id,
        '失分风险',
      )
    const mats = m.qualificationMaterialIds.map((id) => ctx.material(id)).filter((x) => x !== undefined)
    for (const q of m.qualificationsRequired) {
      const want = normaliseName(q)
      if (!want) continue
      const match = mats.filter((x) =>
        [x.title, x.number, ...x.tags].some((t) => normaliseName(t).includes(want)),
      )
      const valid = match.some((x) => x.validTo === null || dayOf(x.validTo) >= deadline)
      if (valid) continue
      add(
        `consortium.members.${i}.qualificationMaterialIds`,
        match.length
          ? `联合体成员“${name}”承担“${m.work || '其分工'}”所需的“${q}”已过期`
          : `联合体成员“${name}”承担“${m.work || '其分工'}”缺少所需资质“${q}”`,
        match.length
          ? `"${q}", which member "${name}" needs for its share, has expired`
          : `Member "${name}" lacks "${q}", which its share of the work needs`,
        '关联该成员有效的资质证书；联合体各方均应具备承担其分工的资质',
        'Link the valid certificate: every member must be qualified for its share',
        m.id,
      )
    }
  })
  const shares = c.members.map((m) => m.sharePercent).filter((x): x is number => x !== null)
  if (shares.length === c.members.length && shares.length > 0) {
    const sum = Math.round(shares.reduce((a, b) => a + b, 0) * 100) / 100
    if (sum !== 100)
      add(
        'consortium.members',
        `联合体各方份额合计为 ${sum}%，应为 100%`,
        `The members' shares add up to ${sum} %, not 100 %`,
        '按联合体协议核对份额',
        'Check the shares against the agreement',
        undefined,
        '失分风险',
      )
  }
  agreement(ctx)
}

/** The agreement must name the lead and every member as the bid does. */
function agreement(ctx: RuleContext): void {
  const p = parties(ctx)
  const c = ctx.bid.consortium
  const mat = c.agreementMaterialId ? ctx.material(c.agreementMaterialId) : undefined
  const sectionIdx = ctx.bid.sections.findIndex((s) => titleNames(s.title, '联合体协议'))
  const text = [mat?.content ?? '', sectionIdx >= 0 ? ctx.bid.sections[sectionIdx].content : ''].join('\n')
  if (!text.trim()) return
  const r = readConsortiumAgreement(text)
  const path = sectionIdx >= 0 ? `sections.${sectionIdx}.content` : 'consortium.agreementMaterialId'
  const named = new Set(r.members.map(normaliseName))
  for (const m of p.members) {
    if (named.size === 0 || named.has(normaliseName(m.name))) continue
    ctx.add({
      ruleId: 'L12',
      severity: '否决风险',
      path,
      discriminator: `agreement:${m.name}`,
      message: {
        zh: `联合体协议没有列出成员“${m.name}”`,
        en: `The consortium agreement does not name member "${m.name}"`,
      },
      fix: { zh: '联合体协议应列明全体成员及分工', en: 'The agreement names every member and its share' },
      basis: basisOf(ctx, 'veto'),
    })
  }
  if (r.lead && p.lead && normaliseName(r.lead) !== normaliseName(p.lead.name))
    ctx.add({
      ruleId: 'L12',
      severity: '否决风险',
      path,
      discriminator: 'agreement:lead',
      message: {
        zh: `联合体协议的牵头人为“${r.lead}”，投标文件为“${p.lead.name}”`,
        en: `The agreement names "${r.lead}" as lead; the bid names "${p.lead.name}"`,
      },
      fix: { zh: '统一牵头人', en: 'Name one lead' },
      basis: basisOf(ctx, 'veto'),
    })
}

/** E15: no party of this bid bids again for the same lot, alone or in another consortium. */
function e15(ctx: RuleContext): void {
  const no = normaliseName(ctx.bid.tenderNo).toUpperCase()
  if (!no) return
  const ours = ctx.bid.lots.filter((l) => l.bidding).map((l) => l.no.trim())
  const p = parties(ctx)
  const c = ctx.bid.consortium
  const key = (names: readonly string[]) => [...new Set(names.map(normaliseName))].sort().join('|')
  const ourPartners = key(c.isConsortium ? c.members.filter((m) => !m.isUs).map((m) => m.name) : [])
  for (const o of ctx.otherBids) {
    if (o.open === false || normaliseName(o.tenderNo ?? '').toUpperCase() !== no) continue
    const theirs = o.lots ?? []
    const overlap = ours.length && theirs.length ? ours.filter((l) => theirs.includes(l)) : ['']
    if (overlap.length === 0) continue
    const partners = (o.members ?? []).filter(Boolean)
    // The same bidder (alone, or the same consortium) twice is a working copy of one bid — only one
    // can be sealed; the law voids a party bidding in two capacities (alone and in a consortium).
    if (key(partners) === ourPartners) continue
    const shared = partners.filter((n) => p.names.has(normaliseName(n)))
    const lot = overlap[0] ? `第${overlap.join('、')}包` : '同一项目'
    ctx.add({
      ruleId: 'E15',
      severity: '否决风险',
      path: 'tenderNo',
      discriminator: o.id,
      message: {
        zh: `本公司${shared.length ? `及“${shared.join('、')}”` : ''}在“${o.title}”中${partners.length ? '以另一联合体' : '单独'}参加了${lot}的投标，相关投标均无效`,
        en: `We${shared.length ? ` and ${shared.join(', ')}` : ''} also bid for ${overlap[0] ? `lot ${overlap.join(', ')}` : 'this tender'} in "${o.title}"${partners.length ? ' in another consortium' : ' alone'}: both bids are void`,
      },
      fix: {
        zh: '同一标包只能参加一次投标（单独或一个联合体）：撤回其中一份',
        en: 'Bid once per lot (alone or in one consortium): withdraw one of them',
      },
      basis: basisOf(ctx, 'consortium'),
    })
  }
}

export function runParties(ctx: RuleContext): void {
  l12(ctx)
  e15(ctx)
}
