import { parseAmountWords } from '../amount'

/**
 * A table of a buyer's form as printed, with every body cell's column header: the checks pair cells of one row by
 * their headers (投标总价（小写） | 投标总价（大写）, a row per lot), which the form's flattened text cannot show. Built
 * from the cells the .docx reader gives (grid column and span counted, vertically merged cells marked); pure.
 */

export interface PrintedTableCell {
  text: string
  /** Grid column (gridSpan counted). */
  col: number
  /** The headers above the cell's column, top to bottom, joined by "/" ("投标报价/小写"); '' when none. */
  header: string
}

export interface PrintedTable {
  /** 0-based among the form's tables. */
  index: number
  /** The body rows (below the header rows), each with its 1-based row number in the table. */
  rows: { row: number; cells: PrintedTableCell[] }[]
}

/** A cell as the .docx reader gives it (shared/domain/blanks FormCell). */
export interface SourceCell {
  col: number
  span: number
  text: string
  /** A vMerge continuation of the cell above. */
  merged: boolean
}

/** A header says what a column holds: words, no figure outside its brackets, no amount in words. */
function labelLike(text: string): boolean {
  const t = text.trim()
  if (t === '' || t.length > 30) return false
  if (/[0-9０-９]/u.test(t.replace(/[（(][^（()）]*[)）]/gu, ''))) return false
  return !parseAmountWords(t.replace(/^人民币/u, '')).ok
}

/** An amount: figures with a currency mark, a unit or two decimals, or 大写 with its 元. */
function amountLike(text: string): boolean {
  const t = text.replace(/\s+/gu, '')
  if (/\d/u.test(t) && /[¥￥$]|元|\d[.．]\d{2}(?!\d)|\d,\d{3}/u.test(t)) return true
  return /[壹贰叁肆伍陆柒捌玖].*[元圆]/u.test(t) && parseAmountWords(t.replace(/^人民币/u, '')).ok
}

const width = (rows: readonly (readonly SourceCell[])[]) =>
  Math.max(0, ...rows.flatMap((r) => r.map((c) => c.col + c.span)))

/**
 * The header rows are the leading rows that state no amount (a form filler may have written a number or a period
 * into an empty cell of a sub-header row); every row below is a body row, its cells carrying the labels above them
 * (a title across the whole table, and what is not a label, left out).
 */
export function printedTable(index: number, rows: readonly (readonly SourceCell[])[]): PrintedTable {
  const grid = width(rows)
  let head = 0
  while (head < rows.length && !rows[head].some((c) => !c.merged && amountLike(c.text))) head++
  // No amount anywhere: an empty form or a label list, nothing to read as body.
  if (head === rows.length) return { index, rows: [] }
  const headerOf = (col: number) => {
    const seen: string[] = []
    for (const row of rows.slice(0, head)) {
      const c = row.find((x) => x.col <= col && col < x.col + x.span)
      const t = c && !c.merged ? c.text.trim().replace(/\s+/gu, ' ') : ''
      // A title across the whole table heads every column alike: it says nothing of this one.
      if (!labelLike(t) || (c!.col === 0 && c!.span >= grid && grid > 1) || seen.includes(t)) continue
      seen.push(t)
    }
    return seen.join('/')
  }
  return {
    index,
    rows: rows.slice(head).map((row, i) => ({
      row: head + i + 1,
      cells: row
        .filter((c) => !c.merged)
        .map((c) => ({ text: c.text.trim(), col: c.col, header: headerOf(c.col) })),
    })),
  }
}
