import type { RenderBlock, RenderCell, RenderRun, TextStyle } from '@shared/domain/export/blocks'
import type {
  BlockNode,
  CellNode,
  InlineNode,
  ListNode,
  ParagraphNode,
  SectionDoc,
  TableNode,
} from '@shared/schemas/section-doc'
import { HeadingCounter } from './numbering'
import { listMarker, markerLabel } from './list-markers'
import { inlineText } from './text'
import { writtenDoc } from './written'

export interface DocPrintOptions {
  /** Makes list ids unique in the whole print (the section id). */
  scope: string
  /** Fills {{placeholders}} in written text, as the forms do. */
  fill?: (text: string) => string
}

/** Written text: justified, first line indented two characters (the house style of a 技术方案). */
const BODY: TextStyle = { indent: true, align: 'justify' }
const ALIGN = { left: 'left', center: 'center', right: 'right', justify: 'justify' } as const

function runsOf(content: readonly InlineNode[] | undefined, fill: (s: string) => string): RenderRun[] {
  const runs: RenderRun[] = []
  for (const n of content ?? []) {
    if (n.type === 'hardBreak') {
      runs.push({ text: '\n' })
      continue
    }
    const r: RenderRun = { text: fill(n.text) }
    for (const m of n.marks ?? []) {
      if (m.type === 'code') continue
      r[m.type] = true
    }
    runs.push(r)
  }
  return runs
}

const plain = (runs: RenderRun[]) => runs.every((r) => Object.keys(r).length === 1)

/** Section document → print blocks. Heading levels 1–3 print at levels 2–4 (level 1 is the section's title). */
export function docToBlocks(doc: SectionDoc, opts: DocPrintOptions): RenderBlock[] {
  const fill = opts.fill ?? ((s: string) => s)
  const out: RenderBlock[] = []
  const counter = new HeadingCounter()
  let lists = 0

  const paragraph = (p: ParagraphNode, extra: Partial<Extract<RenderBlock, { type: 'paragraph' }>> = {}) => {
    const runs = runsOf(p.content, fill)
    const text = runs.map((r) => r.text).join('')
    const align = p.attrs?.textAlign ? ALIGN[p.attrs.textAlign] : undefined
    const style: TextStyle = extra.list
      ? { align: align ?? 'justify' }
      : { ...BODY, ...(align ? { align } : {}) }
    out.push({
      type: 'paragraph',
      text,
      style,
      origin: 'content',
      ...(plain(runs) ? {} : { runs }),
      ...extra,
    })
  }

  const list = (l: ListNode, level: number, requirementId?: string) => {
    const id = `${opts.scope}:${++lists}`
    const ordered = l.type === 'orderedList'
    const start = l.attrs?.start
    const marker = listMarker(l)
    for (const item of l.content)
      for (const c of item.content) {
        if (c.type === 'paragraph')
          paragraph(c, {
            list: {
              id,
              level,
              ordered,
              ...(ordered && start && start !== 1 ? { start } : {}),
              ...(marker ? { marker } : {}),
            },
            ...(requirementId ? { requirementId } : {}),
          })
        else list(c, Math.min(level + 1, 8), requirementId)
      }
  }

  const block = (b: BlockNode) => {
    switch (b.type) {
      case 'paragraph':
        paragraph(b)
        break
      case 'heading': {
        const t = fill(inlineText(b.content))
        out.push({
          type: 'heading',
          level: (b.attrs.level + 1) as 2 | 3 | 4,
          text: b.attrs.numbered ? counter.next(b.attrs.level) + t : t,
          pageBreakBefore: false,
          origin: 'content',
        })
        break
      }
      case 'bulletList':
      case 'orderedList':
        list(b as ListNode, 0)
        break
      case 'table':
        out.push(tableBlock(b, fill))
        break
      case 'image':
        out.push({
          type: 'image',
          attachment: { sha256: b.attrs.sha256, name: b.attrs.name, mime: b.attrs.mime, size: b.attrs.size },
          ...(b.attrs.title ? { caption: fill(b.attrs.title) } : {}),
          origin: 'content',
        })
        break
      case 'pageBreak':
        out.push({ type: 'pageBreak' })
        break
      case 'requirementResponse':
        for (const c of b.content) {
          if (c.type === 'paragraph') paragraph(c, { requirementId: b.attrs.requirementId })
          else list(c, 0, b.attrs.requirementId)
        }
        break
    }
  }
  for (const b of doc.content) block(b)
  return out
}

function cellText(c: CellNode, fill: (s: string) => string): string {
  const lines: string[] = []
  const walk = (l: ListNode, depth: number) => {
    l.content.forEach((item, i) => {
      for (const x of item.content) {
        if (x.type === 'paragraph') {
          const n = (l.attrs?.start ?? 1) + i
          const style = listMarker(l)
          const mark = style ? `${markerLabel(style, n)} ` : l.type === 'orderedList' ? `${n}. ` : '• '
          lines.push('  '.repeat(depth) + mark + fill(inlineText(x.content)))
        } else walk(x, depth + 1)
      }
    })
  }
  for (const b of c.content) {
    if (b.type === 'paragraph') lines.push(fill(inlineText(b.content)))
    else walk(b, 0)
  }
  return lines.join('\n')
}

/**
 * A written table as a grid: a cell spanning rows is followed, in each row it covers, by a `vMerge: 'continue'`
 * placeholder at its column, as WordprocessingML writes merges. Leading rows made only of header cells are the
 * table's header rows (repeated on every page).
 */
export function tableBlock(t: TableNode, fill: (s: string) => string = (s) => s): RenderBlock {
  const pending: { col: number; span: number; left: number }[] = []
  const rows: RenderCell[][] = []
  // Column widths as the editor (or a pasted Word table) drew them, from cells one column wide.
  const drawn: number[] = []
  let ncols = 0
  for (const row of t.content) {
    const cells: RenderCell[] = []
    let col = 0
    const fillMerged = () => {
      for (;;) {
        const p = pending.find((x) => x.col === col && x.left > 0)
        if (!p) return
        cells.push({ text: '', span: p.span, vMerge: 'continue' })
        p.left--
        col += p.span
      }
    }
    for (const c of row.content) {
      fillMerged()
      const span = c.attrs.colspan
      const w = c.attrs.colwidth
      if (w && w.length === span)
        w.forEach((x, k) => x > 0 && drawn[col + k] === undefined && (drawn[col + k] = x))
      const cell: RenderCell = { text: cellText(c, fill), span }
      if (c.type === 'tableHeader') cell.bold = true
      if (c.attrs.rowspan > 1) {
        cell.rowSpan = c.attrs.rowspan
        pending.push({ col, span, left: c.attrs.rowspan - 1 })
      }
      cells.push(cell)
      col += span
    }
    fillMerged()
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i].left === 0) pending.splice(i, 1)
    ncols = Math.max(ncols, col)
    rows.push(cells)
  }
  let headRows = 0
  while (headRows < t.content.length && t.content[headRows].content.every((c) => c.type === 'tableHeader'))
    headRows++
  // A table that is all header cells has no header to repeat.
  if (headRows === t.content.length) headRows = 0
  for (let r = 0; r < headRows; r++) for (const c of rows[r]) if (!c.vMerge) c.align = 'center'
  return {
    type: 'table',
    widths: Array.from({ length: Math.max(1, ncols) }, (_x, k) =>
      drawn.filter((x) => x !== undefined).length === ncols ? drawn[k] : 1,
    ),
    aligns: [],
    header: null,
    rows,
    footer: [],
    role: 'content',
    ...(headRows > 0 ? { headRows } : {}),
  }
}

/** Whether a section has anything written in it (text, a table, a picture …). */
export function hasWriting(section: { doc: SectionDoc | null; content: string }): boolean {
  const doc = writtenDoc(section)
  if (!doc) return section.content.trim() !== ''
  return doc.content.some((b) => b.type !== 'paragraph' || inlineText(b.content).trim() !== '')
}
