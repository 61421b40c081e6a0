import type { RenderBlock } from './blocks'

const DATE_LINE = /^\s*(?:日\s*期|签署日期)\s*[：:]/

function isSignBlockMember(b: RenderBlock): boolean {
  if (b.type === 'marker' || b.type === 'blank') return true
  return b.type === 'paragraph' && DATE_LINE.test(b.text)
}

/**
 * A form ends with its seal, signature and date. They must never stand alone on a page (a page holding only
 * "日期：…" is detached from what it signs): every block of the closing group, and the last block before it, is kept
 * with the next one.
 */
export function keepSignBlock(blocks: RenderBlock[]): RenderBlock[] {
  let start = blocks.length
  while (start > 0 && isSignBlockMember(blocks[start - 1])) start--
  if (start === blocks.length || !blocks.slice(start).some((b) => b.type !== 'blank')) return blocks
  const from = Math.max(0, start - 1)
  return blocks.map((b, i) => {
    if (i < from || i === blocks.length - 1) return b
    if (b.type !== 'heading' && b.type !== 'toc' && b.type !== 'pageBreak') return { ...b, keepNext: true }
    return b
  })
}
