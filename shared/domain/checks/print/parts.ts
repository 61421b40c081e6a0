import type { PrintModel, PrintPart, PrintedField } from '@shared/domain/export/print-model'

/** Helpers the print rules share: where a value is printed, and the printed date of a part. */
export const where = (p: Pick<PrintPart, 'id' | 'title'>) => ({ partId: p.id, title: p.title })

/** The forms whose wording is substantive: a defect in them is a defect of the bid's declaration itself. */
export const SUBSTANTIVE_FORMS = new Set([
  '投标函',
  '开标一览表',
  '报价明细表',
  '授权委托书',
  '法定代表人身份证明',
  '商务偏离表',
  '技术偏离表',
  '资格证明文件',
  '服务承诺书',
])

/** The filled values of the given keys, in print order, with their part. */
export function fieldsOf(
  model: PrintModel,
  keys: ReadonlySet<string>,
): { part: PrintPart; field: PrintedField }[] {
  const out: { part: PrintPart; field: PrintedField }[] = []
  for (const part of model.parts)
    for (const field of part.fields) if (keys.has(field.key)) out.push({ part, field })
  return out
}

/** A bid path to point a finding at: the printed field's own path when it is one of the bid's. */
export function pathOf(field: PrintedField | undefined, fallback: string): string {
  return field && field.doc === 'bid' ? field.field : fallback
}
