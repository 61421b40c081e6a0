import type { RenderBlock } from './blocks'

/**
 * The user's own section text → blocks. Paragraphs are separated by blank lines; a single line break stays a
 * line break inside the paragraph. A paragraph starting with "# " is a level-2 heading, "## " (or deeper) level 3,
 * because level 1 is the section title itself.
 */
export function contentToBlocks(content: string): RenderBlock[] {
  const out: RenderBlock[] = []
  const normalised = content.replace(/\r\n?/g, '\n')
  for (const raw of normalised.split(/\n(?:[ \t\u3000]*\n)+/)) {
    const para = raw.replace(/^(?:[ \t\u3000]*\n)+|(?:\n[ \t\u3000]*)+$/g, '')
    if (para.trim() === '') continue
    const h = /^(#{1,6})[ \t]+(.+)$/.exec(para)
    if (h && !para.includes('\n')) {
      out.push({
        type: 'heading',
        level: h[1].length === 1 ? 2 : 3,
        text: h[2].trim(),
        pageBreakBefore: false,
      })
      continue
    }
    // Hand-typed full-width indents would double the first-line indent the style already gives.
    out.push({
      type: 'paragraph',
      text: para.replace(/^[ \t\u3000]+/, ''),
      style: { indent: true, align: 'justify' },
    })
  }
  return out
}
