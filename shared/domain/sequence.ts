/**
 * Positions (into seq) that lie on one longest strictly increasing run, found in O(n log n). Everything else is
 * what moved: the fewest items to put back so that the order holds (the section order view and check C09 both
 * call the rest misplaced).
 */
export function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = []
  const prev = new Array<number>(seq.length).fill(-1)
  for (let i = 0; i < seq.length; i++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (seq[tails[mid]] < seq[i]) lo = mid + 1
      else hi = mid
    }
    prev[i] = lo > 0 ? tails[lo - 1] : -1
    tails[lo] = i
  }
  const keep = new Set<number>()
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(k)
  return keep
}

/** Positions (into seq) off that longest increasing run: the misplaced ones. */
export function outOfOrder(seq: readonly number[]): Set<number> {
  const keep = longestIncreasing(seq)
  return new Set(seq.flatMap((_, i) => (keep.has(i) ? [] : [i])))
}
