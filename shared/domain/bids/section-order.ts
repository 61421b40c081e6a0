import { matchMandated } from '../checks/lou'
import { longestIncreasing } from '../sequence'
import type { Bid } from '@shared/schemas'

/** Moves one item of a list to another position (drag and drop). Out-of-range moves return the list unchanged. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list]
  const next = [...list]
  const [x] = next.splice(from, 1)
  next.splice(to, 0, x)
  return next
}

export type OrderStatus = 'ok' | 'missing' | 'misplaced'

export interface MandatedRow {
  /** Position in the mandated list. */
  index: number
  title: string
  /** Index of the section that answers it, or -1. */
  section: number
  status: OrderStatus
}

/**
 * The mandated order beside the actual one, matched the way the check engine matches titles (so the
 * highlight and rules L03/C09 agree): missing items, and the fewest sections that would have to move.
 */
export function mandatedOrderView(bid: Pick<Bid, 'mandatedOrder' | 'sections'>): {
  rows: MandatedRow[]
  /** Sections the mandated list does not name. */
  extra: number[]
} {
  const matched = matchMandated(bid as Bid)
  const present = matched.map((s, mi) => ({ s, mi })).filter((x) => x.s >= 0)
  const keep = longestIncreasing(present.map((x) => x.s))
  const misplaced = new Set(present.filter((_, k) => !keep.has(k)).map((x) => x.mi))
  const rows = bid.mandatedOrder.map((title, mi): MandatedRow => {
    const section = matched[mi] ?? -1
    return {
      index: mi,
      title,
      section,
      status: section < 0 ? 'missing' : misplaced.has(mi) ? 'misplaced' : 'ok',
    }
  })
  const used = new Set(matched.filter((s) => s >= 0))
  const extra = bid.sections.map((_, i) => i).filter((i) => !used.has(i))
  return { rows, extra }
}
