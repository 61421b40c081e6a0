import type { Section } from '@shared/schemas'
import { squash } from '../tender/document'
import { standardFormFor } from '../tender/form-match'

/**
 * Which bid section each form of a buyer's attached file is printed instead of. A 投标文件格式 chapter numbers and
 * decorates its titles ("一、投标函", "格式3 授权委托书", "附件1：开标一览表", "投 标 函（格式）"), and the bid's
 * sections may have been named from the same chapter or from the standard forms: the match is on the bare title
 * first, then on the standard form both names stand for.
 */
const PREFIX =
  /^(?:(?:格式|附件|附表|表|附)\s*[\d一二三四五六七八九十]+(?:[-.]\d+)?\s*[:：、.．\s-]*|[一二三四五六七八九十]+\s*[、.．]\s*|\d{1,2}\s*[、.．](?!\d)\s*|[（(]\s*[\d一二三四五六七八九十]+\s*[)）]\s*)/

/** A form title without its numbering, spaces and a trailing remark in brackets: "二、开标一览表（格式）" → "开标一览表". */
export function bareFormTitle(title: string): string {
  return squash(title)
    .replace(PREFIX, '')
    .replace(/[(（][^)）]*[)）]$/, '')
    .replace(/[:：]$/, '')
}

export interface SectionMatch {
  sectionId: string | null
  /** How it was matched: same title, same standard form, or none. */
  by: 'title' | 'form' | null
}

/**
 * One section per form title, each section used once, in the forms' order. A title that matches no section gets
 * null (the form is kept with the attachment, printed nowhere until the user maps it).
 */
export function matchFormsToSections(
  titles: readonly string[],
  sections: readonly Pick<Section, 'id' | 'title' | 'formKey'>[],
): SectionMatch[] {
  const used = new Set<string>()
  const bare = sections.map((s) => bareFormTitle(s.title))
  const std = sections.map((s) => s.formKey ?? standardFormFor(s.title))
  const out: SectionMatch[] = titles.map(() => ({ sectionId: null, by: null }))
  // Exact titles first, so "报价一览表" is not taken by a "开标一览表" section another form names exactly.
  titles.forEach((t, i) => {
    const b = bareFormTitle(t)
    if (!b) return
    const j = sections.findIndex((s, k) => !used.has(s.id) && bare[k] === b)
    if (j >= 0) {
      used.add(sections[j].id)
      out[i] = { sectionId: sections[j].id, by: 'title' }
    }
  })
  titles.forEach((t, i) => {
    if (out[i].sectionId) return
    const key = standardFormFor(bareFormTitle(t))
    if (!key) return
    const j = sections.findIndex((s, k) => !used.has(s.id) && std[k] === key)
    if (j >= 0) {
      used.add(sections[j].id)
      out[i] = { sectionId: sections[j].id, by: 'form' }
    }
  })
  return out
}

/** Whether a form's first line is its title for `sectionTitle` (then the export's own heading stands in for it). */
export function isFormTitleOf(line: string, sectionTitle: string): boolean {
  const a = bareFormTitle(line)
  if (!a || a.length > 40) return false
  const b = bareFormTitle(sectionTitle)
  if (a === b) return true
  const key = standardFormFor(a)
  return key !== null && key === standardFormFor(b)
}
