import { linkMatrix, type LinkedMatrix } from '@shared/domain/matrices/link'
import type { Matrix } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

/**
 * The matrix as it is scored in this workspace: linked to its bid's quoted price, our company name and the
 * competitors' 简称 (shared/domain/matrices/link). A bid or competitor deleted since is skipped.
 */
export async function linkedMatrix(ws: WorkspaceSession, m: Matrix): Promise<LinkedMatrix> {
  const bid = m.bidId ? await ws.get('bids', m.bidId).catch(() => null) : null
  const ids = [...new Set(m.bidders.map((b) => b.competitorId).filter((x): x is string => x !== null))]
  const competitors = await Promise.all(ids.map((id) => ws.get('competitors', id).catch(() => null)))
  return linkMatrix(m, {
    bid,
    companyName: ws.workspace.company.name,
    competitors: competitors.filter((c) => c !== null),
  })
}
