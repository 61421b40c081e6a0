import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { command as check } from '@cli/commands/check'
import { command as demo } from '@cli/commands/demo'
import { command as exportCmd } from '@cli/commands/export'
import { paragraphTexts } from '@services/export/docx/ooxml-text'

const run = promisify(execFile)

// The 封装 checklist's 页码 column is read from a LibreOffice print of the same print model the export prints: each
// form's range must be where that form sits in the PDF `export pdf` writes for the same bid.
const BID = 'bid-energy-itops'
let root: string
let ws: string

function io() {
  const o = { out: [] as string[], err: [] as string[] }
  return { o, io: { out: (t: string) => o.out.push(t), err: (t: string) => o.err.push(t) } }
}

/** Each page's text with every space removed (pdftotext separates pages with a form feed). */
async function pageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return stdout
    .split('\f')
    .slice(0, -1)
    .map((t) => t.replace(/[\s\u3000]+/g, ''))
}

/** Rows of the first checklist's 盖章与签字 table: [序号, 表单, 页码, 盖章, 签字, 完成]. */
async function checklistRows(docx: string): Promise<string[][]> {
  const zip = await JSZip.loadAsync(await fs.readFile(docx))
  const xml = await zip.file('word/document.xml')!.async('string')
  const table = /<w:tbl>[^]*?<\/w:tbl>/.exec(xml)![0]
  return [...table.matchAll(/<w:tr[ >][^]*?<\/w:tr>/g)]
    .slice(1)
    .map((r) => [...r[0].matchAll(/<w:tc>[^]*?<\/w:tc>/g)].map((c) => paragraphTexts(c[0]).join('\n')))
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-seal-pages-'))
  ws = path.join(root, 'ws')
  expect(await demo.run([ws], io().io)).toBe(0)
}, 300_000)
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('封装 checklist page ranges', () => {
  it('prints for every form to seal or sign the pages where `export pdf` puts it', async () => {
    const list = path.join(root, '封装清单.docx')
    const c = io()
    await check.run([ws, '--bid', BID, '--phase', '封装', '--out', list], c.io)
    const pdfCount = Number(/共 (\d+) 页/.exec(c.o.out.join('\n'))?.[1])
    expect(pdfCount).toBeGreaterThan(3)

    const pdf = path.join(root, 'bid.pdf')
    const e = io()
    expect(await exportCmd.run(['pdf', ws, '--bid', BID, '--out', pdf, '--json'], e.io)).toBe(0)
    const pages = await pageTexts(pdf)
    expect(pages).toHaveLength(pdfCount)

    const rows = await checklistRows(list)
    expect(rows.length).toBeGreaterThan(2)
    // The contents (dot leaders) list every title: a form is found on the first page after them that holds its title.
    const tocEnd = pages.findLastIndex((t) => /\.{20}/.test(t)) + 1
    expect(tocEnd).toBeGreaterThan(1)
    let before = 0
    for (const [, title, range] of rows) {
      const m = /^第 (\d+)(?:–(\d+))? 页$/.exec(range)
      expect(m, `${title}: ${range}`).not.toBeNull()
      const from = Number(m![1])
      const to = Number(m![2] ?? m![1])
      const key = title.replace(/[\s\u3000]+/g, '')
      // The cover has no heading: it is page 1 and ends before the contents start.
      const at =
        title === '封面' ? 1 : pages.findIndex((t, i) => i >= Math.max(tocEnd, before) && t.includes(key)) + 1
      if (title === '封面') expect(to).toBe(1)
      expect(from, `${title} printed on page ${at}, checklist says ${range}`).toBe(at)
      expect(to).toBeGreaterThanOrEqual(from)
      expect(to).toBeLessThanOrEqual(pdfCount)
      before = from - 1
    }
    // The note says the ranges are those of the PDF and how many pages it has.
    const zip = await JSZip.loadAsync(await fs.readFile(list))
    const said = paragraphTexts(await zip.file('word/document.xml')!.async('string')).join('\n')
    expect(said).toContain(`共 ${pdfCount} 页`)
    expect(said).not.toContain('见PDF目录')
  }, 600_000)

  it('--no-pages skips the PDF pass and refers to the contents', async () => {
    const list = path.join(root, '无页码.docx')
    const c = io()
    await check.run([ws, '--bid', BID, '--phase', '封装', '--out', list, '--no-pages'], c.io)
    expect(c.o.out.join('\n')).toContain('页码见 PDF 目录')
    const rows = await checklistRows(list)
    expect(rows.length).toBeGreaterThan(2)
    expect(rows.every((r) => r[2] === '见PDF目录')).toBe(true)
  }, 300_000)
})
