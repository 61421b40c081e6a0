import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { strFromU8, strToU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBidXlsx } from '@services/export/xlsx/workbook'
import { zipEntries } from '@services/export/zip-write'
import { amountToWords } from '@shared/domain/amount'
import { BidSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import { company, NOW, tempDir } from './export-fixtures'
import { recalculated } from './libreoffice'

/**
 * #12.6: the 大写 and the 开标一览表 price are formulas on the 报价明细 cells. Proof: change the unit price INSIDE the
 * exported .xlsx (the sheet XML, as Excel would save it), let LibreOffice recalculate, read the sheets back: the total,
 * the 开标一览表 price and both 大写 cells changed, and the words equal shared/domain/amount's writer, for amounts that
 * exercise every rule (零 inside and across 万/亿, the optional 零 before 万/元, 角 without 分, 0 角 before 分, 整).
 */
const AMOUNTS = [
  0.05, 0.5, 10, 325.04, 1000.5, 1002.3, 107000.53, 100000, 100000.5, 1002003.07, 3300000, 3030000.1,
  20000001, 120000000.1, 908070605.04, 400000000, 999999999999.99,
]

let dir: string
let base: string

beforeAll(async () => {
  dir = await tempDir('xlsx-words')
  const bid = BidSchema.parse({
    id: 'bw',
    schemaVersion: BID_SCHEMA_VERSION,
    title: '大写公式验证项目',
    tenderNo: 'ZB-2026-0999',
    createdAt: NOW,
    updatedAt: NOW,
    quote: { items: [{ id: 'q1', name: '平台软件', unit: '套', qty: 1, unitPrice: 12345.67, taxRate: 13 }] },
  })
  base = path.join(dir, 'base.xlsx')
  await exportBidXlsx({ bid, company, out: base, workspaceDir: dir })
}, 120_000)
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

/** The exported file with the unit price cell F4 of 报价明细表 set to `price` in the sheet XML itself. */
async function withUnitPrice(price: number, out: string): Promise<void> {
  const files = unzipSync(await fs.readFile(base))
  const wb = strFromU8(files['xl/workbook.xml'])
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'])
  const rid = new RegExp('<sheet [^>]*name="报价明细表"[^>]*r:id="([^"]+)"').exec(wb)![1]
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!
  const part = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`
  const xml = strFromU8(files[part])
  const cell = /<c r="F4"([^>]*)>(?:<v>[^<]*<\/v>)?<\/c>|<c r="F4"([^>]*)\/>/
  expect(xml).toMatch(cell)
  files[part] = strToU8(xml.replace(cell, `<c r="F4"><v>${price}</v></c>`))
  await fs.writeFile(out, zipEntries(Object.entries(files).map(([name, data]) => ({ name, data }))))
}

describe('Excel 大写 and 开标一览表 price stay true after an edit (LibreOffice recalculation)', () => {
  it('carries formulas with the app’s values cached', async () => {
    const files = unzipSync(await fs.readFile(base))
    const all = Object.keys(files)
      .filter((n) => n.startsWith('xl/worksheets/sheet'))
      .map((n) => strFromU8(files[n]))
      .join('')
    expect(all).toContain(amountToWords(12345.67))
    expect(all).toMatch(/<f>[^<]*MID\(&quot;零壹贰叁肆伍陆柒捌玖&quot;/)
    expect(all).toContain('&apos;报价明细表&apos;!G5')
  })

  it('total, 开标一览表 price and both 大写 follow a changed unit price and agree with the writer', async () => {
    const inputs: string[] = []
    for (const [i, a] of AMOUNTS.entries()) {
      const f = path.join(dir, `case${i}.xlsx`)
      await withUnitPrice(a, f)
      inputs.push(f)
    }
    const sheets = await recalculated(inputs, dir)
    for (const [i, a] of AMOUNTS.entries()) {
      const quote = sheets[`case${i}-报价明细表`]
      const opening = sheets[`case${i}-开标一览表`]
      const totalRow = quote.find((r) => r[0] === '合计（小写）')!
      const wordsRow = quote.find((r) => r[0] === '合计（大写）')!
      const words = amountToWords(a)
      expect({ a, total: Number(totalRow[6].replace(/,/g, '')) }).toEqual({ a, total: a })
      expect({ a, words: wordsRow[6] }).toEqual({ a, words })
      const row = opening[3]
      expect({ a, price: Number(row[4].replace(/,/g, '')), words: row[5] }).toEqual({ a, price: a, words })
    }
  }, 300_000)
})

describe('every workbook prints one page wide, wrapped rows tall enough, one （我方）', () => {
  it('bid, matrix and competitor workbooks switch fit-to-page on for every sheet', async () => {
    const { buildMatrixXlsx, withUsMark } = await import('@services/matrices/export-xlsx')
    const { buildReportXlsx } = await import('@services/competitors/report-xlsx')
    const { buildReportModel } = await import('@shared/domain/competitors')
    const { sampleBid, sampleCompetitors } = await import('../fixtures/competitors/sample')
    const { makeMatrix } = await import('../unit/matrices/helpers')
    const m = makeMatrix(
      [{ id: 'A', category: '技术', maxPoints: 10, self: 8, est: { X: 6 } }],
      [
        { id: 'us', isUs: true },
        { id: 'X', price: 1049999.99 },
      ],
      { ourPrice: 987654.32 },
    )
    m.bidders = m.bidders.map((b) => (b.isUs ? { ...b, name: '杭州智联（我方）' } : b))
    const comp = await buildReportXlsx(
      buildReportModel({ bid: sampleBid, competitors: sampleCompetitors, date: '2026-03-01' }),
      sampleCompetitors,
    )
    const books = {
      bid: await fs.readFile(base),
      matrix: (await buildMatrixXlsx(m, { ourPrice: 987654.32, sweep: false })).bytes,
      competitors: comp,
    }
    for (const [name, bytes] of Object.entries(books)) {
      const files = unzipSync(bytes)
      const sheets = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      expect(sheets.length).toBeGreaterThan(0)
      for (const s of sheets) {
        const xml = strFromU8(files[s])
        expect({ name, s, fit: /<pageSetUpPr fitToPage="1"\/>/.test(xml) }).toEqual({ name, s, fit: true })
        expect({ name, s, wide: /fitToWidth="1"/.test(xml) && /paperSize="9"/.test(xml) }).toEqual({
          name,
          s,
          wide: true,
        })
      }
    }
    const shared = strFromU8(unzipSync(books.matrix)['xl/sharedStrings.xml'])
    expect(shared).toContain('杭州智联（我方）')
    expect(shared).not.toContain('（我方）（我方）')
    expect(withUsMark('华信')).toBe('华信（我方）')
    expect(withUsMark('华信(我方)')).toBe('华信(我方)')
  })
})
