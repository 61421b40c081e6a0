/**
 * WordprocessingML written as strings for the bulk of a 投标文件: text paragraphs and tables. The `docx` library
 * builds an object per element and walks the tree twice to write it; a 500-page bid has some 50,000 elements, and that
 * walk was three quarters of the export. Everything Word needs a library for (headings the table of contents finds,
 * the contents field, pictures, header and footer, styles) still goes through `docx`; see body.ts for how the two meet.
 *
 * Element order inside pPr, rPr, tblPr and tcPr follows the schema (ECMA-376 §17): Word refuses a file where it does not.
 */
import { xmlText } from '@shared/xml-text'

const NEEDS_TEXT_ESCAPE = /[&<>]/
const NEEDS_ATTR_ESCAPE = /[&<>"']/

/** Text content: the characters XML forbids dropped (shared/xml-text.ts), markup characters escaped. */
export function escapeText(s: string): string {
  const t = xmlText(s)
  if (!NEEDS_TEXT_ESCAPE.test(t)) return t
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeAttr(s: string): string {
  const t = xmlText(s)
  if (!NEEDS_ATTR_ESCAPE.test(t)) return t
  return escapeText(t).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

export interface RunFonts {
  ascii: string
  hAnsi: string
  cs: string
  eastAsia: string
}

export interface RunProps {
  bold?: boolean
  /** Size in half-points (小四 = 24). */
  size?: number
  font?: RunFonts
  italic?: boolean
  strike?: boolean
  underline?: boolean
  vertAlign?: 'superscript' | 'subscript'
}

export type Justify = 'left' | 'center' | 'right' | 'both'

export interface ParaProps {
  /** A paragraph style id (Heading1, TOC1, …). */
  style?: string
  keepNext?: boolean
  keepLines?: boolean
  pageBreakBefore?: boolean
  /** A list item: its numbering instance (word/numbering.xml) and level. */
  numPr?: { numId: number; ilvl: number }
  /** A right-aligned tab stop with a dot leader at this position (twips), as contents entries have. */
  rightTab?: number
  /** Twips; `line` is in 240ths of a line with the auto rule (360 = 1.5 倍行距). */
  spacing?: { before?: number; after?: number; line?: number }
  firstLineIndent?: number
  jc?: Justify
}

export function runProps(p: RunProps): string {
  let s = ''
  if (p.font) {
    const f = p.font
    s += `<w:rFonts w:ascii="${escapeAttr(f.ascii)}" w:hAnsi="${escapeAttr(f.hAnsi)}" w:eastAsia="${escapeAttr(f.eastAsia)}" w:cs="${escapeAttr(f.cs)}"/>`
  }
  if (p.bold) s += '<w:b/><w:bCs/>'
  if (p.italic) s += '<w:i/><w:iCs/>'
  if (p.strike) s += '<w:strike/>'
  if (p.size) s += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`
  if (p.underline) s += '<w:u w:val="single"/>'
  if (p.vertAlign) s += `<w:vertAlign w:val="${p.vertAlign}"/>`
  return s && `<w:rPr>${s}</w:rPr>`
}

function textElement(line: string): string {
  // Without xml:space="preserve" Word may trim or collapse the spaces of a w:t.
  return /\s/.test(line)
    ? `<w:t xml:space="preserve">${escapeText(line)}</w:t>`
    : `<w:t>${escapeText(line)}</w:t>`
}

/** One run; a newline in the text becomes a line break (w:br) inside the paragraph. */
export function run(text: string, rPr: string): string {
  if (!text.includes('\n')) return `<w:r>${rPr}${textElement(text)}</w:r>`
  return `<w:r>${rPr}${text.split('\n').map(textElement).join('<w:br/>')}</w:r>`
}

export function paraProps(p: ParaProps): string {
  let s = ''
  if (p.style) s += `<w:pStyle w:val="${escapeAttr(p.style)}"/>`
  if (p.keepNext) s += '<w:keepNext/>'
  if (p.keepLines) s += '<w:keepLines/>'
  if (p.pageBreakBefore) s += '<w:pageBreakBefore/>'
  if (p.numPr) s += `<w:numPr><w:ilvl w:val="${p.numPr.ilvl}"/><w:numId w:val="${p.numPr.numId}"/></w:numPr>`
  if (p.rightTab) s += `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${p.rightTab}"/></w:tabs>`
  if (p.spacing) {
    const { before, after, line } = p.spacing
    s += '<w:spacing'
    if (before !== undefined) s += ` w:before="${before}"`
    if (after !== undefined) s += ` w:after="${after}"`
    if (line !== undefined) s += ` w:line="${line}" w:lineRule="auto"`
    s += '/>'
  }
  if (p.firstLineIndent) s += `<w:ind w:firstLine="${p.firstLineIndent}"/>`
  if (p.jc) s += `<w:jc w:val="${p.jc}"/>`
  return s && `<w:pPr>${s}</w:pPr>`
}

export function paragraph(text: string, pPr: string, rPr: string): string {
  return `<w:p>${pPr}${run(text, rPr)}</w:p>`
}

export interface CellXml {
  /** The cell's paragraph, whole (<w:p>…</w:p>). */
  paragraph: string
  widthTwips: number
  span: number
  /** Vertical merge: the first cell of a merge, or one covered by the cell above. */
  vMerge?: 'restart' | 'continue'
}

export interface TableXml {
  widthTwips: number
  columnWidths: number[]
  /** Rows of cells; the first `headerRows` repeat at the top of every page. */
  rows: CellXml[][]
  headerRows: number
  /** Eighths of a point. */
  borderSize: number
  /** Cell padding in twips, the same for every cell (written once for the table). */
  cellMargins: { top: number; left: number; bottom: number; right: number }
}

export function table(t: TableXml): string {
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="${t.borderSize}" w:space="0" w:color="000000"/>`
  const m = t.cellMargins
  const out: string[] = [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${t.widthTwips}" w:type="dxa"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    `<w:tblCellMar><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/>`,
    `<w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:tblCellMar>`,
    '</w:tblPr><w:tblGrid>',
    ...t.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
  ]
  t.rows.forEach((cells, i) => {
    // A row never splits across pages, and header rows repeat on each page the table continues on.
    out.push(
      i < t.headerRows
        ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
        : '<w:tr><w:trPr><w:cantSplit/></w:trPr>',
    )
    for (const c of cells) {
      const span = c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''
      const merge = c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge ? '<w:vMerge/>' : ''
      out.push(
        `<w:tc><w:tcPr><w:tcW w:w="${c.widthTwips}" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${c.paragraph}</w:tc>`,
      )
    }
    out.push('</w:tr>')
  })
  out.push('</w:tbl>')
  return out.join('')
}
