import type { ImportPreview } from '@shared/contract/matrices'
import {
  detectionToMatrixPatch,
  detectScoringTable,
  type DetectOverrides,
  type SheetGrid,
} from '@shared/domain/matrices/import'
import { ERROR_CODES, isAppError } from '@shared/errors'
import type { Matrix } from '@shared/schemas'
import { runImport } from '@services/import/run-import'
import type { WorkspaceSession } from '@services/store'

/** How much of the sheet the wizard shows as a grid: enough to find a header under a long title block. */
const GRID_ROWS = 40
const GRID_COLS = 12
const CELL_CHARS = 80

/** The workbook's sheets as text grids, read in the import worker (the file is untrusted). */
export function gridsOf(dataBase64: string): Promise<SheetGrid[]> {
  return runImport('scoring-grids', Buffer.from(dataBase64, 'base64'), {})
}

export function overridesOf(i: {
  sheet?: string
  headerRow?: number
  columns?: DetectOverrides['columns']
}): DetectOverrides {
  return {
    ...(i.sheet ? { sheet: i.sheet } : {}),
    ...(i.headerRow ? { headerRow: i.headerRow } : {}),
    ...(i.columns && Object.keys(i.columns).length > 0 ? { columns: i.columns } : {}),
  }
}

/**
 * The detection plus a text preview of the sheet. A workbook without a recognisable table is not an
 * error here: the wizard shows the grid and the reason so the user can name the header row and columns.
 */
export function previewOf(grids: SheetGrid[], overrides: DetectOverrides): ImportPreview {
  let detection: ImportPreview['detection'] = null
  let problem: ImportPreview['problem'] = null
  try {
    detection = detectScoringTable(grids, overrides)
  } catch (e) {
    // A sheet the workbook does not have is the request's error (SHEET_NOT_FOUND), not a table to point at.
    if (!isAppError(e) || (e.code !== 'IMPORT_REJECTED' && e.code !== 'VALIDATION')) throw e
    // In the wizard this is a table not found, not an unsafe file: drop the error code's generic lead-in.
    const base = ERROR_CODES[e.code]
    problem = { zh: e.zh.replace(`${base.zh}：`, ''), en: e.en.replace(`${base.en}: `, '') }
  }
  const name = detection?.sheet ?? overrides.sheet
  const grid = grids.find((g) => g.name === name) ?? grids[0]
  return {
    detection,
    problem,
    sheets: grids.map((g) => g.name),
    sheet: grid.name,
    grid: grid.rows
      .slice(0, GRID_ROWS)
      .map((r) => r.slice(0, GRID_COLS).map((c) => (c.covered ? '' : c.text.slice(0, CELL_CHARS)))),
    rowCount: grid.rows.length,
  }
}

export interface ScoringImportInput {
  dataBase64: string
  sheet?: string
  headerRow?: number
  columns?: DetectOverrides['columns']
}

/** matrices.importPreview and `bidbench matrix import`: the detection of a tender's scoring table, nothing saved. */
export async function previewScoringImport(input: ScoringImportInput): Promise<ImportPreview> {
  return previewOf(await gridsOf(input.dataBase64), overridesOf(input))
}

/** A new matrix from the scoring table of an .xlsx, with the same corrections as the preview. */
export async function applyScoringImport(
  ws: WorkspaceSession,
  input: ScoringImportInput & { title: string; bidId?: string },
): Promise<Matrix> {
  // A wrong bid id fails before the file is parsed.
  if (input.bidId) await ws.get('bids', input.bidId)
  const d = detectScoringTable(await gridsOf(input.dataBase64), overridesOf(input))
  const { items, priceRule } = detectionToMatrixPatch(d)
  return ws.create('matrices', {
    title: input.title,
    ...(input.bidId ? { bidId: input.bidId } : {}),
    items,
    priceRule,
    // A matrix is only scorable with exactly one bidder marked as us: start with it.
    bidders: [{ id: 'us', name: ws.workspace.company.name || '我方', isUs: true }],
  })
}
