/**
 * The neutral model of a tender document the extractors read: paragraphs and tables in reading order, as the
 * .docx or PDF reader (electron/services/tender) produced them. Pure data, so every rule that reads a 招标文件 is a
 * pure function tested on blocks, whatever the file format was.
 */

/** One table cell; a merged range repeats its text in every cell it covers (as the scoring import expects). */
export interface TenderCell {
  text: string
  /** Set on every cell of a merged range: an id shared by the range. */
  merge?: string
  /** True on the cells a merged range covers, i.e. all but its first one. */
  covered?: boolean
}

export type TenderBlock =
  | {
      kind: 'p'
      /** The visible text, with the automatic numbering Word draws in front of it ("第二章 ", "1.1 "). */
      text: string
      /** 1–9 for a heading (style or outline level), else null. */
      heading: number | null
      /** A line of a table of contents (TOC style, or dot leaders and a page number). */
      toc?: boolean
      page?: number
    }
  | { kind: 'table'; rows: TenderCell[][]; page?: number }

export interface TenderDocument {
  /** The file name as the user gave it (shown in sources and messages). */
  file: string
  format: 'docx' | 'pdf'
  blocks: TenderBlock[]
  pageCount?: number
}

/** Full-width ASCII to half-width, ideographic space to a space; other characters unchanged. */
export function halfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

/** Text for comparing and matching labels: half-width, no whitespace. */
export function squash(s: string): string {
  return halfWidth(s).replace(/\s+/g, '')
}

/** One line of visible text: whitespace runs collapsed, ends trimmed. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

const EXCERPT_CHARS = 160

/** The excerpt shown beside an extracted value: the text around `needle`, cut to a readable length. */
export function excerptOf(text: string, needle?: string): string {
  const t = oneLine(text)
  if (t.length <= EXCERPT_CHARS) return t
  const at = needle ? t.indexOf(oneLine(needle)) : -1
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - 40, t.length - EXCERPT_CHARS))
  return (
    (start > 0 ? '…' : '') +
    t.slice(start, start + EXCERPT_CHARS) +
    (start + EXCERPT_CHARS < t.length ? '…' : '')
  )
}

/** The distinct texts of a table row (a merged range counted once), in column order. */
export function rowTexts(row: TenderCell[]): string[] {
  const out: string[] = []
  for (const c of row) {
    if (c.covered) continue
    out.push(c.text.trim())
  }
  return out
}

/** A table row as one line, for excerpts. */
export function rowLine(row: TenderCell[]): string {
  return rowTexts(row)
    .filter((t) => t !== '')
    .join(' | ')
}
