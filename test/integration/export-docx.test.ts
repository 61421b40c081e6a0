import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBidDocx, type ExportDocxResult } from '@services/export/docx/assemble'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { isAppError } from '@shared/errors'
import { BidSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import { QUOTE_WORDS, SECTION_TITLES, buildFixture, company, tempDir } from './export-fixtures'
import { convert, pdfFonts, pdfPages, pdfText, pdfToPng } from './libreoffice'

const TEMPLATES = path.resolve(__dirname, '../../templates')
const PNG_DIR = path.resolve(__dirname, '../../test-results/export')

let dir: string
let original: ExportDocxResult
let originalText: string
let copyText: string
let pages: number
let fonts: string
let zip: JSZip

/** Finds each needle after the previous one; returns the index after the last, or -1 when one is missing. */
function inOrder(text: string, needles: string[], from = 0): number {
  let at = from
  for (const n of needles) {
    const i = text.indexOf(n, at)
    if (i < 0) return -1
    at = i + n.length
  }
  return at
}

beforeAll(async () => {
  dir = await tempDir('docx')
  // With a PDF scan: exportBidDocx itself has no gate, so the print shows what it does with one.
  const { bid, materials } = await buildFixture(dir, { pdfScan: true })
  const progress: number[] = []
  original = await exportBidDocx({
    bid,
    company,
    materials,
    workspaceDir: dir,
    copy: '正本',
    out: path.join(dir, 'bid-original.docx'),
    date: '2026-03-10',
    templatesDir: TEMPLATES,
    onProgress: (d) => progress.push(d),
  })
  expect(progress).toEqual(Array.from({ length: SECTION_TITLES.length + 4 }, (_, i) => i + 1))
  await exportBidDocx({
    bid,
    company,
    materials,
    workspaceDir: dir,
    copy: '副本',
    out: path.join(dir, 'bid-copy.docx'),
    date: '2026-03-10',
    templatesDir: TEMPLATES,
  })
  // One LibreOffice start converts both files.
  await convert([path.join(dir, 'bid-original.docx'), path.join(dir, 'bid-copy.docx')], dir, 'pdf', dir)
  const pdf = path.join(dir, 'bid-original.pdf')
  ;[originalText, copyText, pages, fonts] = await Promise.all([
    pdfText(pdf),
    pdfText(path.join(dir, 'bid-copy.pdf')),
    pdfPages(pdf),
    pdfFonts(pdf),
  ])
  await fs.mkdir(PNG_DIR, { recursive: true })
  await pdfToPng(pdf, path.join(PNG_DIR, 'bid-page'), 1, 3)
  zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'bid-original.docx')))
}, 240_000)

describe('the exported 投标文件 read by LibreOffice', () => {
  it('shows the project, the tender number and the 正本/副本 cover', () => {
    expect(originalText).toContain('智慧园区综合管理平台建设项目')
    expect(originalText).toContain('招标编号：ZB-2026-0315')
    expect(originalText).toContain('（正本）')
    expect(copyText).toContain('（副本）')
    expect(copyText).not.toContain('（正本）')
  })

  it('states the 开标一览表 price in figures and in generated words', () => {
    const afterToc = inOrder(originalText, SECTION_TITLES, originalText.indexOf('目'))
    const opening = originalText.indexOf(
      '开标一览表',
      inOrder(originalText, SECTION_TITLES.slice(0, 3), afterToc),
    )
    const summary = originalText.slice(opening, originalText.indexOf('报价明细表', opening))
    expect(summary).toContain('¥508,790.30')
    expect(summary.replace(/\s+/g, '')).toContain(QUOTE_WORDS)
    expect(originalText.replace(/\s+/g, '')).toContain(`（大写）：${QUOTE_WORDS}（小写：¥508,790.30）`)
  })

  it('lists every section title in the table of contents and then in the body, in the bid order', () => {
    const afterToc = inOrder(originalText, SECTION_TITLES, originalText.indexOf('目'))
    expect(afterToc).toBeGreaterThan(0)
    expect(inOrder(originalText, SECTION_TITLES, afterToc)).toBeGreaterThan(0)
    expect(original.headings).toEqual(SECTION_TITLES)
  })

  it('has a sane page count, the page x of y footer and the header on body pages', () => {
    expect(pages).toBeGreaterThanOrEqual(SECTION_TITLES.length + 2)
    expect(pages).toBeLessThanOrEqual(40)
    expect(originalText).toContain(`第 3 页 共 ${pages} 页`)
    expect(originalText).not.toContain('第 1 页') // the cover has no page number
  })

  it('embeds a CJK font', () => {
    const cjk = fonts.split('\n').filter((l) => /CJK|Song|Hei|Fang|Ming/i.test(l))
    expect(cjk.length).toBeGreaterThan(0)
    expect(cjk.every((l) => /\byes\b/.test(l))).toBe(true)
  })

  it('writes the amounts, markers and certificates where the forms ask', () => {
    expect(originalText).toContain('投标人（盖章）：华信智联科技有限公司')
    expect(originalText).toContain('法定代表人（签字）：________')
    expect(originalText).toContain('1. 营业执照（副本）')
    // A scan that cannot be printed is reported, never replaced by a note printed for the evaluators to read.
    expect(originalText).not.toMatch(/未嵌入|请另附|未附扫描件/)
    expect(original.skippedAttachments).toEqual([
      { materialId: 'm-fin', materialTitle: '2024 年度审计报告', name: '审计报告.pdf', reason: 'not-image' },
    ])
  })
})

describe('the structure of the exported .docx', () => {
  it('orders the level-1 headings as bid.sections', async () => {
    const xml = await zip.file('word/document.xml')!.async('string')
    const headings = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs),
    ].map((m) => paragraphTexts(m[0]).join(''))
    expect(headings).toEqual(SECTION_TITLES)
  })

  it('has the quote table with header, 3 items and 3 footer rows, and deviation tables with their rows', async () => {
    const xml = await zip.file('word/document.xml')!.async('string')
    const rowsOf = (t: string) => (t.match(/<w:tr[ >]/g) ?? []).length
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0])
    const quote = tables.find((t) => t.includes('边缘计算网关'))!
    expect(rowsOf(quote)).toBe(1 + 3 + 3)
    const business = tables.find((t) => t.includes('投标有效期不少于 90 日历天'))!
    expect(rowsOf(business)).toBe(1 + 2)
    const technical = tables.find((t) => t.includes('提供移动端应用'))!
    expect(rowsOf(technical)).toBe(1 + 3)
    expect(technical).toContain('★')
    // 营业执照, ISO9001, 纳税, 信用, the contract and the two ID cards; the PDF scan is not embedded.
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))).toHaveLength(7)
  })

  it('sets the header text, page fields, Chinese typography and A4 margins', async () => {
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /word\/header\d+\.xml/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    )
    expect(headers.map((h) => paragraphTexts(h).join(''))).toContain(
      '智慧园区综合管理平台建设项目　招标编号：ZB-2026-0315',
    )
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /word\/footer\d+\.xml/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    )
    const footer = footers.find((f) => f.includes('PAGE'))!
    expect(footer).toMatch(/PAGE/)
    expect(footer).toMatch(/NUMPAGES/)
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toMatch(
      /<w:docDefaults>.*w:eastAsia="SimSun".*<w:sz w:val="24"\/>.*w:eastAsia="zh-CN".*<w:spacing w:line="360" w:lineRule="auto"\/>/s,
    )
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="SimHei".*?<w:sz w:val="32"\/>/s)
    // The font table names each Chinese font's Chinese alternative and its class (serif Song, sans Hei).
    const fontTable = await zip.file('word/fontTable.xml')!.async('string')
    expect(fontTable).toMatch(
      /<w:font w:name="SimSun"><w:altName w:val="宋体"\/>.*?<w:family w:val="roman"\/>/,
    )
    expect(fontTable).toMatch(/<w:font w:name="SimHei"><w:altName w:val="黑体"\/>/)
    const doc = await zip.file('word/document.xml')!.async('string')
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(doc).toMatch(/<w:pgMar w:top="1440" w:right="1797" w:bottom="1440" w:left="1797"/)
    expect(doc).toContain('w:eastAsia="FangSong"') // the letters' font (仿宋)
  })
})

describe('export control', () => {
  it('cancels on abort and leaves no file, not even a temp file', async () => {
    const d = await tempDir('docx-cancel')
    const { bid, materials } = await buildFixture(d)
    const ac = new AbortController()
    const out = path.join(d, 'out', 'cancelled.docx')
    await fs.mkdir(path.dirname(out))
    const err = await exportBidDocx({
      bid,
      company,
      materials,
      workspaceDir: d,
      copy: '正本',
      out,
      templatesDir: TEMPLATES,
      signal: ac.signal,
      onProgress: (done) => done === 3 && ac.abort(),
    }).catch((e: unknown) => e)
    expect(isAppError(err) && err.code).toBe('CANCELLED')
    expect(await fs.readdir(path.dirname(out))).toEqual([])
  })

  it('keeps the event loop turning while a 500-section bid is assembled', async () => {
    const d = await tempDir('docx-big')
    const para =
      '本项目采用云边端三层架构，平台部署于采购人政务云，边缘计算网关部署于园区机房，满足全部技术要求。'.repeat(
        5,
      )
    const bid = BidSchema.parse({
      id: 'big',
      schemaVersion: BID_SCHEMA_VERSION,
      title: '大型投标',
      createdAt: 'x',
      updatedAt: 'x',
      tenderNo: 'BIG-1',
      sections: Array.from({ length: 500 }, (_, i) => ({
        id: `s${i}`,
        title: `第${i + 1}节`,
        content: Array(6).fill(para).join('\n\n'),
      })),
    })
    // A check-phase spinner: it advances only when the exporter gives the event loop a turn, so the count
    // measures yielding independently of how fast the machine is.
    let ticks = 0
    let running = true
    const spin = () => {
      ticks++
      if (running) setImmediate(spin)
    }
    setImmediate(spin)
    const ticksAtProgress: number[] = []
    const r = await exportBidDocx({
      bid,
      company,
      materials: [],
      workspaceDir: d,
      copy: '正本',
      out: path.join(d, 'big.docx'),
      templatesDir: TEMPLATES,
      onProgress: () => ticksAtProgress.push(ticks),
    })
    running = false
    expect(r.headings).toHaveLength(500)
    expect(ticksAtProgress).toHaveLength(504)
    // The loop turned between the sections: the count grows across the assembly, not only at the end.
    expect(ticksAtProgress[501] - ticksAtProgress[1]).toBeGreaterThanOrEqual(250)
    expect((await fs.stat(path.join(d, 'big.docx'))).size).toBeGreaterThan(10_000)
  }, 120_000)

  it('uses a form the workspace overrides instead of the shipped one', async () => {
    const d = await tempDir('docx-override')
    const { bid, materials } = await buildFixture(d)
    await fs.mkdir(path.join(d, 'templates', 'forms'), { recursive: true })
    const form = JSON.parse(await fs.readFile(path.join(TEMPLATES, 'forms', '投标函.json'), 'utf8'))
    form.blocks.unshift({ type: 'paragraph', text: '本公司专用投标函：{{bidderName}}' })
    await fs.writeFile(path.join(d, 'templates', 'forms', '投标函.json'), JSON.stringify(form))
    const out = path.join(d, 'o.docx')
    await exportBidDocx({
      bid,
      company,
      materials,
      workspaceDir: d,
      copy: '正本',
      out,
      templatesDir: TEMPLATES,
    })
    const xml = await (
      await JSZip.loadAsync(await fs.readFile(out))
    )
      .file('word/document.xml')!
      .async('string')
    expect(paragraphTexts(xml)).toContain('本公司专用投标函：华信智联科技有限公司')
  })

  it('refuses a broken workspace template with the file and field named', async () => {
    const d = await tempDir('docx-badtpl')
    const { bid, materials } = await buildFixture(d)
    await fs.mkdir(path.join(d, 'templates', 'forms'), { recursive: true })
    await fs.writeFile(
      path.join(d, 'templates', 'forms', '投标函.json'),
      '{"key":"投标函","title":"投标函","blocks":[{"type":"paragraf","text":"x"}]}',
    )
    const out = path.join(d, 'o.docx')
    const err = await exportBidDocx({
      bid,
      company,
      materials,
      workspaceDir: d,
      copy: '正本',
      out,
      templatesDir: TEMPLATES,
    }).catch((e: unknown) => e)
    expect(isAppError(err) && err.code).toBe('VALIDATION')
    expect(isAppError(err) && err.zh).toContain('投标函.json')
    await expect(fs.stat(out)).rejects.toThrow()
  })
})
