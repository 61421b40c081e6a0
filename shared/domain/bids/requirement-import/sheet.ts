/**
 * Requirements from a table of cell texts (an imported sheet): find the header row by the names of
 * its columns, then read one requirement per data row. The grid is plain strings so this stays pure;
 * the xlsx reading lives in electron/services/bids.
 */
import {
  DeviationSchema,
  newId,
  PartKindSchema,
  RequirementSchema,
  type PartKind,
  type Requirement,
} from '@shared/schemas'
import { splitLead } from './lines'

export type ColumnField = 'no' | 'chapter' | 'page' | 'kind' | 'star' | 'text' | 'responseText' | 'deviation'

/** Cell texts by row (rows may be sparse); a merged range repeats its text in every cell it covers. */
export type Grid = string[][]

/**
 * Header names by field. Exact names win over names that merely contain a keyword, and fields are tried
 * in this order for the "contains" pass, so 条款号 is a source column and 条款内容 the text column.
 */
const EXACT: Record<ColumnField, string[]> = {
  no: ['序号', '编号', '条目编号', '需求编号', '要求编号', 'no', 'no.', '#'],
  chapter: ['章节', '来源', '条款号', '条款', '出处', '招标文件章节', '招标文件条款号', '所在章节'],
  page: ['页码', '页', '所在页码', '页号'],
  kind: ['类型', '类别', '分类', '要求类型', '需求类型'],
  star: ['★', '▲', '星号', '实质性', '是否实质性', '是否★', '实质性条款', '★号', '是否为实质性条款'],
  text: [
    '要求',
    '招标要求',
    '技术要求',
    '商务要求',
    '资格要求',
    '内容',
    '要求内容',
    '条款内容',
    '技术参数',
    '需求',
    '需求内容',
    '招标文件要求',
    '技术参数要求',
  ],
  responseText: ['响应', '投标响应', '响应内容', '应答', '投标人响应', '响应说明'],
  deviation: ['偏离', '偏离情况', '是否偏离', '偏离类型'],
}
const CONTAINS: [ColumnField, RegExp][] = [
  ['star', /★|星号|实质性/],
  ['page', /页码/],
  ['chapter', /章节|条款号|出处/],
  ['no', /序号|编号/],
  ['kind', /类型|类别/],
  ['deviation', /偏离/],
  ['responseText', /响应|应答/],
  ['text', /要求|内容|参数|需求/],
]

export type HeaderMap = Partial<Record<ColumnField, number>>

export interface HeaderMatch {
  /** 0-based index of the header row in the grid. */
  row: number
  columns: HeaderMap
  /** The kind suggested by the text column's name (商务要求 → 商务), used when a row has no kind of its own. */
  kindFromHeader: PartKind | null
}

function norm(s: string): string {
  return s
    .replace(/[\s\u3000*＊:：]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\(.*\)$/, '') // "页码(P)" → 页码
    .toLowerCase()
}

/** Maps the cells of one row to fields; a field takes the first column that names it. */
export function matchHeaderRow(cells: (string | null)[]): HeaderMap {
  const map: HeaderMap = {}
  const used = new Set<number>()
  // Array.from also visits the holes of a sparse row.
  const names = Array.from(cells, (c) => (c == null ? '' : norm(c)))
  for (const field of Object.keys(EXACT) as ColumnField[]) {
    const i = names.findIndex((n, j) => n !== '' && !used.has(j) && EXACT[field].includes(n))
    if (i >= 0) {
      map[field] = i
      used.add(i)
    }
  }
  for (const [field, re] of CONTAINS) {
    if (map[field] !== undefined) continue
    const i = names.findIndex((n, j) => n !== '' && !used.has(j) && n.length <= 20 && re.test(n))
    if (i >= 0) {
      map[field] = i
      used.add(i)
    }
  }
  return map
}

export interface DetectOptions {
  scanRows?: number
  /** True for the covered (non-top-left) cells of a merged range, which are not header names of their own. */
  isMergeSlave?: (row: number, col: number) => boolean
}

/**
 * The first of the top rows that names a text column and at least one other known column. Title rows
 * above it ("技术需求偏离表", usually one merged cell) name at most one field once their merged copies
 * are set aside, so they are skipped.
 */
export function detectHeader(grid: Grid, opts: DetectOptions = {}): HeaderMatch | null {
  const { scanRows = 30, isMergeSlave = () => false } = opts
  for (let r = 0; r < Math.min(grid.length, scanRows); r++) {
    const columns = matchHeaderRow(Array.from(grid[r] ?? [], (c, j) => (isMergeSlave(r, j) ? null : c)))
    if (columns.text === undefined || Object.keys(columns).length < 2) continue
    const header = norm(grid[r][columns.text] ?? '')
    const k = header.match(/^(资格|商务|技术|报价)/)?.[1]
    return { row: r, columns, kindFromHeader: k ? PartKindSchema.parse(k) : null }
  }
  return null
}

const TRUE_MARKS = new Set(['★', '▲', '是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '实质性', '有', '★号'])
const FALSE_MARKS = new Set(['', '否', 'n', 'no', 'false', '0', '×', '✗', '无', '-', '/', '非实质性'])

export interface RowProblem {
  /** 1-based row number as the user sees it in Excel. */
  row: number
  zh: string
  en: string
}

export interface SheetRequirements {
  requirements: Requirement[]
  /** Rows that held something but could not become a requirement, and values that were not understood. */
  problems: RowProblem[]
}

function kindOf(value: string): PartKind | null {
  const m = value.trim().match(/^(资格|商务|技术|报价|价格|其他)/)
  if (!m) return null
  return m[1] === '价格' ? '报价' : (m[1] as PartKind)
}

/**
 * Reads the data rows below the header. Empty rows are skipped silently (nothing to lose); a row with
 * content but no requirement text, or a value that cannot be understood, is reported, never guessed.
 */
export function rowsToRequirements(
  grid: Grid,
  header: HeaderMatch,
  defaultKind: PartKind = '技术',
): SheetRequirements {
  const { columns } = header
  const requirements: Requirement[] = []
  const problems: RowProblem[] = []
  const at = (cells: string[], f: ColumnField) =>
    columns[f] === undefined ? '' : (cells[columns[f]!] ?? '').trim()

  for (let r = header.row + 1; r < grid.length; r++) {
    const cells = grid[r] ?? []
    const rowNo = r + 1
    if (cells.every((c) => !c || !c.trim())) continue
    const rawText = at(cells, 'text')
    const lead = splitLead(rawText)
    if (!lead.text) {
      problems.push({
        row: rowNo,
        zh: `第 ${rowNo} 行没有要求内容，未导入`,
        en: `row ${rowNo} has no requirement text; not imported`,
      })
      continue
    }
    let star = lead.star
    const starCell = at(cells, 'star').toLowerCase()
    if (TRUE_MARKS.has(starCell)) star = true
    else if (!FALSE_MARKS.has(starCell)) {
      problems.push({
        row: rowNo,
        zh: `第 ${rowNo} 行的★标记“${starCell}”无法识别，按文本判断`,
        en: `row ${rowNo}: star mark "${starCell}" not understood; judged from the text`,
      })
    }
    const kindCell = at(cells, 'kind')
    const kind = kindOf(kindCell) ?? header.kindFromHeader ?? defaultKind
    if (kindCell && !kindOf(kindCell)) {
      problems.push({
        row: rowNo,
        zh: `第 ${rowNo} 行的类型“${kindCell}”无法识别，记为${kind}`,
        en: `row ${rowNo}: kind "${kindCell}" not understood; recorded as ${kind}`,
      })
    }
    const devCell = at(cells, 'deviation')
    const dev = DeviationSchema.safeParse(devCell)
    if (devCell && !dev.success) {
      problems.push({
        row: rowNo,
        zh: `第 ${rowNo} 行的偏离“${devCell}”不是 正偏离/无偏离/负偏离，未采用`,
        en: `row ${rowNo}: deviation "${devCell}" is not 正偏离/无偏离/负偏离; ignored`,
      })
    }
    // The number column is authoritative; numbering in the text is dropped only when it repeats that number.
    const noCell = at(cells, 'no')
    const keepNumbering = noCell !== '' && lead.no !== '' && lead.no !== noCell
    const parsed = RequirementSchema.safeParse({
      id: newId('r'),
      no: noCell || lead.no,
      source: { chapter: at(cells, 'chapter'), page: at(cells, 'page') },
      kind,
      star,
      text: keepNumbering ? rawText.replace(/^[★▲\s]+/, '') : lead.text,
      responseText: at(cells, 'responseText'),
      // A filled-in deviation table states both what we declare and what the table says.
      ...(dev.success ? { deviation: dev.data, deviationTableEntry: dev.data } : {}),
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      problems.push({
        row: rowNo,
        zh: `第 ${rowNo} 行（${issue.path.join('.')}）：${issue.message}，未导入`,
        en: `row ${rowNo} (${issue.path.join('.')}): ${issue.message}; not imported`,
      })
      continue
    }
    requirements.push(parsed.data)
  }
  return { requirements, problems }
}
