import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm, scanBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import {
  HF_PICTURE_SIZES,
  headerFooterForm,
  pictureHeaderForm,
} from '@test/fixtures/buyer-forms/header-footer'
import { convert } from './libreoffice'
import { buildFixture, company, tempDir } from './export-fixtures'

/**
 * Blanks in the buyer's running header and footer (word/header*.xml, footer*.xml) are found, planned and written
 * by the same filler as the body's; their ids and places name the part; a PAGE field in the footer survives.
 */

let dir: string
let values: Record<string, string>

beforeAll(async () => {
  dir = await tempDir('form-parts')
  const { bid } = await buildFixture(dir)
  values = resolvePlaceholders(bid, company, { date: '2026-03-10' })
}, 60_000)

const part = async (file: string, name: string) =>
  (await JSZip.loadAsync(await fs.readFile(file))).file(name)!.async('string')

describe('header and footer blanks', () => {
  it('are filled like the body, named by their part; the footer page field stays a field', async () => {
    const out = path.join(dir, 'hf.docx')
    const r = await fillBuyerForm({ input: await headerFooterForm(), values, out })
    const s = summarizeFills(r.blanks)
    expect(s.filled.map((f) => [f.id, f.key, f.value, f.where])).toEqual([
      ['p1:6', '投标人名称', '华信智联科技有限公司', '第2段'],
      ['header1:p0:5', '招标编号', 'ZB-2026-0315', '页眉1 第1段'],
      ['header1:p0:23', '投标人名称', '华信智联科技有限公司', '页眉1 第1段'],
      ['footer1:p0:8', '投标人名称', '华信智联科技有限公司', '页脚1 第1段'],
    ])
    expect(s.unfilled).toEqual([])
    expect(paragraphTexts(await part(out, 'word/header1.xml'))).toEqual([
      '项目编号：ZB-2026-0315    投标人：华信智联科技有限公司',
    ])
    const footer = await part(out, 'word/footer1.xml')
    expect(footer).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>')
    expect(footer).toContain('<w:pStyle w:val="Footer"/>')
    // LibreOffice prints the filled header and footer on the page.
    await convert([out], dir, 'pdf', dir)
    const { stdout } = await promisify(execFile)('pdftotext', [path.join(dir, 'hf.pdf'), '-'])
    expect(stdout).toContain('项目编号：ZB-2026-0315')
    expect(stdout).toMatch(/投标人（盖章）：华信智联科技有限公司\s+第\s*1\s*页/)
  }, 180_000)

  it('a header blank can be left as printed by its prefixed id; the preview lists it without writing', async () => {
    const scan = await scanBuyerForm(await headerFooterForm(), values, {
      overrides: { 'header1:p0:5': null },
    })
    const b = scan.blanks.find((x) => x.id === 'header1:p0:5')
    expect(b).toMatchObject({ status: 'manual', part: 'header1' })
    const out = path.join(dir, 'hf-left.docx')
    await fillBuyerForm({ input: await headerFooterForm(), values, out, overrides: { 'header1:p0:5': null } })
    expect(paragraphTexts(await part(out, 'word/header1.xml'))).toEqual([
      '项目编号：__________    投标人：华信智联科技有限公司',
    ])
  })

  it('pictures of the header and footer survive the fill: drawing/VML, part relationships, media, content types', async () => {
    const input = await pictureHeaderForm()
    const out = path.join(dir, 'hf-pictures.docx')
    const r = await fillBuyerForm({ input, values, out })
    expect(r.filled).toEqual(['投标人名称'])
    const before = await JSZip.loadAsync(input)
    const after = await JSZip.loadAsync(await fs.readFile(out))
    const header = await after.file('word/header1.xml')!.async('string')
    expect(paragraphTexts(header)).toEqual(['    投标人：华信智联科技有限公司'])
    expect(header).toContain('<a:blip r:embed="rId1">')
    expect(header).toContain('<wp:docPr id="101" name="图片 101"/>')
    const footer = await after.file('word/footer1.xml')!.async('string')
    expect(paragraphTexts(footer).join('')).toContain('华信智联科技有限公司')
    expect(footer).toContain('<v:imagedata r:id="rId1"')
    for (const name of [
      'word/_rels/header1.xml.rels',
      'word/_rels/footer1.xml.rels',
      'word/media/image1.png',
      'word/media/image2.png',
    ]) {
      const a = await before.file(name)!.async('nodebuffer')
      expect(after.file(name), name).not.toBeNull()
      expect(Buffer.compare(await after.file(name)!.async('nodebuffer'), a), name).toBe(0)
    }
    expect(await after.file('[Content_Types].xml')!.async('string')).toContain('Extension="png"')
    // LibreOffice draws both pictures on the page (pdfimages lists them at their pixel sizes).
    await convert([out], dir, 'pdf', dir)
    const { stdout } = await promisify(execFile)('pdfimages', ['-list', path.join(dir, 'hf-pictures.pdf')])
    const sizes = stdout
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/))
      .filter((c) => c[2] === 'image')
      .map((c) => `${c[3]}x${c[4]}`)
    expect(sizes).toEqual(
      expect.arrayContaining([HF_PICTURE_SIZES.headerLogo.join('x'), HF_PICTURE_SIZES.footerSeal.join('x')]),
    )
    const { stdout: text } = await promisify(execFile)('pdftotext', [path.join(dir, 'hf-pictures.pdf'), '-'])
    // (the logo beside it leaves the name room for one line and a bit)
    expect(text).toMatch(/投标人：华信智联科技有限\s*公司/)
  }, 180_000)
})
