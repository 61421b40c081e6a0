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
  renamed: { from: string; to: string }[]
  /** Bidders linked to a competitor the bid no longer lists: kept (they may hold estimates), reported. */
  notInBid: string[]
}

/**
 * Every competitor of the bid becomes a bidder of the matrix: one already linked (competitorId) keeps
 * its prices, SME flag and estimates and takes the competitor's current name; one named the same but
 * not yet linked is linked; the rest are added. Our own bidder and hand-added bidders are left as they are.
 */
export function syncMatrixBidders(m: Pick<Matrix, 'bidders'>, competitors: readonly CompetitorRef[]): SyncResult {
  const bidders = m.bidders.map((b) => ({ ...b }))
  const added: string[] = []
  const renamed: SyncResult['renamed'] = []
  for (const c of competitors) {
    const name = c.title.trim()
    let b = bidders.find((x) => x.competitorId === c.id)
    if (!b) b = bidders.find((x) => !x.isUs && x.competitorId == null && x.name.trim() === name)
    if (b) {
      b.competitorId = c.id
      if (b.name !== name && name !== '') {
        renamed.push({ from: b.name, to: name })
        b.name = name
      }
      continue
    }
    bidders.push(BidderSchema.parse({ id: newId('bd'), name, competitorId: c.id }))
    added.push(name)
  }
  const ids = new Set(competitors.map((c) => c.id))
  const notInBid = bidders.filter((b) => b.competitorId != null && !ids.has(b.competitorId)).map((b) => b.name)
  return { bidders, added, renamed, notInBid }
}
