import type { TenderBlock, TenderCell } from './document'
import { cellAt, findGrids, type Grid, type Segment } from './pdf-table'

/**
 * A PDF page (text items with positions, ruling lines) → blocks: tables from the ruling lines, the rest as lines
 * joined into paragraphs where a line ran to the right margin and the next one continues it. Pure, so the layout
 * rules are tested without a PDF library.
 */
export interface PdfTextItem {
  str: string
  x: number
  /** Baseline, y upwards. */
  y: number
  w: number
  size: number
}

export interface PdfPage {
  page: number
  width: number
  height: number
  items: PdfTextItem[]
  segments: Segment[]
}

interface Line {
  text: string
  x: number
  right: number
  y: number
  size: number
}

const CJK = '\u3000-\u303f\u4e00-\u9fff\uff00-\uffef'
/** The space a layout engine puts between Chinese and Latin letters or digits is spacing, not text. */
function tidy(text: string): string {
  return (
    text
      .replace(new RegExp(`([${CJK}])[ \u00a0]+(?=[A-Za-z0-9¥$])`, 'g'), '$1')
      // …but the space after a leading clause number ("1.2 投标人…") separates it from the text.
      .replace(new RegExp(`([A-Za-z0-9%.]+)[ \u00a0]+(?=[${CJK}])`, 'g'), (m, run: string, at: number) =>
        /^[\s★▲]*$/.test(text.slice(0, at)) ? m : run,
      )
      .replace(/\s+$/, '')
  )
}

/** Items on one baseline → one line of text, left to right, with a space where the gap is wide. */
function toLines(items: PdfTextItem[]): Line[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: PdfTextItem[][] = []
  for (const it of sorted) {
    const last = lines[lines.length - 1]
    if (last && Math.abs(last[0].y - it.y) <= Math.max(2, it.size * 0.4)) last.push(it)
    else lines.push([it])
  }
  return lines.map((l) => {
    l.sort((a, b) => a.x - b.x)
    let text = ''
    let end = -Infinity
    for (const it of l) {
      if (text && it.x - end > it.size * 0.9 && !text.endsWith(' ') && !it.str.startsWith(' ')) text += ' '
      text += it.str
      end = Math.max(end, it.x + it.w)
    }
    const size = Math.max(...l.map((i) => i.size))
    return { text: tidy(text), x: l[0].x, right: end, y: l[0].y, size }
  })
}

/** A line that starts something new: numbering, a mark, a chapter, a "label：" field. */
const STARTS_NEW =
  /^\s*(?:[★▲□☑■●◆]|第[一二三四五六七八九十\d]+[章节条部分篇]|[一二三四五六七八九十]+[、.．]|[（(][\d一二三四五六七八九十]+[)）]|\d+[.．、](?!\d)|\d+(?:[.．]\d+)+\s|[①-⑳]|[A-Za-z][.、)]|[^\s：:，。]{2,12}[：:])/

/**
 * Joins wrapped lines: the previous line reached the right edge (in a cell: any line, since a cell wraps at its
 * border) and the next one does not start anew. Headings (larger type) are never joined.
 */
function joinLines(
  lines: Line[],
  right: number | null,
  bodySize: number,
): { text: string; y: number; size: number }[] {
  const out: { text: string; y: number; size: number; last: Line }[] = []
  for (const l of lines) {
    const prev = out[out.length - 1]
    const wrapped =
      prev &&
      Math.abs(prev.size - l.size) < 0.5 &&
      l.size < bodySize * 1.25 &&
      prev.last.y - l.y <= l.size * 2.2 &&
      (right == null || prev.last.right >= right - l.size * 3) &&
      !STARTS_NEW.test(l.text) &&
      !/[。；;：:]$/.test(prev.last.text)
    if (wrapped) {
      // Chinese wraps without a space; Latin words keep one.
      prev.text += /[A-Za-z0-9]$/.test(prev.text) && /^[A-Za-z0-9]/.test(l.text) ? ' ' + l.text : l.text
      prev.last = l
    } else out.push({ text: l.text, y: l.y, size: l.size, last: l })
  }
  return out
}

function cellText(items: PdfTextItem[], bodySize: number): string {
  const lines = toLines(items)
  return joinLines(lines, null, bodySize)
    .map((p) => p.text.trim())
    .join('\n')
}

function tableBlock(
  g: Grid,
  items: PdfTextItem[],
  page: number,
  bodySize: number,
  merges: { n: number },
): TenderBlock {
  const rows = g.ys.length - 1
  const cols = g.xs.length - 1
  const byRegion = new Map<number, PdfTextItem[]>()
  for (const it of items) {
    const at = cellAt(g, it.x + Math.min(it.w, it.size) / 2, it.y + it.size * 0.3)
    if (!at) continue
    const reg = g.region[at[0]][at[1]]
    byRegion.set(reg, [...(byRegion.get(reg) ?? []), it])
  }
  const texts = new Map<number, string>()
  const seen = new Set<number>()
  const ids = new Map<number, string>()
  const out: TenderCell[][] = []
  for (let r = 0; r < rows; r++) {
    const row: TenderCell[] = []
    for (let c = 0; c < cols; c++) {
      const reg = g.region[r][c]
      if (!texts.has(reg)) {
        const cellsOf = g.region.flatMap((rr) => rr).filter((x) => x === reg).length
        texts.set(reg, cellText(byRegion.get(reg) ?? [], bodySize))
        if (cellsOf > 1) ids.set(reg, `p${page}m${++merges.n}`)
      }
      const merge = ids.get(reg)
      row.push({
        text: texts.get(reg)!,
        ...(merge ? { merge } : {}),
        ...(seen.has(reg) ? { covered: true } : {}),
      })
      seen.add(reg)
    }
    out.push(row)
  }
  return { kind: 'table', rows: out, page }
}

/**
 * The blocks of one page in reading order (top to bottom). `bodySize` and `right` (the right edge of the text
 * block) are measured over the whole document: a page of short lines does not show where lines wrap.
 */
export function pageBlocks(p: PdfPage, bodySize: number, right: number, merges = { n: 0 }): TenderBlock[] {
  const grids = findGrids(p.segments).filter((g) => {
    const w = g.xs[g.xs.length - 1] - g.xs[0]
    const h = g.ys[0] - g.ys[g.ys.length - 1]
    // A frame around the whole page is no table.
    return !(w > p.width * 0.95 && h > p.height * 0.9)
  })
  const inGrid = (it: PdfTextItem) =>
    grids.findIndex((g) => cellAt(g, it.x + Math.min(it.w, it.size) / 2, it.y + it.size * 0.3))
  const free: PdfTextItem[] = []
  const gridItems = grids.map(() => [] as PdfTextItem[])
  for (const it of p.items) {
    const g = inGrid(it)
    if (g >= 0) gridItems[g].push(it)
    else free.push(it)
  }
  const lines = toLines(free)
  const placed: { y: number; block: TenderBlock }[] = joinLines(lines, right, bodySize).map((para) => ({
    y: para.y,
    block: {
      kind: 'p' as const,
      text: para.text,
      heading: para.size >= bodySize * 1.25 && para.text.length <= 40 ? 1 : null,
      page: p.page,
    },
  }))
  grids.forEach((g, i) =>
    placed.push({ y: g.ys[0], block: tableBlock(g, gridItems[i], p.page, bodySize, merges) }),
  )
  return placed.sort((a, b) => b.y - a.y).map((x) => x.block)
}
