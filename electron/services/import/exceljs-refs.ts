/**
 * Cell references decoded by exceljs's OWN decoder (exceljs is pinned to 4.4.0), so the guard computes exactly the
 * rows, columns and range areas that exceljs will allocate — a reference the guard reads one way and the importer
 * another is how the regular-expression guard was bypassed (8-digit rows, '$'/lower-case noise in a reference).
 */
import { createRequire } from 'node:module'

interface Address {
  row?: number
  col?: number
  top?: number
  left?: number
  bottom?: number
  right?: number
}
interface ColCache {
  decodeAddress(ref: string): Address
  decodeEx(ref: string): Address
}

const require = createRequire(import.meta.url)
const colCache = require('exceljs/lib/utils/col-cache.js') as ColCache

export interface Box {
  top: number
  left: number
  bottom: number
  right: number
}

const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : NaN)

/** The column exceljs gives a cell's r attribute; throws when exceljs itself would (column past XFD). */
export function cellColumn(ref: string): number {
  return num(colCache.decodeAddress(ref).col)
}

/** The row exceljs reads from a cell reference (not used for placement, but never smaller than it). */
export function cellRow(ref: string): number {
  return num(colCache.decodeAddress(ref).row)
}

/** A range or single cell as exceljs's Range decodes it (merges, data validations, defined names). */
export function rangeBox(ref: string): Box {
  const a = colCache.decodeEx(ref)
  if (a.top !== undefined) {
    const [t, b] = [num(a.top), num(a.bottom)].sort((x, y) => x - y)
    const [l, r] = [num(a.left), num(a.right)].sort((x, y) => x - y)
    return { top: t, left: l, bottom: b, right: r }
  }
  const row = num(a.row)
  const col = num(a.col)
  return { top: row, left: col, bottom: row, right: col }
}

const span = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? b - a + 1 : 1)

/**
 * Loop turns exceljs spends on a box: it walks rows × columns, and a side it could not decode (NaN, e.g. '1:1')
 * still runs the other side's loop once per step — so such a side counts as 1, not 0.
 */
export function boxArea(b: Box): number {
  return span(b.top, b.bottom) * span(b.left, b.right)
}
