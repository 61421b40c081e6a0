import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview } from '@shared/contract/matrices'
import type { Matrix } from '@shared/schemas'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'

let root: string
let ctx: AppContext

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-scoring-api-'))
  ctx = new AppContext('http', path.join(root, 'home'))
  const ws = await createWorkspace(path.join(root, 'ws'), { name: '评分接口测试' })
  await writeDemoData(ws)
  await ctx.adopt(ws)
})
afterAll(async () => {
  await ctx.close()
  await fs.rm(root, { recursive: true, force: true })
})

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input)
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message.zh}`), { code: r.error.code })
  return r.value as T
}

async function callError(method: string, input: unknown) {
  const r = await dispatch(ctx, method, input)
  if (r.ok) throw new Error(`${method} succeeded unexpectedly`)
  return r.error
}

const b64 = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')

/**
 * Two title rows, then 序号 | 评分项目 | 评分因素 | 分值 | 评分标准 with the category merged down:
 * 价格 30; 商务 10 + 10; 技术 30 + 20 = 100.
 */
async function tenderTable(): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('评分标准')
  ws.getCell('A1').value = '某市智慧医院信息化项目综合评分表'
  ws.mergeCells('A1:E1')
  ws.getCell('A2').value = '（满分 100 分）'
  const rows: (string | number | null)[][] = [
    ['序号', '评分项目', '评分因素', '分值', '评分标准'],
    [
      1,
      '价格',
      '投标报价',
      30,
      '以满足招标文件要求的最低投标报价为评标基准价，价格分=(评标基准价/投标报价)×30',
    ],
    [2, '商务', '类似业绩', 10, '每提供一个类似项目合同得2分，最多10分'],
    [3, null, '企业资质', 10, '具有ISO9001证书得10分'],
    [4, '技术', '技术方案', 30, '方案完整、针对性强得30分，一般得15分'],
    [5, null, '实施计划', 20, '计划合理得20分，一般得10分'],
  ]
  rows.forEach((r, i) => r.forEach((v, j) => v != null && (ws.getCell(3 + i, j + 1).value = v)))
  ws.mergeCells('B5:B6')
  ws.mergeCells('B7:B8')
  return b64(wb)
}

describe('matrices.importPreview', () => {
  it('detects the header under the title rows, the merged categories and the items, and returns the grid', async () => {
    const p = await call<ImportPreview>('matrices.importPreview', { dataBase64: await tenderTable() })
    expect(p.problem).toBeNull()
    const d = p.detection!
    expect(d.sheet).toBe('评分标准')
    expect(d.headerRow).toBe(3)
    expect(d.columns).toEqual({ category: 2, name: 3, points: 4, criteria: 5 })
    expect(d.items.map((i) => [i.category, i.name, i.maxPoints])).toEqual([
      ['价格', '投标报价', 30],
      ['商务', '类似业绩', 10],
      ['商务', '企业资质', 10],
      ['技术', '技术方案', 30],
      ['技术', '实施计划', 20],
    ])
    expect(d.total).toBe(100)
    expect(d.categories).toEqual({ 价格: 30, 商务: 20, 技术: 50 })
    expect(d.priceRule).toMatchObject({ method: 'lowest', weight: 30 })
    // The grid is the sheet as text: the title in A1 only (merged cells are not repeated), the header in row 3.
    expect(p.grid[0][0]).toBe('某市智慧医院信息化项目综合评分表')
    expect(p.grid[0][1]).toBe('')
    expect(p.grid[2]).toEqual(['序号', '评分项目', '评分因素', '分值', '评分标准'])
    expect(p.rowCount).toBe(8)
    expect(p.sheets).toEqual(['评分标准'])
  })

  it('re-reads with a corrected column: points taken from the criteria column are not numbers', async () => {
    const data = await tenderTable()
    const wrong = await call<ImportPreview>('matrices.importPreview', {
      dataBase64: data,
      columns: { points: 5 },
    })
    expect(wrong.detection!.items.every((i) => i.maxPoints === null)).toBe(true)
    expect(wrong.detection!.warnings.some((w) => w.zh.includes('不是数字'))).toBe(true)
    const fixed = await call<ImportPreview>('matrices.importPreview', {
      dataBase64: data,
      headerRow: 3,
      columns: { category: 2, name: 3, points: 4, criteria: 5 },
    })
    expect(fixed.detection!.total).toBe(100)
  })

  it('answers a workbook without a scoring table with the reason and the grid, not an error', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('报价清单')
    ws.addRow(['名称', '数量', '单价'])
    ws.addRow(['服务器', 2, 50000])
    const p = await call<ImportPreview>('matrices.importPreview', { dataBase64: await b64(wb) })
    expect(p.detection).toBeNull()
    expect(p.problem!.zh).toMatch(/^未找到评分表：没有一行同时含有评分项列/)
    expect(p.problem!.en).toMatch(/^no scoring table found/)
    expect(p.grid).toEqual([
      ['名称', '数量', '单价'],
      ['服务器', '2', '50000'],
    ])
    // Naming the header row and columns by hand reads it anyway.
    const forced = await call<ImportPreview>('matrices.importPreview', {
      dataBase64: await b64(wb),
      headerRow: 1,
      columns: { name: 1, points: 2 },
    })
    expect(forced.detection!.items).toMatchObject([{ name: '服务器', maxPoints: 2 }])
  })

  it('names the sheets when asked for one that does not exist', async () => {
    const e = await callError('matrices.importPreview', { dataBase64: await tenderTable(), sheet: '附件5' })
    expect(e.code).toBe('SHEET_NOT_FOUND')
    expect(e.message.zh).toBe('找不到工作表“附件5”（有：评分标准）')
    expect(e.message.en).toBe('No sheet named "附件5" (sheets: 评分标准)')
  })

  it('rejects bytes that are not an Office file', async () => {
    const e = await callError('matrices.importPreview', {
      dataBase64: Buffer.from('not a zip').toString('base64'),
    })
    expect(e.code).toBe('IMPORT_REJECTED')
  })
})

describe('matrices.importApply', () => {
  it('creates a new matrix with the items, the price rule and our bidder', async () => {
    const m = await call<Matrix>('matrices.importApply', {
      dataBase64: await tenderTable(),
      title: '导入的评分表',
      bidId: 'bid-hospital-imaging',
    })
    expect(m.title).toBe('导入的评分表')
    expect(m.bidId).toBe('bid-hospital-imaging')
    expect(m.items.map((i) => i.maxPoints)).toEqual([30, 10, 10, 30, 20])
    expect(m.priceRule.weight).toBe(30)
    expect(m.bidders.filter((b) => b.isUs)).toHaveLength(1)
    const saved = await call<Matrix>('matrices.get', { id: m.id })
    expect(saved.items.map((i) => i.name)).toEqual([
      '投标报价',
      '类似业绩',
      '企业资质',
      '技术方案',
      '实施计划',
    ])
  })

  it('fails on an unknown bid before creating anything', async () => {
    const before = (await call<unknown[]>('matrices.list', {})).length
    const e = await callError('matrices.importApply', {
      dataBase64: await tenderTable(),
      title: 'x',
      bidId: 'nope',
    })
    expect(e.code).toBe('NOT_FOUND')
    expect((await call<unknown[]>('matrices.list', {})).length).toBe(before)
  })
})

describe('matrices.exportXlsx', () => {
  it('exports the matrix with its win-probability sheet, and the first sheet imports back to the same items', async () => {
    const m = await call<Matrix>('matrices.get', { id: 'mx-hospital' })
    const out = await call<{ fileName: string; dataBase64: string }>('matrices.exportXlsx', {
      matrixId: 'mx-hospital',
      trials: 2000,
    })
    expect(out.fileName).toBe('评分矩阵_医学影像设备采购项目评分表.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(out.dataBase64, 'base64') as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评分矩阵', '中标概率'])
    expect(wb.getWorksheet('中标概率')!.getCell('B6').value).toBe(2000)

    const back = await call<ImportPreview>('matrices.importPreview', { dataBase64: out.dataBase64 })
    expect(back.detection!.sheet).toBe('评分矩阵')
    expect(back.detection!.items.map((i) => [i.category, i.name, i.maxPoints, i.criteria])).toEqual(
      m.items.map((i) => [i.category, i.name, i.maxPoints, i.criteria]),
    )
  })

  it('answers NOT_FOUND for a matrix that does not exist', async () => {
    expect((await callError('matrices.exportXlsx', { matrixId: 'nope' })).code).toBe('NOT_FOUND')
  })
})
