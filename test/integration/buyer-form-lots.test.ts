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
import { plainLots, wordLots, wpsLots } from '@test/fixtures/buyer-forms/lots'
import { buildFixture, company, tempDir } from './export-fixtures'

/**
 * #13: a multi-lot bid's item tables. Each buyer table gets only the quote lines of its own lot (matched by the 包号
 * or 包名 printed before it or in its first row), a lot the bid is not for stays empty on purpose, and a table
 * that names no lot is not filled with every line but reported unfilled with the reason.
 */

let dir: string
let bid: Bid
let values: Record<string, string>

beforeAll(async () => {
  dir = await tempDir('lots')
  const { bid: b } = await buildFixture(dir)
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

async function fill(name: string, input: Buffer) {
  const out = path.join(dir, `${name}.docx`)
  const res = await fillBuyerForm({ input, values, out, data: formDataOf(bid), allowUnknown: true })
  const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string')
  return { s: summarizeFills(res.blanks), rows: tableRows(xml), blanks: res.blanks }
}

const names = (rows: string[][]) => rows.map((r) => r[1])

describe('item tables of a multi-lot bid', () => {
  it('Word style: the line before each table names its lot; each table holds its own lines and total', async () => {
    const { rows, blanks } = await fill('word-lots', await wordLots())
    expect(names(rows[0])).toEqual(['货物（服务）名称', '园区综合管理平台软件', '边缘计算网关', '472,001.00'])
    expect(names(rows[1])).toEqual(['货物（服务）名称', '实施与培训服务', '36,789.30'])
    // 合计 of lot 1 = 3 × 125,000 + 2 × 48,500.50; lot 2 = 36,789.30.
    expect(rows[0].at(-1)!.at(-1)).toBe('472,001.00')
    expect(rows[1].at(-1)!.at(-1)).toBe('36,789.30')
    const col = blanks.find((b) => b.id === 't1col1')!
    expect(col.reason?.zh).toContain('第2包（实施服务）的分项')
  })

  it('WPS style: the lot in the first row; the lot not bid on stays empty as chosen, not as missing', async () => {
    const { rows, s } = await fill('wps-lots', await wpsLots())
    expect(names(rows[0]).slice(2, 4)).toEqual(['园区综合管理平台软件', '边缘计算网关'])
    expect(names(rows[1]).slice(2, 4)).toEqual(['实施与培训服务', ''])
    expect(names(rows[2]).slice(2, 4)).toEqual(['', ''])
    expect(s.manual.some((m) => m.why.zh.includes('本投标不投第3包（运维服务）'))).toBe(true)
    expect(s.unfilled.filter((u) => u.why.zh.includes('包'))).toEqual([])
  })

  it('a table that names no lot is not filled with every line: unfilled with the reason', async () => {
    const { rows, s } = await fill('plain-lots', await plainLots())
    expect(rows[0].slice(1).flat().join('')).toBe('12合计')
    const why = s.unfilled.filter((u) => u.why.zh.includes('无法确定此表属于哪个包'))
    expect(why.length).toBeGreaterThanOrEqual(5)
  })

  it('CLI export form exits 1 naming the unclear lot table', async () => {
    const ws = path.join(dir, 'ws')
    const w = await createWorkspace(ws, { name: '多包', company })
    const { materials } = await buildFixture(ws)
    for (const m of materials) await w.create('materials', { ...m })
    // Each lot bid on states its 开标一览表 price (else the export gate stops at L09).
    const priced = bid.lots.map((l) => (l.bidding ? { ...l, price: l.id === 'l1' ? 472_001 : 36_789.3 } : l))
    await w.create('bids', { ...bid, lots: priced })
    await w.close()
    const form = path.join(dir, 'plain.docx')
    await fs.writeFile(form, await plainLots())
    const err: string[] = []
    const out: string[] = []
    const code = await runCli(
      [
        'export',
        'form',
        ws,
        '--bid',
        bid.id,
        '--form',
        form,
        '--out',
        path.join(dir, 'plain-cli.docx'),
        '--json',
      ],
      { out: (t) => out.push(t), err: (t) => err.push(t) },
    )
    const j = JSON.parse(out.join('\n'))
    expect(j.blocked, out.join('\n')).toBe(false)
    expect(code).toBe(1)
    expect(JSON.stringify(j.unfilled)).toContain('无法确定此表属于哪个包')
  })
})
