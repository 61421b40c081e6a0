import type { MergeResult } from '@shared/contract/competitors'
import { mergeCompetitors, repointBidCompetitor, repointMatrixCompetitor } from '@shared/domain/competitors'
import { AppError } from '@shared/errors'
import type { WorkspaceSession } from '@services/store'
import { allDocs } from './registry'

function asAppError(e: unknown): AppError {
  return e instanceof AppError ? e : new AppError('IO', { zh: String(e), en: String(e) })
}

/*
 * Merge order: the kept competitor is saved first (it then carries every name and fact), then each
 * bid and matrix is repointed; only when all of them moved is the merged one trashed. A failure on
 * the way leaves both competitors in place, so nothing points at a trashed record and a second
 * merge finishes the job (merging is a union, so repeating it adds nothing twice).
 */
export async function mergeCompetitorRecords(
  ws: WorkspaceSession,
  keepId: string,
  mergeId: string,
): Promise<MergeResult> {
  const keep = await ws.get('competitors', keepId)
  const gone = await ws.get('competitors', mergeId)
  const competitor = await ws.save('competitors', mergeCompetitors(keep, gone), {
    expectedUpdatedAt: keep.updatedAt,
  })
  const result: MergeResult = { competitor, trashed: null, bids: [], matrices: [], failed: [], warnings: [] }
  for (const bid of await allDocs(ws, 'bids')) {
    const next = repointBidCompetitor(bid, mergeId, keepId)
    if (!next) continue
    try {
      await ws.save('bids', next, { expectedUpdatedAt: bid.updatedAt })
      result.bids.push({ id: bid.id, title: bid.title })
    } catch (e) {
      const err = asAppError(e)
      result.failed.push({ kind: 'bids', id: bid.id, title: bid.title, zh: err.zh, en: err.en })
    }
  }
  for (const m of await allDocs(ws, 'matrices')) {
    const next = repointMatrixCompetitor(m, mergeId, keepId)
    if (!next) continue
    try {
      await ws.save('matrices', next.matrix, { expectedUpdatedAt: m.updatedAt })
      result.matrices.push({ id: m.id, title: m.title })
      if (next.doubled) {
        result.warnings.push({
          zh: `评分矩阵“${m.title}”中现在有两个投标人都是“${keep.title}”，请保留一个（各自的估分未合并）`,
          en: `scoring matrix "${m.title}" now has two bidders for "${keep.title}"; keep one (their estimates were not merged)`,
        })
      }
    } catch (e) {
      const err = asAppError(e)
      result.failed.push({ kind: 'matrices', id: m.id, title: m.title, zh: err.zh, en: err.en })
    }
  }
  if (result.failed.length === 0) result.trashed = await ws.delete('competitors', mergeId)
  else {
    result.warnings.push({
      zh: `有 ${result.failed.length} 个项目/评分矩阵未能改指向，“${gone.title}”暂不移入回收站，请稍后重新合并`,
      en: `${result.failed.length} bid(s)/matrices could not be repointed; "${gone.title}" stays until you merge again`,
    })
  }
  return result
}
