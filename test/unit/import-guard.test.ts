import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { assertSafeOfficeZip, assertSheetWithinCaps, type Limits } from '@services/import/guard'
import { columnIndex } from '@services/import/sheet-caps'
import { buildZip, CONTENT_TYPES, sheetXml, type FixtureEntry } from './zip-fixture'

/**
 * Runs the guard, asserts it refused with `reason`, and returns the error for message checks. How fast a refusal
 * is belongs to `npm run bench` (guard_refusal: the guard alone on every crafted file; hostile_import: through the
 * import worker), not to a timed test on a shared machine.
 */
function expectRejected(buf: Buffer, reason: string, opts?: Partial<Limits>): AppError {
  let caught: unknown
  try {
    assertSafeOfficeZip(buf, opts)
  } catch (e) {
    caught = e
  }
  expect(caught, `expected ${reason}`).toBeInstanceOf(AppError)
  const err = caught as AppError
  expect(err.code).toBe('IMPORT_REJECTED')
  expect((err.details as { reason: string }).reason).toBe(reason)
  expect(err.zh.startsWith('导入的文件不安全或无法识别：')).toBe(true)
  return err
}

function office(extra: FixtureEntry[]): Buffer {
  return buildZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, ...extra])
}

function sheetZip(inner: string, dimension?: string): Buffer {
  return office([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(inner, dimension) }])
}

async function normalXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('招标要求')
  ws.addRow(['序号', '章节', '要求'])
  for (let i = 1; i <= 200; i++) ws.addRow([i, `第${i % 7}章`, `★ 技术要求第 ${i} 条，支持国产化`])
  ws.mergeCells('A202:C202')
  ws.getCell('D2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** Rewrites one part of a real Office file, the way an attacker edits a file Excel produced. */
async function patchPart(buf: Buffer, part: string, edit: (xml: string) => string | Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf)
  const xml = await zip.file(part)!.async('string')
  zip.file(part, edit(xml))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

describe('assertSafeOfficeZip: files that must pass', () => {
  it('passes a normal xlsx written by exceljs (with merges and a data validation), and exceljs can then load it', async () => {
    const buf = await normalXlsx()
    expect(() => assertSafeOfficeZip(buf)).not.toThrow()
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(buf as unknown as ArrayBuffer)
    expect(wb.getWorksheet('招标要求')!.rowCount).toBe(202)
  })

  it('passes a normal docx written by the docx library', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('投标函'), new Paragraph('致：某某采购中心')] }],
    })
    const buf = await Packer.toBuffer(doc)
    expect(() => assertSafeOfficeZip(buf)).not.toThrow()
  })

  it('passes a sheet exactly at the caps: row 100000, column 500 (SF)', () => {
    expect(columnIndex('SF')).toBe(500)
    expect(() =>
      assertSafeOfficeZip(
        sheetZip('<sheetData><row r="100000"><c r="SF100000"/></row></sheetData>', 'A1:SF100000'),
      ),
    ).not.toThrow()
  })
})

describe('assertSafeOfficeZip: zip bombs and size caps', () => {
  it('refuses an honest zip bomb (50 MB of zeros in ~50 KB) by its declared ratio, without inflating it', async () => {
    const bomb = office([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(50 * 1024 * 1024, 0x20) }])
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const err = expectRejected(bomb, 'RATIO')
    expect(err.en).toContain('xl/sharedStrings.xml')
    expect(err.en).toMatch(/compression ratio of \d+:1, over the limit of 200:1/)
    expect(err.zh).toContain('疑似 ZIP 炸弹')
    // Not inflated: with its compressed bytes replaced by noise it is refused for the same reason, not for the noise.
    const header = bomb.indexOf('xl/sharedStrings.xml') - 30 // its local file header
    const body = header + 30 + 'xl/sharedStrings.xml'.length
    const noisy = Buffer.from(bomb)
    for (let i = 0; i < bomb.readUInt32LE(header + 18); i++) noisy[body + i] = (i * 131 + 7) & 0xff
    expectRejected(noisy, 'RATIO')
    await expect(
      JSZip.loadAsync(noisy).then((z) => z.file('xl/sharedStrings.xml')!.async('string')),
    ).rejects.toThrow()
  })

  it('refuses a lying zip bomb: declared 1,000 bytes, actually inflates to 50 MB; stopped at the declared size', () => {
    const lie = office([
      { name: 'word/document.xml', data: Buffer.alloc(50 * 1024 * 1024, 0x20), declaredSize: 1000 },
    ])
    const err = expectRejected(lie, 'SIZE_MISMATCH')
    expect(err.en).toContain('expands beyond its declared 1000 bytes')
  })

  it('refuses a part that inflates to LESS than declared (a lying directory)', () => {
    const err = expectRejected(office([{ name: 'a.xml', data: '<a/>', declaredSize: 10 }]), 'SIZE_MISMATCH')
    expect(err.en).toContain('is 4 bytes, not the declared 10')
  })

  it('refuses when the declared total exceeds the cap, even if every entry is modest', () => {
    const parts = [1, 2, 3].map((i) => ({ name: `p${i}.xml`, data: `<p>${'x'.repeat(400)}</p>` }))
    const err = expectRejected(office(parts), 'TOTAL_TOO_LARGE', { maxTotalUncompressed: 1000 })
    expect(err.en).toContain('total expanded size exceeds')
  })

  it('refuses one entry declaring 300 MB before inflating anything', () => {
    expectRejected(
      office([{ name: 'big.bin', data: Buffer.alloc(10), method: 0, declaredSize: 300 * 1024 * 1024 }]),
      'ENTRY_TOO_LARGE',
    )
  })

  it('refuses a file over the size cap and a zip with too many entries', () => {
    expectRejected(office([{ name: 'a.xml', data: '<a/>' }]), 'FILE_TOO_LARGE', { maxFileBytes: 100 })
    const many = Array.from({ length: 20 }, (_, i) => ({ name: `p${i}.xml`, data: '<p/>' }))
    const err = expectRejected(office(many), 'TOO_MANY_ENTRIES', { maxEntries: 10 })
    expect(err.en).toContain('21 entries, more than the limit of 10')
  })
})

describe('assertSafeOfficeZip: sheets too large for exceljs to allocate', () => {
  it('refuses a cell at XFD1048576 from its cell reference', () => {
    const err = expectRejected(
      sheetZip('<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
      'SHEET_TOO_LARGE',
    )
    expect(err.en).toContain('row 1048576, limit 100000')
  })

  it('refuses a cell at XFD1 (column 16384) even in row 1', () => {
    const err = expectRejected(
      sheetZip('<sheetData><row r="1"><c r="XFD1" t="s"><v>0</v></c></row></sheetData>'),
      'SHEET_TOO_LARGE',
    )
    expect(err.en).toContain('column 16384, limit 500')
  })

  it('refuses a real exceljs file patched to hold a value at XFD1048576', async () => {
    const buf = await patchPart(await normalXlsx(), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>'),
    )
    expectRejected(buf, 'SHEET_TOO_LARGE')
  })

  it('refuses from the <dimension ref> alone', () => {
    const err = expectRejected(sheetZip('<sheetData/>', 'A1:XFD1048576'), 'SHEET_TOO_LARGE')
    expect(err.en).toContain('dimension A1:XFD1048576')
  })

  it('counts rows and cells that carry no r attribute', () => {
    const cells = '<c><v>1</v></c>'.repeat(501)
    const err = expectRejected(sheetZip(`<sheetData><row>${cells}</row></sheetData>`), 'SHEET_TOO_LARGE')
    expect(err.en).toContain('column 501, limit 500')
    const rows = '<row/>'.repeat(11)
    expect(
      expectRejected(sheetZip(`<sheetData>${rows}</sheetData>`), 'SHEET_TOO_LARGE', { maxRows: 10 }).en,
    ).toContain('row 11, limit 10')
  })

  it('refuses more cells than the cell cap', () => {
    const row = (r: number) =>
      `<row r="${r}">${[1, 2, 3, 4].map((c) => `<c r="${String.fromCharCode(64 + c)}${r}"/>`).join('')}</row>`
    const xml = `<sheetData>${Array.from({ length: 3 }, (_, i) => row(i + 1)).join('')}</sheetData>`
    expect(() => assertSafeOfficeZip(sheetZip(xml), { maxCells: 12 })).not.toThrow()
    expect(expectRejected(sheetZip(xml), 'SHEET_TOO_LARGE', { maxCells: 11 }).en).toContain(
      'more than 11 cells',
    )
  })

  it('refuses merged ranges and data validations that exceljs would expand cell by cell', () => {
    const merge = expectRejected(
      sheetZip('<sheetData/><mergeCells count="1"><mergeCell ref="A1:E500000"/></mergeCells>'),
      'SHEET_TOO_LARGE',
    )
    expect(merge.en).toContain('mergeCell A1:E500000')
    // 5 columns × 100,000 rows = 500,000 each; four of them exceed 2,000,000 cells in total.
    const dv =
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:E100000 F1:J100000 K1:O100000 P1:T100000 U1:U2"/></dataValidations>'
    expect(expectRejected(sheetZip(`<sheetData/>${dv}`), 'SHEET_TOO_LARGE').en).toContain(
      'expands to more than 2000000 cells',
    )
  })

  it('ignores a whole-sheet selection and whole-column <col> ranges, which exceljs does not expand', () => {
    const view =
      '<sheetViews><sheetView workbookViewId="0"><selection sqref="A1:XFD1048576"/></sheetView></sheetViews>'
    const cols = '<cols><col min="1" max="16384" width="9"/></cols>'
    expect(() => assertSafeOfficeZip(sheetZip(`${view}${cols}<sheetData/>`))).not.toThrow()
  })
})

describe('assertSafeOfficeZip: XXE and odd encodings', () => {
  const XXE = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'

  it('refuses a DOCTYPE in a real exceljs file', async () => {
    const buf = await patchPart(await normalXlsx(), 'xl/workbook.xml', (xml) =>
      xml.replace(/^<\?xml[^>]*>/, '$&<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
    )
    const err = expectRejected(buf, 'DOCTYPE')
    expect(err.en).toContain('part xl/workbook.xml contains a DOCTYPE/ENTITY declaration')
    expect(err.zh).toContain('XXE')
  })

  it('refuses a DOCTYPE hidden in UTF-16 (both byte orders) and in a part not named .xml', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(XXE, 'utf16le')])
    expectRejected(office([{ name: 'word/document.xml', data: le }]), 'DOCTYPE')
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(XXE, 'utf16le').swap16()])
    expectRejected(office([{ name: 'customXml/item1.xml', data: be }]), 'DOCTYPE')
    expectRejected(office([{ name: 'word/payload.bin', data: XXE }]), 'DOCTYPE')
  })

  it('refuses a billion-laughs ENTITY block even without the DOCTYPE keyword up front', () => {
    expectRejected(office([{ name: 'a.xml', data: '<r><!ENTITY lol "lol"></r>' }]), 'DOCTYPE')
  })

  it('refuses an XML part with NUL bytes that is not UTF-16', () => {
    const err = expectRejected(
      office([{ name: 'a.xml', data: Buffer.from('<a>\0\0\0</a>') }]),
      'XML_ENCODING',
    )
    expect(err.en).toContain('a.xml')
  })
})

describe('assertSafeOfficeZip: names and zip features we do not support', () => {
  it.each([
    ['../../evil', "'..' segment"],
    ['xl/../../evil.xml', "'..' segment"],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/evil.xml', 'drive letter'],
    ['xl\\worksheets\\sheet1.xml', 'backslash'],
  ])('refuses the entry name %s (%s)', (name, why) => {
    const err = expectRejected(office([{ name, data: '<a/>' }]), 'UNSAFE_NAME')
    expect(err.en).toContain(why)
    expect(err.en).toContain(name)
    expect((err.details as { entry: string }).entry).toBe(name)
  })

  it('accepts names that merely contain dots', () => {
    expect(() =>
      assertSafeOfficeZip(office([{ name: 'xl/..hidden../a..b.xml', data: '<a/>' }])),
    ).not.toThrow()
  })

  it('refuses duplicate names (case-insensitive, as OPC compares them)', () => {
    expectRejected(
      office([
        { name: 'xl/a.xml', data: '<a/>' },
        { name: 'XL/A.xml', data: '<b/>' },
      ]),
      'DUPLICATE_NAME',
    )
  })

  it('refuses encrypted entries, unknown compression, ZIP64 and multi-disk archives', () => {
    expect(expectRejected(office([{ name: 'a.xml', data: '<a/>', flags: 1 }]), 'ENCRYPTED').en).toContain(
      'a.xml is encrypted',
    )
    expectRejected(office([{ name: 'a.xml', data: '<a/>', method: 12 }]), 'UNSUPPORTED_METHOD')
    const base = [{ name: '[Content_Types].xml', data: CONTENT_TYPES }]
    expectRejected(buildZip(base, { zip64Locator: true }), 'ZIP64')
    expectRejected(buildZip(base, { totalEntries: 0xffff }), 'ZIP64')
    expectRejected(buildZip(base, { diskNo: 1 }), 'MULTI_DISK')
  })

  it('names legacy .xls/.doc and password-protected files, non-zips and non-Office zips', () => {
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)])
    expect(expectRejected(cfb, 'LEGACY_OR_ENCRYPTED_OFFICE').zh).toContain('另存为不加密的 .xlsx/.docx')
    expectRejected(Buffer.from('序号,要求\n1,abc\n'), 'NOT_ZIP')
    expectRejected(Buffer.alloc(0), 'NOT_ZIP')
    expect(expectRejected(buildZip([{ name: 'readme.txt', data: 'hi' }]), 'NOT_OFFICE').en).toContain(
      '[Content_Types].xml',
    )
  })

  it('refuses a directory whose entry points past the data area', () => {
    const buf = office([{ name: 'a.xml', data: '<a/>' }])
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    const second = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), cd + 4)
    buf.writeUInt32LE(0x7fff0000, second + 42)
    expectRejected(buf, 'CORRUPT_ZIP')
  })

  it('refuses a truncated file (EOCD cut off)', async () => {
    const buf = await normalXlsx()
    expectRejected(buf.subarray(0, buf.length - 10), 'NOT_ZIP')
  })

  it('refuses corrupt deflate data', () => {
    const buf = office([{ name: 'a.xml', data: '<a>hello hello hello</a>' }])
    const local = buf.indexOf(Buffer.from('a.xml')) + 5
    buf.fill(0xff, local, local + 4)
    expectRejected(buf, 'CORRUPT_ZIP')
  })
})

describe('assertSheetWithinCaps (after exceljs loaded a sheet)', () => {
  it('accepts the caps exactly and refuses one past each', () => {
    expect(() => assertSheetWithinCaps({ rows: 100_000, columns: 500, cells: 2_000_000 })).not.toThrow()
    for (const [dims, text] of [
      [{ rows: 100_001, columns: 1 }, 'row 100001, limit 100000'],
      [{ rows: 1, columns: 501 }, 'column 501, limit 500'],
      [{ rows: 10, columns: 10, cells: 2_000_001 }, '2000001 cells, limit 2000000'],
    ] as const) {
      let err: AppError | undefined
      try {
        assertSheetWithinCaps(dims, undefined, '报价表')
      } catch (e) {
        err = e as AppError
      }
      expect(err?.code).toBe('IMPORT_REJECTED')
      expect(err?.en).toContain(text)
      expect(err?.en).toContain('worksheet 报价表')
    }
  })
})

describe('assertSafeOfficeZip: caps counted while parsing (issue 18)', () => {
  it('refuses more merged ranges, validations, shared strings, style records and sheets than allowed', () => {
    const merges = Array.from({ length: 4 }, (_, i) => `<mergeCell ref="A${i * 2 + 1}:B${i * 2 + 1}"/>`).join(
      '',
    )
    expectRejected(sheetZip(`<sheetData/><mergeCells>${merges}</mergeCells>`), 'SHEET_TOO_LARGE', {
      maxMerges: 3,
    })
    const dvs = '<dataValidation type="list" sqref="A1"/>'.repeat(4)
    expectRejected(sheetZip(`<sheetData/><dataValidations>${dvs}</dataValidations>`), 'SHEET_TOO_LARGE', {
      maxValidations: 3,
    })
    const sst = `<sst>${'<si><t>x</t></si>'.repeat(4)}</sst>`
    expect(
      expectRejected(office([{ name: 'xl/sharedStrings.xml', data: sst }]), 'PART_TOO_LARGE', {
        maxSharedStrings: 3,
      }).en,
    ).toContain('more than 3 shared strings')
    const styles = `<styleSheet><cellXfs>${'<xf/>'.repeat(4)}</cellXfs></styleSheet>`
    expectRejected(office([{ name: 'xl/styles.xml', data: styles }]), 'PART_TOO_LARGE', { maxStyles: 3 })
    const wb = `<workbook><sheets>${'<sheet name="s" sheetId="1"/>'.repeat(4)}</sheets></workbook>`
    expectRejected(office([{ name: 'xl/workbook.xml', data: wb }]), 'SHEET_TOO_LARGE', { maxSheets: 3 })
  })

  it('counts cells across all sheets of the workbook, not per sheet', () => {
    const sheet = (n: number) => ({
      name: `xl/worksheets/sheet${n}.xml`,
      data: sheetXml('<sheetData><row r="1"><c r="A1"/><c r="B1"/></row></sheetData>'),
    })
    expect(() => assertSafeOfficeZip(office([sheet(1), sheet(2)]), { maxCells: 4 })).not.toThrow()
    expectRejected(office([sheet(1), sheet(2), sheet(3)]), 'SHEET_TOO_LARGE', { maxCells: 4 })
  })

  it('refuses nesting deeper than the limit and XML that does not parse, in any part', () => {
    const deep = `<a>${'<b>'.repeat(300)}${'</b>'.repeat(300)}</a>`
    expectRejected(office([{ name: 'word/document.xml', data: deep }]), 'PART_TOO_LARGE')
    const err = expectRejected(office([{ name: 'docProps/core.xml', data: '<a><b></a>' }]), 'XML_MALFORMED')
    expect(err.en).toContain('docProps/core.xml is not well-formed XML')
  })

  it('reads an attribute value holding ">" or quotes as the importer does', () => {
    const hidden = '<sheetData/><mergeCells><mergeCell xr:uid="a>b&quot;c" ref="A1:Z200000"/></mergeCells>'
    expect(expectRejected(sheetZip(hidden), 'SHEET_TOO_LARGE').en).toContain('mergeCell A1:Z200000')
  })
})
