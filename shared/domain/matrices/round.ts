/**
 * Half-up rounding to a number of decimals that survives binary floating point: 28.505 is stored as
 * 28.50499999…, and 1.005 × 100 is 100.4999…, so a plain Math.round(x * 100) rounds them down. We nudge
 * the scaled value by a relative 1e-11 before rounding: far larger than the representation error of any
 * score or price we handle (≤ 1e-15 relative), far smaller than a real difference of half a cent.
 */
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x
  const f = 10 ** decimals
  const scaled = Math.abs(x) * f
  const r = Math.floor(scaled * (1 + 1e-11) + 0.5)
  return (Math.sign(x) * r) / f
}

/** The value in hundredths as an integer, for exact comparisons of 2-decimal scores. */
export function toCents(x: number): number {
  return Math.round(roundHalfUp(x, 2) * 100)
}
