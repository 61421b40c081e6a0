import { contentToBlocks } from '@shared/domain/export/content'
import type { BlockNode, SectionDoc } from '@shared/schemas/section-doc'

/**
 * Plain section text (the format before structured content) → a section document that prints the same: one
 * paragraph per line, and the lines the print always read as headings (一、 / （一） / 1. / 1.1, "# …") become
 * headings at the same level with their typed number kept (`numbered: false`). One rule for both: the migration and
 * any plain text that arrives later (API, CLI, an older machine) go through the print's own reading of the text.
 */
export function docFromPlainText(content: string): SectionDoc {
  const out: BlockNode[] = []
  for (const b of contentToBlocks(content)) {
    const text = b.type === 'heading' || b.type === 'paragraph' ? b.text : ''
    const inline = text ? [{ type: 'text' as const, text }] : undefined
    if (b.type === 'heading')
      out.push({
        type: 'heading',
        attrs: { level: Math.max(1, Math.min(3, b.level - 1)) as 1 | 2 | 3, numbered: false },
        content: inline,
      })
    else if (b.type === 'paragraph') out.push({ type: 'paragraph', content: inline })
  }
  return { type: 'doc', content: out }
}
