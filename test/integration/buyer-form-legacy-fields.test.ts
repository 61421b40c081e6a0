import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { formDataOf, summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { BidSchema, type Bid } from '@shared/schemas'
import { legacyFieldForms } from '@test/fixtures/buyer-forms/legacy-fields'
import { buildFixture, company, tempDir } from './export-fixtures'
import { convert, pdfText } from './libreoffice'
import { attachForm, exportBid, fixtureWorkspace } from './cli-fixture'

/**
 * #13: legacy Word form fields (旧式窗体域) as blanks: a FORMTEXT field's result takes the value (the field stays a
 * field: begin/separate/end kept, the value between separate and end), a FORMCHECKBOX is ticked with w:checked as
 * Word does, a FORMTEXT alone in a cell takes the cell's label; LibreOffice reads the values and the ticked box.
 */

let dir: string
let bid: Bid

beforeAll(async () => {
  dir = await tempDir('legacy-fields')
  const { bid: b } = await buildFixture(dir)
  bid = BidSchema.parse({ ...b, sme: { ...b.sme, size: '小型企业' } })
}, 60_000)

async function fill() {
  const out = path.join(dir, 'legacy.docx')
  const values = resolvePlaceholders(bid, company, { date: '2026-03-10' })
  const res = await fillBuyerForm({ input: await legacyFieldForms(), values, out, data: formDataOf(bid) })
  const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string')
  return { out, xml, text: paragraphTexts(xml), s: summarizeFills(res.blanks), blanks: res.blanks }
}

/** The FORMCHECKBOX fields in order: their name and whether they are checked (w:checked, else w:default). */
function boxes(xml: string): string[] {
  return [
    ...xml.matchAll(
      /<w:ffData><w:name w:val="(\w+)"\/>(?:(?!<\/w:ffData>)[\s\S])*?<w:checkBox>([\s\S]*?)<\/w:checkBox>/g,
    ),
  ].map((m) => `${m[1]}:${/<w:checked\/>/.test(m[2]) || /<w:default w:val="1"\/>/.test(m[2]) ? 'on' : 'off'}`)
}

describe('legacy form fields', () => {
  it('FORMTEXT results take the values in place; FORMCHECKBOX ticked by w:checked', async () => {
    const { text, s, xml, out } = await fill()
    expect(text.slice(1)).toEqual([
      '投标人名称：华信智联科技有限公司',
      '投标报价（大写）：伍拾万捌仟柒佰玖拾元叁角整',
      '企业类型：大型企业  中型企业  小型企业  微型企业',
      '是否为联合体投标：是  否',
      '联系电话',
      '010-88886666',
    ])
    expect(s.unfilled).toEqual([])
    expect(s.filled.map((f) => [f.id, f.key])).toEqual([
      ['p1:6', '投标人名称'],
      ['p2:9', '投标函报价大写'],
      ['p3:5', '企业规模'],
      // The buyer's default 否 is checked against the facts (not a consortium: right, so left ticked).
      ['p4:9', '是否联合体'],
      ['p6:0', '投标人电话'],
    ])
    // Only 小型企业 ticked; the buyer's default 否 (not a consortium: right) stays as printed.
    expect(boxes(xml)).toEqual([
      'Check3:off',
      'Check4:off',
      'Check5:on',
      'Check6:off',
      'Check7:off',
      'Check8:on',
    ])
    // Still fields: every begin has its separate (text) and end; the values sit in the results, the en spaces gone.
    expect(xml.match(/w:fldCharType="begin"/g)).toHaveLength(9)
    expect(xml.match(/w:fldCharType="end"/g)).toHaveLength(9)
    const results = [...xml.matchAll(/w:fldCharType="separate"\/><\/w:r>([\s\S]*?)w:fldCharType="end"/g)].map(
      (m) =>
        paragraphTexts(
          `<w:p>${m[1].replace(/<w:r><w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr><w:fldChar$/, '')}</w:p>`,
        ).join(''),
    )
    expect(results).toEqual(['华信智联科技有限公司', '伍拾万捌仟柒佰玖拾元叁角整', '010-88886666'])
    expect(xml).not.toContain('\u2002')

    // LibreOffice: the values print; the box it reads as checked is 小型企业's (and the default 否).
    const lo = path.join(dir, 'lo')
    await convert([out], lo, 'pdf', dir)
    await convert([out], lo, 'fodt', dir)
    const pdf = await pdfText(path.join(lo, 'legacy.pdf'))
    expect(pdf).toContain('投标人名称：华信智联科技有限公司')
    expect(pdf).toMatch(/联系电话\s+010-88886666/)
    const fodt = await fs.readFile(path.join(lo, 'legacy.fodt'), 'utf8')
    const states = [
      ...fodt.matchAll(/<field:fieldmark [^>]*FORMCHECKBOX"(\/>|>[\s\S]*?<\/field:fieldmark>)/g),
    ].map((m) => (/Checkbox_Checked" field:value="true"/.test(m[1]) ? 'on' : 'off'))
    expect(states).toEqual(['off', 'off', 'on', 'off', 'off', 'on'])
  }, 240_000)

  it('attached to a bid, the fields travel into the full 投标文件 as fields, the values in their results', async () => {
    const ws = path.join(dir, 'ws')
    await fixtureWorkspace(ws)
    const form = path.join(dir, 'legacy-attach.docx')
    await fs.writeFile(form, await legacyFieldForms())
    const a = await attachForm(ws, form)
    expect(a.code, a.err).toBe(0)
    expect(a.out).toContain('投标函 → s1')
    const out = path.join(dir, 'full.docx')
    const e = await exportBid(ws, 'docx', out)
    expect(e.code, e.err).toBe(0)
    const xml = await (
      await JSZip.loadAsync(await fs.readFile(out))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml.match(/<w:instrText xml:space="preserve"> FORMCHECKBOX <\/w:instrText>/g)).toHaveLength(6)
    const name =
      /FORMTEXT <\/w:instrText>[\s\S]*?w:fldCharType="separate"\/>([\s\S]*?)w:fldCharType="end"/.exec(xml)
    expect(paragraphTexts(`<w:p>${name![1]}</w:p>`).join('')).toBe('华信智联科技有限公司')
  }, 240_000)
})
