import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IStylesOptions,
} from 'docx'

/*
 * Chinese report typography (GB/T 9704-style house rules): 宋体 body at 小四 (12 pt), headings in
 * 黑体, 1.5 line spacing, A4. Latin text in Times New Roman; the eastAsia slot is what makes Word
 * use 宋体 for Chinese characters.
 */
export const BODY_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '宋体',
  cs: 'Times New Roman',
}
export const HEADING_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '黑体',
  cs: 'Times New Roman',
}
/** Half-points: 小四 = 12 pt, 五号 = 10.5 pt, 四号 = 14 pt, 三号 = 16 pt, 二号 = 22 pt. */
export const SIZE = { xiaosi: 24, wuhao: 21, sihao: 28, sanhao: 32, erhao: 44 }
/** 1.5 lines, in 240ths of a line. */
export const LINE_15 = 360
/** A4 in twips, margins 2.54 cm top/bottom, 3.17 cm left/right (Word's default for Chinese). */
export const A4 = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1440, bottom: 1440, left: 1800, right: 1800, header: 851, footer: 992 },
}
export const TEXT_WIDTH_TWIPS = A4.size.width - A4.margin.left - A4.margin.right

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: BODY_FONT, size: SIZE.xiaosi },
      paragraph: { spacing: { line: LINE_15, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: HEADING_FONT, size: SIZE.sanhao, bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120, line: LINE_15, lineRule: LineRuleType.AUTO } },
    },
    heading2: {
      run: { font: HEADING_FONT, size: SIZE.sihao, bold: true, color: '000000' },
      paragraph: { spacing: { before: 120, after: 60, line: LINE_15, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: HEADING_FONT, size: SIZE.erhao, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER },
    },
  },
}

export function p(
  text: string,
  opts: { bold?: boolean; center?: boolean; size?: number; indent?: boolean } = {},
) {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    // 首行缩进两字符 for running text.
    indent: opts.indent ? { firstLine: 480 } : undefined,
    children: [new TextRun({ text, bold: opts.bold, size: opts.size })],
  })
}

export function h1(text: string) {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] })
}

export function h2(text: string) {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] })
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER }

function cell(text: string, opts: { header?: boolean; width: number }) {
  // Table text at 五号 with single spacing, so wide tables stay readable.
  const lines = text.split('\n')
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    shading: opts.header ? { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } : undefined,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: opts.header ? AlignmentType.CENTER : undefined,
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ text: line, bold: opts.header, size: SIZE.wuhao })],
        }),
    ),
  })
}

/** A bordered table; `widths` are relative weights spread over the text width. */
export function table(headers: string[], rows: string[][], widths: number[] = headers.map(() => 1)) {
  const total = widths.reduce((a, b) => a + b, 0)
  const twips = widths.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS))
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: twips,
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((h, i) => cell(h, { header: true, width: twips[i] })),
      }),
      ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, { width: twips[i] })) })),
    ],
  })
}

/** A 2×2 grid with a heading cell above each quadrant (the SWOT layout). */
export function quadTable(quads: { heading: string; lines: string[] }[]) {
  const half = Math.floor(TEXT_WIDTH_TWIPS / 2)
  const body = (q: { lines: string[] }) =>
    cell(q.lines.length ? q.lines.map((l) => `• ${l}`).join('\n') : '（无）', { width: half })
  const [a, b, c, d] = quads
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    rows: [
      new TableRow({
        children: [
          cell(a.heading, { header: true, width: half }),
          cell(b.heading, { header: true, width: half }),
        ],
      }),
      new TableRow({ children: [body(a), body(b)] }),
      new TableRow({
        children: [
          cell(c.heading, { header: true, width: half }),
          cell(d.heading, { header: true, width: half }),
        ],
      }),
      new TableRow({ children: [body(c), body(d)] }),
    ],
  })
}

export function header(text: string) {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [new TextRun({ text, size: SIZE.wuhao })],
      }),
    ],
  })
}

export function pageNumberFooter() {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
            size: SIZE.wuhao,
          }),
        ],
      }),
    ],
  })
}
