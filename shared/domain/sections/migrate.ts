import { docFromPlainText } from './plain'

/**
 * Bid v4 → v5 for its sections (raw JSON, before validation): the plain text becomes a section document that prints
 * the same (docFromPlainText reads it exactly as the print did), `content` stays as written, and the new fields
 * start from what the section already says: 状态 定稿 when it was marked done, 初稿 when it has text, else 待写;
 * a standard form is a 'template', a section with only materials an 'appendix'.
 */
export function migrateSectionsV5(sections: unknown): unknown {
  if (!Array.isArray(sections)) return sections
  return sections.map((raw) => {
    if (!raw || typeof raw !== 'object') return raw
    const s = raw as Record<string, unknown>
    const content = typeof s.content === 'string' ? s.content : ''
    const hasText = content.trim() !== ''
    const formKey = typeof s.formKey === 'string' && s.formKey !== '' ? s.formKey : null
    const materials = Array.isArray(s.materialIds) && s.materialIds.length > 0
    return {
      ...s,
      doc: s.doc ?? (hasText ? docFromPlainText(content) : null),
      status: s.status ?? (s.done === true ? '定稿' : hasText ? '初稿' : '待写'),
      source: s.source ?? (formKey ? 'template' : !hasText && materials ? 'appendix' : 'written'),
    }
  })
}
