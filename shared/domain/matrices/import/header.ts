/**
 * Finding the header row of a scoring table: the first rows are often a title (“附件3 综合评分表”), and
 * the column names vary from tender to tender, so each role has a list of synonyms.
 */
import { normalizeHeader } from './words'

/** One cell of a sheet as text, with what a merged range it belongs to. */
export interface GridCell {
  text: string
  /** Set on every cell of a merged range (the top-left one too): the range's top-left address, e.g. "A3". */
  merge?: string
  /** True on the cells a merged range covers, i.e. all but its top-left one. */
  covered?: boolean
  /** The cell held a number (not text that looks like one). */
  number?: number
}

export interface SheetGrid {
  name: string
  /** rows[0] is row 1; cells[0] is column A. */
  rows: GridCell[][]
}

export type ColumnRole = 'category' | 'name' | 'points' | 'criteria'

/** 1-based column numbers, as Excel shows them. */
export interface ColumnMap {
  category?: number
  name: number
  points: number
  criteria?: number
}

const POINTS =
  /^(分值|满分|分数|权重|标准分|最高分|总分值|配分|权值|分值分配|分值\/分|分)$|^(分值|满分|标准分|权重)/
const CRITERIA =
  /^(评分|评审|打分|评价)?(标准|细则|办法|说明|方法|要求|规则|依据|要点)|^(评分|评审)(内容)?(及|与|和)?(标准|细则|办法|说明|方法|要求|规则|依据)/
const NAME =
  /^(评分|评审|评价|考核)?(项|因素|因子|要素|指标|内容|子项)(名称)?$|^(评分|评审)(项|因素|要素|内容|指标)|^(评分项目名称|项目名称|名称)$/
const CATEGORY = /^(评分|评审)?(类别|分类|类型|大项|模块|部分|板块)$|^(类别|分类)/
const AMBIGUOUS = /^(评分|评审)?项目$/

export interface HeaderMatch {
  row: number
  columns: ColumnMap
  /** The header text of each detected column. */
  texts: Partial<Record<ColumnRole, string>>
  /** Roles found; the row with the most wins. */
  score: number
}

/** Reads one row as a header, or null when it lacks an item-name or a points column. */
export function matchHeaderRow(cells: GridCell[], row: number): HeaderMatch | null {
  const cols: Partial<ColumnMap> = {}
  const texts: Partial<Record<ColumnRole, string>> = {}
  const ambiguous: number[] = []
  cells.forEach((cell, i) => {
    // The covered cells of a title merged across the row repeat its text: count it once.
    if (cell.covered && cells[i - 1] && cell.text === cells[i - 1].text) return
    const h = normalizeHeader(cell.text)
    if (h === '' || h.length > 16 || /得分|序号|备注/.test(h)) return
    const set = (role: ColumnRole) => {
      if (cols[role] == null) {
        cols[role] = i + 1
        texts[role] = cell.text.trim()
      }
    }
    if (AMBIGUOUS.test(h)) ambiguous.push(i + 1)
    else if (POINTS.test(h)) set('points')
    else if (CRITERIA.test(h)) set('criteria')
    else if (NAME.test(h)) set('name')
    else if (CATEGORY.test(h)) set('category')
  })
  // “评分项目 | 评分因素 | 分值”: 评分项目 is the category when another column names the items.
  for (const c of ambiguous) {
    const role: ColumnRole = cols.name == null ? 'name' : 'category'
    if (cols[role] == null) {
      cols[role] = c
      texts[role] = cells[c - 1].text.trim()
    }
  }
  if (cols.name == null || cols.points == null) return null
  return {
    row,
    columns: cols as ColumnMap,
    texts,
    score: Object.keys(cols).length,
  }
}

export const HEADER_SCAN_ROWS = 30

/** The best header in the first rows of a sheet (most roles; the first one on a tie). */
export function findHeader(grid: SheetGrid, scanRows = HEADER_SCAN_ROWS): HeaderMatch | null {
  let best: HeaderMatch | null = null
  const last = Math.min(grid.rows.length, scanRows)
  for (let r = 0; r < last; r++) {
    const m = matchHeaderRow(grid.rows[r] ?? [], r + 1)
    if (m && (!best || m.score > best.score)) best = m
  }
  return best
}

/** Two headers are the same table when every role sits in the same column under the same words. */
export function sameHeader(a: HeaderMatch, b: HeaderMatch): boolean {
  const roles: ColumnRole[] = ['category', 'name', 'points', 'criteria']
  return roles.every(
    (r) =>
      a.columns[r] === b.columns[r] &&
      normalizeHeader(a.texts[r] ?? '') === normalizeHeader(b.texts[r] ?? ''),
  )
}
