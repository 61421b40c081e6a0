import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { RequirementSchema } from '@shared/schemas'
import {
  cellText,
  importRequirementsFile,
  importRequirementsXlsx,
  parseRequirementLines,
} from '@services/bids/import-requirements'

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-reqimport-'))
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    return e as AppError
  }
  throw new Error('expected a rejection')
}

/** The buyer's sheet as tenders ship it: a cover sheet, then a titled table with merged cells and mixed cell types. */
async function tenderWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('说明').addRow(['本表为招标文件附件，请逐条响应'])
  const ws = wb.addWorksheet('技术要求')
  ws.addRow(['某某医院信息化项目技术需求偏离表'])
  ws.mergeCells('A1:H1')
  ws.addRow(['项目编号：ZB-2025-001'])
  ws.addRow(['序号', '章节', '页码', '类别', '★', '技术要求', '投标响应', '偏离'])
  ws.addRow([1, '第五章', 23, '技术', '★', '服务器内存不少于256GB', '', ''])
  ws.addRow([
    2,
    null,
    23,
    '技术',
    '',
    { richText: [{ text: '支持' }, { text: '国产操作系统', font: { bold: true } }] },
  ])
  ws.mergeCells('B4:B5')
  ws.addRow([
    { formula: 'A5+1', result: 3 },
    '第六章',
    30,
    '商务',
    '否',
    '▲质保期不少于三年',
    '五年',
    '正偏离',
  ])
  ws.addRow([])
  ws.addRow([4, '第六章', 31, '', '', '', '', ''])
  ws.addRow([5, '第六章', 31, '', '', { text: '见附件链接', hyperlink: 'https://example.com/x' }])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('importRequirementsXlsx', () => {
  it('finds the header below title rows on the second sheet and reads every row', async () => {
    const res = await importRequirementsXlsx(await tenderWorkbook())
    expect(res.sheet).toBe('技术要求')
    expect(res.headerRow).toBe(3)
    expect(res.columns).toEqual({
      no: 1,
      chapter: 2,
      page: 3,
      kind: 4,
      star: 5,
      text: 6,
      responseText: 7,
      deviation: 8,
    })
    expect(
      res.requirements.map((r) => [r.no, r.source.chapter, r.source.page, r.kind, r.star, r.text]),
    ).toEqual([
      ['1', '第五章', '23', '技术', true, '服务器内存不少于256GB'],
      // B4:B5 is merged, so row 5 belongs to 第五章 too.
      ['2', '第五章', '23', '技术', false, '支持国产操作系统'],
      ['3', '第六章', '30', '商务', true, '质保期不少于三年'],
      ['5', '第六章', '31', '技术', false, '见附件链接'],
    ])
    expect(res.requirements[2].responseText).toBe('五年')
    expect(res.requirements[2].deviationTableEntry).toBe('正偏离')
    expect(res.problems).toEqual([
      { row: 8, zh: '第 8 行没有要求内容，未导入', en: 'row 8 has no requirement text; not imported' },
    ])
    for (const r of res.requirements) expect(RequirementSchema.parse(r)).toEqual(r)
  })

  it('reads a named sheet, and names the sheets when it is missing', async () => {
    const buf = await tenderWorkbook()
    expect((await importRequirementsXlsx(buf, { sheet: '技术要求' })).requirements).toHaveLength(4)
    const err = await caught(importRequirementsXlsx(buf, { sheet: '商务' }))
    // The file is fine, only the name is not in it: its own error, without the unsafe-file lead-in.
    expect(err.code).toBe('SHEET_NOT_FOUND')
    expect(err.zh).toBe('找不到工作表“商务”（有：说明、技术要求）')
    expect(err.en).toBe('No sheet named "商务" (sheets: 说明, 技术要求)')
  })

  it('says what header it needs when no sheet has one', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('Sheet1').addRow(['名称', '数量'])
    const err = await caught(importRequirementsXlsx(Buffer.from(await wb.xlsx.writeBuffer())))
    expect((err.details as { reason: string }).reason).toBe('NO_HEADER')
    expect(err.zh).toContain('需要一列“要求/招标要求/技术要求/内容”')
  })

  it('runs the guard before exceljs: a DOCTYPE and a sheet exceljs would expand are refused', async () => {
    const zip = await JSZip.loadAsync(await tenderWorkbook())
    const sheet = 'xl/worksheets/sheet2.xml'
    const xml = await zip.file(sheet)!.async('string')
    zip.file(
      sheet,
      xml.replace(
        '</worksheet>',
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"/></dataValidations></worksheet>',
      ),
    )
    const huge = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    // Refused by the guard's caps before exceljs allocates the range (how fast: npm run bench, hostile_import).
    const err = await caught(importRequirementsXlsx(huge))
    expect((err.details as { reason: string }).reason).toBe('SHEET_TOO_LARGE')

    zip.file(sheet, xml.replace(/^<\?xml[^>]*>/, '$&<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'))
    const xxe = await zip.generateAsync({ type: 'nodebuffer' })
    expect(((await caught(importRequirementsXlsx(xxe))).details as { reason: string }).reason).toBe('DOCTYPE')
  })

  it('imports 5,000 requirements', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('需求')
    ws.addRow(['序号', '要求内容'])
    for (let i = 1; i <= 5000; i++) ws.addRow([i, `${i % 10 === 0 ? '★' : ''}第 ${i} 条技术要求`])
    const buf = Buffer.from(await wb.xlsx.writeBuffer())
    const res = await importRequirementsXlsx(buf)
    expect(res.requirements).toHaveLength(5000)
    expect(res.requirements.filter((r) => r.star)).toHaveLength(500)
    expect(res.requirements[4999]).toMatchObject({ no: '5000', star: true, text: '第 5000 条技术要求' })
  })
})

describe('importRequirementsFile', () => {
  it('reads a file from disk', async () => {
    const file = path.join(dir, 'req.xlsx')
    await fs.writeFile(file, await tenderWorkbook())
    expect((await importRequirementsFile(file)).requirements).toHaveLength(4)
  })

  it('refuses an oversized file from its size, and reports a missing file as IO', async () => {
    const file = path.join(dir, 'big.xlsx')
    await fs.writeFile(file, Buffer.alloc(2048))
    const err = await caught(importRequirementsFile(file, { limits: { maxFileBytes: 1024 } }))
    expect((err.details as { reason: string }).reason).toBe('FILE_TOO_LARGE')
    expect((await caught(importRequirementsFile(path.join(dir, 'nope.xlsx')))).code).toBe('IO')
  })

  it('refuses a text file renamed to .xlsx with a clear reason', async () => {
    const file = path.join(dir, 'fake.xlsx')
    await fs.writeFile(file, '序号,要求\n1,支持\n')
    expect(((await caught(importRequirementsFile(file))).details as { reason: string }).reason).toBe(
      'NOT_ZIP',
    )
  })
})

describe('cellText and the re-exported line parser', () => {
  it('renders each exceljs value type as shown in Excel', () => {
    expect(cellText(null)).toBe('')
    expect(cellText(12)).toBe('12')
    expect(cellText(true)).toBe('true')
    expect(cellText(new Date(Date.UTC(2025, 5, 30)))).toBe('2025-06-30')
    expect(cellText({ formula: 'A1', result: 0 })).toBe('0')
    expect(cellText({ richText: [{ text: '甲' }, { text: '乙' }] })).toBe('甲乙')
    expect(cellText({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('')
  })

  it('parses pasted lines', () => {
    expect(parseRequirementLines('1. 甲\n★2. 乙').map((r) => [r.no, r.star, r.text])).toEqual([
      ['1', false, '甲'],
      ['2', true, '乙'],
    ])
  })
})
