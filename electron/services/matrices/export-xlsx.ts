/**
 * The scoring matrix as .xlsx with live formulas: change a price, an estimate or a rule parameter in
 * Excel and the price scores, subtotals, totals and ranks follow. Every formula cell carries the value
 * shared/domain/matrices computed as its cached result, so a viewer that does not recalculate shows the
 * app's figures; the integration test recalculates in LibreOffice and compares.
 */
import ExcelJS from 'exceljs'
import { ScoringItemSchema, type Matrix } from '@shared/schemas'
import { computeStandings, totalMaxPoints, type Standings } from '@shared/domain/matrices/matrix'
import { CATEGORIES, itemScore } from '@shared/domain/matrices/prepare'
import { profitFloor } from '@shared/domain/matrices/profit'
import { winProbabilitySweep, type SweepOptions, type WinSweep } from '@shared/domain/matrices/winprob'
import { writeFileAtomic } from '../export/atomic'
import { fitRowHeights, printSetup } from '../export/xlsx/layout'
import { xmlSafe } from '@shared/xml-text'
import { finalizeOfficePackage } from '../export/ooxml-package'
import { styleSheet, colLetter } from './xlsx-style'
import { rankFormula, priceScoreFormula, benchmarkFormula, METHOD_LABEL } from './xlsx-formulas'

export interface MatrixSheetLayout {
  /** Column letter of each bidder, in standings order. */
  bidderCols: { bidderId: string; name: string; col: string }[]
  itemRows: { first: number; last: number }
  rows: {
    price: number
    sme: number
    evaluated: number
    priceScore: number
    categories: Record<string, number>
    total: number
    rank: number
  }
  /** Address of the benchmark cell (评标基准价). */
  benchmarkCell: string
  params: Record<'method' | 'weight' | 'dropN' | 'k' | 'above' | 'below' | 'smePct' | 'tieBreak', string>
}

export interface MatrixExport {
  workbook: ExcelJS.Workbook
  layout: MatrixSheetLayout
  standings: Standings
  sweep: WinSweep | null
}

export interface ExportOptions {
  ourPrice?: number | null
  /** The sweep for the second sheet: a finished one, options to run one, or false for none. */
  sweep?: WinSweep | SweepOptions | false
}

const FIRST_BIDDER_COL = 7

/** Our bidder's column title, marked （我方） once: a name that already says so (as typed) is not marked again. */
export function withUsMark(name: string): string {
  return /[（(]\s*我方\s*[)）]/.test(name) ? name : `${name}（我方）`
}
const MATRIX_LABEL = '评分矩阵 / scoring matrix (.xlsx)'
const PARAM_ROW = 3
const HEADER_ROW = 13

/** Builds the workbook. Pure apart from exceljs objects; writing is separate. */
export function buildMatrixWorkbook(matrix: Matrix, opts: ExportOptions = {}): MatrixExport {
  const m = xmlSafe(matrix)
  const standings = computeStandings(m, opts.ourPrice)
  const sweep =
    opts.sweep === false
      ? null
      : opts.sweep && 'points' in opts.sweep
        ? opts.sweep
        : winProbabilitySweep(m, { floor: profitFloor(m.cost, null), ...opts.sweep })
  const wb = new ExcelJS.Workbook()
  wb.creator = 'BidBench'
  const ws = wb.addWorksheet('评分矩阵')
  const rule = m.priceRule
  const bidders = standings.bidders
  const nb = bidders.length
  const bcol = (i: number) => colLetter(FIRST_BIDDER_COL + i)
  const firstCol = bcol(0)
  const lastCol = bcol(nb - 1)
  const lastColNo = FIRST_BIDDER_COL + nb - 1

  ws.getCell('A1').value = `${m.title} — 评分矩阵`
  ws.mergeCells(1, 1, 1, Math.max(6, lastColNo))

  // Rule parameters, each in its own cell so the formulas below follow an edit.
  const paramDefs: [keyof MatrixSheetLayout['params'], string, ExcelJS.CellValue][] = [
    ['method', '价格计算方法', METHOD_LABEL[rule.method]],
    ['weight', '价格分值', rule.weight],
    ['dropN', '去掉最高最低报价的最少家数（0=不去）', rule.dropExtremesWhenAtLeast ?? 0],
    ['k', '基准价系数 K', rule.k],
    ['above', '高于基准价每 1% 扣分', rule.pointsPerPctAbove],
    ['below', '低于基准价每 1% 扣分', rule.pointsPerPctBelow],
    ['smePct', '小微企业价格扣除（%）', rule.smeDeductionPct],
    ['tieBreak', '同分排序规则', rule.tieBreak],
  ]
  const params = {} as MatrixSheetLayout['params']
  paramDefs.forEach(([key, label, value], i) => {
    const r = PARAM_ROW + i
    ws.getCell(r, 1).value = label
    ws.mergeCells(r, 1, r, 2)
    ws.getCell(r, 3).value = value
    params[key] = `$C$${r}`
  })
  const benchRow = PARAM_ROW + paramDefs.length
  ws.getCell(benchRow, 1).value = '评标基准价（元）'
  ws.mergeCells(benchRow, 1, benchRow, 2)
  const benchmarkCell = `$C$${benchRow}`

  const header = [
    '序号',
    '类别',
    '评分项',
    '分值',
    '类型',
    '评分标准',
    ...bidders.map((b) => (b.isUs ? withUsMark(b.name) : b.name)),
  ]
  header.forEach((h, i) => (ws.getCell(HEADER_ROW, i + 1).value = h))

  // Items; the price items point at the price-score row, so SUMIF by category covers price too.
  const needPriceRow = standings.pointsUsed && !m.items.some((i) => i.category === '价格')
  const priceRow = ScoringItemSchema.parse({
    id: 'price',
    name: '价格分',
    category: '价格',
    maxPoints: rule.weight,
    kind: 'objective',
  })
  const items = needPriceRow ? [priceRow, ...m.items] : m.items
  const firstItem = HEADER_ROW + 1
  const lastItem = firstItem + Math.max(items.length, 1) - 1
  const r0 = lastItem + 2
  const rows = {
    price: r0,
    sme: r0 + 1,
    evaluated: r0 + 2,
    priceScore: r0 + 3,
    categories: Object.fromEntries(CATEGORIES.map((c, i) => [c, r0 + 4 + i])),
    total: r0 + 4 + CATEGORIES.length,
    rank: r0 + 5 + CATEGORIES.length,
  }
  const byId = new Map(m.bidders.map((b) => [b.id, b]))
  let firstPriceItem = true
  items.forEach((it, k) => {
    const r = firstItem + k
    const isPrice = it.category === '价格'
    ;[
      k + 1,
      it.category,
      it.name,
      it.maxPoints,
      isPrice ? '客观' : it.kind === 'objective' ? '客观' : '主观',
      it.criteria,
    ].forEach((v, j) => (ws.getCell(r, j + 1).value = v))
    bidders.forEach((b, i) => {
      const cell = ws.getCell(r, FIRST_BIDDER_COL + i)
      if (isPrice) {
        cell.value =
          firstPriceItem && standings.pointsUsed
            ? { formula: `${bcol(i)}${rows.priceScore}`, result: b.priceScore }
            : 0
      } else cell.value = itemScore(it, byId.get(b.bidderId)!)
    })
    if (isPrice) firstPriceItem = false
  })

  const range = (row: number) => `$${firstCol}$${row}:$${lastCol}$${row}`
  const label = (row: number, text: string) => {
    ws.getCell(row, 1).value = text
    ws.mergeCells(row, 1, row, 3)
  }
  label(rows.price, '投标报价（元）')
  label(rows.sme, '小微企业（1=是，0=否）')
  label(rows.evaluated, '评审价（扣除后，元）')
  label(rows.priceScore, '价格分')
  for (const c of CATEGORIES) label(rows.categories[c], `${c}小计`)
  label(rows.total, '总分')
  ws.getCell(rows.total, 4).value = {
    formula: `SUM(D${firstItem}:D${lastItem})`,
    result: totalMaxPoints({ items }),
  }
  label(rows.rank, '排名')
  ws.getCell(benchmarkCell.replace(/\$/g, '')).value = {
    formula: benchmarkFormula(rule.method, range(rows.evaluated), params),
    result: standings.benchmark ?? Math.min(...bidders.map((b) => b.evaluatedPrice)),
  }

  bidders.forEach((b, i) => {
    const c = bcol(i)
    ws.getCell(`${c}${rows.price}`).value = b.price
    ws.getCell(`${c}${rows.sme}`).value = b.sme ? 1 : 0
    ws.getCell(`${c}${rows.evaluated}`).value = {
      formula: `${c}${rows.price}*(100-${c}${rows.sme}*${params.smePct})/100`,
      result: b.evaluatedPrice,
    }
    ws.getCell(`${c}${rows.priceScore}`).value = standings.pointsUsed
      ? {
          formula: priceScoreFormula(
            rule.method,
            `${c}$${rows.evaluated}`,
            range(rows.evaluated),
            benchmarkCell,
            params,
          ),
          result: b.priceScore,
        }
      : 0
    for (const cat of CATEGORIES) {
      ws.getCell(`${c}${rows.categories[cat]}`).value = {
        formula: `ROUND(SUMIF($B$${firstItem}:$B$${lastItem},"${cat}",${c}$${firstItem}:${c}$${lastItem}),2)`,
        result: b.categories[cat],
      }
    }
    const catCells = CATEGORIES.map((cat) => `${c}${rows.categories[cat]}`)
    ws.getCell(`${c}${rows.total}`).value = {
      formula: `ROUND(SUM(${catCells.join(',')}),2)`,
      result: b.total,
    }
    ws.getCell(`${c}${rows.rank}`).value = {
      formula: rankFormula(rule, c, {
        total: rows.total,
        tech: rows.categories['技术'],
        evaluated: rows.evaluated,
        first: firstCol,
        last: lastCol,
      }),
      result: b.rank,
    }
  })

  const sweepSheet = wb.addWorksheet('中标概率')
  if (sweep) writeSweep(sweepSheet, sweep)
  else sweepSheet.getCell('A1').value = '未计算中标概率'
  styleSheet(ws, {
    headerRow: HEADER_ROW,
    wrapCol: 6,
    moneyRows: [rows.price, rows.evaluated, benchRow],
    boldRows: [rows.total, rows.rank],
  })
  styleSheet(sweepSheet, { headerRow: 8, percentCol: 2 })
  // Printed on A4 one page wide (fit-to-page switched on), wrapped criteria rows tall enough to show them.
  fitRowHeights(ws, HEADER_ROW)
  printSetup(ws, HEADER_ROW, true)
  printSetup(sweepSheet, 8)
  // The matrix keeps its scrolling as it was: the rule parameters above the table are not a frozen header.
  ws.views = []
  const layout: MatrixSheetLayout = {
    bidderCols: bidders.map((b, i) => ({ bidderId: b.bidderId, name: b.name, col: bcol(i) })),
    itemRows: { first: firstItem, last: lastItem },
    rows,
    benchmarkCell: benchmarkCell.replace(/\$/g, ''),
    params,
  }
  return { workbook: wb, layout, standings, sweep }
}

function writeSweep(ws: ExcelJS.Worksheet, sweep: WinSweep) {
  const best = sweep.profit.best
  const info: [string, ExcelJS.CellValue][] = [
    // The recommendation maximises P(win) × (price − floor); without a cost or 底线 there is none.
    ['推荐报价（期望利润最大，元）', best?.price ?? '无（需填写成本或关联谈判方案的底线）'],
    ['期望利润（元）', best?.expectedProfit ?? '无'],
    [
      '利润起算点（元）',
      best ? `${best.floor.value}（${best.floor.source === 'cost' ? '我方成本' : '谈判底线'}）` : '无',
    ],
    ['该报价中标概率', best?.probability ?? '无'],
    ['模拟次数', sweep.trials],
    ['随机种子', sweep.seed],
  ]
  ws.getCell('A1').value = '中标概率（蒙特卡洛模拟）'
  info.forEach(([k, v], i) => {
    ws.getCell(i + 2, 1).value = k
    ws.getCell(i + 2, 2).value = v
  })
  ws.getCell(8, 1).value = '我方报价（元）'
  ws.getCell(8, 2).value = '中标概率'
  sweep.points.forEach((p, i) => {
    ws.getCell(9 + i, 1).value = p.price
    ws.getCell(9 + i, 2).value = p.probability
  })
}

/** The workbook as bytes, with what it was built from (standings, sweep). */
export async function buildMatrixXlsx(
  m: Matrix,
  opts: ExportOptions = {},
): Promise<{ bytes: Buffer; built: MatrixExport }> {
  const built = buildMatrixWorkbook(m, opts)
  const bytes = await finalizeOfficePackage(
    new Uint8Array(await built.workbook.xlsx.writeBuffer()),
    MATRIX_LABEL,
  )
  return { bytes, built }
}

/** Writes the workbook to `file` atomically (complete or not at all). */
export async function writeMatrixXlsx(
  m: Matrix,
  file: string,
  opts: ExportOptions = {},
): Promise<MatrixExport> {
  const built = buildMatrixWorkbook(m, opts)
  await writeFileAtomic(file, async () =>
    finalizeOfficePackage(new Uint8Array(await built.workbook.xlsx.writeBuffer()), MATRIX_LABEL),
  )
  return built
}
