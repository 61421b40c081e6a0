import { partTexts, type PrintModel, type PrintedText } from '@shared/domain/export/print-model'
import { basisOf } from '../basis'
import type { RuleContext } from '../context'
import { where } from './parts'

/**
 * P03, nothing printed that is not meant for the evaluators: a placeholder ({{…}}, XXX, 待补充, 此处填写 …), a run of
 * blanks where a value belongs, a working status of the team (未处理, 部分响应 …), or a note about a missing scan.
 * Each means a required piece of the response is not there, so the 投标文件 does not respond to the tender where it
 * is printed: 否决风险 (87号令 art. 63 / 实施条例 art. 51 with the tender's own 无效投标 clauses). Blanks on the
 * signature and seal lines are meant to be signed by hand and are not findings; the 封装 checklist lists them.
 */
const PATTERNS: { re: RegExp; kind: 'placeholder' | 'blank' | 'status' | 'note' }[] = [
  { re: /\{\{[^{}]{1,80}\}\}/u, kind: 'placeholder' },
  {
    re: /(?<![A-Za-z])(?:X{3,}|x{3,}|×{2,}|Ｘ{2,}|\*{3,}|＊{2,}|○{3,}|□{3,})(?![A-Za-z])/u,
    kind: 'placeholder',
  },
  {
    re: /待补充|待完善|待定|待填写?|待确认|此处填写|请填写|请输入|TBD|TODO|FIXME|[（(]\s*略\s*[)）]/u,
    kind: 'placeholder',
  },
  { re: /_{3,}|＿{2,}|[（(]\s{3,}[)）]/u, kind: 'blank' },
  { re: /^(?:未处理|部分响应|不响应)|未处理[；;]/u, kind: 'status' },
  { re: /未附扫描件|未嵌入|请另附|文件缺失|无报价明细|未关联资格材料|\(缺\)|（缺）/u, kind: 'note' },
]

/** A blank on a line to be signed or sealed by hand is a place for a signature, not a missing value. */
const HAND_SIGNED = /签字|签章|签名|盖章|签署|手签|印章|公章/u
const DATE_LINE = /^\s*(?:日\s*期|签署日期)\s*[：:]\s*_+\s*$/u

function hits(t: PrintedText): { kind: string; match: string }[] {
  const out: { kind: string; match: string }[] = []
  for (const p of PATTERNS) {
    const m = p.re.exec(t.text)
    if (!m) continue
    if (p.kind === 'blank' && (t.where === 'marker' || HAND_SIGNED.test(t.text))) continue
    // A blank date is P02's finding (one, for the whole bid), not one per form.
    if (p.kind === 'blank' && DATE_LINE.test(t.text)) continue
    // Working statuses live in tables (a response or note cell); a tender's own requirement text is the tender's.
    if (p.kind === 'status' && (t.where !== 'cell' || (t.table && /要求|条款/u.test(t.table.header))))
      continue
    out.push({ kind: p.kind, match: m[0] })
  }
  return out
}

const WHAT: Record<string, { zh: string; en: string }> = {
  placeholder: { zh: '占位符/待填标记', en: 'a placeholder' },
  blank: { zh: '待填空线', en: 'a blank where a value belongs' },
  status: { zh: '内部处理状态', en: 'a working status' },
  note: { zh: '内部备注', en: 'an internal note' },
}

export function p03(ctx: RuleContext, model: PrintModel): void {
  for (const part of model.parts) {
    const seen = new Set<string>()
    for (const t of partTexts(part)) {
      for (const h of hits(t)) {
        // A blank in a data row (a consortium member without a name) is its own finding, named by column and row.
        const cell = h.kind === 'blank' && t.table?.row ? t.table : null
        const id = `${h.kind}:${h.match}${cell ? `:${cell.row}:${cell.header}` : ''}`
        if (seen.has(id)) continue
        seen.add(id)
        const excerpt = cell
          ? `${cell.header}（第 ${cell.row} 行）`
          : t.text.length > 40
            ? `${t.text.slice(0, 40)}…`
            : t.text
        const sectionIndex = part.sectionId ? ctx.bid.sections.findIndex((s) => s.id === part.sectionId) : -1
        // …and points at the field the row prints it from (consortium.members.1.name), not at the form.
        const field = cell?.itemId
          ? part.fields.find((f) => f.itemId === cell.itemId && f.value === t.text && f.doc === 'bid')
          : undefined
        ctx.add({
          ruleId: 'P03',
          severity: '否决风险',
          path: field
            ? field.field
            : sectionIndex >= 0
              ? `sections.${sectionIndex}.${t.origin === 'content' ? 'content' : 'formKey'}`
              : 'sections',
          ...(field ? { itemId: cell!.itemId } : part.sectionId ? { itemId: part.sectionId } : {}),
          discriminator: `${part.id}:${id}`,
          printedIn: [where(part)],
          message: {
            zh: `“${part.title}”印有${WHAT[h.kind].zh}“${h.match}”：${excerpt}`,
            en: `"${part.title}" prints ${WHAT[h.kind].en} "${h.match}": ${excerpt}`,
          },
          fix:
            h.kind === 'status' || h.kind === 'note'
              ? {
                  zh: '补全响应或材料，使打印件只含对招标文件的响应',
                  en: 'Complete the response or the material so only the response is printed',
                }
              : {
                  zh: '填入实际内容（或在投标/公司资料中补全对应字段）',
                  en: 'Write the actual content (or fill the field in the bid / company profile)',
                },
          basis: basisOf(ctx, 'veto'),
        })
      }
    }
  }
}
