import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { formDataOf, summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { BidSchema, type Bid } from '@shared/schemas'
import { emptySubtotals, groupSubtotals, lotWordsSubtotals } from '@test/fixtures/buyer-forms/subtotals'
import { buildFixture, company, tempDir } from './export-fixtures'

/**
 * #13: a 小计 row inside an item table without a 包号 column does not end the table (the rows after it are filled,
 * each 小计 the sum of its own rows, 合计 of all); a lot's 小计 printed in 小写 and in 大写 gets both.
 */

let dir: string
let bid: Bid
let lotted: Bid

beforeAll(async () => {
  dir = await tempDir('subtotals')
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

async function fill(name: string, input: Buffer, of = bid) {
  const out = path.join(dir, `${name}.docx`)
  const values = resolvePlaceholders(of, company, { date: '2026-03-10' })
  const res = await fillBuyerForm({ input, values, out, data: formDataOf(of), allowUnknown: true })
  const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string')
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphTexts(tc[0]).join('')),
  )
  return { rows, s: summarizeFills(res.blanks) }
}

describe('小计 rows inside an item table', () => {
  it('groups without a 包号 column: the item after the first 小计 is filled; each 小计 sums its own rows', async () => {
    const { rows, s } = await fill('groups', await groupSubtotals())
    expect(rows.slice(1)).toEqual([
      ['1', '园区综合管理平台软件', '3', '125,000.00', '375,000.00'],
      ['2', '边缘计算网关', '2', '48,500.50', '97,001.00'],
      ['小计（软硬件）', '472,001.00'],
      ['3', '实施与培训服务', '1', '36,789.30', '36,789.30'],
      ['小计（服务）', '36,789.30'],
      ['合计', '508,790.30'],
    ])
    expect(s.unfilled).toEqual([])
  })

  it('empty rows on both sides of a 小计: the quote’s lines in order, the third after the 小计', async () => {
    const { rows, s } = await fill('empty', await emptySubtotals())
    expect(rows.slice(1)).toEqual([
      ['园区综合管理平台软件', 'V3.0 企业版', '3', '125,000.00', '375,000.00'],
      ['边缘计算网关', 'EG-200', '2', '48,500.50', '97,001.00'],
      ['小  计', '472,001.00'],
      ['实施与培训服务', '含驻场 20 人日', '1', '36,789.30', '36,789.30'],
      ['合计', '508,790.30'],
    ])
    expect(s.unfilled).toEqual([])
  })

  it('a lot’s 小计 in 小写 and in 大写: both rows of each lot filled, the 合计 of all', async () => {
    const { rows, s } = await fill('lot-words', await lotWordsSubtotals(), lotted)
    expect(rows.slice(1)).toEqual([
      ['第一标段', '园区综合管理平台软件', '套', '3', '125,000.00', '375,000.00'],
      ['第一标段', '边缘计算网关', '台', '2', '48,500.50', '97,001.00'],
      ['第一标段小计（小写）', '472,001.00'],
      ['第一标段小计（大写）', '肆拾柒万贰仟零壹元整'],
      ['第二标段', '实施与培训服务', '项', '1', '36,789.30', '36,789.30'],
      ['第二标段小计（小写）', '36,789.30'],
      ['第二标段小计（大写）', '叁万陆仟柒佰捌拾玖元叁角整'],
      ['合计', '508,790.30'],
    ])
    expect(s.unfilled).toEqual([])
  })
})
