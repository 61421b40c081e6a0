import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SectionDocSchema } from '@shared/schemas'
import { certificatePng, exportSectionDocx, putFile, tempDir } from './export-fixtures'
import { convert, pdfText } from './libreoffice'

/**
 * A section written in the editor reaches Word as real WordprocessingML: heading styles the 目录 lists, list items on
 * numbering definitions, a table with a merged header repeated on every page, a picture scaled to the text width.
 */
const run = promisify(execFile)

const t = (text: string) => [{ type: 'text' as const, text }]
const p = (text: string) => ({ type: 'paragraph' as const, content: t(text) })
const cell = (type: 'tableCell' | 'tableHeader', text: string, attrs: object = {}) => ({
  type,
  attrs,
  content: [p(text)],
})

let dir: string
let xml: string
let numbering: string
let pdf: string

beforeAll(async () => {
  dir = await tempDir('sections-docx')
  const png = await putFile(dir, certificatePng('系统架构图', '#1f6feb'), '架构图.png', 'image/png')
  const rows = Array.from({ length: 40 }, (_, i) =>
    ['1', '2', '3', '4'].map((c) => cell('tableCell', `R${i + 1}C${c}`)),
  )
  const doc = SectionDocSchema.parse({
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: t('总体设计') },
      p('系统采用分层架构。'),
      { type: 'heading', attrs: { level: 2 }, content: t('部署架构') },
      {
        type: 'orderedList',
        content: [
          { type: 'listItem', content: [p('接入层')] },
          {
            type: 'listItem',
            content: [
              p('服务层'),
              { type: 'bulletList', content: [{ type: 'listItem', content: [p('用户服务')] }] },
            ],
          },
          { type: 'listItem', content: [p('数据层')] },
        ],
      },
      { type: 'heading', attrs: { level: 3 }, content: t('性能指标') },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              cell('tableHeader', '序号', { rowspan: 2 }),
              cell('tableHeader', '指标', { colspan: 2 }),
              cell('tableHeader', '备注', { rowspan: 2 }),
            ],
          },
          { type: 'tableRow', content: [cell('tableHeader', '名称'), cell('tableHeader', '数值')] },
          ...rows.map((content) => ({ type: 'tableRow', content })),
        ],
      },
      { type: 'image', attrs: { ...png, title: '图1 系统架构' } },
    ],
  })
  const { out, ...parts } = await exportSectionDocx(dir, {
    id: 'b-sec',
    title: '结构化章节项目',
    sectionTitle: '技术方案',
    doc,
    file: 'sections.docx',
  })
  ;({ xml, numbering } = parts)
  await convert([out], dir, 'pdf', dir)
  pdf = path.join(dir, 'sections.pdf')
}, 180_000)
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const paras = () => xml.split('</w:p>')
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

describe('structured section → WordprocessingML', () => {
  it('writes numbered headings with heading styles under the section title, listed in the 目录', () => {
    const styled = (text: string) =>
      paras().find((x) => textOf(x) === text && /w:pStyle w:val="Heading\d"/.test(x))
    expect(styled('一、总体设计')).toMatch(/Heading2/)
    expect(styled('（一）部署架构')).toMatch(/Heading3/)
    // Level 3 prints as Heading4 (the section title is level 1); the contents lists levels 1–3.
    expect(paras().find((x) => textOf(x) === '1.性能指标')).toMatch(/Heading4/)
    // The contents lists levels 1–3 (the section title, 一、, （一）) and links each entry to its heading.
    const toc = xml.slice(0, xml.indexOf('<w:pStyle w:val="Heading2"/>'))
    expect(toc).toMatch(/PAGEREF _Toc\d+ \\h.*一、总体设计|一、总体设计.*PAGEREF _Toc\d+/)
    expect(toc).toContain('（一）部署架构')
    expect(toc).not.toContain('1.性能指标')
  })

  it('puts list items on numbering definitions, nested lists one level deeper', () => {
    const item = (text: string) => {
      const x = paras().find((q) => textOf(q) === text)!
      const m = /<w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/>/.exec(x)
      return m && { ilvl: Number(m[1]), numId: m[2] }
    }
    const [a, b, c, d] = ['接入层', '服务层', '用户服务', '数据层'].map(item)
    expect(a).toEqual({ ilvl: 0, numId: b!.numId })
    expect(d!.numId).toBe(a!.numId)
    expect(c!.ilvl).toBe(1)
    for (const x of [a!, c!]) {
      const num = new RegExp(`<w:num w:numId="${x.numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)
      expect(num).not.toBeNull()
      const abs = new RegExp(`<w:abstractNum w:abstractNumId="${num![1]}">(.*?)</w:abstractNum>`).exec(
        numbering,
      )![1]
      const lvl = new RegExp(`<w:lvl w:ilvl="${x.ilvl}">.*?<w:numFmt w:val="([a-zA-Z]+)"/>`).exec(abs)![1]
      expect(lvl).toBe(x === a ? 'decimal' : 'bullet')
    }
  })

  it('writes the table with borders, its merges and two header rows repeated on each page', () => {
    const tbl = xml.slice(
      xml.indexOf('<w:tbl>', xml.indexOf('性能指标')),
      xml.indexOf('</w:tbl>', xml.indexOf('性能指标')),
    )
    const rows = tbl.split('<w:tr>').slice(1)
    expect(rows).toHaveLength(42)
    expect(rows.slice(0, 2).every((r) => r.includes('<w:tblHeader/>'))).toBe(true)
    expect(rows[2]).not.toContain('<w:tblHeader/>')
    expect(rows[0]).toContain('<w:gridSpan w:val="2"/>')
    expect(rows[0].match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2)
    expect(rows[1].match(/<w:vMerge\/>/g)).toHaveLength(2)
    expect(tbl).toMatch(/<w:tblBorders>.*<w:insideH w:val="single"/)
  })

  it('scales the picture to the text width and prints its caption', () => {
    const ext = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)
    expect(ext).not.toBeNull()
    // A4 with 2.5/2.5 cm margins leaves ≤ 16 cm: 16 cm = 5 760 000 EMU.
    expect(Number(ext![1])).toBeGreaterThan(3_000_000)
    expect(Number(ext![1])).toBeLessThanOrEqual(5_760_000)
    expect(paras().some((x) => textOf(x) === '图1 系统架构')).toBe(true)
  })

  it('renders in LibreOffice: the list numbers, the repeated header and the picture are on the pages', async () => {
    const text = await pdfText(pdf)
    expect(text).toMatch(/1\.\s*接入层/)
    expect(text).toMatch(/3\.\s*数据层/)
    expect(text).toContain('R40C4')
    // The 42-row table crosses a page: its header rows print again on the next page.
    expect(text.match(/序号/g)!.length).toBeGreaterThanOrEqual(2)
    const images = (await run('pdfimages', ['-list', pdf])).stdout.trim().split('\n').slice(2)
    expect(images.length).toBeGreaterThanOrEqual(1)
  })
})
