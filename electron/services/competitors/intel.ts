import { competitorsOfBid, setIntelAnswer, syncMatrixBidders } from '@shared/domain/competitors'
import { AppError } from '@shared/errors'
import type { Bid, Matrix } from '@shared/schemas'
import type { WorkspaceSession } from '@services/store'
import { allDocs } from './registry'

/** The scoring matrix of a bid: the one it links, else one that says it belongs to the bid. */
async function matrixOfBid(ws: WorkspaceSession, bid: Bid): Promise<Matrix> {
  if (bid.matrixId) return ws.get('matrices', bid.matrixId)
  const found = (await allDocs(ws, 'matrices')).find((m) => m.bidId === bid.id)
  if (!found) {
    throw new AppError('VALIDATION', {
      zh: `项目“${bid.title}”还没有评分矩阵，请先在评分矩阵中新建并关联本项目`,
      en: `bid "${bid.title}" has no scoring matrix yet; create one for it first`,
    })
  }
  return found
}

/** Sets (or clears with "") one intel answer of a competitor for a bid. */
export async function setCompetitorIntel(
  ws: WorkspaceSession,
  input: { competitorId: string; bidId: string; key: string; answer: string },
) {
  // The bid must exist: answers filed under a bid id nobody has would never be shown.
  await ws.get('bids', input.bidId)
  const c = await ws.get('competitors', input.competitorId)
  return ws.save('competitors', setIntelAnswer(c, input.bidId, input.key, input.answer), {
    expectedUpdatedAt: c.updatedAt,
  })
}

/** Adds/renames the bid's scoring-matrix bidders from the bid's competitors (linked by competitorId). */
export async function syncBidMatrix(ws: WorkspaceSession, bidId: string) {
  const bid = await ws.get('bids', bidId)
  const matrix = await matrixOfBid(ws, bid)
  const { competitors } = competitorsOfBid(bid, await allDocs(ws, 'competitors'))
  const r = syncMatrixBidders(matrix, competitors)
  if (r.matrix !== matrix) await ws.save('matrices', r.matrix, { expectedUpdatedAt: matrix.updatedAt })
  return {
    matrixId: matrix.id,
    matrixTitle: matrix.title,
    added: r.added.map((a) => a.name),
    renamed: r.renamed.map((a) => ({ from: a.from, to: a.to })),
    linked: r.linked.map((a) => a.name),
    notInBid: r.notInBid.map((a) => a.name),
  }
}
