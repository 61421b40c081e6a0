/**
 * Caps for spreadsheet parts, computed while the guard's XML parser walks them (see xml-scan.ts), with exceljs's
 * own reference decoder (exceljs-refs.ts). exceljs allocates every row up to the highest index, every column up to
 * a <col max>, and walks merged ranges, data-validation ranges and defined names cell by cell; so each of those is
 * capped, per workbook. The dims check is for importers to call again after loading, as a second line of defence.
 */
import { boxArea, cellColumn, cellRow, rangeBox, type Box } from './exceljs-refs'
import { reject } from './zip-directory'

export interface SheetLimits {
  maxRows: number
  maxColumns: number
  /** Cells written in all sheets together. */
  maxCells: number
  /** Cells covered by merges, data validations and defined names together (each is walked cell by cell). */
  maxExpandedCells: number
  maxMerges: number
  maxValidations: number
  maxSheets: number
  maxSharedStrings: number
  /** Per kind of style record (xf, font, fill, border, numFmt, dxf). */
  maxStyles: number
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxRows: 100_000,
  maxColumns: 500,
  maxCells: 2_000_000,
  maxExpandedCells: 2_000_000,
  maxMerges: 10_000,
  maxValidations: 10_000,
  maxSheets: 256,
  maxSharedStrings: 1_000_000,
  maxStyles: 65_536,
}

/** Excel's last column (XFD): a <col max> beyond it makes exceljs create that many column objects. */
const EXCEL_COLUMNS = 16_384

/** 'A' → 1, 'Z' → 26, 'AA' → 27, 'XFD' → 16384. Letters only; the caller validated the shape. */
export function columnIndex(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

export interface SheetDims {
  rows: number
  columns: number
  /** Cells that actually hold something, when known. */
  cells?: number
}

function tooBig(where: string, what: { zh: string; en: string }, sheet: string): never {
  reject(
    'SHEET_TOO_LARGE',
    `工作表 ${sheet} 太大（${where}：${what.zh}）`,
    `worksheet ${sheet} is too large (${where}: ${what.en})`,
    sheet,
  )
}

function invalid(what: string, sheet: string): never {
  reject(
    'SHEET_TOO_LARGE',
    `工作表 ${sheet} 有无效的引用 ${what}`,
    `worksheet ${sheet} has an invalid reference ${what}`,
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
  const lim = { ...DEFAULT_SHEET_LIMITS, ...opts }
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

/** Decodes like exceljs; a reference exceljs would throw on (column past XFD) is refused the same way. */
function decoded<T>(ref: string, sheet: string, fn: (r: string) => T): T {
  try {
    return fn(ref)
  } catch {
    return invalid(ref.slice(0, 40), sheet)
  }
}

/** Counts shared across every part of one workbook, so caps hold for the file, not per sheet. */
export class WorkbookBudget {
  private cells = 0
  private expanded = 0
  private sheets = 0
  constructor(readonly lim: SheetLimits) {}

  /** A range's corners within the row and column caps. */
  bounds(ref: string, where: string, sheet: string): Box {
    const box = decoded(ref, sheet, rangeBox)
    for (const v of [box.top, box.bottom]) if (Number.isFinite(v)) checkPoint(v, 0, where, this.lim, sheet)
    for (const v of [box.left, box.right]) if (Number.isFinite(v)) checkPoint(0, v, where, this.lim, sheet)
    return box
  }

  /** A range exceljs walks cell by cell (merge, validation, defined name): bounds and total area. */
  expand(ref: string, where: string, sheet: string): Box {
    const box = this.bounds(ref, where, sheet)
    this.expanded += boxArea(box)
    if (this.expanded > this.lim.maxExpandedCells) {
      tooBig(
        where,
        {
          zh: `展开后超过 ${this.lim.maxExpandedCells} 个单元格`,
          en: `expands to more than ${this.lim.maxExpandedCells} cells`,
        },
        sheet,
      )
    }
    return box
  }

  cell(sheet: string): void {
    if (++this.cells > this.lim.maxCells) {
      tooBig(
        'cells',
        { zh: `超过 ${this.lim.maxCells} 个单元格`, en: `more than ${this.lim.maxCells} cells` },
        sheet,
      )
    }
  }

  sheet(part: string): void {
    if (++this.sheets > this.lim.maxSheets) {
      tooBig(
        'sheets',
        { zh: `超过 ${this.lim.maxSheets} 个工作表`, en: `more than ${this.lim.maxSheets} sheets` },
        part,
      )
    }
  }
}

/** Tracks one worksheet part as the parser reports its elements (local names, namespace prefix stripped). */
export class WorksheetCaps {
  private row = 0
  private col = 0
  private merges = 0
  private validations = 0

  constructor(
    private readonly budget: WorkbookBudget,
    private readonly part: string,
  ) {}

  private get lim() {
    return this.budget.lim
  }

  open(name: string, attrs: Record<string, string>): void {
    switch (name) {
      case 'row': {
        // exceljs: parseInt(r, 10). Without a usable r, count on from the previous row (never fewer rows than exceljs).
        const r = attrs.r === undefined ? NaN : parseInt(attrs.r, 10)
        if (Number.isFinite(r) && r < 1) invalid(`row ${attrs.r}`, this.part)
        this.row = Number.isFinite(r) ? r : this.row + 1
        this.col = 0
        return checkPoint(this.row, 0, `row ${this.row}`, this.lim, this.part)
      }
      case 'c': {
        const r = attrs.r
        const col = r === undefined ? this.col + 1 : decoded(r, this.part, cellColumn)
        if (!Number.isFinite(col) || col < 1) invalid(r ?? `#${this.col + 1}`, this.part)
        const row = r === undefined ? this.row : decoded(r, this.part, cellRow)
        this.col = col
        checkPoint(
          Math.max(this.row, Number.isFinite(row) ? row : 0, 1),
          col,
          `cell ${r ?? `#${col}`}`,
          this.lim,
          this.part,
        )
        return this.budget.cell(this.part)
      }
      case 'dimension':
        if (attrs.ref) this.budget.bounds(attrs.ref, `dimension ${attrs.ref}`, this.part)
        return
      case 'mergeCell':
        if (++this.merges > this.lim.maxMerges) {
          tooBig(
            'mergeCells',
            {
              zh: `超过 ${this.lim.maxMerges} 个合并区域`,
              en: `more than ${this.lim.maxMerges} merged ranges`,
            },
            this.part,
          )
        }
        if (attrs.ref !== undefined) this.budget.expand(attrs.ref, `mergeCell ${attrs.ref}`, this.part)
        return
      case 'dataValidation':
        if (++this.validations > this.lim.maxValidations) {
          tooBig(
            'dataValidations',
            {
              zh: `超过 ${this.lim.maxValidations} 条数据验证`,
              en: `more than ${this.lim.maxValidations} data validations`,
            },
            this.part,
          )
        }
        // exceljs: sqref.split(/\s+/g), each range walked address by address.
        for (const ref of (attrs.sqref ?? '').split(/\s+/g)) {
          if (ref) this.budget.expand(ref, `dataValidation ${ref}`, this.part)
        }
        return
      case 'col': {
        // exceljs creates one column object for every index up to max.
        const max = parseInt(attrs.max ?? '0', 10)
        const min = parseInt(attrs.min ?? '0', 10)
        if (max > EXCEL_COLUMNS || min > EXCEL_COLUMNS) {
          tooBig(
            `col ${attrs.min}:${attrs.max}`,
            { zh: `超过 Excel 的 ${EXCEL_COLUMNS} 列`, en: `beyond Excel's ${EXCEL_COLUMNS} columns` },
            this.part,
          )
        }
        return
      }
    }
  }
}
