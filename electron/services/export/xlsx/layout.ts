import type { Worksheet } from 'exceljs'
import { displayWidth } from '@shared/domain/export'

/** Print-ready sheets: A4, repeated header rows, fit to one page wide, 宋体 throughout. */
export const FONT = '宋体'
export const MONEY_FMT = '#,##0.00'

export const thin = { style: 'thin' as const, color: { argb: 'FF000000' } }
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin }

export function printSetup(ws: Worksheet, headerRow: number, landscape = false): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  }
  ws.headerFooter.oddFooter = '&C第 &P 页 共 &N 页'
  ws.views = [{ state: 'frozen', ySplit: headerRow }]
}

/**
 * Column widths that fit Chinese text: Excel's width unit is about one Latin character, and a CJK character takes
 * two. Long-text columns are capped and wrap instead.
 */
export function fitColumns(ws: Worksheet, fromRow: number, caps: number[], mins: number[] = []): void {
  caps.forEach((cap, i) => {
    const col = ws.getColumn(i + 1)
    let w = mins[i] ?? 6
    col.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber < fromRow || cell.isMerged) return
      const text = cell.text ?? ''
      for (const line of text.split('\n')) w = Math.max(w, displayWidth(line) + 2)
    })
    col.width = Math.min(w, cap)
  })
}

export function styleHeader(ws: Worksheet, rowNumber: number, ncols: number): void {
  const row = ws.getRow(rowNumber)
  row.height = 24
  for (let c = 1; c <= ncols; c++) {
    const cell = row.getCell(c)
    cell.font = { name: FONT, size: 11, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = BORDER
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
  }
}

export function styleBody(
  ws: Worksheet,
  from: number,
  to: number,
  ncols: number,
  wrapCols: number[] = [],
): void {
  for (let r = from; r <= to; r++) {
    const row = ws.getRow(r)
    for (let c = 1; c <= ncols; c++) {
      const cell = row.getCell(c)
      cell.font = { name: FONT, size: 11, ...(cell.font?.bold ? { bold: true } : {}) }
      cell.border = BORDER
      cell.alignment = {
        vertical: 'middle',
        wrapText: wrapCols.includes(c),
        ...(cell.alignment?.horizontal ? { horizontal: cell.alignment.horizontal } : {}),
      }
    }
  }
}

/** Title (merged over the table width) and one line of project data above the header row. */
export function titleRows(ws: Worksheet, title: string, subtitle: string, ncols: number): void {
  ws.mergeCells(1, 1, 1, ncols)
  ws.mergeCells(2, 1, 2, ncols)
  const t = ws.getCell(1, 1)
  t.value = title
  t.font = { name: FONT, size: 16, bold: true }
  t.alignment = { horizontal: 'center', vertical: 'middle' }
  ws.getRow(1).height = 30
  const s = ws.getCell(2, 1)
  s.value = subtitle
  s.font = { name: FONT, size: 11 }
  s.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true }
}

/** Points per line of 11-pt 宋体 with Excel's default leading, and the padding of a cell. */
const LINE_PT = 14.5
const PAD_PT = 3

/**
 * Row heights for wrapped text: Excel and LibreOffice keep a row at its default height unless told otherwise, so a
 * wrapped cell shows only its first line (and prints that way). Each row from `fromRow` gets the height of its
 * tallest wrapped cell, counted in lines of the column's width (CJK characters are two units wide).
 */
export function fitRowHeights(ws: Worksheet, fromRow: number): void {
  // Merged ranges by their top-left cell: a wrapped merged cell is as wide as its columns together.
  const spans = new Map<string, [number, number]>()
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const x = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m)
    if (x) spans.set(`${x[1]}${x[2]}`, [colNumber(x[1]), colNumber(x[3])])
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < fromRow) return
    let lines = 1
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!cell.alignment?.wrapText || (cell.isMerged && cell.master !== cell)) return
      const [from, to] = spans.get(cell.address) ?? [c, c]
      let width = 0
      for (let k = from; k <= to; k++) width += ws.getColumn(k).width ?? 9
      const perLine = Math.max(1, width - 1)
      const n = String(cell.text ?? '')
        .split('\n')
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(displayWidth(part) / perLine)), 0)
      lines = Math.max(lines, n)
    })
    if (lines > 1) row.height = Math.max(row.height ?? 0, lines * LINE_PT + PAD_PT)
  })
}

function colNumber(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64
  return n
}
