import { ImageRun, Paragraph, TextRun } from 'docx'
import {
  sizeInPt,
  type RenderBlock,
  type RenderCell,
  type RenderRun,
  type TextStyle,
} from '@shared/domain/export'
import { fitInto, sniffImage } from './images'
import type { ListNumbering } from './numbering'
import { paraProps, runProps, table as ooxmlTable, type RunProps } from './ooxml-write'
import type { BodyPart, RenderEnv } from './render'
import { alignment, fontFor, halfPoints, lineSpacing, textWidthTwips } from './typography'
import { keptRuns } from './kept-tokens'
import { fitColumnWidths } from './widths'

/**
 * WordprocessingML of what a section's writer made: formatted runs, list items on numbering definitions, tables
 * with merged cells and repeated header rows, pictures scaled to the text width. The shapes come from the print
 * model (shared/domain/sections/print.ts); nothing about content is decided here.
 */
const CELL_MARGINS = { top: 40, left: 80, bottom: 40, right: 80 }
const SINGLE = lineSpacing(1).line
/** 96 dpi pixels per twip: Word's EMU conversion in `docx` works in pixels. */
const TWIPS_PER_PX = 15
/** Most of an A4 text height, so a tall picture still leaves room for its caption. */
const MAX_IMAGE_HEIGHT_PX = 760

type Para = Extract<RenderBlock, { type: 'paragraph' }>

/** A run of written text; its dates and amounts stay whole on their line, as in a table cell. */
function runXml(r: RenderRun, base: RunProps, printedHalfPoints: number): string {
  const props: RunProps = {
    ...base,
    bold: base.bold || r.bold,
    italic: r.italic,
    underline: r.underline,
    strike: r.strike,
    vertAlign: r.superscript ? 'superscript' : r.subscript ? 'subscript' : undefined,
  }
  return keptRuns(r.text, runProps(props), printedHalfPoints)
}

/** A written paragraph with character formatting and/or list numbering. */
export function writtenParagraph(
  b: Para,
  env: RenderEnv & { numbering: ListNumbering },
  pageBreakBefore: boolean,
): string {
  const style: TextStyle = b.style
  const sizePt = style.sizePt ?? 12
  const numPr = b.list ? { numId: env.numbering.numId(b.list), ilvl: b.list.level } : undefined
  const pPr = paraProps({
    keepNext: b.keepNext,
    pageBreakBefore,
    numPr,
    // A list item's indent comes from its numbering level; other text indents its first line two characters.
    firstLineIndent: !numPr && style.indent ? Math.round(sizePt * 2 * 20) : undefined,
    jc: alignment(style.align),
  })
  const base: RunProps = {
    bold: style.bold,
    size: style.sizePt ? halfPoints(style.sizePt) : undefined,
    font: style.font ? fontFor(style.font, env.layout) : undefined,
  }
  const runs = b.runs ?? [{ text: b.text }]
  const printed = halfPoints(style.sizePt ?? sizeInPt(env.layout.bodySize))
  return `<w:p>${pPr}${runs.map((r) => runXml(r, base, printed)).join('')}</w:p>`
}

/** A written table: borders, merged cells (across and down), header rows repeated on every page. */
export function writtenTable(b: Extract<RenderBlock, { type: 'table' }>, env: RenderEnv): string {
  const total = textWidthTwips(env.layout)
  const sizePt = b.sizePt ?? 10.5
  const colWidths = fitColumnWidths({
    widths: b.widths,
    header: null,
    rows: b.rows,
    total,
    sizePt,
    padding: CELL_MARGINS.left + CELL_MARGINS.right,
  })
  const headRows = b.headRows ?? 0
  const rPr = (bold: boolean) =>
    runProps({ bold, size: halfPoints(sizePt), font: b.font ? fontFor(b.font, env.layout) : undefined })
  const rows = b.rows.map((cells, r) => {
    let col = 0
    return cells.map((c: RenderCell) => {
      const widthTwips = colWidths.slice(col, col + c.span).reduce((s, x) => s + x, 0)
      const jc = alignment(c.align ?? (r < headRows ? 'center' : undefined))
      const pPr = paraProps({ spacing: { line: SINGLE }, jc, keepNext: r < headRows })
      col += c.span
      return {
        paragraph: `<w:p>${pPr}${c.vMerge ? '' : keptRuns(c.text, rPr(!!c.bold || r < headRows), halfPoints(sizePt))}</w:p>`,
        widthTwips,
        span: c.span,
        ...(c.vMerge ? { vMerge: 'continue' as const } : c.rowSpan ? { vMerge: 'restart' as const } : {}),
      }
    })
  })
  return ooxmlTable({
    widthTwips: total,
    columnWidths: colWidths,
    rows,
    headerRows: headRows,
    borderSize: 4,
    cellMargins: CELL_MARGINS,
  })
}

/** A written picture, centred and scaled down to the text width; its caption (图 …) under it. */
export async function writtenImage(
  b: Extract<RenderBlock, { type: 'image' }>,
  env: RenderEnv,
  pageBreakBefore: boolean,
  sectionTitle: string,
): Promise<BodyPart[]> {
  const a = b.attachment
  const data = await env.readAttachment(a)
  const info = data ? sniffImage(data) : null
  if (!data || !info) {
    env.skipped.push({
      materialId: '',
      materialTitle: sectionTitle,
      name: a.name,
      reason: data ? 'not-image' : 'missing',
    })
    return []
  }
  const maxWidth = Math.floor(textWidthTwips(env.layout) / TWIPS_PER_PX)
  const size = fitInto(info.width, info.height, maxWidth, MAX_IMAGE_HEIGHT_PX)
  const out: BodyPart[] = [
    new Paragraph({
      alignment: alignment('center'),
      keepLines: true,
      keepNext: !!b.caption,
      pageBreakBefore,
      children: [
        new ImageRun({
          type: info.type,
          data,
          transformation: size,
          altText: { name: a.name, title: b.caption ?? a.name, description: b.caption ?? a.name },
        }),
      ],
    }),
  ]
  if (b.caption)
    out.push(
      new Paragraph({
        alignment: alignment('center'),
        children: [new TextRun({ text: b.caption, size: halfPoints(10.5) })],
      }),
    )
  return out
}
