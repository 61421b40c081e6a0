const fen = (yuan: number) => Math.round(yuan * 100)

/** Σ qty × unit price in 分, rounding each line or only the sum. */
export function quoteTotalFen(
  items: { qty: number; unitPrice: number }[],
  rounding: 'line' | 'total',
): number {
  let sum = 0
  for (const it of items) {
    // qty may be fractional (3.5 吨); clear binary noise before rounding half up.
    const exact = Math.round(it.qty * fen(it.unitPrice) * 1e6) / 1e6
    sum += rounding === 'line' ? Math.round(exact) : exact
  }
  return Math.round(Math.round(sum * 1e6) / 1e6)
}
