import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm, scanBuyerForm } from '@services/export/docx/buyer-form'
import { docxText, paragraphTexts } from '@services/export/docx/ooxml-text'
import { resolvePlaceholders } from '@shared/domain/export'
import { isAppError } from '@shared/errors'
import { QUOTE_WORDS, buildFixture, company, tempDir } from './export-fixtures'
import { convert, pdfText } from './libreoffice'

/**
 * A buyer's form as Word leaves it: placeholders split over runs (with different formatting on each piece), inside a
 * table, in the header and the footer, one with spaces inside the braces, and one the dictionary does not know.
 */
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const run = (t: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`
const cell = (...paras: string[]) =>
  `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${paras.join('')}</w:tc>`

async function buyerForm(): Promise<Buffer> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
  )
  zip.file(
    'word/header1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${p(run('{{项目'), run('名称}}'), run(' 编号：'), run('{{tender'), run('No}}'))}</w:hdr>`,
  )
  zip.file(
    'word/footer1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}>${p(run('投标人：'), run('{{'), run('投标人名称'), run('}}'))}</w:ftr>`,
  )
  const body = [
    p(run('开标一览表', true)),
    p(run('项目：'), run('{{项目'), run('名称}}', true), run('。')),
    `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
      `<w:tr>${cell(p(run('投标总报价（小写）')))}${cell(p(run('{{bid'), run('Price}}')))}</w:tr>` +
      `<w:tr>${cell(p(run('投标总报价（大写）')))}${cell(p(run('{{投标报价大写}}', true)))}</w:tr>` +
      `<w:tr>${cell(p(run('投标人')))}${cell(p(run('{{ 投标人名称 }}')))}</w:tr></w:tbl>`,
    p(run('采购预算：{{采购'), run('预算}}')),
    p(run('日期：{{日期}}，{{日期}}')),
    `<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
  ].join('')
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  )
  return zip.generateAsync({ type: 'nodebuffer' })
}

let dir: string
let input: Buffer
let values: Record<string, string>

beforeAll(async () => {
  dir = await tempDir('buyer')
  const { bid } = await buildFixture(dir)
  values = resolvePlaceholders(bid, company, { date: '2026-03-10' })
  input = await buyerForm()
})

describe('fillBuyerForm', () => {
  it('finds placeholders split across runs in the body, tables, header and footer', async () => {
    const r = await scanBuyerForm(input, values)
    expect(r.found).toEqual([
      { key: '项目名称', part: 'word/document.xml' },
      { key: 'bidPrice', part: 'word/document.xml' },
      { key: '投标报价大写', part: 'word/document.xml' },
      { key: '投标人名称', part: 'word/document.xml' },
      { key: '采购预算', part: 'word/document.xml' },
      { key: '日期', part: 'word/document.xml' },
      { key: '投标人名称', part: 'word/footer1.xml' },
      { key: '项目名称', part: 'word/header1.xml' },
      { key: 'tenderNo', part: 'word/header1.xml' },
    ])
    expect(r.unknown).toEqual(['采购预算'])
  })

  it('refuses a form with unknown placeholders unless allowed, and writes nothing', async () => {
    const out = path.join(dir, 'refused.docx')
    const err = await fillBuyerForm({ input, values, out }).catch((e: unknown) => e)
    expect(isAppError(err) && err.code).toBe('VALIDATION')
    expect(isAppError(err) && err.zh).toContain('{{采购预算}}')
    await expect(fs.stat(out)).rejects.toThrow()
  })

  it('fills every known placeholder, keeps formatting and the unknown one visible; LibreOffice shows the values', async () => {
    const out = path.join(dir, 'filled.docx')
    const r = await fillBuyerForm({ input, values, out, allowUnknown: true })
    expect(r.unknown).toEqual(['采购预算'])
    const zip = await JSZip.loadAsync(await fs.readFile(out))
    const text = await docxText(zip)
    expect([...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1])).toEqual(['采购预算'])
    const doc = await zip.file('word/document.xml')!.async('string')
    const header = await zip.file('word/header1.xml')!.async('string')
    const footer = await zip.file('word/footer1.xml')!.async('string')
    expect(doc).toContain('¥508,790.30')
    expect(doc).toContain(QUOTE_WORDS)
    expect(paragraphTexts(doc)).toContain('日期：2026年3月10日，2026年3月10日')
    expect(header).toContain('智慧园区综合管理平台建设项目')
    expect(header).toContain('ZB-2026-0315')
    expect(footer).toContain('华信智联科技有限公司')
    // The bold run of the words cell is still bold.
    expect(doc).toMatch(new RegExp(`<w:b/>(?:(?!</w:r>).)*${QUOTE_WORDS}`, 's'))
    expect(doc).toContain('<w:tblW w:w="8000" w:type="dxa"/>')

    await convert([out], dir, 'pdf', dir)
    const pdf = (await pdfText(path.join(dir, 'filled.pdf'))).replace(/[ \t]+/g, ' ')
    expect(pdf).toContain('项目：智慧园区综合管理平台建设项目。')
    expect(pdf).toContain('¥508,790.30')
    expect(pdf.replace(/\s+/g, '')).toContain(QUOTE_WORDS)
    expect(pdf).toContain('ZB-2026-0315')
    expect(pdf).toContain('投标人：华信智联科技有限公司')
  }, 120_000)

  it('rejects what is not a safe Office file before parsing it', async () => {
    const err = await fillBuyerForm({
      input: Buffer.from('not a zip at all'),
      values,
      out: path.join(dir, 'x.docx'),
    }).catch((e: unknown) => e)
    expect(isAppError(err) && err.code).toBe('IMPORT_REJECTED')
  })
})
