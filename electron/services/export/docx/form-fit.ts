import type { BlankFill, ItemWrite } from '@shared/domain/blanks'
import { LEAST_SCALE, TIGHT_MARGIN, fitInCell, type CellFit } from './cell-fit'
import { cellPlace, runHalfPoints, type CellPlace, type StyleSizes } from './form-cells'
import { cellRPr, runsEdit, setRunProp, wt, type Edit } from './form-runs'
import type { DocXml, XmlParagraph } from './form-xml'
import { keptRuns, keptSpans } from './kept-tokens'
import { unbreakableWidth } from './widths'

/**
 * Values written into the buyer's table cells, each fitted to its cell (cell-fit.ts) so an amount, a date or a
 * quantity with its unit prints whole on one line; a date or amount inside a longer value is kept together by the
 * kept-token runs the product's own tables use. What cannot fit at a readable size is reported on its blank.
 */

type Text = { zh: string; en: string }

export interface CellWriter {
  /**
   * The edits that write `value` into the empty cell whose first paragraph is `p`, printed as `like` (the widest
   * value of its column) fits, so a column of figures prints at one size.
   */
  edits(p: XmlParagraph, value: string, like?: string): Edit[]
  /**
   * The same value as runs (in the cell's first run's formatting) and the cell's padding edit, or null when it prints
   * as it is: for writing over the buyer's own text inside his run.
   */
  fitted(p: XmlParagraph, value: string, like?: string): { runs: string; padding: Edit | null } | null
  /** How `value` prints in that cell (null: as it is, or the cell's width is not stated). */
  fit(p: XmlParagraph, value: string): CellFit | null
  /** The cell's width in twips, when stated. */
  place(p: XmlParagraph): CellPlace | null
}

/** The cell padding set to TIGHT_MARGIN left and right (top and bottom as they were). */
function tightEdit(xml: string, place: CellPlace): Edit {
  const { start, end } = place.tcPr
  const side = (s: string) => `<w:${s} w:w="${TIGHT_MARGIN}" w:type="dxa"/>`
  if (start === end)
    return { start, end, text: `<w:tcPr><w:tcMar>${side('left')}${side('right')}</w:tcMar></w:tcPr>` }
  const tcPr = xml.slice(start, end)
  const old = /<w:tcMar>([\s\S]*?)<\/w:tcMar>/.exec(tcPr)
  const keep = (s: 'top' | 'bottom') => new RegExp(`<w:${s}\\b[^>]*/>`).exec(old?.[1] ?? '')?.[0] ?? ''
  // CT_TcMar order: top, left (start), bottom, right (end).
  const mar = `<w:tcMar>${keep('top')}${side('left')}${keep('bottom')}${side('right')}</w:tcMar>`
  if (old) return { start, end, text: tcPr.replace(old[0], mar) }
  // CT_TcPr order: …tcBorders, shd, noWrap, tcMar, textDirection, tcFitText, vAlign, hideMark…
  const next =
    /<w:(textDirection|tcFitText|vAlign|hideMark|headers|cellIns|cellDel|cellMerge|tcPrChange)[\s/>]/.exec(
      tcPr,
    )
  const at = next ? next.index : tcPr.lastIndexOf('</w:tcPr>')
  return { start, end, text: `${tcPr.slice(0, at)}${mar}${tcPr.slice(at)}` }
}

export function cellWriter(doc: DocXml, sizes: StyleSizes): CellWriter {
  const of = (p: XmlParagraph, value: string) => {
    const place = cellPlace(doc, p)
    const rPr = cellRPr(p)
    const halfPoints = runHalfPoints(doc, p, rPr, sizes)
    return { place, rPr, halfPoints, fit: place ? fitInCell(value, place, halfPoints) : null }
  }
  const written = (p: XmlParagraph, value: string, like: string) => {
    const { place, rPr, halfPoints, fit } = of(p, like)
    const props = fit
      ? setRunProp(
          setRunProp(
            fit.scale < 100 ? setRunProp(rPr, 'w', `<w:w w:val="${fit.scale}"/>`) : rPr,
            'sz',
            `<w:sz w:val="${fit.halfPoints}"/>`,
          ),
          'szCs',
          `<w:szCs w:val="${fit.halfPoints}"/>`,
        )
      : rPr
    // A date or an amount inside a longer value: kept together while the rest wraps.
    const inner = keptSpans(value).some(([a, b]) => b - a < value.length)
    const runs = inner
      ? keptRuns(value, props, fit?.halfPoints ?? halfPoints)
      : `<w:r>${props}${wt(value)}</w:r>`
    return { fit, runs, padding: fit?.tight && place ? tightEdit(doc.xml, place) : null }
  }
  return {
    place: (p) => cellPlace(doc, p),
    fit: (p, value) => of(p, value).fit,
    edits(p, value, like = value) {
      const f = written(p, value, like)
      return [runsEdit(doc.xml, p, f.runs), ...(f.padding ? [f.padding] : [])]
    },
    fitted(p, value, like = value) {
      const f = written(p, value, like)
      return f.fit ? f : null
    },
  }
}

/** Per grid column of an item write, the value that needs the most room on one line. */
export function widestByColumn(w: ItemWrite): Map<number, string> {
  const widest = new Map<number, string>()
  for (const values of [...w.fill.map((f) => f.values), ...(w.add?.rows ?? [])])
    for (const [col, v] of Object.entries(values)) {
      const was = widest.get(Number(col))
      if (was === undefined || unbreakableWidth(v) > unbreakableWidth(was)) widest.set(Number(col), v)
    }
  return widest
}

const cmOf = (twips: number) => (twips / 566.929).toFixed(2)

/** The report of values that print wrapped however small: one per cell blank, one per item column. */
function unfitText(values: string[], widthTw: number): Text {
  const list = values.map((v) => `“${v}”`).join('、')
  const en = values.map((v) => `"${v}"`).join(', ')
  return {
    zh: `${list}在此列（宽 ${cmOf(widthTw)} 厘米）中缩至小五号（9 磅）、字宽 ${LEAST_SCALE}% 仍排不下一行，打印时会折行：请在 Word 中加宽此列或调小该列字号`,
    en: `${en} cannot print on one line in this column (${cmOf(widthTw)} cm wide) even at 9 pt and ${LEAST_SCALE}% character width: it will wrap; widen the column in Word or set a smaller size`,
  }
}

/**
 * The filled blanks with a `warning` where a value written into a cell cannot print whole on one line: a cell
 * blank (a 合计) for its value, an item column for each of its rows' values (existing and copied rows).
 */
export function withFitWarnings(
  doc: DocXml,
  writer: CellWriter,
  fills: BlankFill[],
  items: readonly ItemWrite[],
): BlankFill[] {
  const unfit = new Map<string, { values: string[]; width: number }>()
  const check = (id: string, p: XmlParagraph | undefined, value: string | undefined) => {
    if (!p || !value) return
    const fit = writer.fit(p, value)
    if (!fit || fit.fits) return
    const u = unfit.get(id) ?? { values: [], width: writer.place(p)!.width }
    if (!u.values.includes(value)) u.values.push(value)
    unfit.set(id, u)
  }
  for (const f of fills)
    if (f.status === 'filled' && f.kind === 'cell') check(f.id, doc.paragraphs[f.paragraph], f.value ?? '')
  for (const w of items) {
    const rows = doc.doc.tables[w.table].rows
    // As itemEdits writes them: into the empty cells of an existing row, into every cell of a copied row.
    const cellsOf = (row: number, values: Record<number, string>, copy: boolean) => {
      for (const cell of rows[row])
        if (!cell.merged && cell.paragraph >= 0 && (copy || cell.text.trim() === ''))
          check(`t${w.table}col${cell.col}`, doc.paragraphs[cell.paragraph], values[cell.col])
    }
    for (const f of w.fill) {
      cellsOf(f.row, f.values, false)
      // Our quantity written over the buyer's: reported on the row's quantity blank.
      for (const [col, v] of Object.entries(f.over ?? {})) {
        const cell = rows[f.row].find((c) => c.col === Number(col))
        if (cell && cell.paragraph >= 0) check(`t${w.table}r${f.row}qty`, doc.paragraphs[cell.paragraph], v)
      }
    }
    if (w.add) for (const v of w.add.rows) cellsOf(w.add.template, v, true)
  }
  if (unfit.size === 0) return fills
  return fills.map((f) => {
    const u = unfit.get(f.id)
    return u && f.status === 'filled' ? { ...f, warning: unfitText(u.values, u.width) } : f
  })
}
