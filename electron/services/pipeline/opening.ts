import { applyOpening, matrixOfBid } from '@shared/domain/pipeline'
import { OpeningRecordSchema, type Bid, type OpeningRecord } from '@shared/schemas'
import type { OpeningSaved } from '@shared/contract/pipeline'
import type { WorkspaceSession } from '../store'
import { saveBidWithStage } from './stage'

/**
 * 开标记录 entered on a bid: saved on the bid, each bidder's price put into the competitor's price history, the
 * bid's scoring matrix given the actual prices and scores, the result following the bidder marked as winner
 * (or 流标/废标 with its reason when the record says the procurement failed).
 * The bid is saved last, so a failure before leaves it as it was and the record can be applied again.
 */
export async function recordOpening(
  ws: WorkspaceSession,
  input: { bidId: string; opening: OpeningRecord | Record<string, unknown>; expectedUpdatedAt?: string },
): Promise<OpeningSaved> {
  const bid = await ws.get('bids', input.bidId)
  const [registry, matrices] = await Promise.all([ws.all('competitors'), ws.all('matrices')])
  const withRecord: Bid = { ...bid, opening: OpeningRecordSchema.parse(input.opening) }
  const matrix = matrixOfBid(withRecord, matrices)
  const r = applyOpening(withRecord, registry, matrix, {
    now: new Date().toISOString(),
    ourName: ws.workspace.company.name,
    previous: bid.opening,
  })
  for (const c of r.competitors) await ws.save('competitors', c)
  if (r.matrix) await ws.save('matrices', r.matrix)
  const saved = await saveBidWithStage(ws, r.bid, { expectedUpdatedAt: input.expectedUpdatedAt })
  return {
    bid: saved,
    competitorsUpdated: r.competitors.map((c) => c.id),
    matrixUpdated: r.matrix?.id ?? null,
    unmatched: r.unmatched,
  }
}
