import { localToday } from '@shared/domain/calendar'
import { recordStageChange } from '@shared/domain/pipeline'
import type { Bid } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

/**
 * Saves a bid; when its stage changed, the day it entered the new stage goes into its stage history. Every save of a
 * bid (the board, the bid page, the API) goes through here, so the conversion rates see each move.
 */
export async function saveBidWithStage(
  ws: WorkspaceSession,
  bid: Bid,
  opts: { expectedUpdatedAt?: string; today?: string } = {},
): Promise<Bid> {
  const prev = await ws.get('bids', bid.id)
  const next = recordStageChange(prev, bid, opts.today ?? localToday())
  return ws.save('bids', next, { expectedUpdatedAt: opts.expectedUpdatedAt })
}

/** The board's drag: the bid moves to `stage`. */
export async function moveStage(
  ws: WorkspaceSession,
  input: { bidId: string; stage: number; expectedUpdatedAt?: string; today?: string },
): Promise<Bid> {
  const bid = await ws.get('bids', input.bidId)
  return saveBidWithStage(ws, { ...bid, stage: input.stage }, input)
}
