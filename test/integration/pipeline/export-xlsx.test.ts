import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PipelineSummary } from '@shared/domain/pipeline'
import { call, withWorkspace } from '@cli/api'
import { SHEETS } from '@services/pipeline/export-xlsx'
import { recalculated } from '../libreoffice'
import { cli, pipelineWorkspace } from './fixtures'

/*
 * `pipeline --xlsx` (the same use case as the page's button and the API): the workbook is read back with exceljs
 * (formulas, cached results) and recalculated by a real LibreOffice; every recalculated figure must equal the app's.
 * Fixture figures by hand: fixtures.ts (pipelineWorkspace).
 */

let root: string
let wsDir: string
const env = process.env.BIDBENCH_HOME
const TODAY = '2026-12-01'
/** Exports: the quarter 2027Q1, the month 2027-02 (its quarter sums the whole quarter), no period (unbounded). */
const RUNS: Record<string, string[]> = {
  quarter: ['--period', '2027Q1'],
  month: ['--period', '2027-02'],
  open: [],
}
/** The unbounded export is made later, when P3's signing day (2026-12-20) is in the past. */
const todayOf = (name: string) => (name === 'open' ? '2027-02-10' : TODAY)
const summaries: Record<string, PipelineSummary> = {}
let csv: Record<string, string[][]>
const books: Record<string, ExcelJS.Workbook> = {}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-pipe-xlsx-'))
  process.env.BIDBENCH_HOME = path.join(root, 'home')
  wsDir = path.join(root, 'ws')
  await pipelineWorkspace(wsDir)
  const files: string[] = []
  for (const [name, args] of Object.entries(RUNS)) {
    const file = path.join(root, `${name}.xlsx`)
    const r = await cli('pipeline', wsDir, ...args, '--today', todayOf(name), '--xlsx', file)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain(file)
    files.push(file)
    summaries[name] = await withWorkspace(wsDir, { readOnly: true }, (ctx) =>
      call(ctx, 'pipeline.summary', { ...(args[1] && { period: args[1] }), today: todayOf(name) }),
    )
    books[name] = new ExcelJS.Workbook()
    await books[name].xlsx.readFile(file)
  }
  // Proof that the formulas are live: stage 3 (P1, 800,000) from 30 % to 45 %, P4's budget 400,000 → 600,000.
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path.join(root, 'quarter.xlsx'))
  wb.getWorksheet(SHEETS.params)!.getCell('C6').value = 45
  const deals = wb.getWorksheet(SHEETS.deals)!
  deals.eachRow((row) => {
    if (row.getCell(2).text === '漏斗项目 P4') row.getCell(7).value = 600_000
  })
  await wb.xlsx.writeFile(path.join(root, 'edited.xlsx'))
  files.push(path.join(root, 'edited.xlsx'))
  csv = await recalculated(files, root)
}, 300_000)

afterAll(async () => {
  if (env === undefined) delete process.env.BIDBENCH_HOME
  else process.env.BIDBENCH_HOME = env
  if (!process.env.KEEP_TMP) await fs.rm(root, { recursive: true, force: true })
})

const rows = (file: string, sheet: string) => csv[`${file}-${sheet}`]
/** The row whose first cell is `key` (forecast periods, stage numbers). */
const rowOf = (file: string, sheet: string, key: string, col = 0) => {
  const r = rows(file, sheet).find((x) => x[col] === key)
  if (!r) throw new Error(`${file}/${sheet}: no row ${key}`)
  return r
}
/** A number as LibreOffice writes it; a percentage cell keeps its % sign. */
const n = (s: string) =>
  s === '' ? null : s.endsWith('%') ? Math.round(Number(s.slice(0, -1)) * 100) / 10_000 : Number(s)

describe('pipeline workbook recalculated by LibreOffice', () => {
  for (const name of Object.keys(RUNS)) {
    it(`${name}: funnel by stage equals the app's`, () => {
      for (const st of summaries[name].stages) {
        const r = rowOf(name, SHEETS.funnel, String(st.stage))
        expect(r[1]).toBe(st.name)
        expect([n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])]).toEqual([
          st.count,
          st.amount,
          st.probability,
          st.weighted,
          st.unknownAmount,
        ])
      }
    })

    it(`${name}: forecast by month and quarter equals the app's`, () => {
      const f = summaries[name].forecast
      expect(f.length).toBeGreaterThan(0)
      for (const row of f) {
        const r = rowOf(name, SHEETS.forecast, row.period)
        expect(n(r[4])).toBeCloseTo(row.signing, 2)
        expect(n(r[5])).toBeCloseTo(row.signingFull, 2)
        expect(n(r[6])).toBe(row.signingDeals)
        expect(n(r[7])).toBeCloseTo(row.collection, 2)
        expect(n(r[8])).toBeCloseTo(row.collectionFull, 2)
        expect(n(r[9])).toBe(row.collectionDeals)
      }
    })

    it(`${name}: coverage = weighted ÷ target equals the app's`, () => {
      const c = summaries[name].coverage
      const r = rowOf(name, SHEETS.funnel, c.period)
      expect([n(r[3]), n(r[4]), n(r[5]), n(r[6])]).toEqual([c.target, c.weighted, c.ratio, c.deals])
    })
  }

  it('the hand-computed quarter: 1,370,000 ÷ 2,000,000 = 68.5 %, Q1 signing 1,370,000, collection 2,040,000', () => {
    expect(rowOf('quarter', SHEETS.funnel, '2027Q1').slice(3, 6).map(n)).toEqual([
      2_000_000, 1_370_000, 0.685,
    ])
    expect(rowOf('quarter', SHEETS.forecast, '2027Q1').slice(4, 10).map(n)).toEqual([
      1_370_000, 2_700_000, 3, 2_040_000, 2_800_000, 2,
    ])
    // the month export: 2,000,000 ÷ 3 from the quarter target, February's 1,050,000
    expect(rowOf('month', SHEETS.funnel, '2027-02').slice(3, 6).map(n)).toEqual([
      666_666.67, 1_050_000, 1.575,
    ])
    // the month's quarter still sums January to March from the opportunity table
    expect(n(rowOf('month', SHEETS.forecast, '2027Q1')[4])).toBe(1_370_000)
  })

  it('the opportunity table: only open deals, weighted = ROUND(amount × probability, 2), an unknown amount stays empty', () => {
    const t = rows('quarter', SHEETS.deals)
    const byTitle = (id: string) => t.find((r) => r[1] === `漏斗项目 ${id}`)
    expect(byTitle('P5')).toBeUndefined()
    expect([n(byTitle('P2')![6]), n(byTitle('P2')![8]), n(byTitle('P2')![9])]).toEqual([
      1_500_000, 70, 1_050_000,
    ])
    expect([byTitle('P6')![6], byTitle('P6')![9]]).toEqual(['', ''])
    expect(n(t.find((r) => r[1] === '合计')![9])).toBe(3_170_000)
  })

  it('formulas are live: a changed probability and amount recalculate weighted, forecast and coverage', () => {
    // P1 800,000 × 45 % = 360,000; P4 600,000 × 20 % = 120,000; P2 1,050,000 → 1,530,000 in Q1
    const p1 = rows('edited', SHEETS.deals).find((r) => r[1] === '漏斗项目 P1')!
    expect(n(p1[9])).toBe(360_000)
    expect(rowOf('edited', SHEETS.funnel, '2027Q1').slice(3, 6).map(n)).toEqual([2_000_000, 1_530_000, 0.765])
    expect(n(rowOf('edited', SHEETS.forecast, '2027-01')[4])).toBe(360_000)
    expect(n(rowOf('edited', SHEETS.forecast, '2027Q1')[4])).toBe(1_530_000)
    expect(n(rowOf('edited', SHEETS.funnel, '3')[5])).toBe(360_000)
  })

  it('no period: the forecast starts at the current quarter, not at the past dates of signed deals', () => {
    // today 2027-02-10: P3 (signed 2026-12-20) is before the quarter; the rows run 2027-01 … 2027-05
    expect(summaries.open.forecast.map((f) => f.period)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027Q1',
      '2027-04',
      '2027-05',
      '2027Q2',
    ])
    expect(rows('open', SHEETS.forecast).some((r) => r[0].startsWith('2026'))).toBe(false)
    // P3's payment (2027-02-28, 1,800,000 weighted) still counts in February
    expect(n(rowOf('open', SHEETS.forecast, '2027-02')[7])).toBe(1_800_000)
  })
})

describe('pipeline workbook read with exceljs', () => {
  it('holds formulas with the app results cached', () => {
    const wb = books.quarter
    const deals = wb.getWorksheet(SHEETS.deals)!
    let p2 = 0
    deals.eachRow((row, i) => {
      if (row.getCell(2).text === '漏斗项目 P2') p2 = i
    })
    const w = deals.getCell(`J${p2}`).value as ExcelJS.CellFormulaValue
    expect(w.formula).toBe(`IF(G${p2}="","",ROUND(G${p2}*I${p2}/100,2))`)
    expect(w.result).toBe(1_050_000)
    expect((deals.getCell(`I${p2}`).value as ExcelJS.CellFormulaValue).formula).toMatch(
      /^INDEX\('参数'!\$C\$4:\$C\$10,E/,
    )
    const fc = wb.getWorksheet(SHEETS.forecast)!
    let qRow = 0
    fc.eachRow((row, i) => {
      if (row.getCell(1).text === '2027Q1') qRow = i
    })
    const qv = fc.getCell(`E${qRow}`).value as ExcelJS.CellFormulaValue
    expect(qv.formula).toBe(`SUM(E${qRow - 3}:E${qRow - 1})`)
    expect(qv.result).toBe(1_370_000)
    const fn = wb.getWorksheet(SHEETS.funnel)!
    let cRow = 0
    fn.eachRow((row, i) => {
      if (row.getCell(1).text === '2027Q1') cRow = i
    })
    const ratio = fn.getCell(`F${cRow}`).value as ExcelJS.CellFormulaValue
    expect(ratio.formula).toBe(`IF(N(D${cRow})>0,ROUND(E${cRow}/D${cRow},4),"")`)
    expect(ratio.result).toBe(0.685)
    expect(fn.getCell(`F${cRow}`).numFmt).toBe('0.00%')
  })

  it('a bad --xlsx name is refused and nothing is written', async () => {
    const r = await cli('pipeline', wsDir, '--xlsx', path.join(root, 'x.csv'))
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/\.xlsx/)
    await expect(fs.stat(path.join(root, 'x.csv'))).rejects.toThrow()
  })
})
