/**
 * Minimal competitor → bidder sync for the matrix page. shared/domain/competitors is to gain a
 * `syncMatrixBidders`; until it exists this one does the same job for the UI.
 */
import { newId } from '../../../../shared/schemas/common'
import { BidderSchema, type Bidder, type Matrix } from '../../../../shared/schemas/matrix'

export interface CompetitorRef {
  id: string
  title: string
}

export interface SyncResult {
  bidders: Bidder[]
  added: string[]
  /** Bidders that were typed by hand and are now linked to the competitor of the same name. */
  linked: string[]
  /** Bidders linked to a competitor the bid no longer lists: kept (they may hold estimates), reported. */
  notInBid: string[]
}

/**
 * Every competitor of the bid becomes a bidder of the matrix: one already linked (competitorId) is left
 * as it is (the short name the team uses in the matrix stays); a bidder typed by hand with the
 * competitor's exact name is linked; the rest are added. Our own bidder is never touched, and bidders
 * are never removed here: they may hold estimates.
 */
export function syncMatrixBidders(
  m: Pick<Matrix, 'bidders'>,
  competitors: readonly CompetitorRef[],
): SyncResult {
  const bidders = m.bidders.map((b) => ({ ...b }))
  const added: string[] = []
  const linked: string[] = []
  for (const c of competitors) {
    const name = c.title.trim()
    if (bidders.some((x) => x.competitorId === c.id)) continue
    const byName = bidders.find((x) => !x.isUs && x.competitorId == null && x.name.trim() === name)
    if (byName) {
      byName.competitorId = c.id
      linked.push(byName.name)
      continue
    }
    bidders.push(BidderSchema.parse({ id: newId('bd'), name, competitorId: c.id }))
    added.push(name)
  }
  const ids = new Set(competitors.map((c) => c.id))
  const notInBid = bidders
    .filter((b) => b.competitorId != null && !ids.has(b.competitorId))
    .map((b) => b.name)
  return { bidders, added, linked, notInBid }
}
