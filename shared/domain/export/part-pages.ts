import type { RenderBlock } from './blocks'
import type { PrintPart } from './print-model'

export type PartPageRanges = Record<string, { from: number; to: number }>

/** The bookmark the Word writer puts on the first paragraph of a part that has no bookmarked heading. */
export const partStartBookmark = (index: number) => `_BbPart${index + 1}`

/** The first heading of a part that carries a bookmark, if any. */
export function headingAnchorOf(p: PrintPart): string | null {
  if (p.bookmark) return p.bookmark
  const h = p.blocks.find((b) => b.type === 'heading' && b.bookmark)
  return h && h.type === 'heading' ? (h.bookmark ?? null) : null
}

/** Where the PDF says part `index` is: its first bookmarked heading, else the writer's part-start bookmark. */
export const anchorOf = (p: PrintPart, index: number) => headingAnchorOf(p) ?? partStartBookmark(index)

/** Whether the part's first printed block opens a new page (a page break, or a heading with "page break before"). */
function startsPage(blocks: readonly RenderBlock[]): boolean {
  const first = blocks[0]
  if (!first) return false
  return first.type === 'pageBreak' || (first.type === 'heading' && first.pageBreakBefore)
}

/**
 * The pages each part of a print occupies (part id → first and last page), from where the PDF printed each part's
 * heading bookmark: a part runs until the page before the next part when that one opens a new page, else until the
 * page the next part starts on (they share it). A part without a bookmarked heading (the cover, the 目录) is found
 * by the bookmark the Word writer puts on its first paragraph (partStartBookmark); a part the PDF does not place gets
 * no range, and the part before it runs up to the next known start. `pageCount` ends the last part.
 */
export function partPageRanges(
  parts: readonly PrintPart[],
  pageOf: (bookmark: string) => number | undefined,
  pageCount: number,
): PartPageRanges {
  const starts: { id: string; page: number; newPage: boolean }[] = []
  parts.forEach((p, i) => {
    const page = pageOf(anchorOf(p, i))
    if (page !== undefined) starts.push({ id: p.id, page, newPage: startsPage(p.blocks) })
  })
  const out: PartPageRanges = {}
  starts.forEach((s, i) => {
    const next = starts[i + 1]
    const end = next ? (next.newPage ? next.page - 1 : next.page) : pageCount
    out[s.id] = { from: s.page, to: Math.max(s.page, end) }
  })
  return out
}

/** "第 3 页" / "第 3–5 页", as the 封装 checklist prints a range. */
export function pageRangeText(r: { from: number; to: number }): string {
  return r.from === r.to ? `第 ${r.from} 页` : `第 ${r.from}–${r.to} 页`
}
