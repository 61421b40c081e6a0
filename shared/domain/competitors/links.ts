import { AppError } from '@shared/errors'
import type { Bid, Bidder, Competitor, Matrix } from '@shared/schemas'
import { findAllByNameOrAlias } from './aliases'

/** The matrix holds at most this many bidders (MatrixSchema). */
export const MAX_MATRIX_BIDDERS = 100

export interface MatrixSyncResult {
  matrix: Matrix
  /** Bidders created for competitors the matrix did not have. */
  added: { bidderId: string; competitorId: string; name: string }[]
  /** Linked bidders whose name now follows the registry. */
  renamed: { bidderId: string; competitorId: string; from: string; to: string }[]
  /** Unlinked bidders typed by hand under a name or alias of a competitor, now linked to it. */
  linked: { bidderId: string; competitorId: string; name: string }[]
  /** Bidders linked to a competitor that is not (or no longer) in the bid: kept, for the user to decide. */
  notInBid: { bidderId: string; competitorId: string; name: string }[]
}

function uniqueBidderId(base: string, taken: Set<string>): string {
  const stem = base.slice(0, 60)
  let id = stem
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`
  taken.add(id)
  return id
}

/**
 * Brings the scoring matrix's bidders in line with the bid's competitors, so the competitor
 * estimates have one source of truth (the registry). Per competitor, in order: a bidder linked by
 * competitorId takes the registry title; else a hand-typed bidder whose name is the competitor's
 * title or alias is linked to it; else a new bidder is added (no prices: estimates stay the
 * matrix's). Bidders of competitors that left the bid are reported, never deleted, because their
 * estimates would be lost. Returns the same matrix object when nothing changes.
 */
export function syncMatrixBidders(matrix: Matrix, competitors: readonly Competitor[]): MatrixSyncResult {
  const out: MatrixSyncResult = { matrix, added: [], renamed: [], linked: [], notInBid: [] }
  const bidders: Bidder[] = matrix.bidders.map((b) => ({ ...b }))
  const taken = new Set(bidders.map((b) => b.id))
  let changed = false
  for (const c of competitors) {
    const linked = bidders.filter((b) => b.competitorId === c.id)
    if (linked.length > 0) {
      for (const b of linked) {
        if (b.name !== c.title) {
          out.renamed.push({ bidderId: b.id, competitorId: c.id, from: b.name, to: c.title })
          b.name = c.title
          changed = true
        }
      }
      continue
    }
    const byName = bidders.find(
      (b) => !b.isUs && b.competitorId === null && findAllByNameOrAlias([c], b.name).length > 0,
    )
    if (byName) {
      byName.competitorId = c.id
      out.linked.push({ bidderId: byName.id, competitorId: c.id, name: byName.name })
      if (byName.name !== c.title) {
        out.renamed.push({ bidderId: byName.id, competitorId: c.id, from: byName.name, to: c.title })
        byName.name = c.title
      }
      changed = true
      continue
    }
    const id = uniqueBidderId(`cmp-${c.id}`, taken)
    bidders.push({
      id,
      name: c.title,
      isUs: false,
      competitorId: c.id,
      sme: false,
      price: { low: null, likely: null, high: null },
      invalid: false,
      invalidReason: '',
    })
    out.added.push({ bidderId: id, competitorId: c.id, name: c.title })
    changed = true
  }
  if (bidders.length > MAX_MATRIX_BIDDERS) {
    throw new AppError('VALIDATION', {
      zh: `评分矩阵最多 ${MAX_MATRIX_BIDDERS} 个投标人，同步后将有 ${bidders.length} 个，未作修改`,
      en: `a scoring matrix holds at most ${MAX_MATRIX_BIDDERS} bidders; syncing would make ${bidders.length}; nothing changed`,
    })
  }
  const inBid = new Set(competitors.map((c) => c.id))
  out.notInBid = bidders
    .filter((b) => b.competitorId !== null && !inBid.has(b.competitorId))
    .map((b) => ({ bidderId: b.id, competitorId: b.competitorId as string, name: b.name }))
  if (changed) out.matrix = { ...matrix, bidders }
  return out
}

function swapId(list: readonly string[], from: string, to: string): string[] {
  const out: string[] = []
  for (const id of list) {
    const next = id === from ? to : id
    if (!out.includes(next)) out.push(next)
  }
  return out
}

/**
 * The bid with every reference to competitor `from` pointing at `to` (its competitor list and the
 * strategy actions aimed at it), or null when it references `from` nowhere. A bid that listed both
 * keeps one entry.
 */
export function repointBidCompetitor(bid: Bid, from: string, to: string): Bid | null {
  const inList = bid.competitorIds.includes(from)
  const inStrategy = bid.strategy?.actions.some((a) => a.competitorIds.includes(from)) ?? false
  if (!inList && !inStrategy) return null
  return {
    ...bid,
    competitorIds: swapId(bid.competitorIds, from, to),
    strategy: bid.strategy && {
      ...bid.strategy,
      actions: bid.strategy.actions.map((a) =>
        a.competitorIds.includes(from) ? { ...a, competitorIds: swapId(a.competitorIds, from, to) } : a,
      ),
    },
  }
}

/**
 * The matrix with bidders linked to `from` linked to `to`, or null when none is. Bidders are not
 * merged (each carries its own price and score estimates); `doubled` says when two bidders now
 * stand for the same competitor, so the user can remove one.
 */
export function repointMatrixCompetitor(
  matrix: Matrix,
  from: string,
  to: string,
): { matrix: Matrix; doubled: boolean } | null {
  if (!matrix.bidders.some((b) => b.competitorId === from)) return null
  const bidders = matrix.bidders.map((b) => (b.competitorId === from ? { ...b, competitorId: to } : b))
  return {
    matrix: { ...matrix, bidders },
    doubled: bidders.filter((b) => b.competitorId === to).length > 1,
  }
}
