/**
 * Tender import from text PDFs made by LibreOffice from the .docx fixtures, through the CLI and the import
 * worker; and every kind of bad input the issue names, each with a clear error (exit 2) within the import limits.
 */
import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '@cli/run'
import { importTenderFiles } from '@services/tender/import-tender'
import type { TenderImport } from '@shared/domain/tender'
import { buildDocx } from '@test/fixtures/tender/build-docx'
import { GOODS_TENDER } from '@test/fixtures/tender/goods'
import { rawPdf, readPgm } from '@test/fixtures/tender/raw-pdf'
import { SERVICES_TENDER } from '@test/fixtures/tender/services'
import { buildZip } from '@test/unit/zip-fixture'
import { convert } from '../libreoffice'
import { GOODS_PROJECT, SERVICES_PROJECT } from '@test/fixtures/tender/expected'

const run = promisify(execFile)
let dir: string

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const file = (name: string) => path.join(dir, name)

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-tender-pdf-'))
  await fs.writeFile(file('goods.docx'), await buildDocx(GOODS_TENDER))
  await fs.writeFile(file('services.docx'), await buildDocx(SERVICES_TENDER))
  await fs.copyFile(file('goods.docx'), file('locked.docx'))
  await convert([file('goods.docx'), file('services.docx')], dir, 'pdf', path.join(dir, 'lo'))
  const encrypt =
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"open-sesame"}}'
  await convert([file('locked.docx')], dir, encrypt, path.join(dir, 'lo'))
  // A scan: page 1 of the tender as a grey picture, no text layer.
  await run('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', file('goods.pdf'), file('page')])
  const pgm = (await fs.readdir(dir)).find((n) => n.startsWith('page') && n.endsWith('.pgm'))!
  await fs.writeFile(file('scanned.pdf'), rawPdf([{ image: readPgm(await fs.readFile(file(pgm))) }]))
  await fs.writeFile(
    file('long.pdf'),
    rawPdf(Array.from({ length: 300 }, (_, i) => ({ text: `Page ${i + 1}` }))),
  )
}, 300_000)

describe('tender import from text PDFs', () => {
  it('reads the goods tender PDF like its .docx, with page numbers in the sources (CLI --json)', async () => {
    const r = await cli('tender', 'import', file('goods.pdf'), '--json')
    expect(r.code).toBe(0)
    const t = JSON.parse(r.out) as TenderImport
    expect(t.project).toEqual(GOODS_PROJECT)
    expect(t.warnings.map((w) => w.path)).toEqual(['project.validityDays'])
    expect(t.files).toEqual([{ file: 'goods.pdf', format: 'pdf', role: 'tender', pages: expect.any(Number) }])
    const budget = t.sources['project.budget']
    expect(budget.chapter).toBe('第二章 投标人须知')
    expect(budget.page).toBeGreaterThanOrEqual(2)
    expect(budget.excerpt).toContain('预算金额')
    expect(t.requirements.map((q) => [q.clause, q.star, q.text])).toContainEqual([
      '3',
      '▲',
      '球管热容量：球管阳极热容量≥7.0MHU',
    ])
    expect(t.requirements.filter((q) => q.star === '★')).toHaveLength(4)
    expect(t.scoring!.items.map((i) => [i.name, i.maxPoints])).toEqual([
      ['投标报价', 30],
      ['类似业绩', 8],
      ['售后服务', 6],
      ['企业认证', 6],
      ['技术参数响应', 30],
      ['实施方案', 12],
      ['培训方案', 8],
    ])
    // As from the .docx: the eight listed grounds and the one in the 前附表 cell (最高限价).
    expect(t.vetoClauses).toHaveLength(9)
    expect(t.vetoClauses[0].text).toBe('投标报价超过最高限价的投标无效')
    expect(t.forms.map((f) => f.title)).toEqual([
      '投标函',
      '开标一览表',
      '法定代表人身份证明书',
      '法定代表人授权委托书',
      '投标保证金缴纳凭证',
      '资格证明文件',
      '技术参数偏离表',
      '商务条款偏离表',
      '中小企业声明函',
    ])
  })

  it('reads the services tender PDF: two-column 前附表, lots in 万元, merged category cells', async () => {
    const t = await importTenderFiles([
      { name: 'services.pdf', bytes: await fs.readFile(file('services.pdf')) },
    ])
    expect(t.project).toEqual(SERVICES_PROJECT)
    expect(t.scoring!.categories).toEqual({ 价格: 20, 商务: 20, 技术: 60 })
    expect(t.requirements.filter((q) => q.star).map((q) => q.star)).toEqual(['★', '▲'])
  })

  it('keeps the main thread free while the worker reads a PDF', async () => {
    let turns = 0
    const timer = setInterval(() => turns++, 5)
    const started = Date.now()
    await importTenderFiles([{ name: 'goods.pdf', bytes: await fs.readFile(file('goods.pdf')) }])
    clearInterval(timer)
    // The interval fired throughout: at least one turn per 50 ms of import.
    expect(turns).toBeGreaterThanOrEqual(Math.floor((Date.now() - started) / 50))
  })
})

describe('tender import refuses bad input with a clear reason (exit 2)', () => {
  async function refused(name: string, bytes: Buffer | null, reason: RegExp) {
    if (bytes) await fs.writeFile(file(name), bytes)
    const r = await cli('tender', 'import', file(name))
    expect(r.code, r.err).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(reason)
    return r.err
  }

  it('a scanned PDF without a text layer', async () => {
    const err = await refused('scanned.pdf', null, /扫描件.*没有文字层/)
    expect(err).toMatch(/is a scan \(images only, no text layer\)/)
  })

  it('an encrypted PDF', async () => {
    await refused('locked.pdf', null, /设置了打开密码（加密 PDF）.*password-protected/s)
  })

  it('a 300-page PDF', async () => {
    await refused('long.pdf', null, /共 300 页，超过导入上限 200 页.*has 300 pages/s)
  })

  it('random bytes named .pdf or .docx', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251))
    await refused('noise.pdf', noise, /既不是 Word 文档（\.docx）也不是 PDF/)
    await refused('noise.docx', noise, /neither a Word document \(\.docx\) nor a PDF/)
  })

  it('an .xlsx renamed .docx', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('评分表').addRow(['评分因素', '分值'])
    await refused(
      'renamed.docx',
      Buffer.from(await wb.xlsx.writeBuffer()),
      /是Excel 工作簿，不是 Word 文档.*an Excel workbook/s,
    )
  })

  it('a .docx zip bomb', async () => {
    const bomb = buildZip([
      {
        name: '[Content_Types].xml',
        data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      { name: 'word/document.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x20) },
    ])
    expect(bomb.length).toBeLessThan(1024 * 1024)
    await refused('bomb.docx', bomb, /ZIP 炸弹.*zip bomb/s)
  })
})
