import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { createWorkspace } from '@services/store'
import { formDataOf, summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { BidSchema, type Bid } from '@shared/schemas'
import { qtyItems } from '@test/fixtures/buyer-forms/items'
import {
  badLotTable,
  plainLotTable,
  subtotalLotTable,
  wordLotTable,
  wpsLotTable,
} from '@test/fixtures/buyer-forms/lot-table'
import { buildFixture, company, tempDir } from './export-fixtures'
import { cli } from './cli-fixture'

/**
 * #13: one buyer item table for every lot (a 包号/标包/包段 column) is filled in place, row by row from each row's
 * lot; rows of a lot not bid on stay empty on purpose; a row naming no lot of the tender stops the table (exit 1
 * naming it). A quantity the buyer pre-printed that differs from the quote's is kept and reported with both
 * numbers (export form, export form-blanks).
 */

let dir: string
let single: Bid
let bid: Bid
let values: Record<string, string>

beforeAll(async () => {
  dir = await tempDir('lot-table')
  const { bid: b } = await buildFixture(dir)
  single = b
  const lots = [
    { id: 'l1', no: '1', name: '平台软件及网关' },
    { id: 'l2', no: '2', name: '实施服务' },
    { id: 'l3', no: '3', name: '运维服务', bidding: false },
  ]
  const lotOf: Record<string, string> = { q1: 'l1', q2: 'l1', q3: 'l2' }
  bid = BidSchema.parse({
    ...b,
    lots,
    quote: { ...b.quote, items: b.quote.items.map((i) => ({ ...i, lotId: lotOf[i.id] })) },
  })
  values = resolvePlaceholders(bid, company, { date: '2026-03-10' })
}, 60_000)

function tableRows(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphTexts(tc[0]).join('')),
    ),
  )
}

async function fill(name: string, input: Buffer, of = bid, overrides?: Record<string, string | null>) {
  const out = path.join(dir, `${name}.docx`)
  const res = await fillBuyerForm({ input, values, out, data: formDataOf(of), allowUnknown: true, overrides })
  const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string')
  return { s: summarizeFills(res.blanks), rows: tableRows(xml)[0], blanks: res.blanks }
}

describe('one item table for every lot', () => {
  it('Word style: rows pre-printed with 包号 take their lot’s lines; the lot not bid on stays empty', async () => {
    const { rows, s } = await fill('word', await wordLotTable())
    expect(rows).toEqual([
      ['包号', '序号', '货物（服务）名称', '规格型号', '数量', '单位', '单价', '合价'],
      ['1', '1', '园区综合管理平台软件', 'V3.0 企业版', '3', '套', '125,000.00', '375,000.00'],
      ['1', '2', '边缘计算网关', 'EG-200', '2', '台', '48,500.50', '97,001.00'],
      ['2', '3', '实施与培训服务', '含驻场 20 人日', '1', '项', '36,789.30', '36,789.30'],
      ['3', '4', '', '', '', '', '', ''],
      ['合计', '508,790.30'],
    ])
    expect(s.manual.map((m) => m.why.zh)).toContain('本投标不投第3包（运维服务），表中该包的行留空')
    expect(s.unfilled).toEqual([])
  })

  it('WPS style: 标包 merged down, buyer items by name within their lot, 万元; a different 数量 is kept and reported', async () => {
    const { rows, s, blanks } = await fill('wps', await wpsLotTable())
    expect(rows.slice(1)).toEqual([
      ['第一包', '园区综合管理平台软件', '3', '12.50', '37.50'],
      ['', '边缘计算网关', '4台', '4.85005', '9.7001'],
      ['第二包', '实施与培训服务', '1', '3.67893', '3.67893'],
      ['第三包（运维服务）', '驻场运维（第一年）', '1', '', ''],
      ['合计（万元）', '50.87903'],
    ])
    // Only the quantity is left to the user; the lot not bid on is not "missing".
    expect(s.unfilled.map((u) => u.why.zh)).toEqual([
      '招标方所列“边缘计算网关”数量为4台，报价数量为2台：未改写招标方的数量，请核对报价或向招标方澄清',
    ])
    const q = blanks.find((b) => b.id === 't0r2qty')!
    expect(q.where.zh).toBe('表1 第3行第3列')
    expect(q.why?.en).toBe(
      'the buyer lists 4台 of "边缘计算网关", the quote 2台: the buyer\'s figure is kept; check the quote or ask the buyer',
    )
    expect(s.manual.some((m) => m.why.zh.includes('本投标不投第3包（运维服务）'))).toBe(true)
  })

  it('plain style: an empty 包段 column gets each line’s lot; the extra line is a copied row', async () => {
    const { rows } = await fill('plain', await plainLotTable())
    expect(rows.slice(1)).toEqual([
      ['1', '1', '园区综合管理平台软件', 'V3.0 企业版', '3', '125,000.00', '375,000.00'],
      ['2', '1', '边缘计算网关', 'EG-200', '2', '48,500.50', '97,001.00'],
      ['3', '2', '实施与培训服务', '含驻场 20 人日', '1', '36,789.30', '36,789.30'],
      ['总价', '508,790.30'],
    ])
  })

  it('works style: each 标段 closed by its 小计 (the sum of its own lines), the table by the 合计 of all', async () => {
    const { rows, s } = await fill('subtotal', await subtotalLotTable())
    expect(rows.slice(1)).toEqual([
      ['第一标段', '1', '园区综合管理平台软件', '套', '3', '125,000.00', '375,000.00'],
      ['第一标段', '2', '边缘计算网关', '台', '2', '48,500.50', '97,001.00'],
      ['第一标段小计', '472,001.00'],
      ['第二标段', '3', '实施与培训服务', '项', '1', '36,789.30', '36,789.30'],
      ['第二标段小计', '36,789.30'],
      ['第三标段', '4', '', '', '', '', ''],
      ['第三标段小计', ''],
      ['合计', '508,790.30'],
    ])
    expect(s.unfilled).toEqual([])
    expect(s.manual.map((m) => m.why.zh)).toContain('本投标不投第3包（运维服务），表中该包的行留空')
  })

  it('a row naming a lot the tender does not have: the table is not filled, every column says why', async () => {
    const { rows, s } = await fill('bad', await badLotTable())
    expect(rows.slice(1).flat().join('')).toBe('14合计')
    const why = s.unfilled.filter((u) => u.why.zh.includes('第3行的包号“4”不是本项目的包'))
    // Every column of the table (包号 included) names the row.
    expect(why.length).toBe(5)
    expect(why[0].why.zh).toContain('无法按包填写此表')
    expect(why[0].where).toMatch(/^表1 /)
  })
})

describe('a quantity pre-printed by the buyer', () => {
  it('single-lot table: 5套 against our 3套 stays, reported; prices still filled; leaving it as printed clears it', async () => {
    const { rows, s } = await fill('qty', await qtyItems(), single)
    expect(rows[1]).toEqual(['园区综合管理平台软件', 'V3.0 企业版', '5套', '125,000.00', '375,000.00'])
    expect(rows[2]).toEqual(['边缘计算网关', 'EG-200', '2', '48,500.50', '97,001.00'])
    expect(s.unfilled.map((u) => [u.label, u.why.zh])).toEqual([
      [
        '园区综合管理平台软件 数量',
        '招标方所列“园区综合管理平台软件”数量为5套，报价数量为3套：未改写招标方的数量，请核对报价或向招标方澄清',
      ],
    ])
    // The column reads as the table will: the buyer's 5套 kept (not our 3), then 2 and the added row's 1.
    expect(s.filled.find((f) => f.id === 't0col2')?.value).toBe('5套；2；1')
    const kept = await fill('qty-kept', await qtyItems(), single, { t0r1qty: null })
    expect(kept.s.unfilled).toEqual([])
    expect(kept.s.manual.some((m) => m.label === '园区综合管理平台软件 数量')).toBe(true)
  })
})

describe('CLI', () => {
  let ws: string
  beforeAll(async () => {
    ws = path.join(dir, 'ws')
    const w = await createWorkspace(ws, { name: '多包', company })
    const { materials } = await buildFixture(ws)
    for (const m of materials) await w.create('materials', { ...m })
    const priced = bid.lots.map((l) => (l.bidding ? { ...l, price: l.id === 'l1' ? 472_001 : 36_789.3 } : l))
    await w.create('bids', { ...bid, lots: priced })
    await w.close()
  }, 60_000)

  it('export form exits 1 naming the table whose row names no lot', async () => {
    const form = path.join(dir, 'bad-cli.docx')
    await fs.writeFile(form, await badLotTable())
    const args = ['--bid', bid.id, '--form', form, '--out', path.join(dir, 'bad-out.docx'), '--json']
    const res = await cli('export', 'form', ws, ...args)
    const j = res.json()
    expect(j.blocked, res.out).toBe(false)
    expect(res.code).toBe(1)
    const unfilled = j.unfilled as { where: string; why: string }[]
    expect(unfilled.length).toBeGreaterThan(0)
    expect(JSON.stringify(unfilled)).toContain('第3行的包号“4”不是本项目的包')
    expect(unfilled.every((u) => u.where.startsWith('表1'))).toBe(true)
  })

  it('export form-blanks of an attached form shows the quantity finding with both numbers', async () => {
    const form = path.join(dir, 'wps-cli.docx')
    await fs.writeFile(form, await wpsLotTable())
    const att = await cli('export', 'attach-form', ws, '--bid', bid.id, '--form', form, '--json')
    expect(att.code, att.out + att.err).toBe(0)
    const forms = await cli('export', 'forms', ws, '--bid', bid.id, '--json')
    const id = forms.json().buyerForms[0].id as string
    const text = await cli('export', 'form-blanks', ws, '--bid', bid.id, '--id', id)
    expect(text.code, text.err).toBe(0)
    expect(text.out).toContain('✗ 未填')
    expect(text.out).toContain('招标方所列“边缘计算网关”数量为4台，报价数量为2台')
    const j = (await cli('export', 'form-blanks', ws, '--bid', bid.id, '--id', id, '--json')).json()
    const q = j.blanks.find((b: { id: string }) => b.id === 't0r2qty')
    expect(q.status).toBe('unfilled')
    expect(q.why.en).toContain('the buyer lists 4台 of "边缘计算网关", the quote 2台')
  })
})
