import { displayWidth } from '@shared/domain/export'
import type { RenderCell } from '@shared/domain/export'
import { keptSpans } from './kept-tokens'

/**
 * Column widths fitted to what the cells hold. A column is never narrower than its longest unbreakable value —
 * a credit code, a date, an amount, a number with its unit — nor than its header when the header is a short label
 * (序号, 单位, 数量): those must not wrap. The template's relative widths share out what is left.
 */

/**
 * Values that must stay on one line: codes and numbers, amounts with their sign (dates and amounts with their unit:
 * kept-tokens.ts, which the writer keeps together). Each pattern is
 * measured on its own: as one alternation, the amount pattern took the leading digits of a credit code
 * (91110108|MA01ABCD2H) and the column was sized for half the code.
 */
const UNBREAKABLE = [
  /\d{4}-\d{2}-\d{2}/g,
  // A telephone number written in groups (0571-8700 0000, 139 1234 5678) is one value.
  /(?:\d{3,4}-)?\d{3,4} \d{4}(?: \d{4})?/g,
  /[¥$€]?[-+]?[\d,]+(?:\.\d+)?%?/g,
  // With its brackets: LibreOffice breaks between "（" and a Latin word, printing "…传输系统（" / "PACS）".
  /[（(]?[A-Za-z0-9][A-Za-z0-9\-_./:#]*[）)]?/g,
]

/** A header up to this display width (4 CJK characters + a bracket pair) stays on one line. */
const SHORT_HEADER = 12

/** A short value (无偏离, 正偏离, 台, 套) reads as one word: it stays on one line too. */
const SHORT_VALUE = 8

/**
 * Where CJK meets a Latin letter or a digit, Word and LibreOffice add about a quarter em (自动调整中文与西文/数字的
 * 间距, on by default): "2027年5月13日" is 5 such gaps wider than its characters. Without them the date column was
 * sized a hair short and LibreOffice printed "2027 年 5 月 13/日".
 */
const AUTOSPACE = /[\u2e80-\u9fff\uf900-\ufaff](?=[A-Za-z0-9])|[A-Za-z0-9](?=[\u2e80-\u9fff\uf900-\ufaff])/g

/** Display width with the CJK/Latin gaps, in display units (half an em). */
export function spacedWidth(s: string): number {
  return displayWidth(s) + 0.5 * (s.match(AUTOSPACE)?.length ?? 0)
}

/** Capital Latin letters (codes: MA01ABCD2H) run near a full em in the body fonts, not half of one. */
function codeWidth(s: string): number {
  return spacedWidth(s) + 0.45 * (s.match(/[A-Z]/g)?.length ?? 0)
}

/**
 * The widest value that must never break (a code, a date, an amount; else one CJK character). `atHyphens`: a
 * hyphenated code (ISCCC-2023-ISMS-0871) measured by its longest piece, where it may break when nothing else helps.
 */
function hardWidth(text: string, atHyphens = false): number {
  // Dates and amounts with their unit, as the writer keeps them together (kept-tokens.ts).
  let w = Math.max(0, ...keptSpans(text).map(([a, b]) => codeWidth(text.slice(a, b))))
  for (const re of UNBREAKABLE)
    for (const m of text.matchAll(re))
      for (const piece of atHyphens ? m[0].split(/(?<=-)/) : [m[0]]) w = Math.max(w, codeWidth(piece))
  // A single CJK character cannot be split either.
  return Math.max(w, /[\u0080-\uffff]/.test(text) ? 2 : 0)
}

/** Two CJK characters: what a short label (序号) needs not to wrap, and the least a wrapping word gets per line. */
const FLOOR = 4

export function unbreakableWidth(text: string): number {
  const whole = spacedWidth(text)
  return whole <= SHORT_VALUE ? whole : hardWidth(text)
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

/** One display unit (half an em) in twips, with 8 % for glyph metrics that run wider than half an em. */
export const unitOf = (sizePt: number) => sizePt * 10 * 1.08

/**
 * What each column needs in twips, in the order things give way when the table cannot hold it all: `min` keeps
 * every value of the column whole, `hard` lets short words wrap (营业执照 → 营业/执照) but never a date, an amount
 * or a code, `pieces` lets a hyphenated code break after a hyphen. No column goes below FLOOR (序号 stays whole).
 */
function needs(t: FitInput): number[][] {
  const n = t.widths.length
  const min = new Array<number>(n).fill(0)
  const hard = new Array<number>(n).fill(0)
  const pieces = new Array<number>(n).fill(0)
  const take = (col: number, text: string, whole: number) => {
    min[col] = Math.max(min[col], whole)
    hard[col] = Math.max(hard[col], hardWidth(text), Math.min(whole, FLOOR))
    pieces[col] = Math.max(pieces[col], hardWidth(text, true), Math.min(whole, FLOOR))
  }
  if (t.header)
    columnsOf(t.header, n, (col, c) => {
      const w = spacedWidth(c.text)
      take(col, c.text, w <= SHORT_HEADER ? w : unbreakableWidth(c.text))
      // A short header (序号, 单位, 规格型号) is a label: it stays whole unless nothing else fits.
      if (w <= SHORT_HEADER) hard[col] = Math.max(hard[col], w)
    })
  for (const row of t.rows) columnsOf(row, n, (col, c) => take(col, c.text, unbreakableWidth(c.text)))
  const unit = unitOf(t.sizePt)
  return [min, hard, pieces].map((ws) => ws.map((w) => Math.ceil(w * unit) + t.padding))
}

const total = (ws: number[]) => ws.reduce((s, w) => s + w, 0)

/** The least table font size (小五, 9 pt) a table may drop to so that its dates and codes stay whole. */
const LEAST_SIZE = 9

/**
 * The font size a table prints at: its own, or down to 小五 when even with words wrapping its short headers, dates,
 * amounts and codes cannot each keep a line on the text width (a 6-column 资格证明文件 with a credit code, an ISO certificate
 * number and 2026年12月24日 at 五号).
 */
export function tableFontSize(t: FitInput): number {
  // First the size at which short headers, dates, amounts and whole codes fit; failing that, the size at which
  // they fit with hyphenated codes broken at a hyphen.
  for (const tier of [1, 2])
    for (let size = t.sizePt; size >= LEAST_SIZE; size -= 0.5)
      if (total(needs({ ...t, sizePt: size })[tier]) <= t.total) return size
  return Math.min(t.sizePt, LEAST_SIZE)
}

export function fitColumnWidths(t: FitInput): number[] {
  const n = t.widths.length
  const unit = unitOf(t.sizePt)
  const tiers = needs(t)
  let minTw = tiers[0]
  const sum = t.widths.reduce((s, w) => s + w, 0) || 1
  let widths = t.widths.map((w) => (w / sum) * t.total)
  // The first tier that fits, raised toward the one before it as far as the page allows: a date keeps its line
  // before a word does (shrinking every column alike printed "2027年5月13/日" beside a roomy code column).
  const k = tiers.findIndex((ws) => total(ws) <= t.total)
  if (k > 0) {
    const [more, less] = [tiers[k - 1], tiers[k]]
    const f = (t.total - total(less)) / (total(more) - total(less))
    minTw = less.map((w, i) => Math.floor(w + (more[i] - w) * f))
  } else if (k < 0) minTw = tiers[tiers.length - 1]
  const needed = total(minTw)
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
  const measure = (col: number, c: RenderCell) => (want[col] = Math.max(want[col], spacedWidth(c.text)))
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
