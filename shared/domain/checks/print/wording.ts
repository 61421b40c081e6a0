import { partTexts, type PrintModel } from '@shared/domain/export/print-model'
import { basisOf } from '../basis'
import type { RuleContext } from '../context'
import { requirementMark } from '@shared/domain/export/rows'
import { where } from './parts'

/**
 * P06, a service bid does not speak of goods. A form's wording about 供货, 到货, 安装调试, 发货, 装箱 in a 服务 tender
 * shows the committee a copied template and commits to something not procured: 失分风险 (the tender's forms and
 * scoring). Only the forms' own wording is read; the team's own text may well speak of installing an agent.
 */
const GOODS = /供货|到货|发货|装箱|安装调试|安装、调试|供货、安装|交货期|交货地点/u

export function p06(ctx: RuleContext, model: PrintModel): void {
  if (model.category !== '服务') return
  for (const part of model.parts) {
    for (const t of partTexts(part)) {
      if (t.origin !== 'form') continue
      const m = GOODS.exec(t.text)
      if (!m) continue
      ctx.add({
        ruleId: 'P06',
        severity: '失分风险',
        path: 'category',
        discriminator: `${part.id}:${m[0]}`,
        printedIn: [where(part)],
        message: {
          zh: `服务类投标的“${part.title}”印有货物用语“${m[0]}”：${t.text.slice(0, 40)}`,
          en: `The service bid's "${part.title}" uses goods wording "${m[0]}"`,
        },
        fix: {
          zh: '改用服务类表述（模板可用 "when": {"category": ["服务"]} 分别写货物与服务的承诺）',
          en: 'Use service wording (a template can give goods and services their own paragraphs with "when")',
        },
        basis: basisOf(ctx, 'form'),
      })
      break
    }
  }
}

/**
 * P07, ★/▲ printed once, with the tender's clause number: the committee checks every ★ (实质性) clause against the
 * deviation table by its number. A ★ clause printed without its mark, or without its number, is one the committee
 * may not find answered: 失分风险; a mark printed twice ("★★") is a sloppy copy: 提示.
 */
export function p07(ctx: RuleContext, model: PrintModel): void {
  const byId = new Map(ctx.bid.requirements.map((r, i) => [r.id, { r, i }]))
  for (const part of model.parts) {
    for (const b of part.blocks) {
      if (b.type !== 'table' || b.role !== 'requirements' || !b.rowItems) continue
      b.rows.forEach((row, ri) => {
        const hit = byId.get(b.rowItems![ri] ?? '')
        if (!hit) return
        const { r, i } = hit
        const { mark } = requirementMark(r)
        const text = row.map((c) => c.text).join(' ')
        const count = [...text].filter((ch) => ch === '★' || ch === '▲').length
        const problems: { zh: string; en: string; severity: '失分风险' | '提示' }[] = []
        if (mark && count === 0)
          problems.push({ zh: `未标${mark}`, en: `without its ${mark}`, severity: '失分风险' })
        if (count > 1)
          problems.push({
            zh: `${mark || '★'}标了 ${count} 次`,
            en: `marked ${count} times`,
            severity: '提示',
          })
        if (mark && r.no && !text.includes(r.no))
          problems.push({
            zh: `未注明条款号 ${r.no}`,
            en: `without its clause number ${r.no}`,
            severity: '失分风险',
          })
        if (mark && !r.no)
          problems.push({ zh: '没有条款号', en: 'has no clause number', severity: '失分风险' })
        for (const p of problems)
          ctx.add({
            ruleId: 'P07',
            severity: p.severity,
            path: `requirements.${i}.${p.zh.includes('条款号') ? 'no' : 'star'}`,
            itemId: r.id,
            discriminator: `${part.id}:${p.en}`,
            printedIn: [where(part)],
            message: {
              zh: `“${part.title}”中的条款“${r.text.slice(0, 30)}”${p.zh}`,
              en: `"${part.title}" prints the clause "${r.text.slice(0, 30)}" ${p.en}`,
            },
            fix: {
              zh: '在要求中填写招标文件条款号并标记★/▲',
              en: 'Enter the tender clause number and mark ★/▲ on the requirement',
            },
            basis: basisOf(ctx, 'form'),
          })
      })
    }
  }
}
