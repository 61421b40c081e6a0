import type { CellGeometry } from './cell-fit'
import type { DocXml, XmlParagraph } from './form-xml'

/**
 * Where a value written into a buyer's table cell has to fit: the cell's width and padding as the buyer's
 * word/document.xml states them, and the font size its run prints at (the run's own w:sz, else its paragraph
 * style's, else the document default of word/styles.xml).
 */

/** Word's cell padding when neither the cell nor the table sets one: 0.19 cm left and right. */
const DEFAULT_MARGIN = 108

/** No w:sz anywhere: the size ECMA-376 gives a run (10 pt). */
const DEFAULT_HALF_POINTS = 20

const num = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="(-?\\d+)"`).exec(tag)
  return m ? Number(m[1]) : null
}

/** Left + right padding of a w:tcMar or w:tblCellMar element (dxa only), or null when it sets neither. */
function marginsIn(xml: string, element: 'w:tcMar' | 'w:tblCellMar'): number | null {
  const m = new RegExp(`<${element}>([\\s\\S]*?)</${element}>`).exec(xml)
  if (!m) return null
  const side = (names: string) => {
    const t = new RegExp(`<w:(?:${names})\\b[^>]*/>`).exec(m[1])?.[0]
    return t && !/w:type="(?!dxa)/.test(t) ? num(t, 'w:w') : null
  }
  const left = side('left|start')
  const right = side('right|end')
  if (left === null && right === null) return null
  return (left ?? DEFAULT_MARGIN) + (right ?? DEFAULT_MARGIN)
}

export interface CellPlace extends CellGeometry {
  /** The cell's <w:tcPr> ([start, end) in the XML), or where one would go (start = end) when it has none. */
  tcPr: { start: number; end: number }
}

/** The cell `p` (its first paragraph) sits in, or null when it is not in a table or its width is not stated. */
export function cellPlace(doc: DocXml, p: XmlParagraph): CellPlace | null {
  const at = p.form.cell
  if (!at) return null
  const span = doc.doc.tables[at.table]?.rows[at.row]?.find((c) => c.col === at.col)?.span ?? 1
  const rowStart = doc.rows[at.table]?.[at.row]?.start
  if (rowStart === undefined) return null
  const tblStart = doc.xml.lastIndexOf('<w:tbl>', doc.rows[at.table][0].start)
  const head = tblStart < 0 ? '' : doc.xml.slice(tblStart, doc.rows[at.table][0].start)
  const grid = [...head.matchAll(/<w:gridCol\b[^>]*>/g)].map((g) => num(g[0], 'w:w') ?? 0)
  // The cell's opening tag: the last <w:tc> of its row before its first paragraph.
  const before = doc.xml.slice(rowStart, p.start)
  const open = [...before.matchAll(/<w:tc(?:\s[^>]*)?>/g)].at(-1)
  if (!open) return null
  const tcEnd = rowStart + open.index + open[0].length
  const pr = /^\s*<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(doc.xml.slice(tcEnd, p.start))
  const tcPr = pr ? doc.xml.slice(tcEnd, tcEnd + pr[0].length) : ''
  const cols = grid.slice(at.col, at.col + span)
  const tcW = /<w:tcW\b[^>]*>/.exec(tcPr)?.[0]
  const width =
    cols.length === span && cols.every((w) => w > 0)
      ? cols.reduce((s, w) => s + w, 0)
      : tcW && /w:type="dxa"/.test(tcW)
        ? num(tcW, 'w:w')
        : null
  if (!width) return null
  const margins = marginsIn(tcPr, 'w:tcMar') ?? marginsIn(head, 'w:tblCellMar') ?? 2 * DEFAULT_MARGIN
  const start = pr ? tcEnd + pr[0].length - pr[0].trimStart().length : tcEnd
  return { width, margins, tcPr: { start, end: pr ? tcEnd + pr[0].length : tcEnd } }
}

/** The half-point size of each paragraph style of word/styles.xml (through w:basedOn), and the default. */
export interface StyleSizes {
  byStyle: Map<string, number>
  /** The default paragraph style's size, else w:docDefaults', else 10 pt. */
  normal: number
}

export function styleSizes(styles: string | null): StyleSizes {
  const own = new Map<string, { size: number | null; basedOn: string | null; isDefault: boolean }>()
  for (const m of (styles ?? '').matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(m[1])?.[1]
    if (!id || !/w:type="paragraph"/.test(m[1])) continue
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[2])?.[1] ?? ''
    own.set(id, {
      size: num(/<w:sz\b[^>]*>/.exec(rPr)?.[0] ?? '', 'w:val'),
      basedOn: /<w:basedOn w:val="([^"]*)"/.exec(m[2])?.[1] ?? null,
      isDefault: /w:default="(1|true)"/.test(m[1]),
    })
  }
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(styles ?? '')?.[1] ?? ''
  const docDefault = num(/<w:sz\b[^>]*>/.exec(defaults)?.[0] ?? '', 'w:val') ?? DEFAULT_HALF_POINTS
  const resolve = (id: string | null, depth = 0): number => {
    const s = id ? own.get(id) : undefined
    if (!s || depth > 10) return docDefault
    return s.size ?? resolve(s.basedOn, depth + 1)
  }
  const byStyle = new Map([...own.keys()].map((id) => [id, resolve(id)]))
  const normalId = [...own].find(([, s]) => s.isDefault)?.[0] ?? null
  return { byStyle, normal: normalId ? byStyle.get(normalId)! : docDefault }
}

/** The size a run with `rPr` prints at in paragraph `p`. */
export function runHalfPoints(doc: DocXml, p: XmlParagraph, rPr: string, sizes: StyleSizes): number {
  const own = num(/<w:sz\b[^>]*>/.exec(rPr)?.[0] ?? '', 'w:val')
  if (own) return own
  const pPr = /^<w:p\b[^>]*>\s*<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(doc.xml.slice(p.start, p.end))?.[1] ?? ''
  const style = /<w:pStyle w:val="([^"]*)"/.exec(pPr)?.[1]
  return (style && sizes.byStyle.get(style)) || sizes.normal
}
