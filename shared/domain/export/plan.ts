import type { Bid, Section } from '@shared/schemas'
import type { DocumentLayout } from './form-template'

export interface PlannedPart {
  kind: 'front' | 'section'
  /** Form to render, or null for a section written from its own text. */
  formKey: string | null
  section: Section | null
  title: string
}

export interface DocumentPlan {
  parts: PlannedPart[]
  /** Sections whose formKey names no template: written from their own text instead. */
  unknownForms: { sectionId: string; formKey: string }[]
  /** Sections that duplicate a front form (a 封面 or 目录 section): written once, at the front. */
  mergedIntoFront: string[]
}

/**
 * The order of the 投标文件: the front forms (cover, table of contents), then the bid's sections exactly in the order
 * of bid.sections, which is the order the tender mandates (DOMAIN.md C09 checks it; the exporter never reorders).
 */
export function planDocument(
  bid: Bid,
  layout: DocumentLayout,
  hasForm: (key: string) => boolean,
): DocumentPlan {
  const parts: PlannedPart[] = []
  const unknownForms: DocumentPlan['unknownForms'] = []
  const mergedIntoFront: string[] = []
  for (const key of layout.front) {
    if (hasForm(key)) parts.push({ kind: 'front', formKey: key, section: null, title: key })
    else unknownForms.push({ sectionId: '', formKey: key })
  }
  for (const s of bid.sections) {
    if (s.formKey && layout.front.includes(s.formKey)) {
      mergedIntoFront.push(s.id)
      continue
    }
    let formKey = s.formKey
    if (formKey && !hasForm(formKey)) {
      unknownForms.push({ sectionId: s.id, formKey })
      formKey = null
    }
    parts.push({ kind: 'section', formKey, section: s, title: s.title || s.formKey || '' })
  }
  return { parts, unknownForms, mergedIntoFront }
}
