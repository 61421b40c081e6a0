import { displayWidth } from '@shared/domain/export'
import type { RenderCell } from '@shared/domain/export'

/**
 * Column widths fitted to what the cells hold. A column is never narrower than its longest unbreakable value —
 * a credit code, a date, an amount, a number with its unit — nor than its header when the header is a short label
 * (序号, 单位, 数量): those must not wrap. The template's relative widths share out what is left.
 */

/**
 * Values that must stay on one line: codes and numbers, Chinese dates, amounts with their sign. Each pattern is
 * measured on its own: as one alternation, the amount pattern took the leading digits of a credit code
 * (91110108|MA01ABCD2H) and the column was sized for half the code.
 */
const UNBREAKABLE = [
  /\d{4}年\d{1,2}月\d{1,2}日/g,
  /\d{4}-\d{2}-\d{2}/g,
  /[¥$€]?[-+]?[\d,]+(?:\.\d+)?%?/g,
  /[A-Za-z0-9][A-Za-z0-9\-_./:#]*/g,
]

/** A header up to this display width (4 CJK characters + a bracket pair) stays on one line. */
const SHORT_HEADER = 12

/** A short value (无偏离, 正偏离, 台, 套) reads as one word: it stays on one line too. */
const SHORT_VALUE = 8

/** Capital Latin letters (codes: MA01ABCD2H) run near a full em in the body fonts, not half of one. */
function codeWidth(s: string): number {
  return displayWidth(s) + 0.45 * (s.match(/[A-Z]/g)?.length ?? 0)
}

export function unbreakableWidth(text: string): number {
  const whole = displayWidth(text)
  if (whole <= SHORT_VALUE) return whole
  let w = 0
  for (const re of UNBREAKABLE) for (const m of text.matchAll(re)) w = Math.max(w, codeWidth(m[0]))
  // A single CJK character cannot be split either.
  return Math.max(w, /[\u0080-\uffff]/.test(text) ? 2 : 0)
}

export interface FitInput {
  /** Template relative widths, one per column. */
  widths: number[]
  header: RenderCell[] | null
  rows: RenderCell[][]
  /** Text width of the table in twips. */
  total: number
  /** Font size in points. */
  sizePt: number
  /** Left + right cell padding in twips. */
  padding: number
}

function columnsOf(cells: RenderCell[], ncols: number, each: (col: number, c: RenderCell) => void) {
  let col = 0
  for (const c of cells) {
    if (c.span === 1 && col < ncols) each(col, c)
    col += c.span
  }
}

export function fitColumnWidths(t: FitInput): number[] {
  const n = t.widths.length
  // One display unit (half an em) in twips, with 8 % for glyph metrics that run wider than half an em.
  const unit = t.sizePt * 10 * 1.08
  const min = new Array<number>(n).fill(0)
  if (t.header)
    columnsOf(t.header, n, (col, c) => {
      const w = displayWidth(c.text)
      min[col] = Math.max(min[col], w <= SHORT_HEADER ? w : unbreakableWidth(c.text))
    })
  for (const row of t.rows)
    columnsOf(row, n, (col, c) => (min[col] = Math.max(min[col], unbreakableWidth(c.text))))
  const minTw = min.map((w) => Math.ceil(w * unit) + t.padding)
  const sum = t.widths.reduce((s, w) => s + w, 0) || 1
  let widths = t.widths.map((w) => (w / sum) * t.total)
  const needed = minTw.reduce((s, w) => s + w, 0)
  if (needed >= t.total) {
    // Cannot fit every value: give each column its share of the page by what it needs.
    widths = minTw.map((w) => (w / needed) * t.total)
  } else {
    // Raise the columns that are too narrow; take the difference from the others in proportion to their slack.
    for (let pass = 0; pass < n; pass++) {
      const short = widths.map((w, i) => Math.max(0, minTw[i] - w))
      const deficit = short.reduce((s, x) => s + x, 0)
      if (deficit < 1) break
      const slack = widths.map((w, i) => (short[i] > 0 ? 0 : Math.max(0, w - minTw[i])))
      const totalSlack = slack.reduce((s, x) => s + x, 0)
      if (totalSlack <= 0) break
      const take = Math.min(1, deficit / totalSlack)
      widths = widths.map((w, i) => (short[i] > 0 ? minTw[i] : w - slack[i] * take))
    }
  }
  // Columns wider than anything they hold (an empty 备注) give the rest to columns whose text wraps.
  const want = new Array<number>(n).fill(0)
  const measure = (col: number, c: RenderCell) => (want[col] = Math.max(want[col], displayWidth(c.text)))
  if (t.header) columnsOf(t.header, n, measure)
  for (const row of t.rows) columnsOf(row, n, measure)
  const wantTw = want.map((w, i) => Math.max(minTw[i], Math.ceil(w * unit) + t.padding))
  const spare = widths.reduce((s, w, i) => s + Math.max(0, w - wantTw[i]), 0)
  const hungry = widths.map((w, i) => Math.max(0, wantTw[i] - w))
  const totalHunger = hungry.reduce((s, x) => s + x, 0)
  if (spare > 0 && totalHunger > 0) {
    const give = Math.min(spare, totalHunger)
    widths = widths.map((w, i) =>
      hungry[i] > 0 ? w + (give * hungry[i]) / totalHunger : w - (give * Math.max(0, w - wantTw[i])) / spare,
    )
  }
  const floored = widths.map((w) => Math.floor(w))
  // Whole twips that add up to the table width: the rounding remainder goes to the widest column.
  const rest = t.total - floored.reduce((s, w) => s + w, 0)
  floored[floored.indexOf(Math.max(...floored))] += rest
  return floored
}
