/**
 * Tables of a PDF page from its ruling lines: the horizontal and vertical strokes a word processor draws for cell
 * borders. Lines that touch form a grid; a missing border between two cells merges them (a 合并单元格). Pure
 * geometry in PDF user space (points, y upwards).
 */
export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

export interface Grid {
  xs: number[]
  /** Top first (descending y). */
  ys: number[]
  /** cells[r][c] → the id of the merged region the cell belongs to. */
  region: number[][]
}

const TOL = 2

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  for (const v of sorted) {
    if (out.length && v - out[out.length - 1] <= TOL) continue
    out.push(v)
  }
  return out
}

/** Horizontal and vertical segments, merged where they continue each other (a border drawn in pieces). */
export function normalizeSegments(raw: Segment[]): { h: Segment[]; v: Segment[] } {
  const h: Segment[] = []
  const v: Segment[] = []
  for (const s of raw) {
    if (Math.abs(s.y1 - s.y2) < 1 && Math.abs(s.x2 - s.x1) >= 6) {
      h.push({
        x1: Math.min(s.x1, s.x2),
        x2: Math.max(s.x1, s.x2),
        y1: (s.y1 + s.y2) / 2,
        y2: (s.y1 + s.y2) / 2,
      })
    } else if (Math.abs(s.x1 - s.x2) < 1 && Math.abs(s.y2 - s.y1) >= 6) {
      v.push({
        y1: Math.min(s.y1, s.y2),
        y2: Math.max(s.y1, s.y2),
        x1: (s.x1 + s.x2) / 2,
        x2: (s.x1 + s.x2) / 2,
      })
    }
  }
  const merge = (list: Segment[], horizontal: boolean): Segment[] => {
    const pos = (s: Segment) => (horizontal ? s.y1 : s.x1)
    const lo = (s: Segment) => (horizontal ? s.x1 : s.y1)
    const hi = (s: Segment) => (horizontal ? s.x2 : s.y2)
    const sorted = [...list].sort((a, b) => pos(a) - pos(b) || lo(a) - lo(b))
    const out: Segment[] = []
    for (const s of sorted) {
      const last = out[out.length - 1]
      if (last && Math.abs(pos(last) - pos(s)) <= TOL && lo(s) <= hi(last) + TOL) {
        if (horizontal) last.x2 = Math.max(last.x2, s.x2)
        else last.y2 = Math.max(last.y2, s.y2)
      } else out.push({ ...s })
    }
    return out
  }
  return { h: merge(h, true), v: merge(v, false) }
}

function touches(h: Segment, v: Segment): boolean {
  return v.x1 >= h.x1 - TOL && v.x1 <= h.x2 + TOL && h.y1 >= v.y1 - TOL && h.y1 <= v.y2 + TOL
}

/** The grids formed by touching lines: each needs two rows of cells or two columns at least. */
export function findGrids(raw: Segment[]): Grid[] {
  const { h, v } = normalizeSegments(raw)
  const all = [...h, ...v]
  const parent = all.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  for (let i = 0; i < h.length; i++)
    for (let j = 0; j < v.length; j++) if (touches(h[i], v[j])) parent[find(i)] = find(h.length + j)
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>()
  all.forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] }
    if (i < h.length) g.h.push(s)
    else g.v.push(s)
    groups.set(find(i), g)
  })
  const grids: Grid[] = []
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue
    const xs = cluster(g.v.map((s) => s.x1))
    const ys = cluster(g.h.map((s) => s.y1)).reverse()
    const rows = ys.length - 1
    const cols = xs.length - 1
    if (rows < 1 || cols < 1 || rows * cols < 2) continue
    const hasV = (x: number, top: number, bottom: number) =>
      g.v.some((s) => Math.abs(s.x1 - x) <= TOL && s.y1 <= (top + bottom) / 2 && s.y2 >= (top + bottom) / 2)
    const hasH = (y: number, left: number, right: number) =>
      g.h.some((s) => Math.abs(s.y1 - y) <= TOL && s.x1 <= (left + right) / 2 && s.x2 >= (left + right) / 2)
    const id = (r: number, c: number) => r * cols + c
    const up = Array.from({ length: rows * cols }, (_, i) => i)
    const root = (i: number): number => (up[i] === i ? i : (up[i] = root(up[i])))
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (c + 1 < cols && !hasV(xs[c + 1], ys[r], ys[r + 1])) up[root(id(r, c + 1))] = root(id(r, c))
        if (r + 1 < rows && !hasH(ys[r + 1], xs[c], xs[c + 1])) up[root(id(r + 1, c))] = root(id(r, c))
      }
    }
    grids.push({
      xs,
      ys,
      region: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => root(id(r, c)))),
    })
  }
  return grids
}

/** The cell (row, column) of a grid a point falls in, or null. */
export function cellAt(g: Grid, x: number, y: number): [number, number] | null {
  if (x < g.xs[0] || x > g.xs[g.xs.length - 1] || y > g.ys[0] || y < g.ys[g.ys.length - 1]) return null
  const c = g.xs.findIndex((v, i) => i + 1 < g.xs.length && x >= v && x <= g.xs[i + 1])
  const r = g.ys.findIndex((v, i) => i + 1 < g.ys.length && y <= v && y >= g.ys[i + 1])
  return r < 0 || c < 0 ? null : [r, c]
}
