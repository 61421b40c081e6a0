import {
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx'
import type { DocumentLayout, RenderBlock, RenderCell, TextStyle } from '../../../../shared/domain/export'
import type { Attachment, Material } from '../../../../shared/schemas'
import { fitInto, sniffImage } from './images'
import { alignment, fontFor, halfPoints, lineSpacing, textWidthTwips } from './typography'

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
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const
/** Largest picture: the text width (15 cm ≈ 567 px at 96 dpi) and most of the page height. */
const MAX_IMAGE_PX = { width: 560, height: 760 }

function runs(text: string, style: TextStyle, layout: DocumentLayout): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: style.bold,
        size: style.sizePt ? halfPoints(style.sizePt) : undefined,
        font: style.font ? fontFor(style.font, layout) : undefined,
      }),
  )
}

function paragraph(
  text: string,
  style: TextStyle,
  layout: DocumentLayout,
  pageBreakBefore = false,
  keepNext = false,
): Paragraph {
  const sizePt = style.sizePt ?? 12
  return new Paragraph({
    children: runs(text, style, layout),
    alignment: alignment(style.align),
    pageBreakBefore: pageBreakBefore || undefined,
    keepNext: keepNext || undefined,
    // 首行缩进 2 字符: two em of the paragraph's own size.
    indent: style.indent ? { firstLine: Math.round(sizePt * 2 * 20) } : undefined,
    spacing:
      style.spaceBeforePt !== undefined || style.spaceAfterPt !== undefined
        ? {
            before: style.spaceBeforePt !== undefined ? style.spaceBeforePt * 20 : undefined,
            after: style.spaceAfterPt !== undefined ? style.spaceAfterPt * 20 : undefined,
            ...lineSpacing(layout.lineSpacing),
          }
        : undefined,
  })
}

function cellOf(
  c: RenderCell,
  colAlign: RenderCell['align'],
  sizePt: number | undefined,
  font: string | undefined,
  layout: DocumentLayout,
  widthTwips: number,
): TableCell {
  return new TableCell({
    columnSpan: c.span > 1 ? c.span : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    width: { size: widthTwips, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        // Single spacing inside tables: 1.5 lines would double the height of every row.
        spacing: lineSpacing(1),
        alignment: alignment(c.align ?? colAlign),
        children: runs(c.text, { bold: c.bold, sizePt, font }, layout),
      }),
    ],
  })
}

function table(b: Extract<RenderBlock, { type: 'table' }>, layout: DocumentLayout): Table {
  const total = textWidthTwips(layout)
  const sum = b.widths.reduce((s, w) => s + w, 0)
  const colWidths = b.widths.map((w) => Math.floor((w / sum) * total))
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
  const rowOf = (cells: RenderCell[], header = false) => {
    let col = 0
    const children = cells.map((c) => {
      const w = colWidths.slice(col, col + c.span).reduce((s, x) => s + x, 0)
      const cell = cellOf(c, b.aligns[col], b.sizePt, b.font, layout, w)
      col += c.span
      return cell
    })
    return new TableRow({ children, tableHeader: header || undefined, cantSplit: true })
  }
  const rows = [
    ...(b.header ? [rowOf(b.header, true)] : []),
    ...b.rows.map((r) => rowOf(r)),
    ...b.footer.map((r) => rowOf(r)),
  ]
  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: colWidths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  })
}

async function materials(
  b: Extract<RenderBlock, { type: 'materials' }>,
  env: RenderEnv,
): Promise<FileChild[]> {
  const out: FileChild[] = []
  if (b.entries.length === 0 && b.emptyText) out.push(paragraph(b.emptyText, {}, env.layout))
  for (const e of b.entries) {
    // The caption stays on the page of its picture.
    out.push(paragraph(e.caption, { bold: true, spaceBeforePt: 12 }, env.layout, false, true))
    if (e.material.attachments.length === 0) {
      out.push(paragraph('（该材料未附扫描件）', { align: 'center' }, env.layout))
    }
    for (const a of e.material.attachments) out.push(await attachment(e.material, a, env))
  }
  return out
}

async function attachment(m: Material, a: Attachment, env: RenderEnv): Promise<Paragraph> {
  const data = await env.readAttachment(a)
  const info = data ? sniffImage(data) : null
  if (!data || !info) {
    const reason = data ? 'not-image' : 'missing'
    env.skipped.push({ materialId: m.id, materialTitle: m.title, name: a.name, reason })
    const why = reason === 'missing' ? '文件缺失' : '非图片文件，未嵌入，请另附'
    return paragraph(`附件：${a.name}（${why}）`, { align: 'center' }, env.layout)
  }
  const size = fitInto(info.width, info.height, MAX_IMAGE_PX.width, MAX_IMAGE_PX.height)
  return new Paragraph({
    alignment: alignment('center'),
    keepLines: true,
    children: [
      new ImageRun({
        type: info.type,
        data,
        transformation: size,
        altText: { name: a.name, title: a.name, description: `${m.title}：${a.name}` },
      }),
    ],
  })
}

/**
 * Maps expanded blocks to `docx` objects. A pageBreak block becomes "page break before" on what follows it, so the
 * next page does not start with an empty line.
 */
export async function renderBlocks(blocks: RenderBlock[], env: RenderEnv): Promise<FileChild[]> {
  const out: FileChild[] = []
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
        out.push(
          new Paragraph({
            heading: HEADINGS[b.level - 1],
            children: [new TextRun(b.text)],
            pageBreakBefore: b.pageBreakBefore || takeBreak() || undefined,
          }),
        )
        break
      case 'paragraph':
        out.push(paragraph(b.text, b.style, env.layout, takeBreak()))
        break
      case 'marker':
        out.push(paragraph(b.text, { align: b.align, spaceBeforePt: 6 }, env.layout, takeBreak()))
        break
      case 'blank':
        for (let i = 0; i < b.lines; i++) out.push(paragraph('', {}, env.layout, takeBreak()))
        break
      case 'toc':
        if (takeBreak()) out.push(new Paragraph({ pageBreakBefore: true }))
        out.push(new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-3' }))
        break
      case 'table':
        if (takeBreak()) out.push(new Paragraph({ pageBreakBefore: true }))
        out.push(table(b, env.layout))
        break
      case 'materials':
        if (takeBreak()) out.push(new Paragraph({ pageBreakBefore: true }))
        out.push(...(await materials(b, env)))
        break
    }
  }
  return out
}
