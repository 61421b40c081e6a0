import { formatDateZh } from '@shared/domain/export/format'
import type { PrintModel, PrintPart } from '@shared/domain/export/print-model'
import { basisOf } from '../basis'
import type { RuleContext } from '../context'
import { dayOf, isRealDate } from '../text'
import { SUBSTANTIVE_FORMS, where } from './parts'

/**
 * P02, one signing date. Every form is signed on the bid's one date (bid.signDate, by default the day of the
 * submission deadline; never the day of the export).
 * - A form dated after the deadline cannot have been signed before it was submitted: 否决风险 (the 投标文件 is not
 *   signed as the tender requires: 87号令 art. 63(二) / 实施条例 art. 51(一) and the tender's own form).
 * - Forms dated differently from the others: 失分风险 (the committee asks which is true; the forms of one 投标文件
 *   carry one date).
 * - A date before the tender was released: 失分风险 (impossible).
 * - No date to print at all: 失分风险 (the forms go out with a blank date).
 */
const TYPED_DATE = /(?:日\s*期|签署日期|落款日期)\s*[：:]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu

interface Dated {
  part: PrintPart
  iso: string
  path: string
}

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`

function datesPrinted(model: PrintModel, sectionIndex: (id: string) => number): Dated[] {
  const out: Dated[] = []
  for (const part of model.parts) {
    const fromField = part.fields.find((f) => f.key === '日期' || f.key === 'date')
    if (part.date)
      out.push({ part, iso: part.date, path: fromField?.doc === 'bid' ? fromField.field : 'signDate' })
    // A date typed into a form's own wording or a section's text is printed too.
    const texts = part.buyerForm
      ? part.buyerForm.paragraphs
      : part.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    for (const t of texts)
      for (const m of t.matchAll(TYPED_DATE)) {
        const d = iso(m[1], m[2], m[3])
        // A date that does not exist (2026年11月31日) is E08's; compared as a day it would roll into the next month.
        if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) continue
        if (d !== part.date)
          out.push({
            part,
            iso: d,
            path: part.sectionId ? `sections.${sectionIndex(part.sectionId)}.content` : 'signDate',
          })
      }
  }
  return out
}

export function p02(ctx: RuleContext, model: PrintModel): void {
  const dated = datesPrinted(model, (id) => ctx.bid.sections.findIndex((s) => s.id === id))
  const undated = model.parts.filter(
    (p) => p.fields.some((f) => f.key === '日期' || f.key === 'date') && !p.date,
  )
  const signing = model.parts.some((p) => p.seals.length > 0 || p.signatures.length > 0)
  if (model.signDate === null && signing) {
    ctx.add({
      ruleId: 'P02',
      severity: '失分风险',
      path: 'signDate',
      discriminator: 'none',
      printedIn: undated.map(where),
      message: {
        zh: '投标没有签署日期，也没有投标截止时间：各表落款日期将印为空线',
        en: 'The bid has neither a signing date nor a submission deadline: every form prints a blank date',
      },
      fix: { zh: '填写投标截止时间或签署日期', en: 'Enter the submission deadline or the signing date' },
      basis: basisOf(ctx, 'form'),
    })
  }
  const deadline = model.deadline ? dayOf(model.deadline) : null
  const late = dated.filter((d) => deadline !== null && dayOf(d.iso) > deadline)
  for (const date of new Set(late.map((d) => d.iso))) {
    const ds = late.filter((d) => d.iso === date)
    const names = ds.map((d) => `“${d.part.title}”`).join('、')
    ctx.add({
      ruleId: 'P02',
      severity: '否决风险',
      path: ds[0].path,
      discriminator: `late:${date}`,
      printedIn: ds.map((d) => where(d.part)),
      message: {
        zh: `${names}落款日期为 ${formatDateZh(date)}，晚于投标截止日 ${formatDateZh(model.deadline)}`,
        en: `${ds.map((d) => `"${d.part.title}"`).join(', ')} dated ${date}, after the submission deadline ${model.deadline?.slice(0, 10)}`,
      },
      fix: {
        zh: '签署日期不得晚于投标截止日：修改投标的签署日期（或导出时选择的日期）',
        en: 'The signing date must not be after the deadline: change the bid signing date (or the date chosen for the export)',
      },
      basis: `${basisOf(ctx, 'veto')}；${basisOf(ctx, 'form')}`,
    })
  }
  const release = ctx.bid.dates.release ? dayOf(ctx.bid.dates.release) : null
  for (const d of dated.filter((x) => release !== null && dayOf(x.iso) < release))
    ctx.add({
      ruleId: 'P02',
      severity: '失分风险',
      path: d.path,
      discriminator: `early:${d.part.id}:${d.iso}`,
      printedIn: [where(d.part)],
      message: {
        zh: `“${d.part.title}”落款日期 ${formatDateZh(d.iso)} 早于招标文件发布日 ${formatDateZh(ctx.bid.dates.release)}`,
        en: `"${d.part.title}" is dated ${d.iso}, before the tender was released`,
      },
      fix: { zh: '更正签署日期', en: 'Correct the signing date' },
      basis: basisOf(ctx, 'form'),
    })
  // One date: the bid's, and every form that prints another.
  const main = model.signDate
  const odd = dated.filter((d) => main !== null && d.iso !== main && !late.includes(d))
  for (const d of odd)
    ctx.add({
      ruleId: 'P02',
      severity: SUBSTANTIVE_FORMS.has(d.part.formKey ?? '') ? '失分风险' : '提示',
      path: d.path,
      ...(d.part.sectionId ? { itemId: d.part.sectionId } : {}),
      discriminator: `odd:${d.part.id}:${d.iso}`,
      printedIn: [where(d.part)],
      message: {
        zh: `“${d.part.title}”落款日期为 ${formatDateZh(d.iso)}，其他各表为 ${formatDateZh(main)}：同一投标文件应使用同一签署日期`,
        en: `"${d.part.title}" is dated ${d.iso} while the other forms are dated ${main}: one 投标文件 carries one signing date`,
      },
      fix: {
        zh: '清除该章节自己的签署日期，统一使用投标的签署日期',
        en: "Clear the section's own signing date and use the bid's",
      },
      basis: basisOf(ctx, 'form'),
    })
}
