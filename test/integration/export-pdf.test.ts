import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBidDocxPaged, exportBidPdf, type PagedExportResult } from '@services/export/pdf/bid'
import { fillPageFields } from '@services/export/pdf/fields'
import { pdfDestName } from '@services/export/pdf/pdf-dests'
import { findSoffice } from '@services/export/pdf/soffice'
import { isAppError } from '@shared/errors'
import { MatrixSchema, type Bid } from '@shared/schemas'
import { buildFixture, company, tempDir } from './export-fixtures'
import { pdfFonts, pdfPages, pdfToPng } from './libreoffice'

const run = promisify(execFile)

/** The text of each page of a PDF (pdftotext, one call per page: robust to any form feed inside text). */
async function pageTexts(pdf: string): Promise<string[]> {
  const n = await pdfPages(pdf)
  const out: string[] = []
  for (let p = 1; p <= n; p++)
    out.push((await run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'])).stdout)
  return out
}

/** Page (1-based) whose text holds `line` as a line of its own, after `from`. */
function pageOfHeading(pages: string[], heading: string, from = 0): number {
  for (let i = from; i < pages.length; i++)
    if (pages[i].split('\n').some((l) => l.trim() === heading)) return i + 1
  return -1
}

let dir: string
let bid: Bid
let pdf: PagedExportResult
let pages: string[]
const out = { pdf: '', docx: '', docxOnly: '' }

/** Long sections so headings land on different pages, several on one, and numbers reach two digits. */
function longText(title: string, paras: number): string {
  const p = `${title}：本节说明我方针对招标文件要求的具体响应措施、实施步骤、人员安排与质量保证办法，确保项目按期高质量交付。`
  return Array.from({ length: paras }, (_, i) => `${i + 1}. ${p.repeat(3)}`).join('\n')
}

beforeAll(async () => {
  dir = await tempDir('pdf')
  const fx = await buildFixture(dir)
  bid = {
    ...fx.bid,
    sections: fx.bid.sections.map((s) =>
      s.id === 's10'
        ? {
            ...s,
            content: `一、总体设计\n${longText('总体设计', 14)}\n二、视频接入\n${longText('视频接入', 9)}\n三、实施计划\n${longText('实施计划', 16)}`,
          }
        : s,
    ),
  }
  const matrix = MatrixSchema.parse({
    id: 'mx1',
    schemaVersion: 1,
    title: '评分矩阵',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    bidId: bid.id,
    items: [
      { id: 'i1', name: '投标报价', category: '价格', maxPoints: 30, kind: 'objective' },
      { id: 'i2', name: '技术方案', category: '技术', maxPoints: 40, evidence: { sectionIds: ['s10'] } },
      { id: 'i3', name: '类似业绩', category: '商务', maxPoints: 10, evidence: { sectionIds: ['s9'] } },
      { id: 'i4', name: '售后服务', category: '商务', maxPoints: 20, evidence: { sectionIds: ['s11'] } },
    ],
  })
  out.pdf = path.join(dir, '投标文件.pdf')
  out.docx = path.join(dir, '投标文件.docx')
  out.docxOnly = path.join(dir, 'only.docx')
  const common = {
    bid,
    company,
    materials: fx.materials,
    matrix,
    workspaceDir: dir,
    copy: '正本' as const,
    date: '2026-03-10',
  }
  if (!findSoffice()) return
  pdf = await exportBidPdf({ ...common, out: out.pdf, docxOut: out.docx })
  pages = await pageTexts(out.pdf)
}, 300_000)
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

describe.runIf(findSoffice())('PDF export through LibreOffice with true page numbers', () => {
  it('lists every heading in the 目录 with the page it is printed on', () => {
    const toc = pages.findIndex((t) => /目\s*录/.test(t))
    expect(toc).toBeGreaterThanOrEqual(0)
    const entries = [...pages[toc].matchAll(/^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$/gm)].map((m) => ({
      title: m[1],
      page: Number(m[2]),
    }))
    expect(entries.length).toBeGreaterThanOrEqual(12)
    for (const e of ['投标函', '技术方案', '一、总体设计', '三、实施计划', '服务承诺书'])
      expect(entries.map((x) => x.title)).toContain(e)
    let from = toc + 1
    for (const e of entries) {
      const printed = pageOfHeading(pages, e.title, from)
      expect({ title: e.title, page: e.page }).toEqual({ title: e.title, page: printed })
      from = printed - 1
    }
    // Not all on one page, and the numbers go past 9 (a wider number must not move anything).
    expect(new Set(entries.map((e) => e.page)).size).toBeGreaterThan(8)
    expect(Math.max(...entries.map((e) => e.page))).toBeGreaterThanOrEqual(10)
  })

  it('gives each 评分索引表 row the page where its section starts', () => {
    const at = pages.findIndex((t) => t.includes('评分索引表') && t.includes('投标文件对应章节'))
    expect(at).toBeGreaterThanOrEqual(0)
    const rows: Record<string, number> = {}
    for (const m of pages[at].matchAll(/^\s*\d+\s+\S+\s+(\S+)\s+\d+\s+(\S+)\s+(\d+)\s*$/gm))
      rows[m[1]] = Number(m[3])
    const start = (title: string) => pageOfHeading(pages, title, at + 1)
    expect(rows).toEqual({
      投标报价: start('开标一览表'),
      技术方案: start('技术方案'),
      类似业绩: start('类似项目业绩表'),
      售后服务: start('服务承诺书'),
    })
  })

  it('the .docx of the same pass carries the same numbers as cached field results, no longer dirty', async () => {
    const xml = strFromU8(unzipSync(await fs.readFile(out.docx))['word/document.xml'])
    for (const [bookmark, page] of Object.entries(pdf.pages)) {
      const re = new RegExp(
        `PAGEREF ${bookmark} \\\\h[^<]*</w:instrText>(?:(?!fldCharType="end").)*?<w:t>${page}</w:t>`,
      )
      expect(xml).toMatch(re)
    }
    expect(xml).not.toContain('w:dirty="true"')
    expect(pdf.pageNumbers).toBe('libreoffice')
    expect(pdf.pageCount).toBe(pages.length)
  })

  it('prints body text in a serif CJK face and headings in a sans (hei) face', async () => {
    const fonts = await pdfFonts(out.pdf)
    expect(fonts).toMatch(/Noto\s?Serif\s?CJK|SimSun|Song/i)
    expect(fonts).toMatch(/Noto\s?Sans\s?CJK\S*-Bold|SimHei|Hei/i)
    await pdfToPng(out.pdf, path.join(dir, 'page'), 1, 3)
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('page') && n.endsWith('.png'))).toHaveLength(3)
  })

  it('a .docx export fills the page numbers from the same kind of pass', async () => {
    const r = await exportBidDocxPaged({
      bid,
      company,
      materials: [],
      workspaceDir: dir,
      copy: '副本',
      out: out.docxOnly,
      date: '2026-03-10',
    })
    expect(r.pageNumbers).toBe('libreoffice')
    expect(Object.keys(r.pages).length).toBeGreaterThan(10)
  }, 300_000)
})

describe('without LibreOffice', () => {
  it('PDF is a clear LIBREOFFICE_MISSING error and no file; .docx exports with the fields for Word and a note', async () => {
    const saved = process.env.BIDBENCH_SOFFICE
    process.env.BIDBENCH_SOFFICE = ''
    try {
      const target = path.join(dir, 'none.pdf')
      const err = await exportBidPdf({
        bid,
        company,
        materials: [],
        workspaceDir: dir,
        copy: '正本',
        out: target,
      }).catch((e: unknown) => e)
      expect(isAppError(err) && err.code).toBe('LIBREOFFICE_MISSING')
      expect((err as Error & { zh: string }).zh).toContain('LibreOffice')
      await expect(fs.access(target)).rejects.toThrow()
      const r = await exportBidDocxPaged({
        bid,
        company,
        materials: [],
        workspaceDir: dir,
        copy: '正本',
        out: path.join(dir, 'word.docx'),
      })
      expect(r.pageNumbers).toBe('word-on-open')
      expect(r.note?.zh).toContain('Word')
      const xml = strFromU8(unzipSync(await fs.readFile(path.join(dir, 'word.docx')))['word/document.xml'])
      expect(xml).toContain('w:dirty="true"')
    } finally {
      if (saved === undefined) delete process.env.BIDBENCH_SOFFICE
      else process.env.BIDBENCH_SOFFICE = saved
    }
  }, 120_000)
})

describe('field filling and destination names', () => {
  it('fills nested and simple PAGEREF fields, keeps the run format, and clears dirty flags it can', () => {
    const f = (instr: string, result: string, dirty = true) =>
      `<w:r><w:rPr><w:b/></w:rPr><w:fldChar w:fldCharType="begin"${dirty ? ' w:dirty="true"' : ''}/></w:r>` +
      `<w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
      `${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    const xml =
      `<w:p>${f('TOC \\o &quot;1-3&quot;', `<w:r><w:t>a</w:t></w:r>${f(' PAGEREF _Toc1 \\h ', '')}`)}</w:p>` +
      `<w:p>${f('PAGEREF _Ref9 \\h', '<w:r><w:t>99</w:t></w:r>')}</w:p>` +
      '<w:p><w:fldSimple w:instr=" PAGEREF _Ref7 \\h "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>' +
      `<w:p>${f('PAGEREF _Gone \\h', '')}</w:p>`
    const r = fillPageFields(
      xml,
      new Map([
        ['_Toc1', 12],
        ['_Ref9', 3],
        ['_Ref7', 40],
      ]),
    )
    expect(r.filled).toBe(3)
    expect(r.missing).toEqual(['_Gone'])
    expect(r.xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t>12</w:t></w:r>')
    expect(r.xml).toContain('<w:t>3</w:t>')
    expect(r.xml).not.toContain('<w:t>99</w:t>')
    expect(r.xml).toContain('<w:t>40</w:t>')
    // The TOC field and the filled PAGEREFs are clean; the one without a page stays dirty.
    expect(r.xml.match(/w:dirty="true"/g)).toHaveLength(1)
  })

  it('spells destination names as LibreOffice writes them', () => {
    expect(pdfDestName('_Toc12')).toBe('5FToc12')
    expect(pdfDestName('a-b.c')).toBe('a-b2Ec')
    expect(pdfDestName('章')).toBe('7AE0')
  })
})

describe.runIf(findSoffice())('CLI export pdf', () => {
  it('exports the sample bid as PDF and the numbered .docx of the same pass; doctor names LibreOffice', async () => {
    const { command: demo } = await import('@cli/commands/demo')
    const { command: exportCmd } = await import('@cli/commands/export')
    const { command: doctor } = await import('@cli/commands/doctor')
    const o: string[] = []
    const e: string[] = []
    const io = { out: (t: string) => o.push(t), err: (t: string) => e.push(t) }
    const ws = path.join(dir, 'demo-ws')
    expect(await demo.run([ws], io)).toBe(0)
    const target = path.join(dir, 'cli.pdf')
    const docx = path.join(dir, 'cli.docx')
    // The clean sample bid: the goods bid is stopped by the export gate (export-gate-cli.test.ts).
    const argv = ['pdf', ws, '--bid', 'bid-energy-itops', '--out', target, '--docx', docx, '--json']
    expect(await exportCmd.run(argv, io)).toBe(0)
    const r = JSON.parse(o[o.length - 1]) as PagedExportResult
    expect(r.pageNumbers).toBe('libreoffice')
    expect(r.pageCount).toBe(await pdfPages(target))
    const toc = (await pageTexts(target)).find((t) => /目\s*录/.test(t))!
    expect(toc).toMatch(/投标函\s*\.{4,}\s*\d+/)
    await expect(fs.stat(docx)).resolves.toBeTruthy()
    // The printed sample, checked as a 评标委员会 reads it (issue #12; the PNG pages were looked at too).
    const pages = await pageTexts(target)
    const all = pages.join('\f')
    const page = (title: string) => pages[pageOfHeading(pages, title) - 1] ?? ''
    // One price: every ¥ amount of the 投标函 and the 开标一览表, and the 报价明细表 total.
    const amounts = [page('投标函'), page('开标一览表')].join('\n').match(/¥[\d,]+\.\d\d/g) ?? []
    expect(amounts.length).toBeGreaterThanOrEqual(2)
    expect(new Set(amounts)).toEqual(new Set(['¥3,756,000.00']))
    expect(page('报价明细表')).toMatch(/合计（小写）\s+¥3,756,000\.00/)
    // One signing date on every form, before the deadline (2026-11-24).
    expect(new Set(all.match(/日期：\s*\d{4}\s*年\s*\d+\s*月\s*\d+\s*日/g))).toEqual(
      new Set(['日期：2026 年 11 月 22 日']),
    )
    expect(all).not.toMatch(/XXX|待补充|\{\{|未附扫描件|未处理|★★/)
    // ★ clauses keep the tender's clause number.
    expect(page('商务偏离表')).toMatch(/^\s*1\s+2\.1\s/m)
    expect(page('技术偏离表')).toMatch(/^\s*1\s+3\.1\s/m)
    // Dates in narrow table columns stay whole (the CJK/digit gaps counted): not "2027 年 5 月 13" + "日".
    for (const [title, date] of [
      ['资格证明文件', '2027 年 5 月 13 日'],
      ['类似项目业绩表', '2026 年 2 月 7 日'],
    ]) {
      expect(page(title)).toContain(date)
      expect(page(title)).not.toMatch(/\d{4}\s*年(?:\s*\d+\s*月)?(?:\s*\d+)?\s*$/m)
    }
    o.length = 0
    await doctor.run([ws, '--json'], io)
    expect(JSON.parse(o[0]).libreoffice).toMatchObject({ installed: true })
  }, 300_000)
})
