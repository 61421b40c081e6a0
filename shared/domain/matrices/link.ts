import { quotedPriceFen } from '@shared/domain/checks/money'
import type { Bid, Competitor } from '@shared/schemas'
import type { Matrix } from '@shared/schemas/matrix'

/** What a matrix takes from outside itself when it is linked to a bid. */
export interface MatrixLinkSource {
  bid: Pick<Bid, 'id' | 'quote'> | null
  /** 公司信息's company name: our bidder is called what our forms call us. */
  companyName: string
  competitors: readonly Pick<Competitor, 'id' | 'title' | 'aliases'>[]
}

export interface LinkedMatrix {
  /** The matrix as it is scored: our price and our name from the bid and the profile. */
  matrix: Matrix
  /** Our price taken from the bid's quote (yuan) and the quote field it comes from; null = the matrix's own. */
  price: { value: number; path: string } | null
  /** Our name taken from the company profile; null = the matrix's own. */
  ourName: string | null
  /** 简称 by bidder id: a competitor's first alias, for chips where the full name does not fit. */
  shortNames: Record<string, string>
}

/**
 * One place that decides what a linked matrix scores: our price is the bid's quoted price (the one the buyer
 * reads first, as the checks read it), our name is the company profile's, and each competitor bidder carries
 * its 简称. An unlinked matrix (or a bid without a price yet) keeps its own trial price.
 */
export function linkMatrix(m: Matrix, src: MatrixLinkSource): LinkedMatrix {
  const bid = src.bid && src.bid.id === m.bidId ? src.bid : null
  const quoted = bid ? quotedPriceFen(bid.quote) : null
  const price = quoted && quoted.fen > 0 ? { value: quoted.fen / 100, path: quoted.path } : null
  const name = src.companyName.trim()
  const ourName = name && m.bidders.some((b) => b.isUs && b.name !== name) ? name : null
  const byId = new Map(src.competitors.map((c) => [c.id, c]))
  const shortNames: Record<string, string> = {}
  for (const b of m.bidders) {
    const c = b.competitorId ? byId.get(b.competitorId) : undefined
    const short = c?.aliases.find((a) => a.trim())?.trim()
    if (short) shortNames[b.id] = short
  }
  if (!price && !ourName) return { matrix: m, price, ourName, shortNames }
  return {
    matrix: {
      ...m,
      ourPrice: price ? price.value : m.ourPrice,
      bidders: ourName ? m.bidders.map((b) => (b.isUs ? { ...b, name: ourName } : b)) : m.bidders,
    },
    price,
    ourName,
    shortNames,
  }
}
