import type { RenderBlock } from './blocks'

const DATE_LINE = /^\s*(?:日\s*期|签署日期)\s*[：:]/

const NOTE_LINE = /^\s*(?:注|说明|备注)\s*[：:]/

function isNote(b: RenderBlock): boolean {
  return b.type === 'paragraph' && NOTE_LINE.test(b.text)
}

function isSignBlockMember(b: RenderBlock): boolean {
  if (b.type === 'marker' || b.type === 'blank') return true
  return b.type === 'paragraph' && DATE_LINE.test(b.text)
}

/**
 * A form ends with its seal, signature and date. They must never stand alone on a page (a page holding only
 * "日期：…" is detached from what it signs): every block of the closing group, and the last block before it, is kept
 * with the next one. Notes after the group (注：…) may go to the next page.
 */
export function keepSignBlock(blocks: RenderBlock[]): RenderBlock[] {
  // A form's closing note ("注：从业人员…", 中小企业声明函) after the date is not part of what is signed: the sign
  // block before it is still the closing group.
  let end = blocks.length
  while (end > 0 && isNote(blocks[end - 1])) end--
  let start = end
  while (start > 0 && isSignBlockMember(blocks[start - 1])) start--
  if (start === end || !blocks.slice(start, end).some((b) => b.type !== 'blank')) return blocks
  const from = Math.max(0, start - 1)
  return blocks.map((b, i) => {
    if (i < from || i >= end - 1) return b
    if (b.type !== 'heading' && b.type !== 'toc' && b.type !== 'pageBreak') return { ...b, keepNext: true }
    return b
  })
}
