import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { formDataOf, summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { BidSchema, type Bid } from '@shared/schemas'
import { wordChoiceFields, wpsChoiceFields } from '@test/fixtures/buyer-forms/legacy-choices'
import { buildFixture, company, tempDir } from './export-fixtures'
import { convert } from './libreoffice'

/**
 * #13: legacy drop-downs take the entry our facts make true (w:result), or are reported with their entries when
 * none fits; a FORMTEXT limited to fewer characters than the value is reported, never cut; boxes the buyer printed
 * ticked (a FORMCHECKBOX ticked by default, ☑, a Wingdings F0FE) that the facts say are wrong are unticked, and said.
 */

let dir: string
let bid: Bid

beforeAll(async () => {
  dir = await tempDir('legacy-choices')
  const { bid: b } = await buildFixture(dir)
  bid = BidSchema.parse({ ...b, sme: { ...b.sme, size: '小型企业', prisonEnterprise: false } })
}, 60_000)

async function fill(name: string, input: Buffer) {
  const out = path.join(dir, `${name}.docx`)
  const values = resolvePlaceholders(bid, company, { date: '2026-03-10' })
  const res = await fillBuyerForm({ input, values, out, data: formDataOf(bid) })
  const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string')
  return { out, xml, s: summarizeFills(res.blanks), blanks: res.blanks }
}

/** Each FORMDROPDOWN's selected index (w:result, else 0). */
const drops = (xml: string) =>
  [...xml.matchAll(/<w:ddList>([\s\S]*?)<\/w:ddList>/g)].map((m) =>
    Number(/w:result w:val="(\d+)"/.exec(m[1])?.[1] ?? 0),
  )

describe('Word style: drop-downs, a limited FORMTEXT, a box ticked by default', () => {
  it('fills what fits, reports the short field, unticks 大型企业 and ticks 小型企业', async () => {
    const { xml, s, blanks, out } = await fill('word', await wordChoiceFields())
    // 否 (not a consortium), 小型企业 (over the buyer's 大型企业 shown).
    expect(drops(xml)).toEqual([1, 2])
    expect(s.filled.filter((f) => f.value === '否' || f.value === '小型企业').map((f) => f.key)).toEqual([
      '是否联合体',
      '企业规模',
    ])
    // 华信智联科技有限公司 is 10 characters, the field takes 6: reported, the field left as printed.
    expect(s.unfilled.map((u) => [u.id, u.why.zh])).toEqual([
      [
        'p1:6',
        '表单域最多可填 6 个字，“投标人名称”为 10 个字（华信智联科技有限公司）：未截断填写，请向招标方澄清或手工填写',
      ],
    ])
    expect(blanks.find((b) => b.id === 'p1:6')!.why!.en).toContain(
      'the form field takes at most 6 characters',
    )
    expect(xml).not.toContain('华信')
    expect(xml).toContain('\u2002\u2002\u2002\u2002\u2002')
    // 企业类型: the buyer's default 大型企业 unticked (w:checked 0), 小型企业 ticked; said in the reason.
    const boxes = [...xml.matchAll(/<w:checkBox>([\s\S]*?)<\/w:checkBox>/g)].map((m) => m[1])
    expect(
      boxes.map(
        (b) => /<w:checked\/>/.test(b) || (/w:default w:val="1"/.test(b) && !/w:checked w:val="0"/.test(b)),
      ),
    ).toEqual([false, false, true, false])
    const size = blanks.find((b) => b.kind === 'checkbox')!
    expect(size.reason!.zh).toBe('按投标信息（企业规模）勾选；取消招标方预先勾选的“大型企业”')
    expect(size.value).toBe('☑小型企业')

    // LibreOffice reads the choices as Word would show them.
    const lo = path.join(dir, 'lo')
    await convert([out], lo, 'fodt', dir)
    const fodt = await fs.readFile(path.join(lo, 'word.fodt'), 'utf8')
    const selected = [...fodt.matchAll(/Dropdown_Selected" field:value="(\d+)"/g)].map((m) => Number(m[1]))
    expect(selected).toEqual([1, 2])
    const states = [
      ...fodt.matchAll(/<field:fieldmark [^>]*FORMCHECKBOX"(\/>|>[\s\S]*?<\/field:fieldmark>)/g),
    ].map((m) => (/Checkbox_Checked" field:value="true"/.test(m[1]) ? 'on' : 'off'))
    expect(states).toEqual(['off', 'off', 'on', 'off'])
  }, 180_000)
})

describe('WPS style: a drop-down with no fitting entry, ☑ and Wingdings boxes printed ticked', () => {
  it('reports the drop-down with its entries and our size; unticks the wrong ☑ and F0FE boxes', async () => {
    const { xml, s, blanks } = await fill('wps', await wpsChoiceFields())
    expect(s.unfilled.map((u) => u.why.zh)).toEqual([
      '下拉框的选项（大型/中型）中没有与投标信息（企业规模：小型企业）相符的一项，请向招标方澄清或手工选择',
    ])
    // The buyer's default entry is left as he set it (no w:result written).
    expect(drops(xml)).toEqual([0])
    expect(xml).not.toMatch(/<w:result /)
    const text = paragraphTexts(xml)
    expect(text[2]).toBe('是否为监狱企业：□是 ☑否')
    const syms = [...xml.matchAll(/<w:sym w:font="Wingdings" w:char="(\w+)"\/>/g)].map((m) => m[1])
    expect(syms).toEqual(['F0A8', 'F0FE'])
    const reasons = blanks.filter((b) => b.kind === 'checkbox').map((b) => b.reason!.zh)
    expect(reasons).toEqual([
      '按投标信息（监狱企业）勾选；取消招标方预先勾选的“是”',
      '按投标信息（是否联合体）勾选；取消招标方预先勾选的“联合体投标”',
    ])
  }, 120_000)
})
