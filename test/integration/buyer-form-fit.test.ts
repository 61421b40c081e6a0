import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm } from '@services/export/docx/buyer-form'
import { formDataOf, summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { BidSchema, type Bid } from '@shared/schemas'
import { qtyItems, spacedItems, wordItems } from '@test/fixtures/buyer-forms/items'
import { p, r, rawDocx, table } from '@test/fixtures/buyer-forms/raw-docx'
import { buildFixture, company, tempDir } from './export-fixtures'
import { convert, pdfLines, wholeOnLines } from './libreoffice'

/**
 * Amounts and dates written into the narrow columns of a buyer's own tables print whole on one line of their cell
 * (Word → LibreOffice PDF, line by line): smaller, down to 小五, then narrower characters with tight padding, the
 * buyer's column widths untouched; a value that no readable print fits is reported on its blank.
 */

const BIG = '1,234,567.89'
const BIG_TOTAL = '1,646,357.19'

let dir: string
let bid: Bid
let lines: Record<string, string[]>
let fills: Record<string, ReturnType<typeof summarizeFills>>
let xml: Record<string, string>

/** A 开标一览表 whose 投标日期 column is 2.3 cm: the date fits only smaller and narrower. */
const dateForm = () =>
  rawDocx([
    p([r('开标一览表', { b: true, size: 32 })], { center: true }),
    table(
      [
        ['投标总价（元）', '投标日期'],
        ['', ''],
      ],
      2,
      1300,
    ),
  ])

beforeAll(async () => {
  dir = await tempDir('form-fit')
  const { bid: b } = await buildFixture(dir)
  // The second line costs 1,234,567.89: a 7-digit amount (12 characters) in the unit price and line total columns.
  bid = BidSchema.parse({
    ...b,
    quote: {
      ...b.quote,
      items: b.quote.items.map((i, k) => (k === 1 ? { ...i, qty: 1, unitPrice: 1_234_567.89 } : i)),
      openingSummary: { ...b.quote.openingSummary, price: 1_646_357.19 },
    },
  })
  const values = resolvePlaceholders(bid, company, { date: '2026-03-10' })
  const forms: Record<string, Buffer> = {
    // 货物清单 in 1.6 cm columns (907 twips), 12 pt cells.
    spaced: await spacedItems(907),
    // Ten columns of 1.46 cm (830 twips), 12 pt cells: the 7-digit amount cannot fit at 9 pt and 70 %.
    word: await wordItems(830),
    date: await dateForm(),
    // A 供货一览表 in 1 cm columns whose buyer printed "5套": our "3套" is written over it.
    qty: await qtyItems(567),
  }
  const overrides: Record<string, Record<string, string>> = { qty: { t0r1qty: 'qty.ours' } }
  fills = {}
  xml = {}
  const outs: string[] = []
  for (const [name, input] of Object.entries(forms)) {
    const out = path.join(dir, `${name}.docx`)
    const res = await fillBuyerForm({ input, values, out, data: formDataOf(bid), overrides: overrides[name] })
    fills[name] = summarizeFills(res.blanks)
    xml[name] = await (
      await JSZip.loadAsync(await fs.readFile(out))
    )
      .file('word/document.xml')!
      .async('string')
    outs.push(out)
  }
  await convert(outs, dir, 'pdf', dir)
  lines = {}
  for (const name of Object.keys(forms)) lines[name] = await pdfLines(path.join(dir, `${name}.pdf`))
}, 240_000)

const gridOf = (doc: string) => [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))

describe('values in the narrow columns of buyer tables (LibreOffice PDF, line by line)', () => {
  it('spaced style, 1.6 cm columns: 1,234,567.89 and every other amount print whole, no column is widened', () => {
    const l = lines.spaced
    // 单价 and 小计 of the second line, and the 开标一览表's total.
    expect(wholeOnLines(l, BIG), l.join('\n')).toBe(2)
    expect(wholeOnLines(l, BIG_TOTAL)).toBe(1)
    expect(wholeOnLines(l, '125,000.00')).toBe(1)
    expect(wholeOnLines(l, '375,000.00')).toBe(1)
    expect(wholeOnLines(l, '36,789.30')).toBe(2)
    expect(fills.spaced.filled.filter((f) => f.warning)).toEqual([])
    expect(gridOf(xml.spaced).slice(4)).toEqual(Array(7).fill(907))
    // Smaller (9 pt) and narrower, never below 小五.
    expect(xml.spaced).toMatch(
      /<w:w w:val="\d+"\/><w:sz w:val="18"\/><w:szCs w:val="18"\/><\/w:rPr><w:t xml:space="preserve">1,234,567\.89/,
    )
    expect([...xml.spaced.matchAll(/<w:sz w:val="(\d+)"/g)].every((m) => Number(m[1]) >= 18)).toBe(true)
  })

  it('Word style, 1.46 cm columns: the 6-digit amounts print whole; 1,234,567.89 cannot and is reported', () => {
    const l = lines.word
    expect(wholeOnLines(l, '125,000.00'), l.join('\n')).toBe(1)
    expect(wholeOnLines(l, '375,000.00')).toBe(1)
    expect(wholeOnLines(l, '36,789.30')).toBe(2)
    expect(gridOf(xml.word)).toEqual(Array(10).fill(830))
    const warned = fills.word.filled.filter((f) => f.warning)
    expect(warned.map((f) => f.id)).toEqual(['t0col7', 't0col8', 't0r3c8'])
    expect(warned[0].warning!.zh).toContain(`“${BIG}”在此列（宽 1.46 厘米）中缩至小五号（9 磅）`)
    expect(warned[2].warning!.zh).toContain(`“${BIG_TOTAL}”`)
  })

  it('a date in a 2.3 cm column prints whole on one line', () => {
    const l = lines.date
    expect(wholeOnLines(l, '2026年3月10日'), l.join('\n')).toBe(1)
    expect(wholeOnLines(l, BIG_TOTAL)).toBe(1)
    expect(fills.date.filled.map((f) => f.value)).toEqual([BIG_TOTAL, '2026年3月10日'])
  })

  it('our quantity with its unit written over the buyer’s in a 1 cm column prints whole', () => {
    expect(fills.qty.filled.find((f) => f.id === 't0r1qty')).toMatchObject({ value: '3套' })
    expect(fills.qty.filled.find((f) => f.id === 't0r1qty')?.warning).toBeUndefined()
    expect(wholeOnLines(lines.qty, '3套'), lines.qty.join('\n')).toBe(1)
  })
})
