import type { ItemWrite } from '@shared/domain/blanks'
import { widestByColumn, type CellWriter } from './form-fit'
import { wt, type Edit } from './form-runs'
import type { DocXml, XmlParagraph } from './form-xml'

/**
 * The quote's lines written into a buyer's item table (the plan in shared/domain/blanks/items-plan.ts): values into
 * the empty cells of existing rows, and rows the buyer did not print added as copies of the last empty row, so the
 * new rows have the buyer's borders, heights, fonts and alignment.
 */

const RUN = /<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>|<w:r(?:\s[^>]*)?\/>/g

/** A copy of a row with every run removed and `values` (grid column → text) written into its cells. */
function cloneRow(
  doc: DocXml,
  cells: CellWriter,
  table: number,
  row: number,
  values: Record<number, string>,
  widest: ReadonlyMap<number, string>,
): string {
  const range = doc.rows[table][row]
  const slice = doc.xml.slice(range.start, range.end)
  const edits: Edit[] = []
  for (const m of slice.matchAll(RUN)) edits.push({ start: m.index, end: m.index + m[0].length, text: '' })
  for (const cell of doc.doc.tables[table].rows[row]) {
    const value = values[cell.col]
    if (cell.merged || value === undefined || value === '' || cell.paragraph < 0) continue
    const p = doc.paragraphs[cell.paragraph]
    // The writer keeps the first run's formatting; the runs are gone, so only its text moves.
    for (const e of cells.edits(p, value, widest.get(cell.col)))
      edits.push({ start: e.start - range.start, end: e.end - range.start, text: e.text })
  }
  let out = slice
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, e.start) + e.text + out.slice(e.end)
  // Ids that must stay unique in a document are not copied.
  return out.replace(/\sw14:(paraId|textId)="[^"]*"/g, '').replace(/<w:bookmark(Start|End)\b[^>]*\/>/g, '')
}

/**
 * The buyer's text of a cell paragraph replaced by `value`: the first text node takes it (in its run, with the run's
 * formatting), the paragraph's other text goes. Used only where the user chose to write over the buyer's figure.
 */
function overEdits(cells: CellWriter, p: XmlParagraph, value: string, like?: string): Edit[] {
  const texts = p.nodes.filter((n) => n.kind !== 'other')
  if (texts.length === 0) return cells.edits(p, value, like)
  // Fitted to the cell (a quantity with its unit in a narrow 数量 column): a run of its own inside the buyer's.
  const fit = cells.fitted(p, value, like)
  const first = fit ? `</w:r>${fit.runs}<w:r>${texts[0].run.rPr}` : wt(value)
  return [
    ...texts.map((n, i) => ({ start: n.start, end: n.end, text: i === 0 ? first : '' })),
    ...(fit?.padding ? [fit.padding] : []),
  ]
}

export function itemEdits(doc: DocXml, cells: CellWriter, writes: readonly ItemWrite[]): Edit[] {
  const edits: Edit[] = []
  for (const w of writes) {
    const table = doc.doc.tables[w.table]
    const widest = widestByColumn(w)
    for (const f of w.fill) {
      for (const cell of table.rows[f.row]) {
        const over = f.over?.[cell.col]
        if (over !== undefined && !cell.merged && cell.paragraph >= 0) {
          edits.push(...overEdits(cells, doc.paragraphs[cell.paragraph], over))
          continue
        }
        const value = f.values[cell.col]
        if (cell.merged || !value || cell.text.trim() !== '' || cell.paragraph < 0) continue
        edits.push(...cells.edits(doc.paragraphs[cell.paragraph], value, widest.get(cell.col)))
      }
    }
    if (w.add) {
      const at = doc.rows[w.table][w.add.after].end
      const rows = w.add.rows.map((v) => cloneRow(doc, cells, w.table, w.add!.template, v, widest)).join('')
      edits.push({ start: at, end: at, text: rows })
    }
  }
  return edits
}
