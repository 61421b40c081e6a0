import { AppError, sheetNotFound } from '@shared/errors'
import type { PriceRule, ScoringItem } from '@shared/schemas/matrix'
import { roundHalfUp } from '../round'
import {
  findHeader,
  matchHeaderRow,
  sameHeader,
  type ColumnMap,
  type GridCell,
  type HeaderMatch,
  type SheetGrid,
} from './header'
import {
  categoryFromText,
  kindFromCriteria,
  parsePoints,
  priceRuleFromWords,
  sectionHeading,
  toHalfWidth,
} from './words'

type Category = ScoringItem['category']
export type Message = { zh: string; en: string }

export interface ImportedItem {
  category: Category
  name: string
  /** null when the cell held no number (the warning says which row). */
  maxPoints: number | null
  criteria: string
  kind: ScoringItem['kind']
  /** Where it came from, for the preview. */
  sheet: string
  row: number
  /** The category text as the tender wrote it (e.g. “价格部分”, “资信”). */
  categoryText: string
}

export interface TableDetection {
  /** Every sheet of the workbook, for the “pick another sheet” control. */
  sheets: string[]
  sheet: string
  headerRow: number
  columns: ColumnMap
  headerTexts: HeaderMatch['texts']
  /** Later sheets the table continued onto (same header). */
  continuedSheets: { sheet: string; headerRow: number }[]
  items: ImportedItem[]
  /** Max points per category. */
  categories: Partial<Record<Category, number>>
  total: number
  /** A 合计/总分 row's figure, when the table states one. */
  statedTotal: number | null
  priceWeight: number
  priceRule: Partial<PriceRule> | null
  priceRuleSource: string | null
  warnings: Message[]
}

export interface DetectOverrides {
  sheet?: string
  /** 1-based row of the header. */
  headerRow?: number
  /** 1-based column numbers that replace what was detected. */
  columns?: Partial<ColumnMap>
}

export function noScoringTable(extra?: Message): AppError {
  return new AppError('IMPORT_REJECTED', {
    zh: `未找到评分表：没有一行同时含有评分项列（评分项/评分因素/评审因素/评分内容）和分值列（分值/满分/分数/权重/标准分）${extra ? '；' + extra.zh : ''}`,
    en: `no scoring table found: no row has both an item column (评分项/评分因素/评审因素/评分内容) and a points column (分值/满分/分数/权重/标准分)${extra ? '; ' + extra.en : ''}`,
  })
}

const TOTAL_ROW = /^(合计|总计|总分|总分值|满分合计|分值合计)/
const SUBTOTAL_ROW = /^(小计)/
const NOTE_ROW = /^(注|说明|备注)[:：\d、.]|^注$/

const cellText = (row: GridCell[] | undefined, col: number | undefined) =>
  col == null ? '' : (row?.[col - 1]?.text ?? '').trim()

interface ReadState {
  section: Category | null
  sectionText: string
  last: ImportedItem | null
  lastMerge: string | null
  /** Items read so far in this sheet. */
  items: number
}

/** Reads the item rows of one sheet under a header; `state` carries the category across sheets. */
function readRows(
  grid: SheetGrid,
  header: { row: number; columns: ColumnMap },
  state: ReadState,
  out: { items: ImportedItem[]; warnings: Message[]; statedTotal: number | null },
): void {
  const { columns: c } = header
  for (let r = header.row; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? []
    const rowNo = r + 1
    const texts = row.map((x) => x.text.trim()).filter((t) => t !== '')
    // A blank row after the items ends the table (notes, signatures or another table follow) unless
    // the table visibly goes on: a section heading or another row with points.
    if (texts.length === 0) {
      if (state.items > 0 && !tableGoesOn(grid, r + 1, c)) break
      continue
    }
    const name = cellText(row, c.name)
    const pointsCell = row[c.points - 1]
    const pointsText = cellText(row, c.points)
    const criteria = cellText(row, c.criteria)
    const catText = cellText(row, c.category)
    const first = toHalfWidth(texts[0]).replace(/\s+/g, '')
    if (TOTAL_ROW.test(first) || TOTAL_ROW.test(toHalfWidth(name).replace(/\s+/g, ''))) {
      const p = parsePoints(pointsCell?.number ?? pointsText)
      if (p.value != null) out.statedTotal = p.value
      continue
    }
    if (SUBTOTAL_ROW.test(first)) continue
    if (NOTE_ROW.test(first)) break
    // A heading row across the table (“二、商务部分（20分）”): one distinct text, no points of its own.
    const distinct = new Set(texts)
    if (distinct.size === 1 && (pointsText === '' || pointsText === texts[0])) {
      const cat = sectionHeading(texts[0])
      if (cat) {
        state.section = cat
        state.sectionText = texts[0]
        state.last = null
        continue
      }
    }
    // Criteria running over several rows under one merged item-name cell: same item, more text. A row
    // with points of its own under the merged name is a sub-item, read as an item of its own.
    const nameMerge = row[c.name - 1]?.merge ?? null
    const ownPoints = pointsText !== '' && !pointsCell?.covered
    if (state.last && nameMerge && nameMerge === state.lastMerge && !ownPoints) {
      if (criteria && !state.last.criteria.includes(criteria)) state.last.criteria += '\n' + criteria
      continue
    }
    if (state.last && name === '' && pointsText === '' && criteria !== '') {
      state.last.criteria += '\n' + criteria
      continue
    }
    if (name === '' && pointsText === '') continue
    const points = parsePoints(pointsCell?.number ?? pointsText)
    if (catText !== '') {
      // A pasted table leaves the rows under a merged category cell empty: the category carries down.
      state.section = categoryFromText(catText)
      state.sectionText = catText
    }
    const category = state.section ?? categoryFromText(name)
    const item: ImportedItem = {
      category: category ?? guessCategory(name, criteria),
      name,
      maxPoints: points.problem === 'not-a-number' || points.problem === 'empty' ? null : points.value,
      criteria,
      kind: 'subjective',
      sheet: grid.name,
      row: rowNo,
      categoryText: state.sectionText,
    }
    item.kind = kindFromCriteria(criteria, item.category)
    if (name === '') {
      out.warnings.push({
        zh: `${grid.name} 第 ${rowNo} 行：评分项名称为空`,
        en: `${grid.name} row ${rowNo}: the item name is empty`,
      })
    }
    if (points.problem === 'not-a-number' || points.problem === 'empty') {
      out.warnings.push({
        zh: `${grid.name} 第 ${rowNo} 行“${name}”：分值“${pointsText}”不是数字`,
        en: `${grid.name} row ${rowNo} "${name}": points "${pointsText}" is not a number`,
      })
    } else if (points.problem === 'negative') {
      out.warnings.push({
        zh: `${grid.name} 第 ${rowNo} 行“${name}”：分值为负数（${points.value}）`,
        en: `${grid.name} row ${rowNo} "${name}": points are negative (${points.value})`,
      })
    }
    if (!category) {
      out.warnings.push({
        zh: `${grid.name} 第 ${rowNo} 行“${name}”：未识别到类别，暂归为“${item.category}”`,
        en: `${grid.name} row ${rowNo} "${name}": no category found; filed under ${item.category}`,
      })
    }
    out.items.push(item)
    state.items++
    state.last = item
    state.lastMerge = nameMerge
  }
}

function tableGoesOn(grid: SheetGrid, from: number, c: ColumnMap): boolean {
  for (let r = from; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? []
    const texts = row.map((x) => x.text.trim()).filter((t) => t !== '')
    if (texts.length === 0) continue
    if (new Set(texts).size === 1 && sectionHeading(texts[0])) return true
    return (
      cellText(row, c.name) !== '' &&
      parsePoints(row[c.points - 1]?.number ?? cellText(row, c.points)).value != null
    )
  }
  return false
}

/** Category from the item's own words when the table has no category column or headings. */
function guessCategory(name: string, criteria: string): Category {
  return /业绩|资质|证书|认证|信誉|财务|注册资本|社保/.test(name + criteria) ? '商务' : '技术'
}

function headerAt(grid: SheetGrid, row: number, columns: Partial<ColumnMap> | undefined): HeaderMatch {
  const detected = matchHeaderRow(grid.rows[row - 1] ?? [], row)
  const merged = { ...detected?.columns, ...columns }
  if (merged.name == null || merged.points == null) {
    throw noScoringTable({
      zh: `工作表“${grid.name}”第 ${row} 行不是表头，请指定评分项列和分值列`,
      en: `row ${row} of sheet "${grid.name}" is not a header; name the item and points columns`,
    })
  }
  const texts: HeaderMatch['texts'] = {}
  for (const role of ['category', 'name', 'points', 'criteria'] as const) {
    const col = merged[role]
    if (col != null) texts[role] = cellText(grid.rows[row - 1], col)
  }
  return { row, columns: merged as ColumnMap, texts, score: Object.keys(merged).length }
}

/**
 * Finds the scoring table in a workbook (or a pasted grid) and reads it. Overrides come from the user
 * correcting the preview: another sheet, another header row, other columns. Throws IMPORT_REJECTED
 * when no table is found, SHEET_NOT_FOUND when the sheet asked for is not there.
 */
export function detectScoringTable(grids: SheetGrid[], overrides: DetectOverrides = {}): TableDetection {
  let start = 0
  if (overrides.sheet != null) {
    start = grids.findIndex((g) => g.name === overrides.sheet)
    if (start < 0)
      throw sheetNotFound(
        overrides.sheet,
        grids.map((g) => g.name),
      )
  }
  let header: HeaderMatch | null = null
  let index = start
  for (; index < grids.length; index++) {
    const g = grids[index]
    if (overrides.headerRow != null) header = headerAt(g, overrides.headerRow, overrides.columns)
    else {
      header = findHeader(g)
      if (header && overrides.columns) header = headerAt(g, header.row, overrides.columns)
    }
    if (header || overrides.sheet != null) break
  }
  if (!header) throw noScoringTable()
  const grid = grids[index]
  const out = { items: [] as ImportedItem[], warnings: [] as Message[], statedTotal: null as number | null }
  const state: ReadState = { section: null, sectionText: '', last: null, lastMerge: null, items: 0 }
  readRows(grid, header, state, out)
  const continuedSheets: TableDetection['continuedSheets'] = []
  for (let j = index + 1; j < grids.length; j++) {
    const next = findHeader(grids[j])
    if (!next || !sameHeader(next, { ...header, texts: header.texts })) break
    state.last = null
    state.items = 0
    readRows(grids[j], { row: next.row, columns: header.columns }, state, out)
    continuedSheets.push({ sheet: grids[j].name, headerRow: next.row })
  }
  if (out.items.length === 0) {
    throw noScoringTable({
      zh: `工作表“${grid.name}”第 ${header.row} 行有表头，但下面没有评分项`,
      en: `sheet "${grid.name}" has a header in row ${header.row} but no items under it`,
    })
  }
  scaleFractionWeights(out)
  return summarize(grids, grid.name, header, continuedSheets, out)
}

/** Weights written as fractions (0.3, or 30 % formatted cells holding 0.3) that add up to 1 become points of 100. */
function scaleFractionWeights(out: { items: ImportedItem[]; warnings: Message[] }): void {
  const pts = out.items.map((i) => i.maxPoints)
  if (pts.some((p) => p == null || p < 0 || p > 1)) return
  const sum = pts.reduce((a, p) => a! + p!, 0)!
  if (Math.abs(sum - 1) > 1e-6) return
  for (const it of out.items) it.maxPoints = roundHalfUp(it.maxPoints! * 100, 2)
  out.warnings.push({
    zh: '分值以小数权重表示（合计为 1），已换算为百分制',
    en: 'points were fractional weights adding up to 1; converted to points out of 100',
  })
}

function summarize(
  grids: SheetGrid[],
  sheet: string,
  header: HeaderMatch,
  continuedSheets: TableDetection['continuedSheets'],
  out: { items: ImportedItem[]; warnings: Message[]; statedTotal: number | null },
): TableDetection {
  const categories: Partial<Record<Category, number>> = {}
  let total = 0
  for (const it of out.items) {
    const p = it.maxPoints != null && it.maxPoints > 0 ? it.maxPoints : 0
    categories[it.category] = roundHalfUp((categories[it.category] ?? 0) + p, 2)
    total += p
  }
  total = roundHalfUp(total, 2)
  const warnings = [...out.warnings]
  if (out.statedTotal != null && out.statedTotal !== total) {
    warnings.push({
      zh: `各项分值之和为 ${total}，与表中合计 ${out.statedTotal} 不一致`,
      en: `the items add up to ${total} but the table states a total of ${out.statedTotal}`,
    })
  } else if (total !== 100) {
    warnings.push({
      zh: `分值合计为 ${total} 分，通常应为 100 分`,
      en: `max points total ${total}; usually 100`,
    })
  }
  const priceItems = out.items.filter((i) => i.category === '价格')
  const priceWeight = categories.价格 ?? 0
  // The method is read from the price items only (a 商务 item may well say “平均营业收入”); the SME
  // clause often sits in a note or another item, so it is read from all the words.
  const priceWords = priceItems.map((i) => `${i.name}：${i.criteria}`).join('。')
  const allWords = out.items.map((i) => `${i.name}：${i.criteria}`).join('。')
  const found = priceItems.length > 0 ? priceRuleFromWords(priceWords) : null
  const sme = priceRuleFromWords(allWords)?.rule.smeDeductionPct
  let priceRule: Partial<PriceRule> | null = found ? { ...found.rule } : null
  if (sme != null) priceRule = { ...priceRule, smeDeductionPct: sme }
  if (priceItems.length > 0) {
    priceRule = { ...priceRule, weight: priceWeight }
    if (!found?.rule.method) {
      warnings.push({
        zh: '价格项的评分标准中未识别到计算方法（低价优先/平均值），默认按低价优先',
        en: 'no price method (lowest / average) recognised in the price criteria; assuming lowest price',
      })
      priceRule.method = 'lowest'
    }
  } else {
    warnings.push({ zh: '评分表中没有价格项', en: 'the table has no price item' })
  }
  return {
    sheets: grids.map((g) => g.name),
    sheet,
    headerRow: header.row,
    columns: header.columns,
    headerTexts: header.texts,
    continuedSheets,
    items: out.items,
    categories,
    total,
    statedTotal: out.statedTotal,
    priceWeight,
    priceRule,
    priceRuleSource: found?.source ?? null,
    warnings,
  }
}
