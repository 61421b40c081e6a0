import type ExcelJS from 'exceljs'

/** 1 → A, 27 → AA. */
export function colLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** Display width of text in Excel character units: a CJK character takes two. */
export function textWidth(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 2 : 1
  return w
}

const FONT = { name: '宋体', size: 11 }
const BORDER = { style: 'thin' as const, color: { argb: 'FF999999' } }

export interface SheetStyle {
  headerRow: number
  /** Column (1-based) of long text: fixed width, wrapped. */
  wrapCol?: number
  moneyRows?: number[]
  boldRows?: number[]
  percentCol?: number
}

/** 宋体 throughout, a bold shaded header, borders on the table, widths that fit Chinese text. */
export function styleSheet(ws: ExcelJS.Worksheet, s: SheetStyle): void {
  const widths: number[] = []
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const bold = r === 1 || r === s.headerRow || s.boldRows?.includes(r)
      cell.font = { ...FONT, bold: !!bold, size: r === 1 ? 14 : FONT.size }
      if (r >= s.headerRow) cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER }
      if (r === s.headerRow) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
      } else if (c === s.wrapCol) cell.alignment = { vertical: 'top', wrapText: true }
      else cell.alignment = { vertical: 'top' }
      if (s.moneyRows?.includes(r) && typeof (cell.value as { result?: unknown })?.result !== 'string') {
        cell.numFmt = '#,##0.00'
      }
      if (c === s.percentCol && r > s.headerRow) cell.numFmt = '0.0%'
      if (r === 1 || cell.isMerged) return
      const v = cell.value as unknown
      const raw = v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v
      // Width of the text as displayed: money with its thousands separators and two decimals, or Excel shows ###.
      const text =
        typeof raw === 'number' && cell.numFmt === '#,##0.00'
          ? raw.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
          : String(raw ?? '')
      widths[c] = Math.max(widths[c] ?? 0, textWidth(text))
    })
  })
  for (let c = 1; c < widths.length; c++) {
    const col = ws.getColumn(c)
    col.width = c === s.wrapCol ? 50 : Math.min(40, Math.max(8, (widths[c] ?? 0) + 3))
  }
}
