/**
 * Import of a bid's requirements from the buyer's .xlsx (or pasted text). The file is untrusted: it
 * passes the import guard before exceljs sees it, and the loaded sheet is capped again.
 */
import * as fs from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { RequirementImportPreview } from '@shared/contract/bids'
import { AppError, sheetNotFound } from '@shared/errors'
import type { PartKind } from '@shared/schemas'
import {
  detectHeader,
  rowsToRequirements,
  type Grid,
  type HeaderMap,
  type RowProblem,
} from '@shared/domain/bids/requirement-import/sheet'
import { assertSheetWithinCaps, DEFAULT_LIMITS, guardOfficeZip, type Limits } from '../import/guard'
import { runImport } from '../import/run-import'
import type { WorkspaceSession } from '../store'
import type { Requirement } from '@shared/schemas'

export { parseRequirementLines, splitLead } from '@shared/domain/bids/requirement-import/lines'

export interface ImportRequirementsOptions {
  /** Sheet name; by default the first sheet whose header row is recognised. */
  sheet?: string
  /** Kind for rows without a kind column or a telling header (技术要求 → 技术). */
  defaultKind?: PartKind
  limits?: Partial<Limits>
}

export interface RequirementImport {
  requirements: Requirement[]
  /** Rows with content that were not imported, and values that were not understood (1-based Excel rows). */
  problems: RowProblem[]
  sheet: string
  /** 1-based row number of the detected header. */
  headerRow: number
  /** 1-based column number of each recognised field. */
  columns: HeaderMap
}

/** The displayed text of a cell value; formulas give their cached result, rich text its plain text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((t) => t.text).join('')
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null)
  if ('text' in value && typeof value.text === 'string') return value.text
  return ''
}

function noHeader(sheets: string[]): never {
  throw new AppError(
    'IMPORT_REJECTED',
    {
      zh: `在工作表（${sheets.join('、')}）的前 30 行找不到表头：需要一列“要求/招标要求/技术要求/内容”，以及至少一列“序号/章节/页码/类型/★”等`,
      en: `no header row found in the first 30 rows of (${sheets.join(', ')}): need a column named 要求/招标要求/技术要求/内容 and at least one more such as 序号/章节/页码/类型/★`,
    },
    { reason: 'NO_HEADER' },
  )
}

/** Sparse: only cells exceljs holds are visited, so a tall sheet with few values costs what it holds. */
function sheetGrid(ws: ExcelJS.Worksheet): { grid: Grid; slaves: Set<string> } {
  const grid: Grid = Array.from({ length: ws.rowCount }, () => [])
  const slaves = new Set<string>()
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) slaves.add(`${r - 1},${c - 1}`)
      grid[r - 1][c - 1] = cellText(cell.value)
    })
  })
  return { grid, slaves }
}

/**
 * Reads requirements from an .xlsx buffer. Throws IMPORT_REJECTED for unsafe files or when no header is found,
 * SHEET_NOT_FOUND when the sheet asked for is not in the workbook.
 */
export async function importRequirementsXlsx(
  buf: Buffer,
  opts: ImportRequirementsOptions = {},
): Promise<RequirementImport> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits }
  // exceljs reads only the parts the guard parsed and approved.
  const safe = guardOfficeZip(buf, limits)
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(safe as unknown as ArrayBuffer)
  } catch (e) {
    throw new AppError(
      'IMPORT_REJECTED',
      {
        zh: `无法读取该 .xlsx：${(e as Error).message}`,
        en: `cannot read this .xlsx: ${(e as Error).message}`,
      },
      { reason: 'UNREADABLE' },
    )
  }
  const sheets = opts.sheet ? [wb.getWorksheet(opts.sheet)] : wb.worksheets
  if (opts.sheet && !sheets[0])
    throw sheetNotFound(
      opts.sheet,
      wb.worksheets.map((w) => w.name),
    )
  for (const ws of sheets as ExcelJS.Worksheet[]) {
    assertSheetWithinCaps({ rows: ws.rowCount, columns: ws.columnCount }, limits, ws.name)
    const { grid, slaves } = sheetGrid(ws)
    const header = detectHeader(grid, { isMergeSlave: (r, c) => slaves.has(`${r},${c}`) })
    if (!header) continue
    const { requirements, problems } = rowsToRequirements(grid, header, opts.defaultKind)
    const columns: HeaderMap = {}
    for (const [k, v] of Object.entries(header.columns)) columns[k as keyof HeaderMap] = v + 1
    return { requirements, problems, sheet: ws.name, headerRow: header.row + 1, columns }
  }
  return noHeader((sheets as ExcelJS.Worksheet[]).map((w) => w.name))
}

/** Reads an .xlsx from disk, refusing an oversized file from its size alone (it is never read into memory). */
export async function importRequirementsFile(
  file: string,
  opts: ImportRequirementsOptions = {},
): Promise<RequirementImport> {
  const maxFileBytes = opts.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes
  let size: number
  try {
    size = (await fs.stat(file)).size
  } catch (e) {
    throw new AppError('IO', {
      zh: `${file}：${(e as Error).message}`,
      en: `${file}: ${(e as Error).message}`,
    })
  }
  if (size > maxFileBytes) {
    throw new AppError(
      'IMPORT_REJECTED',
      {
        zh: `文件 ${(size / 1048576).toFixed(1)} MB，超过导入上限 ${(maxFileBytes / 1048576).toFixed(1)} MB`,
        en: `the file is ${(size / 1048576).toFixed(1)} MB, over the import limit of ${(maxFileBytes / 1048576).toFixed(1)} MB`,
      },
      { reason: 'FILE_TOO_LARGE' },
    )
  }
  return importRequirementsXlsx(await fs.readFile(file), opts)
}

/**
 * bids.importRequirements: the requirements of an .xlsx for the preview, read in the import worker (the file
 * is untrusted); nothing is saved. A bid id that is gone is an error now, not when the user confirms.
 */
export async function previewRequirementImport(
  ws: WorkspaceSession,
  input: { bidId?: string; dataBase64: string; sheet?: string },
): Promise<RequirementImportPreview> {
  if (input.bidId) await ws.get('bids', input.bidId)
  const r = await runImport('requirements-xlsx', Buffer.from(input.dataBase64, 'base64'), {
    sheet: input.sheet,
  })
  const columns: Record<string, number> = {}
  for (const [k, v] of Object.entries(r.columns)) if (typeof v === 'number') columns[k] = v
  return {
    requirements: r.requirements,
    problems: r.problems,
    sheet: r.sheet,
    headerRow: r.headerRow,
    columns,
  }
}
