import type { SheetGrid } from './header'
import { detectScoringTable, noScoringTable, type DetectOverrides, type TableDetection } from './detect'

/**
 * Splits text copied from Excel: rows end with a newline, cells are separated by tabs, and a cell that
 * holds a newline, tab or quote is wrapped in double quotes with inner quotes doubled.
 */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  const s = text.replace(/\r\n?/g, '\n')
  while (i < s.length) {
    const ch = s[i]
    if (ch === '"' && cell === '') {
      // quoted cell: runs to the closing quote that is not doubled
      let j = i + 1
      let q = ''
      for (; j < s.length; j++) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            q += '"'
            j++
          } else break
        } else q += s[j]
      }
      if (j < s.length && (s[j + 1] === '\t' || s[j + 1] === '\n' || j + 1 === s.length)) {
        cell = q
        i = j + 1
        continue
      }
    }
    if (ch === '\t') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
    i++
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/**
 * A table pasted from Excel (tab-separated). Merged cells arrive as one value and empty cells below,
 * so an empty category cell carries the category from above. Same detection object as the .xlsx import.
 */
export function parsePastedTable(
  text: string,
  overrides: Omit<DetectOverrides, 'sheet'> = {},
): TableDetection {
  const rows = splitTsv(text)
  if (rows.every((r) => r.every((c) => c.trim() === ''))) {
    throw noScoringTable({ zh: '粘贴的内容为空', en: 'the pasted text is empty' })
  }
  const grid: SheetGrid = { name: '粘贴', rows: rows.map((r) => r.map((text) => ({ text }))) }
  return detectScoringTable([grid], overrides)
}
