import {
  ITEM_TITLE,
  SUMMARY_TITLE,
  TOTAL_ROW,
  classifyHeader,
  headerWords,
  type ItemField,
} from './item-columns'
import type { FormCell, FormDoc, FormTable } from './model'

/**
 * Finding a buyer's list-of-items table (报价明细表, 分项报价表, 供货清单): its header row(s) (two when a group
 * header such as "报价（元）" spans "单价 | 合价"; merged header cells read through), the columns and what each
 * prints, the empty rows to write the quote lines into, rows where the buyer pre-printed an item (名称/数量 given,
 * prices to fill) and the 合计 row. Pure: the .docx reader gives the FormDoc, the plan decides what goes where.
 */

export interface ItemColumn {
  /** Grid column (gridSpan counted). */
  col: number
  field: ItemField | null
  /** The header as printed (group header and sub-header joined by "/"). */
  label: string
  /** The money unit the header states, else the caption's. */
  unit: '元' | '万元' | null
  /** The paragraph of the header cell (where the column is reported). */
  paragraph: number
}

export interface ItemBodyRow {
  row: number
  /**
   * Empty (a number in the 序号 column still counts as empty); 'buyer': the buyer printed the item's name;
   * 'subtotal': a lot's 小计 row inside a table for every lot (more item rows follow it).
   */
  kind: 'empty' | 'buyer' | 'other' | 'subtotal'
  cells: FormCell[]
  /** The buyer's item name for 'buyer' rows. */
  name: string
  /** What the row's 包号 column says (a cell merged down from above says it for every row it covers), else ''. */
  lot: string
}

export interface ItemTable {
  table: number
  title: string
  headerRows: number[]
  columns: ItemColumn[]
  body: ItemBodyRow[]
  /** The 合计 rows right under the items (小写 and 大写 often on two rows). */
  totals: { row: number; cells: FormCell[] }[]
  /** What the buyer printed around the table, nearest first (rows above the header, paragraphs before, title). */
  context: string[]
}

const cellsOf = (t: FormTable, r: number) => t.rows[r].filter((c) => !c.merged)

function gridWidth(t: FormTable): number {
  return Math.max(0, ...t.rows.flatMap((row) => row.map((c) => c.col + c.span)))
}

/** The cell of row r covering grid column col (merged continuation cells included). */
function cellAt(t: FormTable, r: number, col: number): FormCell | undefined {
  return t.rows[r].find((c) => c.col <= col && col < c.col + c.span)
}

/** The columns under header rows `rows`: per grid column the lowest header that says something. */
function columnsOf(t: FormTable, rows: number[], caption: '元' | '万元' | null): ItemColumn[] {
  const out: ItemColumn[] = []
  for (let col = 0; col < gridWidth(t); col++) {
    const heads = rows
      .map((r) => cellAt(t, r, col))
      .filter((c): c is FormCell => !!c && !c.merged && c.text.trim() !== '')
    const uniq = heads.filter((c, i) => heads.indexOf(c) === i)
    if (uniq.length === 0) continue
    const lowest = [...uniq].reverse().find((c) => classifyHeader(c.text)) ?? uniq.at(-1)!
    // A column spanning several grid columns is listed once, at its first.
    if (out.some((o) => o.paragraph === lowest.paragraph)) continue
    const unit = uniq.map((c) => headerWords(c.text).unit).find((u) => u) ?? caption
    out.push({
      col: lowest.col,
      field: classifyHeader(lowest.text),
      label: uniq.map((c) => c.text.trim().replace(/\s+/g, ' ')).join('/'),
      unit,
      paragraph: lowest.paragraph,
    })
  }
  return out
}

function isItemHeader(cols: ItemColumn[], title: string): boolean {
  const has = (f: ItemField) => cols.some((c) => c.field === f)
  if (!has('name') && !has('spec')) return false
  if (cols.filter((c) => c.field).length < 2) return false
  if (has('qty') || has('unitPrice')) return true
  return has('lineTotal') && ITEM_TITLE.test(title)
}

const isNumberish = (s: string) => /^[\s\d.,、，)）(（-]*$/.test(s)

function bodyKind(cells: FormCell[], cols: ItemColumn[]): ItemBodyRow['kind'] {
  const fieldAt = (c: FormCell) => cols.find((k) => k.col === c.col)?.field ?? null
  const texts = cells.filter((c) => c.text.trim() !== '' && !/^[\s/／—-]+$/.test(c.text))
  // A pre-printed number or lot (包号) still leaves the row to fill.
  if (texts.every((c) => fieldAt(c) === 'lot' || (fieldAt(c) === 'no' && isNumberish(c.text)))) return 'empty'
  return texts.some((c) => fieldAt(c) === 'name' && c.text.trim() !== '') ? 'buyer' : 'other'
}

/** A header row candidate: at least two cells, none of them a figure. */
function headerish(t: FormTable, r: number): boolean {
  const cells = cellsOf(t, r).filter((c) => c.text.trim() !== '')
  return (
    cells.length >= 2 && cells.every((c) => c.text.trim().length <= 24 && !/^[\d.,]+$/.test(c.text.trim()))
  )
}

/**
 * The item tables of a form. `titles[p]` is the form title of paragraph p; `captions[t]` the money unit stated
 * above table t ("单位：万元"), if any.
 */
export function detectItemTables(
  doc: FormDoc,
  titles: readonly string[],
  captions: Record<number, '元' | '万元'> = {},
  /** Table index → the paragraphs right before it, nearest first. */
  before: Record<number, string[]> = {},
): ItemTable[] {
  const out: ItemTable[] = []
  for (const t of doc.tables) {
    const firstPara = t.rows[0]?.find((c) => c.paragraph >= 0)?.paragraph ?? -1
    const title = firstPara >= 0 ? (titles[firstPara] ?? '') : ''
    if (SUMMARY_TITLE.test(title)) continue
    for (let h = 0; h < Math.min(t.rows.length - 1, 6); h++) {
      if (!headerish(t, h)) continue
      let rows = [h]
      let cols = columnsOf(t, rows, captions[t.index] ?? null)
      if (!isItemHeader(cols, title)) continue
      // A second header row: sub-headers under a group header, no figures, nothing a body row would hold.
      const next = h + 1
      if (next < t.rows.length && headerish(t, next)) {
        const withNext = columnsOf(t, [h, next], captions[t.index] ?? null)
        const subs = cellsOf(t, next).filter((c) => c.text.trim() !== '' && classifyHeader(c.text))
        if (subs.length > 0 && !cellsOf(t, next).some((c) => TOTAL_ROW.test(c.text.trim()))) {
          rows = [h, next]
          cols = withNext
        }
      }
      const body: ItemBodyRow[] = []
      const totals: ItemTable['totals'] = []
      // "第一标段小计" / "2包小计（元）" close a lot in a table for every lot; in a table without a 包号 column a 小计
      // closes a group of rows (a page, a category) and the rows after it are still items.
      const lotSum = (x: string) => x.length <= 16 && /小计/.test(x)
      const isTotal = (r: number) =>
        cellsOf(t, r).some((c) => {
          const x = c.text.replace(/\s+/g, '')
          return TOTAL_ROW.test(x) || lotSum(x)
        })
      for (let r = rows.at(-1)! + 1; r < t.rows.length; r++) {
        const cells = cellsOf(t, r)
        if (isTotal(r)) {
          // A table for every lot may close each lot with its 小计 and the table with the 合计.
          const isSub = (k: number) => cellsOf(t, k).some((c) => lotSum(c.text.replace(/\s+/g, '')))
          // A lot's 小计 has rows after it that are not 小计 (the next lot, or the table's 合计).
          const more = t.rows.slice(r + 1).some((_, k) => !isSub(r + 1 + k))
          if (isSub(r) && more) {
            body.push({
              row: r,
              kind: 'subtotal',
              cells: cellsOf(t, r),
              name: '',
              lot: body.at(-1)?.lot ?? '',
            })
            continue
          }
          for (let k = r; k < t.rows.length && isTotal(k); k++) totals.push({ row: k, cells: cellsOf(t, k) })
          break
        }
        const kind = bodyKind(cells, cols)
        const nameCol = cols.find((c) => c.field === 'name')
        const name = nameCol ? (cells.find((c) => c.col === nameCol.col)?.text.trim() ?? '') : ''
        const lotCol = cols.find((c) => c.field === 'lot')
        const lotCell = lotCol ? t.rows[r].find((c) => c.col === lotCol.col) : undefined
        const lot = lotCell?.merged ? (body.at(-1)?.lot ?? '') : (lotCell?.text.trim() ?? '')
        body.push({ row: r, kind, cells, name, lot })
      }
      const above = t.rows
        .slice(0, rows[0])
        .reverse()
        .map((row) => row.map((c) => c.text).join(' '))
      const context = [...above, ...(before[t.index] ?? []), title].filter((x) => x.trim() !== '')
      out.push({ table: t.index, title, headerRows: rows, columns: cols, body, totals, context })
      break
    }
  }
  return out
}

/** The rows an item table owns (header, body, 合计): the generic cell finder leaves them to the item plan. */
export function itemTableRows(tables: readonly ItemTable[]): Map<number, Set<number>> {
  const m = new Map<number, Set<number>>()
  for (const t of tables) {
    const rows = new Set([...t.headerRows, ...t.body.map((b) => b.row), ...t.totals.map((x) => x.row)])
    m.set(t.table, rows)
  }
  return m
}
