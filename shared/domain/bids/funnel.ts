import type { IndexEntry } from '@shared/schemas'

/** Bids per pipeline stage (index 0 = stage 1); rows without a valid stage are not counted. */
export function funnelCounts(rows: readonly Pick<IndexEntry, 'stage'>[]): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0]
  for (const r of rows)
    if (r.stage && Number.isInteger(r.stage) && r.stage >= 1 && r.stage <= 7) counts[r.stage - 1]++
  return counts
}
