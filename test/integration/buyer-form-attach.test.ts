import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { openWorkspace } from '@services/store'
import { p, r, rawDocx } from '@test/fixtures/buyer-forms/raw-docx'
import { goodsForms, talksForms, worksForms } from '@test/fixtures/buyer-forms/sets'
import { tempDir } from './export-fixtures'
import { attachForm, cli, docText, exportBid, fixtureWorkspace } from './cli-fixture'

/**
 * #13: the buyer's own forms attached to the bid (`export attach-form`) are printed INSIDE the full 投标文件 in
 * place of the matching standard forms — one document, one 目录, one page numbering — filled from the bid, and the
 * checks read their filled text. Read back from the Word file and from LibreOffice's PDF through pdftotext.
 */

const run = promisify(execFile)
let root: string
let dir: string
let files: string

/** The PDF's text with the layout's spaces and line breaks taken out (CJK text wraps anywhere). */
async function pdfText(file: string): Promise<{ pages: string[]; all: string }> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 << 20 })
  const pages = stdout.split('\f').map((p) => p.replace(/\s+/g, ''))
  return { pages, all: pages.join('') }
}

beforeAll(async () => {
  root = await tempDir('form-attach')
  dir = path.join(root, 'ws')
  files = path.join(root, 'files')
  await fs.mkdir(files)
  await fixtureWorkspace(dir)
  await fs.writeFile(path.join(files, 'goods.docx'), await goodsForms())
  await fs.writeFile(path.join(files, 'works.docx'), await worksForms())
  await fs.writeFile(path.join(files, 'talks.docx'), await talksForms())
}, 120_000)

const detach = (id: string) => cli('export', 'detach-form', dir, '--bid', 'b1', '--id', id)

const bidOf = async () => {
  const ws = await openWorkspace(dir, { readOnly: true })
  try {
    return await ws.get('bids', 'b1')
  } finally {
    await ws.close()
  }
}

describe('buyer forms attached to the bid, printed in the full 投标文件', () => {
  it('attach-form stores the file by hash and maps each form of the chapter to its section by title', async () => {
    const r = await attachForm(dir, path.join(files, 'goods.docx'), '--json')
    expect(r.code, r.err).toBe(0)
    const j = JSON.parse(r.out)
    expect(j.entry.forms).toEqual([
      { title: '一、投标函', sectionId: 's1' },
      { title: '二、开标一览表', sectionId: 's4' },
      { title: '三、法定代表人身份证明', sectionId: 's2' },
    ])
    const bid = await bidOf()
    expect(bid.buyerForms).toHaveLength(1)
    const stored = await fs.readFile(path.join(dir, 'files', bid.buyerForms[0].file.sha256))
    expect(stored.equals(await fs.readFile(path.join(files, 'goods.docx')))).toBe(true)
  }, 120_000)

  it('the Word export prints the filled buyer forms where the standard ones were, under one 目录', async () => {
    const out = path.join(root, 'full.docx')
    const r = await exportBid(dir, 'docx', out)
    expect(r.code, r.err).toBe(0)
    const text = await docText(out)
    const joined = text.join('\n')
    // The buyer's 投标函, filled; the standard one's wording is gone.
    // 大写 with 角 keeps its own 元, so the form's 元 goes (no 元元).
    expect(joined).toContain('我方愿以人民币（大写）伍拾万捌仟柒佰玖拾元叁角整（¥508,790.30）的投标总价')
    expect(joined).not.toContain('签字代表宣布同意如下')
    expect(joined).toContain('投标人名称：华信智联科技有限公司（盖章）')
    expect(joined).toContain('日期：2026年3月10日')
    // The buyer's 法定代表人身份证明 instead of ours (ours prints 身份证号码 and 地址 lines).
    expect(joined).toContain('姓名：王建国 性别：男 年龄：53 职务：董事长')
    expect(joined).not.toContain('姓名：王建国　性别：男')
    // One heading per form in the document and one 目录 line each, the buyer's title line not printed twice.
    expect(text.filter((t) => t.trim() === '投标函')).toHaveLength(2) // 目录 entry + heading
    expect(text.some((t) => t.includes('一、投标函'))).toBe(false)
    // Other sections keep their standard forms.
    expect(joined).toContain('商务偏离表')
  }, 180_000)

  it('the PDF (LibreOffice) shows the filled values on the 投标函 page and the standard form nowhere', async () => {
    const out = path.join(root, 'full.pdf')
    const r = await exportBid(dir, 'pdf', out)
    expect(r.code, r.err).toBe(0)
    const { pages, all } = await pdfText(out)
    const letter = pages.findIndex((p) => p.includes('我方愿以人民币'))
    expect(letter).toBeGreaterThan(0)
    expect(pages[letter]).toContain('投标人名称：华信智联科技有限公司（盖章）')
    expect(pages[letter]).toMatch(/¥[\d,]+\.\d{2}/)
    expect(all).not.toContain('签字代表宣布同意如下')
    expect(all).not.toMatch(/_{6,}年/)
    // Page numbers run through the whole document: the 目录 names the 投标函's true page.
    const tocLine = pages
      .slice(0, letter)
      .join('')
      .match(/投标函\.*(\d+)/)
    expect(tocLine, 'contents line of 投标函').not.toBeNull()
  }, 300_000)

  it('a second file for the same forms replaces the first; detach brings the standard form back', async () => {
    const r = await attachForm(
      dir,
      path.join(files, 'works.docx'),
      '--section',
      '1=s1',
      '--section',
      '2=s3',
      '--section',
      '3=-',
      '--json',
    )
    expect(r.code, r.err).toBe(0)
    const bid = await bidOf()
    const works = bid.buyerForms.find((e) => e.file.name === 'works.docx')!
    expect(works.forms.map((f) => f.sectionId)).toEqual(['s1', 's3', null])
    const goods = bid.buyerForms.find((e) => e.file.name === 'goods.docx')!
    expect(goods.forms.map((f) => f.sectionId)).toEqual([null, 's4', 's2'])
    const out = path.join(root, 'works.docx')
    expect((await exportBid(dir, 'docx', out)).code).toBe(0)
    const joined = (await docText(out)).join('\n')
    expect(joined).toContain('施工招标文件的全部内容')
    expect(joined).not.toContain('我方愿以人民币')
    expect((await detach(works.id)).code).toBe(0)
    expect((await detach(goods.id)).code).toBe(0)
    const back = path.join(root, 'back.docx')
    expect((await exportBid(dir, 'docx', back)).code).toBe(0)
    expect((await docText(back)).join('\n')).toContain('签字代表宣布同意如下')
  }, 240_000)

  it('the checks read the filled buyer form: a figure the buyer pre-printed against our 大写 → E01 in that form', async () => {
    const form = path.join(files, 'wrong.docx')
    await fs.writeFile(
      form,
      await rawDocx([
        p([r('开标一览表', { b: true })], { center: true }),
        p([r('投标总价（大写）：'), r('____________________'), r('（小写：¥100.00元）')]),
      ]),
    )
    const a = await attachForm(dir, form, '--json')
    expect(a.code, a.err).toBe(0)
    const entry = JSON.parse(a.out).entry
    expect(entry.forms).toEqual([{ title: '开标一览表', sectionId: 's4' }])
    try {
      const c = await cli('check', dir, '--bid', 'b1', '--json')
      const findings = JSON.parse(c.out) as {
        ruleId: string
        message: { zh: string }
        printedIn?: { title: string }[]
      }[]
      // 大写 and 小写 of one statement: art. 59(二) corrects to the words (E01), not a second price (P01).
      const e01 = findings.filter(
        (f) => f.ruleId === 'E01' && f.printedIn?.some((w) => w.title === '开标一览表'),
      )
      expect(e01).toHaveLength(1)
      expect(e01[0].message.zh).toContain('小写为 100.00 元')
      expect(findings.some((f) => f.ruleId === 'P01')).toBe(false)
    } finally {
      await detach(entry.id)
    }
    const c = await cli('check', dir, '--bid', 'b1', '--json')
    expect(
      (JSON.parse(c.out) as { ruleId: string; printedIn?: unknown }[]).some(
        (f) => f.ruleId === 'E01' && f.printedIn,
      ),
    ).toBe(false)
  }, 180_000)

  it('a missing attachment file: doctor names it, the export refuses with zh/en and writes nothing', async () => {
    const r = await attachForm(dir, path.join(files, 'goods.docx'))
    expect(r.code, r.err).toBe(0)
    const entry = (await bidOf()).buyerForms.at(-1)!
    const stored = path.join(dir, 'files', entry.file.sha256)
    const bytes = await fs.readFile(stored)
    await fs.rm(stored)
    try {
      const doc = await cli('doctor', dir, '--json')
      expect(doc.out).toContain('MISSING_ATTACHMENT')
      expect(doc.out).toContain(entry.file.sha256)
      const out = path.join(root, 'missing.docx')
      const e = await cli('export', 'docx', dir, '--bid', 'b1', '--out', out, '--force')
      expect(e.code).not.toBe(0)
      expect(e.err).toContain('招标方表单')
      expect(e.err).toContain("buyer's form")
      await expect(fs.access(out)).rejects.toThrow()
    } finally {
      await fs.writeFile(stored, bytes)
      await detach(entry.id)
    }
  }, 180_000)

  it('bad input: not a Word file, an unknown section, a missing attachment id — zh/en errors, the bid unchanged', async () => {
    const junk = path.join(files, 'junk.docx')
    await fs.writeFile(junk, Buffer.from('not a zip at all'))
    const before = await bidOf()
    const a = await attachForm(dir, junk)
    expect(a.code).toBe(2)
    expect(a.err).toMatch(/[\u4e00-\u9fff]/)
    const b = await attachForm(dir, path.join(files, 'talks.docx'), '--section', '1=nope')
    expect(b.code).not.toBe(0)
    expect(b.err).toContain('nope')
    const c = await detach('bf-none')
    expect(c.code).not.toBe(0)
    expect((await bidOf()).buyerForms).toEqual(before.buyerForms)
  }, 120_000)
})
