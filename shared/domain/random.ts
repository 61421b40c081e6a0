/**
 * Seeded pseudo-random numbers, so simulations are reproducible: the same seed gives the same run.
 * mulberry32: tiny, fast, good enough for Monte Carlo over a few hundred thousand draws.
 */
export type Rng = () => number

export function createRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Draw from a triangular distribution (low ≤ mode ≤ high) by inverting its CDF. */
export function triangular(rng: Rng, low: number, mode: number, high: number): number {
  if (high <= low) return low
  const u = rng()
  const c = (mode - low) / (high - low)
  return u < c
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode))
}
