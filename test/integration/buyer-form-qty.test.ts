import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { formDataOf, summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { BidSchema, type Bid } from '@shared/schemas'
import { qtyWordItems, qtyWorksItems, qtyWpsItems } from '@test/fixtures/buyer-forms/qty'
import { buildFixture, company, tempDir } from './export-fixtures'
import { attachForm, cli, docText, exportBid, fixtureWorkspace } from './cli-fixture'

/**
 * #13: a 数量 the buyer pre-printed that is not the quote line's: the user chooses our quantity (written over his,
 * 合价 and totals the quote's) or his (kept, 合价 = his quantity × our unit price, the totals follow), per row or for
 * the whole file; the choice is saved with the attached file and is what the full export prints and the checks read.
 */

let dir: string
let bid: Bid
let lotted: Bid

beforeAll(async () => {
  dir = await tempDir('qty-choice')
  const { bid: b } = await buildFixture(dir)
  bid = b
  const lotOf: Record<string, string> = { q1: 'l1', q2: 'l1', q3: 'l2' }
  lotted = BidSchema.parse({
    ...b,
    lots: [
      { id: 'l1', no: '1', name: '平台软件及网关' },
      { id: 'l2', no: '2', name: '实施服务' },
    ],
    quote: { ...b.quote, items: b.quote.items.map((i) => ({ ...i, lotId: lotOf[i.id] })) },
  })
}, 60_000)

function tableRows(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphTexts(tc[0]).join('')),
    ),
  )
}

async function fill(name: string, input: Buffer, overrides?: Record<string, string | null>, of = bid) {
  const out = path.join(dir, `${name}.docx`)
  const values = resolvePlaceholders(of, company, { date: '2026-03-10' })
  const res = await fillBuyerForm({ input, values, out, data: formDataOf(of), allowUnknown: true, overrides })
  const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string')
  return { s: summarizeFills(res.blanks), rows: tableRows(xml)[0], blanks: res.blanks, xml }
}

describe('Word style: bare 数量 beside a 单位 column, 合计 in figures and in words', () => {
  it('no choice yet: the buyer’s 5 stays and is reported with both numbers', async () => {
    const { rows, s } = await fill('word-open', await qtyWordItems())
    expect(rows[1]).toEqual([
      '1',
      '园区综合管理平台软件',
      'V3.0 企业版',
      '5',
      '套',
      '125,000.00',
      '375,000.00',
    ])
    expect(s.unfilled.map((u) => [u.id, u.why.zh])).toEqual([
      [
        't0r1qty',
        '招标方所列“园区综合管理平台软件”数量为5，报价数量为3套：未改写招标方的数量，请核对报价或向招标方澄清',
      ],
    ])
  })

  it('our quantity for the row: 3 written over his 5 (his run kept), 合价 and 合计 are the quote’s', async () => {
    const { rows, s, xml, blanks } = await fill('word-ours', await qtyWordItems(), { t0r1qty: 'qty.ours' })
    expect(rows.slice(1)).toEqual([
      ['1', '园区综合管理平台软件', 'V3.0 企业版', '3', '套', '125,000.00', '375,000.00'],
      ['2', '边缘计算网关', 'EG-200', '2', '台', '48,500.50', '97,001.00'],
      ['3', '实施与培训服务', '含驻场 20 人日', '1', '项', '36,789.30', '36,789.30'],
      ['合计（小写）', '508,790.30'],
      ['合计（大写）', '伍拾万捌仟柒佰玖拾元叁角整'],
    ])
    expect(s.unfilled).toEqual([])
    const q = s.filled.find((f) => f.id === 't0r1qty')!
    expect(q).toMatchObject({ key: 'qty.ours', value: '3', confidence: 1 })
    const reason = blanks.find((b) => b.id === 't0r1qty')!.reason!
    // The buyer's figure is named in what the user sees, not dropped.
    expect(reason.zh).toBe('用户选择报价数量：招标方所列5改为3，合价 375,000.00 元按报价')
    expect(reason.en).toContain("the buyer's 5 written over with 3")
    // The 数量 column reads as the table now prints.
    expect(s.filled.find((f) => f.id === 't0col3')?.value).toBe('3；2；1')
    // Written in the run that held 5 (its spell-check split and formatting kept), no stray 5 left.
    expect(xml).not.toMatch(/<w:t[^>]*>5<\/w:t>/)
  })

  it('the buyer’s quantity for the row: 5 stays, 合价 5 × 125,000.00, 合计 and 大写 follow', async () => {
    const { rows, s, blanks } = await fill('word-buyer', await qtyWordItems(), { t0r1qty: 'qty.buyer' })
    expect(rows.slice(1)).toEqual([
      ['1', '园区综合管理平台软件', 'V3.0 企业版', '5', '套', '125,000.00', '625,000.00'],
      ['2', '边缘计算网关', 'EG-200', '2', '台', '48,500.50', '97,001.00'],
      ['3', '实施与培训服务', '含驻场 20 人日', '1', '项', '36,789.30', '36,789.30'],
      ['合计（小写）', '758,790.30'],
      ['合计（大写）', '柒拾伍万捌仟柒佰玖拾元叁角整'],
    ])
    expect(s.unfilled).toEqual([])
    expect(s.filled.find((f) => f.id === 't0r1qty')).toMatchObject({ key: 'qty.buyer', value: '5' })
    expect(blanks.find((b) => b.id === 't0r1qty')!.reason!.zh).toBe(
      '用户选择招标方数量5（报价数量为3套）：合价按 5 × 单价 = 625,000.00 元，合计随之与报价不同，请同步修改报价',
    )
  })

  it('a key that is not a quantity choice: the row stays reported, saying what the choices are', async () => {
    const { s, rows } = await fill('word-bad', await qtyWordItems(), { t0r1qty: 'row.spec' })
    expect(rows[1][3]).toBe('5')
    expect(s.unfilled.map((u) => u.why.zh)).toEqual([
      '“row.spec”不是数量的选项：数量不一致时只能选择按报价数量（qty.ours）、按招标方数量（qty.buyer）或留空；招标方所列5，报价3套',
    ])
  })
})

describe('WPS style: quantities with units, 万元, two rows differing', () => {
  it('our quantity for the whole file: both rows take ours in his unit style; a row’s own choice wins', async () => {
    const all = await fill('wps-ours', await qtyWpsItems(), { qty: 'qty.ours' })
    expect(all.rows.slice(2)).toEqual([
      ['1', '园区综合管理平台软件', '3套', '12.50', '37.50'],
      ['2', '边缘计算网关', '2台', '4.85005', '9.7001'],
      ['3', '实施与培训服务', '1项', '3.67893', '3.67893'],
      ['合计（万元）', '50.87903'],
    ])
    expect(all.s.unfilled).toEqual([])
    expect(all.s.filled.filter((f) => f.key === 'qty.ours').map((f) => [f.id, f.value])).toEqual([
      ['t0r2qty', '3套'],
      ['t0r3qty', '2台'],
    ])

    const mixed = await fill('wps-mixed', await qtyWpsItems(), { qty: 'qty.ours', t0r3qty: 'qty.buyer' })
    expect(mixed.rows.slice(2)).toEqual([
      ['1', '园区综合管理平台软件', '3套', '12.50', '37.50'],
      ['2', '边缘计算网关', '4台', '4.85005', '19.4002'],
      ['3', '实施与培训服务', '1项', '3.67893', '3.67893'],
      ['合计（万元）', '60.57913'],
    ])

    // Leaving one as printed (the choice there was before): his 4台 beside our line's 合价, said as left blank.
    const kept = await fill('wps-kept', await qtyWpsItems(), { qty: 'qty.buyer', t0r3qty: null })
    expect(kept.rows.slice(2, 4)).toEqual([
      ['1', '园区综合管理平台软件', '5套', '12.50', '62.50'],
      ['2', '边缘计算网关', '4台', '4.85005', '9.7001'],
    ])
    expect(kept.s.manual.map((m) => m.label)).toContain('边缘计算网关 数量')
  })
})

describe('works style: a table for every 标段, each closed by its 小计', () => {
  it('the buyer’s 工程量 in 第一标段: the row, that 小计 and the 合计 follow; 第二标段 untouched', async () => {
    const { rows, s } = await fill('works', await qtyWorksItems(), { t0r1qty: 'qty.buyer' }, lotted)
    expect(rows.slice(1)).toEqual([
      ['第一标段', '1', '园区综合管理平台软件', '套', '5', '125,000.00', '625,000.00'],
      ['第一标段', '2', '边缘计算网关', '台', '2', '48,500.50', '97,001.00'],
      ['第一标段小计', '722,001.00'],
      ['第二标段', '3', '实施与培训服务', '项', '1', '36,789.30', '36,789.30'],
      ['第二标段小计', '36,789.30'],
      ['合计', '758,790.30'],
    ])
    expect(s.unfilled).toEqual([])
    const ours = await fill('works-ours', await qtyWorksItems(), { qty: 'qty.ours' }, lotted)
    expect(ours.rows[1][4]).toBe('3')
    expect(ours.rows[3]).toEqual(['第一标段小计', '472,001.00'])
    expect(ours.rows.at(-1)).toEqual(['合计', '508,790.30'])
  })
})

describe('saved with the attached file: the print and the checks see the choice', () => {
  let ws: string
  const bidOf = async () =>
    (await cli('export', 'forms', ws, '--bid', 'b1', '--json')).json().buyerForms as {
      id: string
      overrides: Record<string, string | null>
    }[]

  beforeAll(async () => {
    ws = path.join(dir, 'ws')
    await fixtureWorkspace(ws)
  }, 60_000)

  it('map-form --map: form-blanks, the full export and P01 read the chosen quantities', async () => {
    const form = path.join(dir, '分项报价明细表.docx')
    await fs.writeFile(form, await qtyWordItems())
    const a = await attachForm(ws, form, '--section', '1=s5', '--json')
    expect(a.code, a.err).toBe(0)
    const id = a.json().entry.id as string
    const map = (...m: string[]) =>
      cli('export', 'map-form', ws, '--bid', 'b1', '--id', id, ...m.flatMap((x) => ['--map', x]))

    // A choice that is not one is refused, naming the choices; nothing is saved.
    const bad = await map('qty=row.spec')
    expect(bad.code).not.toBe(0)
    expect(bad.err).toContain(
      '数量的选择只能是 qty.ours（按报价数量）、qty.buyer（按招标方数量）或留空：qty=row.spec',
    )
    expect(bad.err).toContain('a quantity choice is qty.ours')
    expect((await bidOf())[0].overrides).toEqual({})

    expect((await map('t0r1qty=qty.buyer')).code).toBe(0)
    expect((await bidOf())[0].overrides).toEqual({ t0r1qty: 'qty.buyer' })
    const blanks = (await cli('export', 'form-blanks', ws, '--bid', 'b1', '--id', id, '--json')).json()
      .blanks as { id: string; status: string; key: string; value: string }[]
    expect(blanks.find((b) => b.id === 't0r1qty')).toMatchObject({ status: 'filled', value: '5' })

    const out = path.join(dir, 'full.docx')
    const e = await exportBid(ws, 'docx', out)
    expect(e.code, e.err).toBe(0)
    const text = (await docText(out)).join('\n')
    expect(text).toContain('625,000.00')
    expect(text).toContain('758,790.30')
    expect(text).toContain('柒拾伍万捌仟柒佰玖拾元叁角整')

    // The checks read the form as printed: its 合计 is another price than the quote's.
    const findings = (await cli('check', ws, '--bid', 'b1', '--json')).json() as {
      ruleId: string
      message: { zh: string }
    }[]
    const p01 = findings.filter((f) => f.ruleId === 'P01').map((f) => f.message.zh)
    expect(p01.join('\n')).toContain('¥758,790.30')

    // Our quantity for the whole file: the print is the quote again, and P01 has nothing to say.
    expect((await map('qty=qty.ours')).code).toBe(0)
    const again = path.join(dir, 'full-ours.docx')
    expect((await exportBid(ws, 'docx', again)).code).toBe(0)
    const t2 = (await docText(again)).join('\n')
    expect(t2).toContain('伍拾万捌仟柒佰玖拾元叁角整')
    expect(t2).not.toContain('758,790.30')
    const c2 = (await cli('check', ws, '--bid', 'b1', '--json')).json() as { ruleId: string }[]
    expect(c2.some((f) => f.ruleId === 'P01')).toBe(false)
    expect((await cli('export', 'detach-form', ws, '--bid', 'b1', '--id', id)).code).toBe(0)
  }, 240_000)

  it('export form --map rejects a bad quantity choice with zh/en and writes no file', async () => {
    const form = path.join(dir, 'word-cli.docx')
    await fs.writeFile(form, await qtyWordItems())
    const out = path.join(dir, 'word-cli-out.docx')
    const args = ['--bid', 'b1', '--form', form, '--out', out, '--map', 't0r1qty=投标人名称']
    const r = await cli('export', 'form', ws, ...args)
    expect(r.code).not.toBe(0)
    expect(r.err).toContain('t0r1qty=投标人名称')
    await expect(fs.access(out)).rejects.toThrow()
    const ok = await cli(
      'export',
      'form',
      ws,
      '--bid',
      'b1',
      '--form',
      form,
      '--out',
      out,
      '--map',
      't0r1qty=qty.ours',
      '--json',
    )
    expect(ok.code, ok.err).toBe(0)
    expect(ok.json().filled.find((f: { id: string }) => f.id === 't0r1qty').value).toBe('3')
  }, 120_000)
})
