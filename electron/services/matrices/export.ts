import { safeFileName } from '@shared/domain/file-name'
import type { MatrixExportResult } from '@shared/contract/matrices'
import type { WorkspaceSession } from '@services/store'
import { buildMatrixXlsx } from './export-xlsx'
import { linkedMatrix } from './link'

/** matrices.exportXlsx and `bidbench matrix export`: the matrix as .xlsx with live formulas, and where we stand. */
export async function exportMatrix(
  ws: WorkspaceSession,
  input: { matrixId: string; ourPrice?: number; trials?: number; seed?: number },
): Promise<MatrixExportResult> {
  const m = (await linkedMatrix(ws, await ws.get('matrices', input.matrixId))).matrix
  const { bytes, built } = await buildMatrixXlsx(m, {
    ourPrice: input.ourPrice,
    sweep: { trials: input.trials, seed: input.seed },
  })
  const us = built.standings.bidders.find((b) => b.isUs)
  return {
    fileName: `评分矩阵_${safeFileName(m.title, 'matrix')}.xlsx`,
    dataBase64: bytes.toString('base64'),
    ourPrice: built.standings.ourPrice,
    ourTotal: us?.total ?? null,
    ourRank: us?.rank ?? null,
    band: built.sweep?.band ?? null,
  }
}
