/**
 * Import of a tender's scoring table (评分标准) from .xlsx. The file comes from outside, so it passes
 * the untrusted-file guard before exceljs parses it; the reading of the table itself is pure and lives
 * in shared/domain/matrices/import so pasted tables and the UI preview use the same code.
 */
import ExcelJS from 'exceljs'
import { AppError } from '@shared/errors'
import {
  detectScoringTable,
  type DetectOverrides,
  type GridCell,
  type SheetGrid,
  type TableDetection,
} from '@shared/domain/matrices/import'
import { guardOfficeZip } from '../import/guard'
import { reject } from '../import/zip-directory'

export {
  detectionSummary,
  detectionToItems,
  detectionToMatrixPatch,
  parsePastedTable,
} from '@shared/domain/matrices/import'
export type { DetectOverrides, TableDetection } from '@shared/domain/matrices/import'

type Value = ExcelJS.CellValue

function textOf(v: Value): { text: string; number?: number } {
  if (v == null) return { text: '' }
  if (typeof v === 'number') return { text: String(v), number: v }
  if (typeof v === 'string') return { text: v }
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE' }
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10) }
  if ('richText' in v) return { text: v.richText.map((r) => r.text).join('') }
  if ('formula' in v || 'sharedFormula' in v) return textOf((v as { result?: Value }).result ?? null)
  if ('text' in v) return { text: String((v as { text: unknown }).text ?? '') }
  return { text: '' }
}

/**
 * A scoring table is a few hundred cells; the grid is dense (rows × columns), so a sheet whose used range is larger
 * than this is refused rather than materialised — two cells at A1 and SF100000 would otherwise mean 50 million.
 */
const MAX_GRID_CELLS = 1_000_000

/** The sheets of a workbook as text grids; merged ranges keep their text in every cell they cover. */
export function workbookGrids(wb: ExcelJS.Workbook): SheetGrid[] {
  return wb.worksheets.map((ws) => {
    const rows: GridCell[][] = []
    const cols = ws.columnCount
    if (ws.rowCount * cols > MAX_GRID_CELLS) {
      reject(
        'SHEET_TOO_LARGE',
        `工作表 ${ws.name} 的范围 ${ws.rowCount} 行 × ${cols} 列，超过评分表上限 ${MAX_GRID_CELLS} 个单元格`,
        `worksheet ${ws.name} spans ${ws.rowCount} rows × ${cols} columns, over the scoring-table limit of ${MAX_GRID_CELLS} cells`,
        ws.name,
      )
    }
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: GridCell[] = []
      // find*, not get*: reading must not create the cells a sparse sheet does not have.
      const xr = ws.findRow(r)
      for (let c = 1; c <= cols; c++) {
        const cell = xr?.findCell(c)
        if (!cell) {
          row.push({ text: '' })
          continue
        }
        const master = cell.isMerged ? cell.master : cell
        const cellValue: GridCell = textOf(master.value)
        if (cell.isMerged) {
          cellValue.merge = master.address
          cellValue.covered = master.address !== cell.address
        }
        row.push(cellValue)
      }
      rows.push(row)
    }
    return { name: ws.name, rows }
  })
}

async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  // exceljs reads only the parts the guard parsed and approved.
  const safe = guardOfficeZip(buf)
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(safe as unknown as ArrayBuffer)
  } catch (e) {
    throw new AppError('IMPORT_REJECTED', {
      zh: `无法读取该 Excel 文件（${(e as Error).message}）`,
      en: `cannot read this Excel file (${(e as Error).message})`,
    })
  }
  return wb
}

/** Every sheet of an .xlsx as a text grid (for the import wizard's preview). */
export async function scoringGrids(buf: Buffer): Promise<SheetGrid[]> {
  const grids = workbookGrids(await loadWorkbook(buf))
  if (grids.length === 0) {
    throw new AppError('IMPORT_REJECTED', { zh: '该 Excel 文件没有工作表', en: 'the workbook has no sheets' })
  }
  return grids
}

/** Finds and reads the scoring table of an .xlsx file. Throws IMPORT_REJECTED when there is none. */
export async function importScoringXlsx(
  buf: Buffer,
  overrides: DetectOverrides = {},
): Promise<TableDetection> {
  return detectScoringTable(workbookGrids(await loadWorkbook(buf)), overrides)
}

/** The same file read again with the user's corrections from the preview (sheet, header row, columns). */
export function reimport(buf: Buffer, overrides: DetectOverrides): Promise<TableDetection> {
  return importScoringXlsx(buf, overrides)
}
