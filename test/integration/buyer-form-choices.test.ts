import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { formDataOf, summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { BidSchema, type Bid } from '@shared/schemas'
import { choiceForms, controlForms } from '@test/fixtures/buyer-forms/choices'
import { talksForms } from '@test/fixtures/buyer-forms/sets'
import { convert } from './libreoffice'
import { buildFixture, company, tempDir } from './export-fixtures'

/**
 * Check boxes ticked from the bid's facts (企业规模, 联合体, 监狱企业/残疾人福利性单位, 含税): text boxes become ☑,
 * Wingdings / Wingdings 2 boxes their own font's checked box; the others stay empty; a question the bid does not
 * answer, or a size it does not state, stays for the hand with the reason.
 */

let dir: string
let bid: Bid

beforeAll(async () => {
  dir = await tempDir('choices')
  const { bid: b } = await buildFixture(dir)
  bid = BidSchema.parse({ ...b, sme: { ...b.sme, size: '小型企业', welfareUnit: true } })
}, 60_000)

async function fill(name: string, input: Buffer, of: Bid) {
  const out = path.join(dir, `${name}.docx`)
  const values = resolvePlaceholders(of, company, { date: '2026-03-10' })
  const res = await fillBuyerForm({ input, values, out, data: formDataOf(of) })
  const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string')
  return { out, xml, text: paragraphTexts(xml), s: summarizeFills(res.blanks) }
}

describe('check boxes', () => {
  it('ticks what the bid states, leaves the rest, and what it cannot decide for the hand', async () => {
    const { xml, text, s } = await fill('choices', await choiceForms(), bid)
    expect(text[1]).toBe('本企业为：□大型企业 □中型企业 ☑小型企业 □微型企业；是否为联合体投标：□是 ☑否。')
    expect(text[2]).toBe('监狱企业：是☐ 否☑    残疾人福利性单位：是☑ 否☐')
    // Wingdings 2: the checked box of the same font (F052) for 含税, F0A3 left for 不含税.
    const syms = [...xml.matchAll(/<w:sym w:font="([^"]+)" w:char="([^"]+)"\/>/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    )
    expect(syms).toEqual(['Wingdings 2:F052', 'Wingdings 2:F0A3', 'Wingdings:F0FE', 'Wingdings:F0A8'])
    expect(text).toContain('是否分包')
    expect(text).toContain('□是  □否')
    expect(s.unfilled).toEqual([
      expect.objectContaining({
        label: '是否分包',
        why: expect.objectContaining({ zh: expect.stringContaining('无法由投标信息判断') }),
      }),
    ])
    expect(s.filled.filter((f) => f.value?.startsWith('☑')).map((f) => [f.key, f.value])).toEqual([
      ['企业规模', '☑小型企业'],
      ['是否联合体', '☑否（是否为联合体投标）'],
      ['监狱企业、残疾人福利性单位', '☑否（监狱企业） ☑是（残疾人福利性单位）'],
      ['报价含税', '☑含税'],
      ['是否联合体', '☑独立投标'],
    ])
    // LibreOffice reads the ticked boxes.
    await convert([path.join(dir, 'choices.docx')], dir, 'pdf', dir)
    const { stdout } = await promisify(execFile)('pdftotext', [path.join(dir, 'choices.pdf'), '-'])
    expect(stdout).toContain('☑小型企业')
  }, 180_000)

  it('a bid without a stated size leaves the size boxes; the talks form gets its Wingdings box ticked', async () => {
    const unsized = BidSchema.parse({ ...bid, sme: { ...bid.sme, size: '' } })
    const { s } = await fill('choices-unsized', await choiceForms(), unsized)
    expect(s.unfilled.map((u) => u.why.zh)).toContain('勾选项“大型企业”无法由投标信息判断，请按实际情况勾选')
    const talks = await fill('talks-ticked', await talksForms(), bid)
    expect(talks.s.filled.find((f) => f.label === '企业类型')?.value).toBe('☑小型企业')
    expect([...talks.xml.matchAll(/w:char="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'F0A8',
      'F0A8',
      'F0FE',
      'F0FE',
      'F0A8',
    ])
  })

  it('content-control check boxes (w14:checkbox) are set checked with their own checked glyph; combined options', async () => {
    const micro = BidSchema.parse({ ...bid, sme: { ...bid.sme, size: '微型企业' } })
    const { xml, text, s } = await fill('controls', await controlForms(), micro)
    const states = [...xml.matchAll(/<w14:checked w14:val="(\d)"\/>/g)].map((m) => m[1])
    // 大型 中型 小型、微型 | 是 否
    expect(states).toEqual(['0', '0', '1', '0', '1'])
    expect(text[1]).toBe('企业类型：☐大型企业  ☐中型企业  ☒小型、微型企业')
    const syms = [...xml.matchAll(/<w:sym w:font="([^"]+)" w:char="([^"]+)"\/>/g)].map((m) => m[2])
    expect(syms).toEqual(['F0A3', 'F052'])
    expect(text[3]).toBe('本企业属于：☑中、小型企业 □其他')
    expect(s.unfilled).toEqual([])
    // LibreOffice reads the ticked controls: the PDF shows the checked glyph where the control was.
    await convert([path.join(dir, 'controls.docx')], dir, 'pdf', dir)
    const { stdout } = await promisify(execFile)('pdftotext', [path.join(dir, 'controls.pdf'), '-'])
    expect(stdout.replace(/\s+/g, '')).toContain('☐中型企业☒小型、微型企业')
  }, 180_000)
})
