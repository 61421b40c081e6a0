import { unbreakableWidth, unitOf } from './widths'

/**
 * A value written into a buyer's table cell (an amount, a date, a quantity with its unit) is read as one word: a
 * 评标委员会 must never see 125,000. | 00. The buyer's column widths are his layout and stay; what gives way is the
 * value's own print: a smaller size, then narrower characters (Word's 字符缩放), then tighter cell padding.
 */

/**
 * 小五 (9 pt): the smallest size Chinese tender forms print table figures at (the product's own tables stop there
 * too, widths.ts); below it a photocopied 投标文件 is no longer read at a glance.
 */
export const LEAST_HALF_POINTS = 18

/**
 * Characters squeezed to no less than 70 % of their width (Word offers 66 % and 80 % in 字符缩放): the figures keep
 * their 9 pt height, so they read as a condensed face does.
 */
export const LEAST_SCALE = 70

/** Cell padding left and right when a value is squeezed: 0.05 cm, the figures still clear of the borders. */
export const TIGHT_MARGIN = 28

export interface CellGeometry {
  /** The cell's width in twips (its grid columns). */
  width: number
  /** Left + right padding in twips. */
  margins: number
}

export interface CellFit {
  halfPoints: number
  /** Character width in percent (w:w); 100 = as designed. */
  scale: number
  /** Left and right padding set to TIGHT_MARGIN. */
  tight: boolean
  /** False: even at the least size and scale the value is wider than the cell; it prints wrapped. */
  fits: boolean
}

/** The width in twips of the widest part of `text` that must stay on one line, at `halfPoints` and `scale`. */
export function keptWidth(text: string, halfPoints: number, scale = 100): number {
  return Math.ceil((unbreakableWidth(text) * unitOf(halfPoints / 2) * scale) / 100)
}

/**
 * How `text` prints in the cell so that its amounts, dates and quantities stay whole: null when it fits as it is,
 * else the least change that makes it fit (size first, down to 小五; then the width of the characters with tight
 * padding, down to LEAST_SCALE), or the smallest print with `fits: false` when nothing readable fits.
 */
export function fitInCell(text: string, cell: CellGeometry, halfPoints: number): CellFit | null {
  const inner = cell.width - cell.margins
  if (keptWidth(text, halfPoints) <= inner) return null
  for (let hp = halfPoints - 1; hp >= LEAST_HALF_POINTS; hp--)
    if (keptWidth(text, hp) <= inner) return { halfPoints: hp, scale: 100, tight: false, fits: true }
  // A buyer who printed his cells smaller than 小五 keeps his size; nothing is ever enlarged.
  const hp = Math.min(halfPoints, LEAST_HALF_POINTS)
  const tight = cell.width - Math.min(cell.margins, 2 * TIGHT_MARGIN)
  for (let scale = 95; scale >= LEAST_SCALE; scale -= 5)
    if (keptWidth(text, hp, scale) <= tight) return { halfPoints: hp, scale, tight: true, fits: true }
  return { halfPoints: hp, scale: LEAST_SCALE, tight: true, fits: false }
}
