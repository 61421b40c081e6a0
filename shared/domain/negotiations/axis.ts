/**
 * Axis bounds for price charts, the same on screen (renderer) and in the Word brief (server-side PNG):
 * round numbers that keep every value (and the reference lines) inside. The step is half a power of ten
 * below the range, so 3,560,000–3,756,000 becomes 3,550,000–3,800,000, and a top value on a step gets one
 * more step for its label; the bottom may sit on the axis.
 */
export function niceRange(lo: number, hi: number): { min: number; max: number } {
  const range = hi - lo || Math.max(1, Math.abs(hi) * 0.1)
  const step = 10 ** Math.floor(Math.log10(range)) / 2
  const min = Math.floor(lo / step) * step
  const max = Math.ceil(hi / step) * step
  return { min, max: max === hi ? max + step : max }
}
