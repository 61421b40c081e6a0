/**
 * Seeds and generators for the importer fuzz test: valid .xlsx/.docx files as the importers expect
 * them, and fast-check arbitraries that damage them the ways real files and attackers do (bit flips,
 * truncation, spliced bytes, a part of the zip replaced by near-XML), plus random bytes and random zips.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Header } from 'docx'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import JSZip from 'jszip'
import { classicTable } from './matrices/fixtures'

export interface Seeds {
  requirementsXlsx: Buffer
  scoringXlsx: Buffer
  buyerDocx: Buffer
}

async function requirementsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('技术要求')
  ws.addRow(['某医院信息化项目技术需求'])
  ws.mergeCells('A1:E1')
  ws.addRow(['序号', '章节', '类型', '★', '招标要求'])
  ws.addRow([1, '第三章', '技术', '★', '质保期不少于 3 年'])
  ws.addRow([2, '第三章', '商务', '', '交货期 30 日内'])
  ws.addRow(['3', '第四章', '资格', '', { richText: [{ text: '具有' }, { text: 'ISO9001 证书' }] }])
  ws.getCell('E7').value = { formula: 'A3&"号"', result: '1号' }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

async function buyerDocument(): Promise<Buffer> {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] })
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('{{项目名称}} {{招标编号}}')] }) },
        children: [
          new Paragraph({ children: [new TextRun('致：{{采购人'), new TextRun({ text: '}}', bold: true })] }),
          new Paragraph('投标总价（大写）：{{投标总价大写}}'),
          new Table({ rows: [new TableRow({ children: [cell('投标人'), cell('{{投标人名称}}')] })] }),
          new Paragraph('{{未知字段}} &amp; 日期：{{日期}}'),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}

export async function buildSeeds(): Promise<Seeds> {
  return {
    requirementsXlsx: await requirementsWorkbook(),
    scoringXlsx: await classicTable(),
    buyerDocx: await buyerDocument(),
  }
}

/** Byte-level damage, applied in order. Offsets are taken modulo the current length. */
export type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; at: number; bytes: Uint8Array }
  | { op: 'zero'; at: number; len: number }

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('flip' as const),
      at: fc.nat(),
      bit: fc.integer({ min: 0, max: 7 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('splice' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('zero' as const),
      at: fc.nat(),
      len: fc.integer({ min: 1, max: 64 }),
    }),
  },
)

export function mutate(seed: Buffer, ops: readonly Mutation[]): Buffer {
  let b = Buffer.from(seed)
  for (const m of ops) {
    if (b.length === 0) break
    const at = m.at % b.length
    if (m.op === 'flip') b[at] ^= 1 << m.bit
    else if (m.op === 'truncate') b = b.subarray(0, at)
    else if (m.op === 'splice') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)])
    else b.fill(0, at, Math.min(b.length, at + m.len))
  }
  return b
}

/**
 * Pieces of what Office XML parsers meet: tags of the parts the importers read, cell references near
 * the limits, numeric character references out of range, entities, placeholders, and DOCTYPEs.
 * A dictionary like this is what lets a fuzzer get past the zip layer into the parsers.
 */
const XML_TOKENS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  '<sheetData>',
  '</sheetData>',
  '<row r="1">',
  '<row r="1048577">',
  '<row r="-1">',
  '</row>',
  '<c r="A1" t="s"><v>0</v></c>',
  '<c r="B2" t="s"><v>999999</v></c>',
  '<c r="XFD1048576"><v>1</v></c>',
  '<c r="A1" t="inlineStr"><is><t>招标要求</t></is></c>',
  '<c r="C3"><f>SUM(A1:A2)</f><v>x</v></c>',
  '<c r="D4" t="d"><v>not-a-date</v></c>',
  '<c r="E5" t="b"><v>2</v></c>',
  '<mergeCells count="1"><mergeCell ref="A1:ZZZ9"/></mergeCells>',
  '<mergeCell ref="B2:A1"/>',
  '<dimension ref="A1:XFD1048576"/>',
  '<sst><si><t>序号</t></si><si><t>评分项目</t></si></sst>',
  '<sheets><sheet name="x" sheetId="1" r:id="rId9"/></sheets>',
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
  '<w:p><w:r><w:t>',
  '</w:t></w:r></w:p>',
  '{{项目名称}}',
  '{{',
  '}}',
  '&#x110000;',
  '&#99999999999;',
  '&#xD800;',
  '&#0;',
  '&amp;',
  '&bogus;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<![CDATA[',
  ']]>',
  '<',
  '>',
  '"',
  '\u0000',
  '\uFEFF',
  '价格',
  '30',
  '-1e309',
]

const tokensArb = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...XML_TOKENS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    {
      maxLength: 24,
    },
  )
  .map((parts) => parts.join(''))

/** Random content inside well-formed wrappers too, so it reaches the code that reads text runs and cells. */
export const xmlishArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: tokensArb },
  { weight: 1, arbitrary: tokensArb.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`) },
  {
    weight: 1,
    arbitrary: tokensArb.map((t) => `<row r="2"><c r="A2" t="inlineStr"><is><t>${t}</t></is></c></row>`),
  },
)

const ENTRY_NAMES = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/worksheets/sheet1.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  'word/document.xml',
  'word/header1.xml',
  'word/_rels/document.xml.rels',
  '../../evil.txt',
  '/etc/passwd',
  'C:\\Windows\\evil',
  'a/../../b.xml',
  'dir/',
]

export interface RandomEntry {
  name: string
  data: string | Uint8Array
  compress: boolean
}

export const randomZipArb: fc.Arbitrary<RandomEntry[]> = fc.array(
  fc.record({
    name: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ENTRY_NAMES) },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
    ),
    data: fc.oneof(xmlishArb, fc.uint8Array({ maxLength: 256 })),
    compress: fc.boolean(),
  }),
  { maxLength: 8 },
)

export async function buildRandomZip(entries: readonly RandomEntry[]): Promise<Buffer> {
  const zip = new JSZip()
  for (const e of entries)
    zip.file(e.name, e.data, { compression: e.compress ? 'DEFLATE' : 'STORE', createFolders: false })
  return zip.generateAsync({ type: 'nodebuffer' })
}

/** One part of a valid file replaced, cut or extended with near-XML: passes the zip layer, hits the parsers. */
export interface PartEdit {
  part: number
  /** 'paragraph' inserts the text at a paragraph boundary of a Word part, so it stays namespace-correct XML. */
  how: 'replace' | 'append' | 'insert' | 'cut' | 'paragraph'
  at: number
  text: string
}

export const partEditArb: fc.Arbitrary<PartEdit> = fc.record({
  part: fc.nat(),
  how: fc.constantFrom(
    'replace' as const,
    'append' as const,
    'insert' as const,
    'cut' as const,
    'paragraph' as const,
  ),
  at: fc.nat(),
  text: xmlishArb,
})

export async function editPart(seed: Buffer, edits: readonly PartEdit[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(seed)
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir)
  for (const e of edits) {
    const name = names[e.part % names.length]
    const old = await zip.file(name)!.async('string')
    const boundaries = [...old.matchAll(/<w:p[ >]/g)].map((m) => m.index)
    const at =
      e.how === 'paragraph' && boundaries.length
        ? boundaries[e.at % boundaries.length]
        : old.length
          ? e.at % old.length
          : 0
    const next =
      e.how === 'replace'
        ? e.text
        : e.how === 'append'
          ? old + e.text
          : e.how === 'insert' || e.how === 'paragraph'
            ? old.slice(0, at) + e.text + old.slice(at)
            : old.slice(0, at)
    zip.file(name, next)
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
