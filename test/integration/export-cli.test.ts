import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { command } from '@cli/commands/export'
import { UsageError } from '@cli/types'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { isAppError } from '@shared/errors'
import { QUOTE_TOTAL, SECTION_TITLES, tempDir } from './export-fixtures'
import { fixtureWorkspace } from './cli-fixture'

let dir: string
let out: string

function io() {
  const o = { out: [] as string[], err: [] as string[] }
  return { o, io: { out: (t: string) => o.out.push(t), err: (t: string) => o.err.push(t) } }
}

beforeAll(async () => {
  const root = await tempDir('cli')
  dir = path.join(root, 'ws')
  out = path.join(root, 'out')
  await fs.mkdir(out)
  await fixtureWorkspace(dir)
}, 60_000)

describe('bidbench export', () => {
  it('exports the 投标文件 from a workspace, with its materials and company profile', async () => {
    const { o, io: cli } = io()
    const file = path.join(out, 'bid.docx')
    expect(
      await command.run(
        ['docx', dir, '--bid', 'b1', '--out', file, '--copy', '副本', '--date', '2026-03-10', '--json'],
        cli,
      ),
    ).toBe(0)
    const r = JSON.parse(o.out[0])
    expect(r).toMatchObject({ blocked: false, signDate: '2026-03-10', missingMaterials: [], overridden: [] })
    expect(r.headings).toEqual(SECTION_TITLES)
    const zip = await JSZip.loadAsync(await fs.readFile(file))
    const text = paragraphTexts(await zip.file('word/document.xml')!.async('string'))
    expect(text).toContain('（副本）')
    expect(text).toContain('投标人（盖章）：华信智联科技有限公司')
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))).toHaveLength(8)
  })

  it('exports the Excel tables', async () => {
    const { o, io: cli } = io()
    const file = path.join(out, 'bid.xlsx')
    expect(await command.run(['xlsx', dir, '--bid', 'b1', '--out', file], cli)).toBe(0)
    expect(o.out[0]).toContain(file)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    expect(wb.getWorksheet('报价明细表')!.getCell('G7').result).toBe(QUOTE_TOTAL)
  })

  it('fills a buyer form, refusing unknown placeholders unless --allow-unknown', async () => {
    const form = path.join(out, 'form.docx')
    const zip = new JSZip()
    // The smallest Word document that patchDocument and the guard accept.
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    )
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    )
    zip.file(
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{{项目名称}}：{{投标报价大写}} {{神秘}}</w:t></w:r></w:p></w:body></w:document>',
    )
    await fs.writeFile(form, await zip.generateAsync({ type: 'nodebuffer' }))
    const filled = path.join(out, 'filled.docx')
    const refused = await command
      .run(['docx', dir, '--bid', 'b1', '--out', filled, '--form', form], io().io)
      .catch((e: unknown) => e)
    expect(isAppError(refused) && refused.code).toBe('VALIDATION')
    expect(isAppError(refused) && refused.zh).toContain('{{神秘}}')
    await expect(fs.stat(filled)).rejects.toThrow()
    const { o, io: cli } = io()
    expect(
      await command.run(
        ['docx', dir, '--bid', 'b1', '--out', filled, '--form', form, '--allow-unknown'],
        cli,
      ),
    ).toBe(0)
    expect(o.err.join('\n')).toContain('{{神秘}}')
    const text = paragraphTexts(
      await (await JSZip.loadAsync(await fs.readFile(filled))).file('word/document.xml')!.async('string'),
    )
    expect(text).toEqual(['智慧园区综合管理平台建设项目：伍拾万捌仟柒佰玖拾元叁角整 {{神秘}}'])
  })

  it('rejects bad input with a usage error', async () => {
    const bad = async (...argv: string[]) => command.run(argv, io().io).catch((e: unknown) => e)
    const f = path.join(out, 'x.docx')
    expect(await bad('pdf', dir, '--bid', 'b1', '--out', f)).toBeInstanceOf(UsageError)
    expect(await bad('docx', dir, '--out', f)).toBeInstanceOf(UsageError)
    expect(await bad('docx', dir, '--bid', 'b1', '--out', path.join(out, 'x.xlsx'))).toBeInstanceOf(
      UsageError,
    )
    expect(await bad('docx', dir, '--bid', 'b1', '--out', f, '--copy', '草稿')).toBeInstanceOf(UsageError)
    expect(
      await bad('xlsx', dir, '--bid', 'b1', '--out', path.join(out, 'x.xlsx'), '--copy', '正本'),
    ).toBeInstanceOf(UsageError)
    // An unknown bid is the API's NOT_FOUND (exit 2), with the bids that exist named for the terminal.
    const missing = await bad('docx', dir, '--bid', 'nope', '--out', f)
    expect(isAppError(missing) && missing.code).toBe('NOT_FOUND')
    expect(isAppError(missing) && missing.zh).toContain('b1（智慧园区综合管理平台建设项目）')
    await expect(fs.stat(f)).rejects.toThrow()
  })
})
