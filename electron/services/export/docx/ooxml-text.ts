import JSZip from 'jszip'
import { PLACEHOLDER_RE } from '@shared/domain/export'

/**
 * Reading the visible text of a .docx without a DOM: enough to find `{{placeholders}}` that Word has split over
 * several runs (it does, after spell-check or an edit in the middle of a word), in the body, tables (which are
 * body paragraphs too), headers, footers and notes.
 */
export const TEXT_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e]
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    // A reference beyond Unicode is malformed XML; show the replacement character rather than crash.
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD'
  })
}

/** The text of each paragraph of a part, joining its runs (w:t only: deleted text, w:delText, is not text). */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = []
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    let text = ''
    for (const t of p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) text += decodeXml(t[1])
    out.push(text)
  }
  return out
}

export interface PlaceholderHit {
  key: string
  part: string
}

/** Every `{{key}}` in the text parts, with the part it is in (a key may be listed once per part). */
export async function scanDocxPlaceholders(zip: JSZip): Promise<PlaceholderHit[]> {
  const hits: PlaceholderHit[] = []
  for (const name of Object.keys(zip.files)
    .filter((n) => TEXT_PARTS.test(n))
    .sort()) {
    const xml = await zip.file(name)!.async('string')
    const seen = new Set<string>()
    for (const text of paragraphTexts(xml)) {
      for (const m of text.matchAll(PLACEHOLDER_RE)) {
        if (!seen.has(m[1])) hits.push({ key: m[1], part: name })
        seen.add(m[1])
      }
    }
  }
  return hits
}

/** All the visible text of the text parts, for checking what a fill left behind. */
export async function docxText(zip: JSZip): Promise<string> {
  const parts: string[] = []
  for (const name of Object.keys(zip.files)
    .filter((n) => TEXT_PARTS.test(n))
    .sort()) {
    parts.push(paragraphTexts(await zip.file(name)!.async('string')).join('\n'))
  }
  return parts.join('\n')
}
