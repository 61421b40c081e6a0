import type { Matrix } from '@shared/schemas'
import { linkedWalkAway } from '@shared/domain/matrices/profit'
import type { WorkspaceSession } from '../store'
import { linkedMatrix } from './link'

/**
 * The matrix and the walk-away (底线) of the negotiation plans linked to its bid: the win-probability
 * recommendation must not go below it; the bid's budget is the price ceiling (a bid above it is invalid).
 */
export async function loadMatrixWithPlans(
  ws: WorkspaceSession,
  id: string,
): Promise<{ matrix: Matrix; walkAway: number | null; budget: number | null }> {
  // Scored as linked: our price from the bid's quote, our name from the profile (shared/domain/matrices/link).
  const matrix = (await linkedMatrix(ws, await ws.get('matrices', id))).matrix
  const plans = matrix.bidId
    ? await Promise.all(ws.list('negotiations').map((e) => ws.get('negotiations', e.id).catch(() => null)))
    : []
  const bid = matrix.bidId ? await ws.get('bids', matrix.bidId).catch(() => null) : null
  return {
    matrix,
    walkAway: linkedWalkAway(
      plans.filter((p) => p !== null),
      matrix.bidId,
    ),
    budget: bid?.budget ?? null,
  }
}
