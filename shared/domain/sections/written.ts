import type { SectionDoc } from '@shared/schemas/section-doc'
import { docText } from './text'

/** Lines as the print reads them: trimmed, blank lines dropped (blank lines never printed). */
function lines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n')
}

/**
 * The section's document, when it is still what `content` says. The editor stores both (the document, and its text
 * in `content` for the text checks); a writer that only knows plain text (the HTTP API, the CLI, an older copy of
 * the app) changes `content` alone. Then the text wins and prints one paragraph per line: an edit is never
 * silently replaced by an older document, at worst its formatting is lost.
 */
export function writtenDoc(section: { doc: SectionDoc | null; content: string }): SectionDoc | null {
  if (!section.doc) return null
  return lines(docText(section.doc)) === lines(section.content) ? section.doc : null
}
