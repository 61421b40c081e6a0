/**
 * Row / column / cell caps for imported worksheets.
 * The XML check runs on a worksheet part BEFORE exceljs sees it: exceljs allocates every row up to the
 * highest index, and expands every merged range and data-validation range cell by cell, so one
 * reference to XFD1048576 would allocate billions of objects. The dims check is for importers to call
 * again after loading, as a second line of defence.
 */
import { reject } from './zip-directory'

export interface SheetLimits {
  maxRows: number
  maxColumns: number
  maxCells: number
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = { maxRows: 100_000, maxColumns: 500, maxCells: 2_000_000 }

/** 'A' → 1, 'Z' → 26, 'AA' → 27, 'XFD' → 16384. Letters only; the caller validated the shape. */
export function columnIndex(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/

export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = CELL_REF.exec(ref)
  return m ? { col: columnIndex(m[1]), row: Number(m[2]) } : null
}

export interface SheetDims {
  rows: number
  columns: number
  /** Cells that actually hold something, when known. */
  cells?: number
}

function limitsOf(opts?: Partial<SheetLimits>): SheetLimits {
  return { ...DEFAULT_SHEET_LIMITS, ...opts }
}

function tooBig(where: string, what: { zh: string; en: string }, sheet: string): never {
  reject(
    'SHEET_TOO_LARGE',
    `工作表 ${sheet} 太大（${where}：${what.zh}）`,
    `worksheet ${sheet} is too large (${where}: ${what.en})`,
    sheet,
  )
}

function checkPoint(row: number, col: number, where: string, lim: SheetLimits, sheet: string): void {
  if (row > lim.maxRows)
    tooBig(
      where,
      { zh: `第 ${row} 行，上限 ${lim.maxRows} 行`, en: `row ${row}, limit ${lim.maxRows}` },
      sheet,
    )
  if (col > lim.maxColumns) {
    tooBig(
      where,
      { zh: `第 ${col} 列，上限 ${lim.maxColumns} 列`, en: `column ${col}, limit ${lim.maxColumns}` },
      sheet,
    )
  }
}

/** For importers after exceljs has loaded a sheet: `assertSheetWithinCaps({ rows: ws.rowCount, columns: ws.columnCount })`. */
export function assertSheetWithinCaps(dims: SheetDims, opts?: Partial<SheetLimits>, sheetName = ''): void {
  const lim = limitsOf(opts)
  checkPoint(dims.rows, dims.columns, 'size', lim, sheetName)
  const cells = dims.cells ?? 0
  if (cells > lim.maxCells) {
    tooBig(
      'cells',
      { zh: `${cells} 个单元格，上限 ${lim.maxCells}`, en: `${cells} cells, limit ${lim.maxCells}` },
      sheetName,
    )
  }
}

/** A range 'A1:C3' or a single cell; returns null for anything that is not a plain reference. */
function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = ref.split(':')
  const p = parseCellRef(a)
  const q = b === undefined ? p : parseCellRef(b)
  if (!p || !q) return null
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  }
}

// Tags are matched with an optional namespace prefix because some generators write <x:row>.
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension|mergeCell|dataValidation)(?=[\s/>])([^>]*)>/g
const ATTR_R = /\sr\s*=\s*["']([^"']*)["']/
const ATTR_REF = /\sref\s*=\s*["']([^"']*)["']/
const ATTR_SQREF = /\ssqref\s*=\s*["']([^"']*)["']/

/**
 * Checks one worksheet part's XML: the <dimension ref>, every row index and cell reference (including
 * rows and cells without an r attribute, which count on from the previous one), and the ranges exceljs
 * expands cell by cell (merged cells, data validations), whose total area counts against the cell cap.
 */
export function assertSheetXmlWithinCaps(xml: string, opts?: Partial<SheetLimits>, partName = ''): void {
  const lim = limitsOf(opts)
  let row = 0
  let col = 0
  let cells = 0
  let expanded = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [, tag, attrs] = m
    if (tag === 'c') {
      const r = ATTR_R.exec(attrs)?.[1]
      const at = r ? parseCellRef(r) : null
      if (r && !at)
        reject(
          'SHEET_TOO_LARGE',
          `工作表 ${partName} 有无效的单元格引用 ${r}`,
          `worksheet ${partName} has an invalid cell reference ${r}`,
          partName,
        )
      col = at ? at.col : col + 1
      checkPoint(at ? at.row : Math.max(row, 1), col, `cell ${r ?? `#${cells + 1}`}`, lim, partName)
      if (++cells > lim.maxCells) {
        tooBig(
          'cells',
          { zh: `超过 ${lim.maxCells} 个单元格`, en: `more than ${lim.maxCells} cells` },
          partName,
        )
      }
    } else if (tag === 'row') {
      const r = ATTR_R.exec(attrs)?.[1]
      row = r !== undefined && /^\d{1,8}$/.test(r) ? Number(r) : row + 1
      col = 0
      checkPoint(row, 0, `row ${row}`, lim, partName)
    } else {
      const refs = (tag === 'dataValidation' ? ATTR_SQREF : ATTR_REF).exec(attrs)?.[1]
      if (!refs) continue
      for (const ref of refs.trim().split(/\s+/)) {
        const range = parseRange(ref)
        if (!range) continue
        checkPoint(range.bottom, range.right, `${tag} ${ref}`, lim, partName)
        if (tag === 'dimension') continue
        expanded += (range.bottom - range.top + 1) * (range.right - range.left + 1)
        if (expanded > lim.maxCells) {
          tooBig(
            `${tag} ${ref}`,
            { zh: `展开后超过 ${lim.maxCells} 个单元格`, en: `expands to more than ${lim.maxCells} cells` },
            partName,
          )
        }
      }
    }
  }
}
