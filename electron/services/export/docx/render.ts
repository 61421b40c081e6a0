import { ImageRun, Paragraph, TextRun, type FileChild } from 'docx'
import {
  brokenText,
  sizeInPt,
  type DocumentLayout,
  type RenderBlock,
  type RenderCell,
  type TextStyle,
} from '@shared/domain/export'
import type { Attachment } from '@shared/schemas'
import { fitInto, sniffImage } from './images'
import type { ListNumbering } from './numbering'
import { writtenImage, writtenParagraph, writtenTable } from './section-blocks'
import { paraProps, runProps, table as ooxmlTable } from './ooxml-write'
import { TOC_SLOT, pageRefField, type TocCollector, type TocSlot } from './toc'
import { alignment, fontFor, halfPoints, lineSpacing, textWidthTwips } from './typography'
import { keptRuns } from './kept-tokens'
import { fitColumnWidths, tableFontSize } from './widths'

export interface SkippedAttachment {
  materialId: string
  materialTitle: string
  name: string
  reason: 'not-image' | 'missing'
}

export interface RenderEnv {
  layout: DocumentLayout
  /** Bytes of an attachment (files/<sha256>), or null when the file is missing. */
  readAttachment(a: Attachment): Promise<Buffer | null>
  skipped: SkippedAttachment[]
  toc: TocCollector
  /** Numbering of the lists written in sections (word/numbering.xml); without it list items print as paragraphs. */
  numbering?: ListNumbering
}

/** Largest picture: the text width (15 cm ≈ 567 px at 96 dpi) and most of the page height. */
const MAX_IMAGE_PX = { width: 560, height: 760 }
/** An ID card copy at about its real size (85.6 × 54 mm ≈ 324 × 204 px at 96 dpi), both sides on one page. */
const CARD_PX = { width: 250, height: 160 }
const CELL_MARGINS = { top: 40, left: 80, bottom: 40, right: 80 }
/** Single spacing inside tables: 1.5 lines would double the height of every row. */
const SINGLE = lineSpacing(1).line
/** An empty paragraph that starts a new page, before a block that cannot carry the break itself. */
const PAGE_BREAK = `<w:p>${paraProps({ pageBreakBefore: true })}</w:p>`

/**
 * What the body is made of: WordprocessingML strings (see ooxml-write.ts), `docx` objects where the library earns
 * its keep (pictures and their relationships), and the slot the contents go into once all headings are known.
 */
export type BodyPart = FileChild | string | TocSlot

function runPropsOf(style: TextStyle, layout: DocumentLayout): string {
  return runProps({
    bold: style.bold,
    size: style.sizePt ? halfPoints(style.sizePt) : undefined,
    font: style.font ? fontFor(style.font, layout) : undefined,
  })
}

function paragraph(
  text: string,
  style: TextStyle,
  layout: DocumentLayout,
  pageBreakBefore = false,
  keepNext = false,
): string {
  const sizePt = style.sizePt ?? 12
  const spaced = style.spaceBeforePt !== undefined || style.spaceAfterPt !== undefined
  const pPr = paraProps({
    keepNext,
    keepLines: keepNext,
    pageBreakBefore,
    // 首行缩进 2 字符: two em of the paragraph's own size.
    firstLineIndent: style.indent ? Math.round(sizePt * 2 * 20) : undefined,
    spacing: spaced
      ? {
          before: style.spaceBeforePt !== undefined ? style.spaceBeforePt * 20 : undefined,
          after: style.spaceAfterPt !== undefined ? style.spaceAfterPt * 20 : undefined,
          line: lineSpacing(layout.lineSpacing).line,
        }
      : undefined,
    jc: alignment(style.align),
  })
  // Its dates and amounts stay whole on their line, as in a table cell (the size the ruby states is the printed one).
  const printed = halfPoints(style.sizePt ?? sizeInPt(layout.bodySize))
  return `<w:p>${pPr}${keptRuns(text, runPropsOf(style, layout), printed)}</w:p>`
}

function table(b: Extract<RenderBlock, { type: 'table' }>, layout: DocumentLayout): string {
  const total = textWidthTwips(layout)
  const fit = {
    widths: b.widths,
    header: b.header,
    rows: b.rows,
    total,
    sizePt: b.sizePt ?? 12,
    padding: CELL_MARGINS.left + CELL_MARGINS.right,
  }
  // A table too full for its dates and codes at its own size prints smaller rather than splitting them.
  const sizePt = tableFontSize(fit)
  const runSize = sizePt === fit.sizePt ? b.sizePt : sizePt
  const colWidths = fitColumnWidths({ ...fit, sizePt })
  const allRows = [...(b.header ? [b.header] : []), ...b.rows, ...b.footer]
  const keepFrom = b.keepNext ? allRows.length - 1 : allRows.length
  // Cells differ only in alignment, weight and keep-with-next: their properties are written once per combination.
  const pPrs = new Map<string, string>()
  const rPrs = new Map<boolean, string>()
  const cellOf = (c: RenderCell, col: number, keep: boolean) => {
    const jc = alignment(c.align ?? b.aligns[col])
    const pk = `${jc ?? ''}|${keep}`
    let pPr = pPrs.get(pk)
    if (pPr === undefined) pPrs.set(pk, (pPr = paraProps({ keepNext: keep, spacing: { line: SINGLE }, jc })))
    const bold = !!c.bold
    let rPr = rPrs.get(bold)
    if (rPr === undefined) rPrs.set(bold, (rPr = runPropsOf({ bold, sizePt: runSize, font: b.font }, layout)))
    const widthTwips =
      c.span === 1 ? colWidths[col] : colWidths.slice(col, col + c.span).reduce((s, x) => s + x, 0)
    const para = c.pageRef
      ? `<w:p>${pPr}${pageRefField(c.pageRef, undefined, rPr)}</w:p>`
      : `<w:p>${pPr}${keptRuns(c.text, rPr, halfPoints(sizePt))}</w:p>`
    return { paragraph: para, widthTwips, span: c.span }
  }
  const rowOf = (cells: RenderCell[], i: number) => {
    let col = 0
    return cells.map((c) => {
      const cell = cellOf(c, col, i >= keepFrom)
      col += c.span
      return cell
    })
  }
  return ooxmlTable({
    widthTwips: total,
    columnWidths: colWidths,
    rows: allRows.map(rowOf),
    headerRows: b.header ? 1 : 0,
    borderSize: 4,
    cellMargins: CELL_MARGINS,
  })
}

async function materials(
  b: Extract<RenderBlock, { type: 'materials' }>,
  env: RenderEnv,
): Promise<BodyPart[]> {
  const out: BodyPart[] = []
  if (b.entries.length === 0 && b.emptyText)
    out.push(paragraph(b.emptyText, {}, env.layout, false, b.keepNext))
  for (const [i, e] of b.entries.entries()) {
    const lastEntry = i === b.entries.length - 1
    // The caption stays on the page of its picture. A material without a printable scan keeps its caption only:
    // the print rules (P04) stop the export for it, and no note for the team is ever printed in its place.
    const captionKeep = e.attachments.length > 0 || (lastEntry && !!b.keepNext)
    out.push(paragraph(e.caption, { bold: true, spaceBeforePt: 12 }, env.layout, false, captionKeep))
    // An ID card's sides go next to each other at about real size; any other scan gets a paragraph of its own.
    const runs: ImageRun[] = []
    for (const a of e.attachments) {
      const r = await pictureRun(
        e.materialId ?? '',
        e.title,
        a,
        env,
        e.fit === 'card' ? CARD_PX : MAX_IMAGE_PX,
      )
      if (r) runs.push(r)
    }
    const keepLast = lastEntry && !!b.keepNext
    if (e.fit === 'card') {
      if (runs.length) out.push(pictures(runs, keepLast))
    } else runs.forEach((r, j) => out.push(pictures([r], keepLast && j === runs.length - 1)))
  }
  return out
}

async function pictureRun(
  id: string,
  title: string,
  a: Attachment,
  env: RenderEnv,
  box: { width: number; height: number },
): Promise<ImageRun | null> {
  const data = await env.readAttachment(a)
  const info = data ? sniffImage(data) : null
  if (!data || !info) {
    env.skipped.push({
      materialId: id,
      materialTitle: title,
      name: a.name,
      reason: data ? 'not-image' : 'missing',
    })
    return null
  }
  return new ImageRun({
    type: info.type,
    data,
    transformation: fitInto(info.width, info.height, box.width, box.height),
    altText: { name: a.name, title: a.name, description: `${title}：${a.name}` },
  })
}

/** One paragraph of pictures: a scan across the page, or the sides of an ID card next to each other. */
function pictures(runs: ImageRun[], keepNext: boolean): Paragraph {
  const children: (ImageRun | TextRun)[] = []
  runs.forEach((r, i) => children.push(...(i > 0 ? [new TextRun('　'), r] : [r])))
  return new Paragraph({ alignment: alignment('center'), keepLines: true, keepNext, children })
}

/**
 * Maps the print model's blocks to WordprocessingML. A pageBreak block becomes "page break before" on what follows
 * it, so the next page does not start with an empty line.
 */
export async function renderBlocks(blocks: readonly RenderBlock[], env: RenderEnv): Promise<BodyPart[]> {
  const out: BodyPart[] = []
  let breakPending = false
  const takeBreak = () => {
    const b = breakPending
    breakPending = false
    return b
  }
  for (const b of blocks) {
    switch (b.type) {
      case 'pageBreak':
        breakPending = true
        break
      case 'heading':
        out.push(env.toc.heading(b.level, b.text, takeBreak() || b.pageBreakBefore, b.bookmark))
        break
      case 'paragraph':
        if ((b.runs || b.list) && env.numbering)
          out.push(writtenParagraph(b, { ...env, numbering: env.numbering }, takeBreak()))
        else
          out.push(
            // A title set in lines (the cover's project name) is one paragraph with a line break at each break.
            paragraph(brokenText(b.text, b.breaks ?? []), b.style, env.layout, takeBreak(), b.keepNext),
          )
        break
      case 'image':
        out.push(...(await writtenImage(b, env, takeBreak(), '')))
        break
      case 'marker':
        out.push(paragraph(b.text, { align: b.align, spaceBeforePt: 6 }, env.layout, takeBreak(), b.keepNext))
        break
      case 'blank':
        for (let i = 0; i < b.lines; i++) out.push(paragraph('', {}, env.layout, takeBreak(), b.keepNext))
        break
      case 'toc':
        if (takeBreak()) out.push(PAGE_BREAK)
        out.push(TOC_SLOT)
        break
      case 'table':
        if (takeBreak()) out.push(PAGE_BREAK)
        out.push(b.role === 'content' ? writtenTable(b, env) : table(b, env.layout))
        break
      case 'materials':
        if (takeBreak()) out.push(PAGE_BREAK)
        out.push(...(await materials(b, env)))
        break
    }
  }
  return out
}
