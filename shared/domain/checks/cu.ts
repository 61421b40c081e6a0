import { normaliseLazy } from './config'
import { type RuleContext, vetoBasis } from './context'
import { bidTextFields, companyTextFields, materialTextFields, priceTextFields } from './fields'
import { matchMandated } from './lou'
import { matchRequired, requiredEntries } from './required'
import { charCount, compact, dayOf, dayToIso, excerpt } from './text'
import { outOfOrder } from '../sequence'

/** 不粗 — nothing rough (DOMAIN.md §4, C01–C03, C06–C10; C04/C05 are in cu-expiry.ts). */

function c01(ctx: RuleContext): void {
  const re = ctx.cfg.placeholderRe
  const fields = [...bidTextFields(ctx), ...materialTextFields(ctx), ...companyTextFields(ctx)]
  for (const f of fields) {
    re.lastIndex = 0
    let m = re.exec(f.text)
    if (!m) continue
    const found = new Set<string>()
    const first = m.index
    for (; m && found.size < 5; m = re.exec(f.text)) {
      found.add(m[0])
      if (m[0] === '') re.lastIndex++
    }
    const list = [...found].join('、')
    ctx.add({
      ruleId: 'C01',
      severity: '失分风险',
      doc: f.doc,
      docId: f.docId,
      path: f.path,
      ...(f.itemId ? { itemId: f.itemId } : {}),
      message: {
        zh: `残留占位符 ${list}：${excerpt(f.text, first)}`,
        en: `Placeholder text left (${list}): ${excerpt(f.text, first)}`,
      },
      fix: { zh: '替换为实际内容', en: 'Replace it with the real content' },
    })
  }
}

/** Requirement ids linked from the scoring matrix, split by what the C02/C03 thresholds need. */
function scoredSets(ctx: RuleContext) {
  const any = new Set<string>()
  const subjective = new Set<string>()
  const technical = new Set<string>()
  for (const it of ctx.matrix?.items ?? []) {
    if (it.category === '价格') continue
    for (const id of it.evidence.requirementIds) {
      any.add(id)
      if (it.kind === 'subjective') subjective.add(id)
      if (it.category === '技术') technical.add(id)
    }
  }
  return { any, subjective, technical }
}

function c02c03(ctx: RuleContext): void {
  const { bid, cfg } = ctx
  bid.sections.forEach((s, i) => {
    // A section rendered from a standard form has its content in the template.
    if (s.formKey !== null || s.materialIds.length > 0 || s.content.trim() !== '') return
    ctx.add({
      ruleId: 'C02',
      severity: '失分风险',
      path: `sections.${i}.content`,
      itemId: s.id,
      message: { zh: `章节“${s.title || s.id}”内容为空`, en: `Section "${s.title || s.id}" is empty` },
      fix: { zh: '填写内容或关联资料', en: 'Write the content or link materials' },
    })
  })
  const sets = scoredSets(ctx)
  bid.requirements.forEach((r, i) => {
    if (r.status !== '响应' && r.status !== '部分响应') return
    const scored = r.scored || sets.any.has(r.id)
    if (!scored) return
    const label = r.no || r.text.slice(0, 30) || r.id
    const technical = r.kind === '技术' || sets.technical.has(r.id)
    if (technical && cfg.lazySet.has(normaliseLazy(r.responseText))) {
      ctx.add({
        ruleId: 'C03',
        severity: '失分风险',
        path: `requirements.${i}.responseText`,
        itemId: r.id,
        message: {
          zh: `技术评分项“${label}”只答了“${r.responseText.trim()}”，没有具体说明`,
          en: `Scored technical item "${label}" is answered only "${r.responseText.trim()}" with no detail`,
        },
        fix: {
          zh: '写明如何满足：功能、参数、方案、案例或证明材料页码',
          en: 'Say how: features, figures, approach, cases or the page of the evidence',
        },
      })
      return
    }
    const subjective = sets.subjective.has(r.id) || (r.scored && !sets.any.has(r.id))
    const n = charCount(r.responseText)
    if (subjective && n < cfg.minSubjectiveResponseChars)
      ctx.add({
        ruleId: 'C02',
        severity: '失分风险',
        path: `requirements.${i}.responseText`,
        itemId: r.id,
        message: {
          zh: `主观评分项“${label}”的响应只有 ${n} 字（至少 ${cfg.minSubjectiveResponseChars} 字）`,
          en: `Response to subjective scored item "${label}" has ${n} characters (minimum ${cfg.minSubjectiveResponseChars})`,
        },
        fix: {
          zh: '充实响应内容，对照评分标准逐条说明',
          en: 'Expand it, point by point against the criteria',
        },
      })
  })
}

/** The same day N years earlier (29 Feb falls back to 28 Feb). */
function yearsBefore(day: number, years: number): number {
  const [y, m, d] = dayToIso(day).split('-').map(Number)
  const target = new Date(Date.UTC(y - years, m - 1, d))
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0)
  return Math.floor(target.getTime() / 86_400_000)
}

function c06(ctx: RuleContext): void {
  const { cfg } = ctx
  const since = cfg.referenceSince
    ? dayOf(cfg.referenceSince)
    : yearsBefore(ctx.deadlineDay, cfg.referenceWindowYears)
  for (const { material: m } of ctx.linked.values()) {
    if (m.kind !== '样板客户/类似业绩') continue
    const ref = m.reference
    const missing: { key: string; zh: string; en: string }[] = []
    if (!ref.customer.trim()) missing.push({ key: 'customer', zh: '客户名称', en: 'customer' })
    if (ref.amount === null) missing.push({ key: 'amount', zh: '合同金额', en: 'contract amount' })
    if (ref.contractDate === null) missing.push({ key: 'contractDate', zh: '合同日期', en: 'contract date' })
    if (missing.length > 0)
      ctx.add({
        ruleId: 'C06',
        severity: '失分风险',
        doc: 'material',
        docId: m.id,
        path: `reference.${missing[0].key}`,
        discriminator: 'incomplete',
        message: {
          zh: `类似业绩“${m.title}”缺少${missing.map((x) => x.zh).join('、')}`,
          en: `Reference case "${m.title}" lacks ${missing.map((x) => x.en).join(', ')}`,
        },
        fix: { zh: '补全合同信息并附合同关键页', en: 'Complete the contract data and attach its key pages' },
      })
    if (ref.contractDate === null) continue
    const d = dayOf(ref.contractDate)
    if (d >= since && d <= ctx.deadlineDay) continue
    ctx.add({
      ruleId: 'C06',
      severity: '失分风险',
      doc: 'material',
      docId: m.id,
      path: 'reference.contractDate',
      discriminator: 'window',
      message: {
        zh: `类似业绩“${m.title}”合同日期 ${ref.contractDate} 不在要求的时间范围（${dayToIso(since)} 至 ${dayToIso(ctx.deadlineDay)}）内`,
        en: `Reference case "${m.title}" dated ${ref.contractDate} is outside the window ${dayToIso(since)} – ${dayToIso(ctx.deadlineDay)}`,
      },
      fix: { zh: '换用时间范围内的业绩', en: 'Use a reference from inside the window' },
    })
  }
}

function c07(ctx: RuleContext): void {
  const entries = requiredEntries(ctx)
  const matches = matchRequired(ctx, entries)
  entries.forEach((e, i) => {
    // With nothing attached at all, L04 already says so.
    if (e.materialKind !== '财务报表' || e.years.length === 0 || matches[i].length === 0) return
    const have = new Set(matches[i].map((m) => m.year))
    const missing = e.years.filter((y) => !have.has(y))
    if (missing.length === 0) return
    ctx.add({
      ruleId: 'C07',
      severity: e.qualification ? '否决风险' : '失分风险',
      path: e.path ? `${e.path}.years` : 'requiredMaterials',
      ...(e.path ? { itemId: e.id } : { discriminator: e.id }),
      message: {
        zh: `财务报表缺少 ${missing.join('、')} 年度`,
        en: `Financial statements missing for ${missing.join(', ')}`,
      },
      fix: { zh: '关联对应年度的审计报告或财务报表', en: 'Link the audited statements of those years' },
      ...(e.qualification ? { basis: vetoBasis(ctx.law) } : {}),
    })
  })
}

const MONEY_RE = /\d(?:[\d,，]*\d)?(?:\.\d+)?\s*(万?)元|单位\s*[：:]\s*(?:人民币)?\s*(万?)元/gu
const TAX_RE = /([不未])?包?含(?:增值)?税/gu

function c08(ctx: RuleContext): void {
  const q = ctx.bid.quote
  const units = new Set<string>()
  const tax = new Set<'incl' | 'excl'>()
  let firstUnit: { path: string; itemId?: string } | null = null
  let firstTax: { path: string; itemId?: string } | null = null
  for (const f of priceTextFields(ctx)) {
    MONEY_RE.lastIndex = 0
    for (let m = MONEY_RE.exec(f.text); m; m = MONEY_RE.exec(f.text)) {
      // A figure with its unit, or the table's declaration ("金额单位：万元").
      const u = m[1] || m[2] ? '万元' : '元'
      if (u !== q.moneyUnit && !firstUnit) firstUnit = { path: f.path, itemId: f.itemId }
      units.add(u)
    }
    TAX_RE.lastIndex = 0
    for (let m = TAX_RE.exec(f.text); m; m = TAX_RE.exec(f.text)) {
      const t = m[1] ? 'excl' : 'incl'
      if ((t === 'incl') !== q.taxIncluded && !firstTax) firstTax = { path: f.path, itemId: f.itemId }
      tax.add(t)
    }
  }
  if (firstUnit)
    ctx.add({
      ruleId: 'C08',
      severity: '失分风险',
      path: firstUnit.path,
      ...(firstUnit.itemId ? { itemId: firstUnit.itemId } : {}),
      discriminator: 'unit',
      message: {
        zh: `报价部分金额单位不一致：报价以“${q.moneyUnit}”为单位，文中出现${[...units].map((u) => `“${u}”`).join('和')}`,
        en: `Money units mixed in the price part: the quote is in ${q.moneyUnit}, the text uses ${[...units].join(' and ')}`,
      },
      fix: { zh: '统一金额单位', en: 'Use one money unit throughout' },
    })
  if (firstTax)
    ctx.add({
      ruleId: 'C08',
      severity: '失分风险',
      path: firstTax.path,
      ...(firstTax.itemId ? { itemId: firstTax.itemId } : {}),
      discriminator: 'tax',
      message: {
        zh: `含税口径不一致：报价为${q.taxIncluded ? '含税' : '不含税'}价，文中出现“${tax.has('incl') === q.taxIncluded ? '不含税' : '含税'}”`,
        en: `Tax basis mixed: the quote is tax-${q.taxIncluded ? 'inclusive' : 'exclusive'} but the text says otherwise`,
      },
      fix: {
        zh: '统一为招标文件要求的含税或不含税口径',
        en: 'Use the tax basis the tender asks for throughout',
      },
    })
}

function c09(ctx: RuleContext): void {
  const { bid } = ctx
  const matched = matchMandated(bid)
  const present = matched.map((s, mi) => ({ s, mi })).filter((x) => x.s >= 0)
  const bad = outOfOrder(present.map((x) => x.s))
  for (const k of bad) {
    const { s, mi } = present[k]
    const section = bid.sections[s]
    ctx.add({
      ruleId: 'C09',
      severity: '失分风险',
      path: `sections.${s}`,
      itemId: section.id,
      message: {
        zh: `章节“${section.title}”的位置与招标文件规定的顺序不符（应为第 ${mi + 1} 项“${bid.mandatedOrder[mi]}”）`,
        en: `Section "${section.title}" is out of the order the tender sets (it is item ${mi + 1}, "${bid.mandatedOrder[mi]}")`,
      },
      fix: {
        zh: '按招标文件目录顺序调整章节',
        en: "Reorder the sections to follow the tender's table of contents",
      },
    })
  }
}

function c10(ctx: RuleContext): void {
  const min = ctx.cfg.minRepeatParagraphChars
  const firstSeen = new Map<string, number>()
  const reported = new Set<string>()
  ctx.bid.sections.forEach((s, i) => {
    if (s.content.length < min) return
    for (const para of s.content.split('\n')) {
      // compact() only shortens, so a short raw paragraph can be skipped without copying it.
      if (para.length < min) continue
      const norm = compact(para)
      if (norm.length < min) continue
      const at = firstSeen.get(norm)
      if (at === undefined) {
        firstSeen.set(norm, i)
        continue
      }
      if (at === i) continue
      const other = ctx.bid.sections[at]
      const pair = `${other.id}>${s.id}`
      if (reported.has(pair)) continue
      reported.add(pair)
      ctx.add({
        ruleId: 'C10',
        severity: '提示',
        path: `sections.${i}.content`,
        itemId: s.id,
        discriminator: other.id,
        message: {
          zh: `章节“${s.title}”与“${other.title}”有相同的长段落：${excerpt(para.trim(), 0, 30)}`,
          en: `Section "${s.title}" repeats a long paragraph of "${other.title}": ${excerpt(para.trim(), 0, 30)}`,
        },
        fix: { zh: '删除重复或改为引用', en: 'Remove the repeat or refer to the other section' },
      })
    }
  })
}

export function runCu(ctx: RuleContext): void {
  c01(ctx)
  c02c03(ctx)
  c06(ctx)
  c07(ctx)
  c08(ctx)
  c09(ctx)
  c10(ctx)
}
