import * as path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBidXlsx, type ExportXlsxResult } from '@services/export/xlsx/workbook'
import { computeQuote, displayWidth } from '@shared/domain/export'
import { BidSchema, type Bid, BID_SCHEMA_VERSION } from '@shared/schemas'
import { QUOTE_TAX, QUOTE_TOTAL, QUOTE_WORDS, buildFixture, company, tempDir } from './export-fixtures'
import { recalculated } from './libreoffice'

const TEMPLATES = path.resolve(__dirname, '../../templates')

let dir: string
let bid: Bid
let result: ExportXlsxResult
let wb: ExcelJS.Workbook
let csv: Record<string, string[][]>

beforeAll(async () => {
  dir = await tempDir('xlsx')
  ;({ bid } = await buildFixture(dir))
  result = await exportBidXlsx({ bid, company, out: path.join(dir, 'bid.xlsx'), templatesDir: TEMPLATES })
  wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path.join(dir, 'bid.xlsx'))
  // A copy whose cached formula results are all wrong (0): only a real recalculation gets the totals back.
  const stale = new ExcelJS.Workbook()
  await stale.xlsx.readFile(path.join(dir, 'bid.xlsx'))
  stale.eachSheet((ws) =>
    ws.eachRow((r) =>
      r.eachCell((c) => {
        if (c.formula) c.value = { formula: c.formula, result: 0 }
      }),
    ),
  )
  await stale.xlsx.writeFile(path.join(dir, 'stale.xlsx'))
  csv = await recalculated([path.join(dir, 'bid.xlsx'), path.join(dir, 'stale.xlsx')], dir)
}, 180_000)

describe('the exported workbook', () => {
  it('has 开标一览表 first, then the quote and the two deviation tables', () => {
    expect(result.sheets).toEqual(['开标一览表', '报价明细表', '商务偏离表', '技术偏离表'])
    expect(wb.worksheets.map((w) => w.name)).toEqual(result.sheets)
    expect(result.deviationRows).toEqual({ 商务偏离表: 2, 技术偏离表: 3 })
  })

  it('writes live formulas whose cached results equal the app’s figures', () => {
    const ws = wb.getWorksheet('报价明细表')!
    expect(ws.getCell('G4').formula).toBe('ROUND(E4*F4,2)')
    expect(ws.getCell('I5').formula).toBe('ROUND(G5*H5/(100+H5),2)')
    expect(ws.getCell('G7').formula).toBe('ROUND(SUM(G4:G6),2)')
    expect(ws.getCell('G7').result).toBe(QUOTE_TOTAL)
    expect(ws.getCell('I7').result).toBe(QUOTE_TAX)
    // The words are a live formula on the total (changing a unit price changes them), cached with the app's words.
    expect(ws.getCell('G8').result).toBe(QUOTE_WORDS)
    expect(ws.getCell('G8').formula).toContain('G7*100')
    const app = computeQuote(bid.quote)
    expect([4, 5, 6].map((r) => ws.getCell(`G${r}`).result)).toEqual(app.lines.map((l) => l.lineTotal))
    expect([4, 5, 6].map((r) => ws.getCell(`I${r}`).result)).toEqual(app.lines.map((l) => l.tax))
  })

  it('is print-ready: A4, repeated header row, fit to width, 宋体, widths that fit Chinese', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.paperSize).toBe(9)
      expect(ws.pageSetup.printTitlesRow).toBe('3:3')
      expect(ws.pageSetup.fitToWidth).toBe(1)
      expect(ws.pageSetup.fitToHeight).toBe(0)
      expect(ws.getCell('A3').font?.name).toBe('宋体')
    }
    const q = wb.getWorksheet('报价明细表')!
    // 园区综合管理平台软件: 10 CJK characters = 20 columns, plus padding.
    expect(q.getColumn(2).width).toBeGreaterThanOrEqual(displayWidth('园区综合管理平台软件'))
    expect(wb.getWorksheet('技术偏离表')!.getColumn(2).width).toBeLessThanOrEqual(50)
  })
})

describe('LibreOffice, recalculating', () => {
  it('gets the app’s totals from the formulas', () => {
    const q = csv['bid-报价明细表']
    const total = q.find((r) => r[0] === '合计（小写）')!
    expect(Number(total[6])).toBe(QUOTE_TOTAL)
    expect(Number(total[8])).toBe(QUOTE_TAX)
    expect(q.find((r) => r[0] === '合计（大写）')![6]).toBe(QUOTE_WORDS)
    expect(q.slice(3, 6).map((r) => Number(r[6]))).toEqual([375_000, 97_001, 36_789.3])
  })

  it('recomputes totals from a copy whose cached results were all zero', () => {
    const q = csv['stale-报价明细表']
    const total = q.find((r) => r[0] === '合计（小写）')!
    expect(Number(total[6])).toBe(QUOTE_TOTAL)
    expect(Number(total[8])).toBe(QUOTE_TAX)
    expect(q.slice(3, 6).map((r) => Number(r[8]))).toEqual([43_141.59, 11_159.41, 2_082.41])
    const opening = csv['stale-开标一览表']
    expect(opening[2][4]).toBe('投标总报价（小写，元）')
    expect(Number(opening[3][4])).toBe(QUOTE_TOTAL)
  })

  it('shows the deviation rows from the requirement responses', () => {
    const t = csv['bid-技术偏离表']
    expect(t[2]).toEqual(['序号', '招标要求', '投标响应', '偏离', '说明'])
    expect(t.slice(3).map((r) => [r[1], r[3]])).toEqual([
      ['★5.1 平台支持不少于 10000 路视频接入', '无偏离'],
      ['5.2 支持国产操作系统和数据库', '无偏离'],
      ['5.3 提供移动端应用', '负偏离'],
    ])
  })
})

describe('opening summary price', () => {
  it('refers to the quote total when the bid states no price, and writes the stated price otherwise', async () => {
    const d = await tempDir('xlsx-open')
    const noPrice = BidSchema.parse({
      ...bid,
      quote: { ...bid.quote, openingSummary: { ...bid.quote.openingSummary, price: null } },
    })
    await exportBidXlsx({ bid: noPrice, company, out: path.join(d, 'a.xlsx'), templatesDir: TEMPLATES })
    const a = new ExcelJS.Workbook()
    await a.xlsx.readFile(path.join(d, 'a.xlsx'))
    expect(a.getWorksheet('开标一览表')!.getCell('E4').formula).toBe("'报价明细表'!G7")
    expect(a.getWorksheet('开标一览表')!.getCell('E4').result).toBe(QUOTE_TOTAL)
    const stated = BidSchema.parse({
      ...bid,
      quote: { ...bid.quote, openingSummary: { ...bid.quote.openingSummary, price: 500_000 } },
    })
    await exportBidXlsx({ bid: stated, company, out: path.join(d, 'b.xlsx'), templatesDir: TEMPLATES })
    const b = new ExcelJS.Workbook()
    await b.xlsx.readFile(path.join(d, 'b.xlsx'))
    expect(b.getWorksheet('开标一览表')!.getCell('E4').value).toBe(500_000)
    expect(b.getWorksheet('开标一览表')!.getCell('F4').result).toBe('伍拾万元整')
  })

  it('writes an empty quote with a zero total and no broken SUM range', async () => {
    const d = await tempDir('xlsx-empty')
    const empty = BidSchema.parse({
      id: 'e',
      schemaVersion: BID_SCHEMA_VERSION,
      title: '空',
      createdAt: 'x',
      updatedAt: 'x',
    })
    const r = await exportBidXlsx({
      bid: empty,
      company,
      out: path.join(d, 'e.xlsx'),
      templatesDir: TEMPLATES,
    })
    expect(r.total).toBe(0)
    const e = new ExcelJS.Workbook()
    await e.xlsx.readFile(path.join(d, 'e.xlsx'))
    expect(e.getWorksheet('报价明细表')!.getCell('G4').formula).toBe('0')
    expect(e.getWorksheet('报价明细表')!.getCell('G5').result).toBe('零元整')
    expect(e.getWorksheet('商务偏离表')!.getCell('A4').value).toBe('无偏离')
  })
})
