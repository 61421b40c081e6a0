import type { RenderBlock } from '@shared/domain/export/blocks'
import { squash } from '@shared/domain/tender/document'
import { standardFormFor } from '@shared/domain/tender/form-match'

/**
 * The standard forms a section can be, in the order the tender's 投标文件格式 lists them (the bid's `mandatedOrder`,
 * filled by the tender import): each form the tender asks for, matched to its template (响应函 → 投标函 …), then the
 * other templates. A form the tender lists that no template stands for is the buyer's own (filled from its .docx).
 */
export interface FormTemplateInfo {
  key: string
  title: string
}
export interface CatalogEntry {
  /** Template key, or null: a form of the buyer's own that no standard template stands for. */
  key: string | null
  /** The section's title: the tender's wording when the tender lists the form, else the template's title. */
  title: string
  templateTitle: string | null
  /** 1-based place in the tender's list of forms; null when the tender does not list it. */
  position: number | null
  /** The section already holding this form, if any. */
  sectionIndex: number | null
}

export function formCatalog(
  templates: readonly FormTemplateInfo[],
  mandatedOrder: readonly string[],
  sections: readonly { title: string; formKey: string | null }[],
  hidden: ReadonlySet<string> = new Set(),
): CatalogEntry[] {
  const usable = templates.filter((t) => !hidden.has(t.key))
  const byKey = new Map(usable.map((t) => [t.key, t]))
  const templateFor = (title: string) =>
    usable.find((t) => squash(t.key) === squash(title) || squash(t.title) === squash(title)) ??
    byKey.get(standardFormFor(title) ?? '') ??
    null
  const sectionOf = (key: string | null, title: string) => {
    const i = sections.findIndex(
      (s) => (key !== null && s.formKey === key) || squash(s.title) === squash(title),
    )
    return i < 0 ? null : i
  }
  const out: CatalogEntry[] = []
  const listed = new Set<string>()
  mandatedOrder.forEach((title, i) => {
    if (!title.trim()) return
    const t = templateFor(title)
    if (t && hidden.has(t.key)) return
    if (t) listed.add(t.key)
    out.push({
      key: t?.key ?? null,
      title,
      templateTitle: t?.title ?? null,
      position: i + 1,
      sectionIndex: sectionOf(t?.key ?? null, title),
    })
  })
  for (const t of usable) {
    if (listed.has(t.key)) continue
    out.push({
      key: t.key,
      title: t.title,
      templateTitle: t.title,
      position: null,
      sectionIndex: sectionOf(t.key, t.title),
    })
  }
  return out
}

/**
 * Where a new section titled `title` goes so the sections follow the tender's order: after the last section the
 * tender lists before it, else before the first it lists after it, else at the end.
 */
export function insertionIndex(
  sections: readonly { title: string }[],
  mandatedOrder: readonly string[],
  title: string,
): number {
  const pos = (t: string) => mandatedOrder.findIndex((m) => squash(m) === squash(t))
  const p = pos(title)
  if (p < 0) return sections.length
  let after = -1
  let before = -1
  sections.forEach((s, i) => {
    const q = pos(s.title)
    if (q >= 0 && q < p) after = i
    if (q > p && before < 0) before = i
  })
  return after >= 0 ? after + 1 : before >= 0 ? before : sections.length
}

export type PreviewItem =
  | { type: 'heading' | 'paragraph' | 'marker'; text: string; align?: string; bold?: boolean }
  | { type: 'table'; rows: { text: string; span: number; bold?: boolean }[][]; more: number }
  | { type: 'materials'; lines: string[] }

const PREVIEW_ROWS = 8

/** A form as the bid would fill it, reduced to what a preview shows (text, tables cut to a few rows, markers). */
export function previewOf(blocks: readonly RenderBlock[]): PreviewItem[] {
  const out: PreviewItem[] = []
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push({ type: 'heading', text: b.text })
        break
      case 'paragraph':
        if (b.text.trim())
          out.push({ type: 'paragraph', text: b.text, align: b.style.align, bold: b.style.bold })
        break
      case 'marker':
        out.push({ type: 'marker', text: b.text, align: b.align })
        break
      case 'table': {
        const rows = [
          ...(b.header ? [b.header.map((c) => ({ ...c, bold: true }))] : []),
          ...b.rows,
          ...b.footer,
        ]
        out.push({
          type: 'table',
          rows: rows
            .slice(0, PREVIEW_ROWS)
            .map((r) =>
              r.filter((c) => !c.vMerge).map((c) => ({ text: c.text, span: c.span, bold: c.bold })),
            ),
          more: Math.max(0, rows.length - PREVIEW_ROWS),
        })
        break
      }
      case 'materials':
        out.push({
          type: 'materials',
          lines: b.entries.length ? b.entries.map((e) => e.caption || e.title) : [b.emptyText ?? ''],
        })
        break
      default:
    }
  }
  return out
}
