import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeStandings } from '@shared/domain/matrices/matrix'
import type { Matrix } from '@shared/schemas'
import { buildMatrixWorkbook, writeMatrixXlsx, type MatrixExport } from '@services/matrices/export-xlsx'
import { importScoringXlsx } from '@services/matrices/import-xlsx'
import { makeMatrix, type ItemSpec } from '@test/unit/matrices/helpers'
import { recalculated } from '../libreoffice'

const items: ItemSpec[] = [
  { id: 'P', category: '价格' as const, maxPoints: 30 },
  {
    id: 'A',
    category: '商务' as const,
    maxPoints: 10,
    kind: 'objective' as const,
    self: 8,
    est: { X: 10, Y: 6, Z: 7.5 },
  },
  {
    id: 'B',
    category: '技术' as const,
    maxPoints: 30,
    self: 25.5,
    est: { X: 27, Y: [15, 20, 25] as [number, number, number], Z: 21 },
  },
  { id: 'C', category: '技术' as const, maxPoints: 25, self: 24, est: { X: 21, Y: 22, Z: 23.25 } },
  { id: 'D', category: '其他' as const, maxPoints: 5, self: 3, est: { X: 4, Y: 5 } },
]
const bidders = [
  { id: 'us', isUs: true },
  { id: 'X', price: 953000 },
  { id: 'Y', price: [850000, 912345.67, 1000000] as [number, number, number], sme: true },
  { id: 'Z', price: 1049999.99 },
]

/** The matrices the LibreOffice run checks: every price method, the SME deduction, ties on each rule. */
const cases: Record<string, { m: Matrix; price?: number }> = {
  lowest: { m: makeMatrix(items, bidders, { ourPrice: 1000000 }) },
  average: {
    m: makeMatrix(items, bidders, {
      ourPrice: 987654.32,
      priceRule: {
        method: 'average',
        dropExtremesWhenAtLeast: 4,
        k: 0.97,
        pointsPerPctAbove: 1.5,
        pointsPerPctBelow: 0.8,
        smeDeductionPct: 12.5,
      },
    }),
  },
  averageNoDrop: {
    m: makeMatrix(items, bidders, {
      ourPrice: 1200000,
      priceRule: { method: 'average', dropExtremesWhenAtLeast: 5, pointsPerPctAbove: 3 },
    }),
  },
  lowestEvaluated: {
    m: makeMatrix(items, bidders, {
      ourPrice: 900000,
      priceRule: { method: 'lowestEvaluated', smeDeductionPct: 20 },
    }),
  },
  // us 1000 → 30 + 50 = 80, X 1200 → 25 + 55 = 80, W 1000 → 30 + 50 = 80: ties the rule must order
  tieTech: {
    m: makeMatrix(
      [
        { id: 'P', category: '价格', maxPoints: 30 },
        { id: 'T', category: '技术', maxPoints: 70, self: 50, est: { X: 55, W: 50 } },
      ],
      [
        { id: 'us', isUs: true },
        { id: 'X', price: 1200 },
        { id: 'W', price: 1000 },
      ],
      { ourPrice: 1000 },
    ),
  },
}
// No 价格 item in the matrix: the export adds a 价格分 row so SUMIF still covers the price score.
cases.noPriceItem = {
  m: makeMatrix(items.slice(1), bidders, { ourPrice: 999999.99, priceRule: { weight: 20 } }),
}
cases.tiePrice = {
  m: { ...cases.tieTech.m, priceRule: { ...cases.tieTech.m.priceRule, tieBreak: '报价低者优先' } },
}
cases.tieLots = { m: { ...cases.tieTech.m, priceRule: { ...cases.tieTech.m.priceRule, tieBreak: '抽签' } } }

let dir: string
const exports: Record<string, MatrixExport> = {}
const csv: Record<string, string[][]> = {}
const EDITED_PRICE = 905000

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bidbench-matrix-'))
  const files: string[] = []
  for (const [name, c] of Object.entries(cases)) {
    const file = path.join(dir, `${name}.xlsx`)
    exports[name] = await writeMatrixXlsx(c.m, file, { sweep: { trials: 2000, steps: 6 } })
    files.push(file)
  }
  // Proof that LibreOffice recalculates: change our price in the file, leave every cached result stale.
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path.join(dir, 'lowest.xlsx'))
  const { layout } = exports.lowest
  wb.getWorksheet('评分矩阵')!.getCell(`${layout.bidderCols[0].col}${layout.rows.price}`).value = EDITED_PRICE
  await wb.xlsx.writeFile(path.join(dir, 'edited.xlsx'))
  files.push(path.join(dir, 'edited.xlsx'))
  const sheets = await recalculated(files, dir)
  for (const f of files) {
    const base = path.basename(f, '.xlsx')
    csv[base] = sheets[`${base}-评分矩阵`]
    csv[`${base}/sweep`] = sheets[`${base}-中标概率`]
  }
}, 240_000)

afterAll(async () => {
  if (dir && !process.env.KEEP_TMP) await fs.rm(dir, { recursive: true, force: true })
})

const at = (sheet: string[][], ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''))!
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
  return sheet[Number(m[2]) - 1]?.[col - 1] ?? ''
}
const num = (s: string) => Number(s)

/** Every recalculated formula value of the matrix sheet against the app's standings. */
function expectSheetMatches(sheet: string[][], e: MatrixExport, standings = e.standings) {
  const { layout } = e
  expect(num(at(sheet, layout.benchmarkCell))).toBeCloseTo(
    standings.benchmark ?? Math.min(...standings.bidders.map((b) => b.evaluatedPrice)),
    2,
  )
  layout.bidderCols.forEach(({ bidderId, col }) => {
    const b = standings.bidders.find((x) => x.bidderId === bidderId)!
    const cell = (row: number) => num(at(sheet, `${col}${row}`))
    expect(cell(layout.rows.evaluated)).toBeCloseTo(b.evaluatedPrice, 2)
    expect(cell(layout.rows.priceScore).toFixed(2)).toBe(b.priceScore.toFixed(2))
    for (const [cat, row] of Object.entries(layout.rows.categories)) {
      expect(cell(row).toFixed(2), `${bidderId} ${cat}`).toBe(b.categories[cat as '价格'].toFixed(2))
    }
    expect(cell(layout.rows.total).toFixed(2), `${bidderId} total`).toBe(b.total.toFixed(2))
    expect(cell(layout.rows.rank), `${bidderId} rank`).toBe(b.rank)
  })
}

describe('matrix .xlsx export recalculated by LibreOffice', () => {
  for (const name of Object.keys(cases)) {
    it(`${name}: every recalculated value equals the app's`, () => {
      expectSheetMatches(csv[name], exports[name])
    })
  }

  it('the cases cover what they claim (ties, SME, drop of extremes)', () => {
    expect(exports.tieTech.standings.bidders.map((b) => b.rank)).toEqual([2, 1, 2])
    expect(exports.tiePrice.standings.bidders.map((b) => b.rank)).toEqual([1, 3, 1])
    expect(exports.tieLots.standings.bidders.map((b) => b.rank)).toEqual([1, 1, 1])
    expect(exports.average.standings.bidders[2].evaluatedPrice).toBeCloseTo(912345.67 * 0.875, 6)
    expect(exports.lowestEvaluated.standings.pointsUsed).toBe(false)
  })

  it('formulas are live: an edited price is recalculated to what the app computes at that price', () => {
    const app = computeStandings(cases.lowest.m, EDITED_PRICE)
    expect(app.bidders[0].priceScore).not.toBe(exports.lowest.standings.bidders[0].priceScore)
    expectSheetMatches(csv.edited, exports.lowest, app)
  })

  it('cached values in the file equal the app (for viewers that do not recalculate)', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(path.join(dir, 'average.xlsx'))
    const ws = wb.getWorksheet('评分矩阵')!
    const { layout, standings } = exports.average
    layout.bidderCols.forEach(({ col }, i) => {
      const v = ws.getCell(`${col}${layout.rows.total}`).value as { formula: string; result: number }
      expect(v.formula).toMatch(/^ROUND\(SUM\(/)
      expect(v.result).toBe(standings.bidders[i].total)
      const p = ws.getCell(`${col}${layout.rows.priceScore}`).value as { formula: string; result: number }
      expect(p.formula).toContain('IF(')
      expect(p.result).toBe(standings.bidders[i].priceScore)
    })
    expect(ws.getCell('A1').font?.name).toBe('宋体')
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(10)
  })

  it('the second sheet holds the win-probability sweep', () => {
    const s = csv['lowest/sweep']
    const head = s.findIndex((r) => r[0] === '我方报价（元）')
    expect(head).toBeGreaterThan(0)
    const points = s.slice(head + 1).filter((r) => r[0] !== '')
    expect(points.map((r) => num(r[0]))).toEqual(exports.lowest.sweep!.points.map((p) => p.price))
    // the probability cells are formatted as percentages, which LibreOffice writes as shown
    const pct = (s: string) => (s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s))
    points.forEach((r, i) => expect(pct(r[1])).toBeCloseTo(exports.lowest.sweep!.points[i].probability, 6))
  })

  it('the exported matrix sheet is not mistaken for a tender scoring table on re-import… but its items are', async () => {
    const d = await importScoringXlsx(await fs.readFile(path.join(dir, 'lowest.xlsx')))
    expect(d.sheet).toBe('评分矩阵')
    expect(d.items.slice(0, 5).map((i) => `${i.category}|${i.maxPoints}`)).toEqual([
      '价格|30',
      '商务|10',
      '技术|30',
      '技术|25',
      '其他|5',
    ])
  })
})

describe('workbook without a sweep', () => {
  it('says so on the second sheet', () => {
    const e = buildMatrixWorkbook(cases.lowest.m, { sweep: false })
    expect(e.sweep).toBeNull()
    expect(e.workbook.getWorksheet('中标概率')!.getCell('A1').value).toBe('未计算中标概率')
  })
})
