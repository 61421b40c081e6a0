import type { Bid } from '@shared/schemas'

/** One lot we bid for; `whole` when it is the only one, so the bid's own 开标一览表 speaks for it. */
export interface BiddingLot {
  index: number
  lot: Bid['lots'][number]
  whole: boolean
}

/**
 * The lots we bid for, in the tender's order. When we bid for one lot only, that lot is the whole bid: what it
 * leaves empty is the bid's own 开标一览表 (the checks judge a single lot by the whole-bid rules, so the print
 * must show the price they judged, not an empty line).
 */
export function biddingLots(bid: Bid): BiddingLot[] {
  const bidding = bid.lots.flatMap((lot, index) => (lot.bidding ? [{ lot, index }] : []))
  return bidding.map((x) => ({ ...x, whole: bidding.length === 1 }))
}
