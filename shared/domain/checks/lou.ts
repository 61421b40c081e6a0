import type { Bid } from '@shared/schemas'
import { uncoveredItems } from '../matrices/matrix'
import { type RuleContext, vetoBasis, vetoName } from './context'
import { runSignatory } from './lou-signatory'
import { runSubmission } from './lou-submission'
import { matchRequired, requiredEntries } from './required'
import { normaliseTitle, titleNames } from './text'

/** 不漏 — nothing missing (DOMAIN.md §4, L01–L11). */

/**
 * For each mandated title, the index of the section that answers it (or -1). Exact titles are matched
 * first, so "报价表" does not take the "分项报价表" section when both are mandated.
 */
export function matchMandated(bid: Bid): number[] {
  const titles = bid.sections.map((s) => normaliseTitle(s.title))
  const used = new Set<number>()
  const wanted = bid.mandatedOrder.map((t) => normaliseTitle(t))
  const out = wanted.map((w) => {
    const i = titles.findIndex((t, k) => !used.has(k) && t === w && w !== '')
    if (i >= 0) used.add(i)
    return i
  })
  wanted.forEach((w, mi) => {
    if (out[mi] >= 0 || w === '') return
    const i = titles.findIndex((t, k) => !used.has(k) && (t.includes(w) || (t.length > 1 && w.includes(t))))
    if (i >= 0) {
      used.add(i)
      out[mi] = i
    }
  })
  return out
}

function l01l02(ctx: RuleContext): void {
  const { bid } = ctx
  const veto = vetoName(ctx.law)
  bid.requirements.forEach((r, i) => {
    const label = r.no || r.text.slice(0, 30) || r.id
    if (r.status === '未处理') {
      ctx.add({
        ruleId: 'L01',
        severity: r.star ? '否决风险' : '失分风险',
        path: `requirements.${i}.status`,
        itemId: r.id,
        message: {
          zh: `招标要求“${label}”尚未处理${r.star ? '（★条款，未响应将导致' + veto.zh + '）' : ''}`,
          en: `Requirement "${label}" has no response yet${r.star ? ` (★: no response means ${veto.en})` : ''}`,
        },
        fix: { zh: '填写响应内容并设置响应状态', en: 'Write the response and set its status' },
        ...(r.star ? { basis: vetoBasis(ctx.law) } : {}),
      })
      return
    }
    if (!r.star) return
    if (r.status !== '响应' || r.deviation === '负偏离') {
      const what =
        r.deviation === '负偏离'
          ? { zh: '负偏离', en: 'a negative deviation' }
          : { zh: r.status, en: r.status }
      ctx.add({
        ruleId: 'L02',
        severity: '否决风险',
        path: r.deviation === '负偏离' ? `requirements.${i}.deviation` : `requirements.${i}.status`,
        itemId: r.id,
        message: {
          zh: `★条款“${label}”为${what.zh}，将导致${veto.zh}`,
          en: `★ requirement "${label}" shows ${what.en}, which means ${veto.en}`,
        },
        fix: {
          zh: '★条款必须完全响应且不得负偏离；无法满足时应评估是否放弃投标',
          en: 'A ★ requirement must be fully met without negative deviation; otherwise reconsider bidding',
        },
        basis: vetoBasis(ctx.law),
      })
    }
  })
}

function l03(ctx: RuleContext): void {
  const { bid, cfg } = ctx
  for (const part of cfg.requiredParts) {
    if (bid.sections.some((s) => s.kind === part)) continue
    ctx.add({
      ruleId: 'L03',
      severity: '否决风险',
      path: 'sections',
      discriminator: `part:${part}`,
      message: { zh: `投标文件缺少“${part}”部分`, en: `The response has no ${part} part` },
      fix: { zh: `按招标文件格式添加${part}部分的章节`, en: `Add the ${part} sections the tender asks for` },
      ...(part === '资格' || part === '报价' ? { basis: vetoBasis(ctx.law) } : {}),
    })
  }
  const matched = matchMandated(bid)
  bid.mandatedOrder.forEach((title, i) => {
    if (matched[i] >= 0 || !title.trim()) return
    const keyForm = [...cfg.sealForms, ...cfg.identityForms].some((f) => titleNames(title, f))
    ctx.add({
      ruleId: 'L03',
      severity: keyForm ? '否决风险' : '失分风险',
      path: `mandatedOrder.${i}`,
      discriminator: normaliseTitle(title),
      message: {
        zh: `招标文件要求的“${title}”在投标文件中没有对应章节`,
        en: `The tender asks for "${title}" but no section answers it`,
      },
      fix: {
        zh: '按招标文件规定的格式添加该章节（标题保持一致）',
        en: 'Add the section with the title the tender uses',
      },
    })
  })
}

function l04(ctx: RuleContext): void {
  const entries = requiredEntries(ctx)
  const matches = matchRequired(ctx, entries)
  entries.forEach((e, i) => {
    if (matches[i].length > 0) return
    const chosenMissing = e.materialId !== null
    ctx.add({
      ruleId: 'L04',
      severity: e.qualification ? '否决风险' : '失分风险',
      path: e.path ? (chosenMissing ? `${e.path}.materialId` : e.path) : 'requiredMaterials',
      ...(e.path ? { itemId: e.id } : { discriminator: e.id }),
      message: chosenMissing
        ? {
            zh: `必备资料“${e.label}”所选的资料（${e.materialId}）不在资料库中`,
            en: `The material chosen for "${e.label}" (${e.materialId}) is not in the library`,
          }
        : {
            zh: `缺少必备资料“${e.label}”（${e.materialKind}）`,
            en: `Required material "${e.label}" (${e.materialKind}) is not attached`,
          },
      fix: {
        zh: '从资料库关联该资料，或先在资料库中录入',
        en: 'Link it from the materials library, or add it to the library first',
      },
      ...(e.qualification ? { basis: vetoBasis(ctx.law) } : {}),
    })
  })
  const forms = ctx.cfg.identityForms
  if (forms.length > 0 && !ctx.bid.sections.some((s) => forms.some((f) => titleNames(s.title, f)))) {
    ctx.add({
      ruleId: 'L04',
      severity: '否决风险',
      path: 'sections',
      discriminator: 'identity',
      message: {
        zh: `缺少${forms.join('或')}`,
        en: `No ${forms.join(' or ')} section (identity of the signatory)`,
      },
      fix: {
        zh: '添加法定代表人身份证明，或授权委托书并附被授权人身份证',
        en: "Add the legal representative's identity form, or a power of attorney with the agent's ID",
      },
      basis: vetoBasis(ctx.law),
    })
  }
  for (const d of ctx.dangling) {
    ctx.add({
      ruleId: 'L04',
      severity: '失分风险',
      path: d.path,
      ...(d.itemId ? { itemId: d.itemId } : {}),
      discriminator: d.id,
      message: {
        zh: `关联的资料 ${d.id} 不在资料库中（可能已删除）`,
        en: `Linked material ${d.id} is not in the library (deleted?)`,
      },
      fix: { zh: '重新关联正确的资料或移除该关联', en: 'Link the right material or remove the link' },
    })
  }
}

function l08(ctx: RuleContext): void {
  const m = ctx.matrix
  if (!m) return
  const uncovered = new Set(uncoveredItems(m).map((it) => it.id))
  const sectionIds = new Set(ctx.bid.sections.map((s) => s.id))
  const reqIds = new Set(ctx.bid.requirements.map((r) => r.id))
  m.items.forEach((it, i) => {
    if (!(it.maxPoints > 0) || it.category === '价格') return
    const e = it.evidence
    // Links to sections or requirements deleted since are no cover at all.
    const live =
      ctx.bid.sections.some((s) => s.scoringItemIds.includes(it.id)) ||
      e.sectionIds.some((id) => sectionIds.has(id)) ||
      e.requirementIds.some((id) => reqIds.has(id)) ||
      e.materialIds.some((id) => ctx.material(id) !== undefined)
    if (!uncovered.has(it.id) && live) return
    ctx.add({
      ruleId: 'L08',
      severity: '失分风险',
      doc: 'matrix',
      docId: m.id,
      path: `items.${i}.evidence`,
      itemId: it.id,
      message: {
        zh: `评分项“${it.name || it.id}”（${it.maxPoints} 分）没有对应的章节、资料或响应`,
        en: `Scoring item "${it.name || it.id}" (${it.maxPoints} pts) is not covered by any section, material or response`,
      },
      fix: {
        zh: '把评分项关联到回应它的章节、资料或招标要求',
        en: 'Link the item to the section, material or requirement that answers it',
      },
    })
  })
}

function l09(ctx: RuleContext): void {
  const o = ctx.bid.quote.openingSummary
  if (o.present && o.price !== null) return
  ctx.add({
    ruleId: 'L09',
    severity: '否决风险',
    path: o.present ? 'quote.openingSummary.price' : 'quote.openingSummary.present',
    message: o.present
      ? { zh: '开标一览表未填写投标报价', en: 'The opening summary (开标一览表) has no price' }
      : { zh: '缺少开标一览表', en: 'The opening summary (开标一览表) is missing' },
    fix: { zh: '按招标文件格式填写开标一览表', en: 'Fill in the opening summary in the tender format' },
  })
}

function l10(ctx: RuleContext): void {
  const { bid } = ctx
  const c = bid.consortium
  if (c.isConsortium && (c.agreementMaterialId === null || !ctx.material(c.agreementMaterialId)))
    ctx.add({
      ruleId: 'L10',
      severity: '否决风险',
      path: 'consortium.agreementMaterialId',
      message: {
        zh: `联合体投标缺少联合体协议，将导致${vetoName(ctx.law).zh}`,
        en: `Consortium bid without the joint bid agreement means ${vetoName(ctx.law).en}`,
      },
      fix: { zh: '关联已签署的联合体协议', en: 'Link the signed joint bid agreement' },
      basis: vetoBasis(ctx.law),
    })
  if (
    bid.manufacturerAuthRequired &&
    (bid.manufacturerAuthMaterialId === null || !ctx.material(bid.manufacturerAuthMaterialId))
  )
    ctx.add({
      ruleId: 'L10',
      severity: '否决风险',
      path: 'manufacturerAuthMaterialId',
      message: {
        zh: '招标文件要求制造商授权书，尚未关联',
        en: 'The tender requires a manufacturer authorisation; none is linked',
      },
      fix: { zh: '取得并关联制造商授权书', en: 'Obtain and link the manufacturer authorisation' },
    })
}

function l11(ctx: RuleContext): void {
  ctx.bid.clarifications.forEach((c, i) => {
    if (c.recorded && c.acknowledged) return
    const name = c.no || c.summary.slice(0, 30) || c.id
    ctx.add({
      ruleId: 'L11',
      severity: '失分风险',
      path: `clarifications.${i}.${c.recorded ? 'acknowledged' : 'recorded'}`,
      itemId: c.id,
      message: c.recorded
        ? { zh: `澄清/补遗“${name}”尚未确认`, en: `Clarification/addendum "${name}" not acknowledged` }
        : {
            zh: `澄清/补遗“${name}”尚未落实到投标文件`,
            en: `Clarification/addendum "${name}" not reflected yet`,
          },
      fix: {
        zh: '把澄清内容落实到相关要求和章节，并按要求书面确认',
        en: 'Apply it to the requirements and sections, and confirm receipt as the tender asks',
      },
    })
  })
}

export function runLou(ctx: RuleContext): void {
  l01l02(ctx)
  l03(ctx)
  l04(ctx)
  runSignatory(ctx)
  runSubmission(ctx)
  l08(ctx)
  l09(ctx)
  l10(ctx)
  l11(ctx)
}
