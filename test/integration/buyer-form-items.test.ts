import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '@cli/run'
import { fillBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { createWorkspace } from '@services/store'
import { formDataOf, summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { BidSchema, type Bid } from '@shared/schemas'
import { servicesItems, spacedItems, wordItems, wpsItems } from '@test/fixtures/buyer-forms/items'
import { p, r, rawDocx, table } from '@test/fixtures/buyer-forms/raw-docx'
import { QUOTE_TOTAL, buildFixture, company, tempDir } from './export-fixtures'
import { convert, pdfLines, wholeOnLines } from './libreoffice'

/**
 * The buyer's item tables (报价明细表 / 分项报价表) filled with the quote's lines in four house styles: one row per
 * line, rows copied from the buyer's last empty row when he printed fewer, columns by their header words, money in
 * the column's unit, the 合计 the sum of the printed lines (= the quote total), buyer-printed items matched by
 * name, unknown columns reported, and LibreOffice reading the filled table.
 */

let dir: string
let bid: Bid
let values: Record<string, string>

beforeAll(async () => {
  dir = await tempDir('items')
  const { bid: b } = await buildFixture(dir)
  const brands = ['云帆', '华信', '']
  const makers = ['杭州云帆制造有限公司', '宁波存储科技有限公司', '']
  bid = BidSchema.parse({
    ...b,
    quote: {
      ...b.quote,
      items: b.quote.items.map((i, k) => ({ ...i, brand: brands[k], manufacturer: makers[k] })),
    },
  })
  values = resolvePlaceholders(bid, company, { date: '2026-03-10' })
}, 60_000)

async function fill(
  name: string,
  input: Buffer,
  opts: { overrides?: Record<string, string | null>; of?: Bid } = {},
) {
  const out = path.join(dir, `${name}.docx`)
  const res = await fillBuyerForm({
    input,
    values,
    out,
    data: formDataOf(opts.of ?? bid),
    overrides: opts.overrides,
  })
  const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string')
  return { out, xml, s: summarizeFills(res.blanks), rows: tableRows(xml) }
}

/** Each row of each table as its cells' texts. */
function tableRows(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphTexts(tc[0]).join('')),
    ),
  )
}

const num = (s: string) => Number(s.replace(/,/g, ''))
const sum = (xs: string[]) => Math.round(xs.reduce((a, x) => a + num(x), 0) * 1e6) / 1e6

describe('item tables of buyer forms', () => {
  it('Word style: the two pre-numbered rows and one copied row hold the three lines; 合计 = Σ 合价 = the quote', async () => {
    const { rows, xml, s } = await fill('word-items', await wordItems())
    expect(rows[0]).toEqual([
      ['序号', '货物名称', '品牌', '规格型号', '制造商', '数量', '单位', '单价', '合价', '备注'],
      [
        '1',
        '园区综合管理平台软件',
        '云帆',
        'V3.0 企业版',
        '杭州云帆制造有限公司',
        '3',
        '套',
        '125,000.00',
        '375,000.00',
        '',
      ],
      [
        '2',
        '边缘计算网关',
        '华信',
        'EG-200',
        '宁波存储科技有限公司',
        '2',
        '台',
        '48,500.50',
        '97,001.00',
        '',
      ],
      ['3', '实施与培训服务', '', '含驻场 20 人日', '', '1', '项', '36,789.30', '36,789.30', ''],
      ['合计', '508,790.30', ''],
    ])
    expect(sum(rows[0].slice(1, 4).map((row) => row[8]))).toBe(QUOTE_TOTAL)
    // The copied row is the buyer's row: same cell properties, the value in the cell mark's font (仿宋, 12 pt).
    const trs = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0])
    const props = (tr: string) => [...tr.matchAll(/<w:tcPr>[\s\S]*?<\/w:tcPr>/g)].map((m) => m[0])
    expect(props(trs[3])).toEqual(props(trs[2]))
    expect(trs[3]).toMatch(
      /<w:r><w:rPr><w:rFonts w:ascii="仿宋" w:eastAsia="仿宋"\/><w:sz w:val="24"\/><\/w:rPr><w:t xml:space="preserve">实施与培训服务/,
    )
    expect(s.unfilled).toEqual([])
    expect(s.manual.map((m) => m.label)).toEqual(['备注'])
    expect(s.filled.find((f) => f.id === 't0r3c8')).toMatchObject({ key: '报价合计', value: '508,790.30' })
  })

  it('WPS style, two header rows under "报价（万元）": prices in 万元, spare rows left empty, the total adds up', async () => {
    const { rows, s } = await fill('wps-items', await wpsItems())
    const body = rows[0].slice(2, 7)
    expect(body.slice(0, 3)).toEqual([
      ['1', '园区综合管理平台软件', '云帆 V3.0 企业版', '3', '12.50', '37.50'],
      ['2', '边缘计算网关', '华信 EG-200', '2', '4.85005', '9.7001'],
      ['3', '实施与培训服务', '含驻场 20 人日', '1', '3.67893', '3.67893'],
    ])
    expect(body.slice(3)).toEqual([Array(6).fill(''), Array(6).fill('')])
    expect(rows[0][7]).toEqual(['合计（万元）', '50.87903'])
    expect(sum(body.slice(0, 3).map((row) => row[5]))).toBe(50.87903)
    expect(s.filled.find((f) => f.id === 't0col4')).toMatchObject({
      key: 'row.unitPrice',
      label: '报价（万元）/单价',
    })
  })

  it('items printed by the buyer get the line of the same name; one the quote lacks is reported; 大写 and 小写 totals', async () => {
    const { rows, s } = await fill('services-items', await servicesItems())
    expect(rows[0].slice(1, 5)).toEqual([
      ['1', '实施与培训服务', '1', '36,789.30', ''],
      ['2', '园区综合管理平台软件', '3', '375,000.00', ''],
      ['3', '边缘计算网关', '2', '97,001.00', ''],
      ['4', '驻场运维（第二年）', '1', '', ''],
    ])
    expect(rows[0][5]).toEqual(['合计（大写）', '伍拾万捌仟柒佰玖拾元叁角整'])
    expect(rows[0][6]).toEqual(['合计（小写）', '508,790.30'])
    expect(s.unfilled).toEqual([
      expect.objectContaining({
        id: 't0r4',
        label: '驻场运维（第二年）',
        why: expect.objectContaining({ zh: expect.stringContaining('没有同名分项') }),
      }),
    ])
  })

  it('spaced headers and an unknown 产地 column; a 开标一览表 in the same file stays a one-row summary; overrides', async () => {
    const first = await fill('spaced-items', await spacedItems())
    expect(first.rows[0][1]).toEqual([
      '智慧园区综合管理平台建设项目',
      '508,790.30',
      '合同签订后 60 日历天',
      '无',
    ])
    expect(first.rows[0]).toHaveLength(2)
    expect(first.rows[1].slice(1)).toEqual([
      ['1', '园区综合管理平台软件', 'V3.0 企业版', '', '3', '125,000.00', '375,000.00'],
      ['2', '边缘计算网关', 'EG-200', '', '2', '48,500.50', '97,001.00'],
      ['3', '实施与培训服务', '含驻场 20 人日', '', '1', '36,789.30', '36,789.30'],
    ])
    expect(first.s.unfilled).toEqual([
      expect.objectContaining({
        id: 't1col3',
        label: '产地',
        why: expect.objectContaining({ zh: '未识别的列“产地”' }),
      }),
    ])
    // The user's choices: 产地 left blank, 型号 printed as brand + model.
    const chosen = await fill('spaced-chosen', await spacedItems(), {
      overrides: { t1col3: null, t1col2: 'row.brandSpec' },
    })
    expect(chosen.s.unfilled).toEqual([])
    expect(chosen.rows[1].slice(1).map((row) => row[2])).toEqual([
      '云帆 V3.0 企业版',
      '华信 EG-200',
      '含驻场 20 人日',
    ])
    expect(chosen.s.manual).toEqual([expect.objectContaining({ id: 't1col3' })])
  })

  it('a quote without lines, or a table without an empty row, leaves the columns unfilled with the reason', async () => {
    const none = await fill('no-lines', await wordItems(), {
      of: BidSchema.parse({ ...bid, quote: { ...bid.quote, items: [] } }),
    })
    expect(none.s.unfilled.find((u) => u.id === 't0col1')?.why.zh).toBe('报价明细中没有分项（报价页签）')
    expect(none.rows[0][1].slice(1)).toEqual(Array(9).fill(''))
    const noRow = await rawDocx([
      p([r('报价明细表')]),
      table(
        [
          ['序号', '名称', '数量', '单价', '合价'],
          [{ text: '合计', span: 4 }, ''],
        ],
        5,
      ),
    ])
    const full = await fill('no-row', noRow)
    expect(full.s.unfilled.find((u) => u.id === 't0col1')?.why.zh).toBe('表中没有可填写的空行')
    expect(full.rows[0][1]).toEqual(['合计', ''])
  })

  it('export form (CLI) fills the item table through the export use case; LibreOffice reads the rows', async () => {
    const root = await tempDir('items-cli')
    const ws = await createWorkspace(path.join(root, 'ws'), { name: '测试工作区', company })
    await ws.create('bids', { ...bid, materialIds: [] })
    await ws.close()
    const form = path.join(root, 'word-items.docx')
    await fs.writeFile(form, await wordItems())
    const out = path.join(root, 'filled.docx')
    const o: string[] = []
    const io = { out: (t: string) => o.push(t), err: (t: string) => o.push(t) }
    const args = [
      'export',
      'form',
      path.join(root, 'ws'),
      '--bid',
      'b1',
      '--form',
      form,
      '--out',
      out,
      '--json',
    ]
    const code = await runCli([...args, '--date', '2026-03-10', '--force'], io)
    expect(code, o.join('\n')).toBe(0)
    const res = JSON.parse(o[0])
    expect(res.filled).toContainEqual(expect.objectContaining({ id: 't0col8', key: 'row.lineTotal' }))
    expect(res.filled.filter((f: { warning?: unknown }) => f.warning)).toEqual([])
    await convert([out], root, 'pdf', root)
    const pdf = path.join(root, 'filled.pdf')
    const lines = await pdfLines(pdf)
    // Every filled cell on the page, the copied third row and the 合计 included (a cell's lines in order).
    const text = lines.join('').replace(/\s+/g, '')
    for (const v of [
      '实施与培训服务',
      '含驻场20人日',
      '36,789.30',
      '375,000.00',
      '97,001.00',
      '杭州云帆制造有限公司',
      '508,790.30',
    ])
      expect(text).toContain(v)
    // The columns are 1.46 cm: each amount is printed smaller (no less than 9 pt) and whole on one line of its
    // cell, never 125,000. | 00.
    for (const v of ['125,000.00', '375,000.00', '48,500.50', '97,001.00', '36,789.30', '508,790.30'])
      expect(wholeOnLines(lines, v), v).toBe(v === '36,789.30' ? 2 : 1)
  }, 180_000)
})
