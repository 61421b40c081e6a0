import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { PICTURE_SIZES, wordPictureForms, wpsPictureForms } from '@test/fixtures/buyer-forms/pictures'
import { tempDir } from './export-fixtures'
import { attachForm, cli, exportBid, fixtureWorkspace } from './cli-fixture'

/**
 * #13: pictures inside the buyer's attached forms (a logo, a stamp-area image, a diagram) are printed in the full
 * 投标文件: relationships and media parts carried, ids renamed (two files both using rId5/image1.png), no clash with
 * our own pictures (the bid prints certificate scans), checked in the Word package and in LibreOffice's PDF.
 */

const run = promisify(execFile)
let root: string
let dir: string
let files: string

beforeAll(async () => {
  root = await tempDir('form-pictures')
  dir = path.join(root, 'ws')
  files = path.join(root, 'files')
  await fs.mkdir(files)
  await fixtureWorkspace(dir)
  await fs.writeFile(path.join(files, 'word.docx'), await wordPictureForms())
  await fs.writeFile(path.join(files, 'wps.docx'), await wpsPictureForms())
}, 120_000)

const attach = (file: string) => attachForm(dir, path.join(files, file))

describe('pictures of attached buyer forms in the full 投标文件', () => {
  it('attaching warns only about what cannot travel (a text box), not about pictures', async () => {
    const word = await attach('word.docx')
    expect(word.code, word.err).toBe(0)
    expect(word.err).not.toContain('不随投标文件输出')
    const wps = await attach('wps.docx')
    expect(wps.code, wps.err).toBe(0)
    expect(wps.err).toContain('表单中的 1 个图表/文本框/嵌入对象不随投标文件输出')
  }, 120_000)

  it("export form-blanks prints an attached file's blanks with status, field and value (text and --json)", async () => {
    const forms = await cli('export', 'forms', dir, '--bid', 'b1', '--json')
    const id = JSON.parse(forms.out).buyerForms[0].id as string
    const j = await cli('export', 'form-blanks', dir, '--bid', 'b1', '--id', id, '--json')
    expect(j.code, j.err).toBe(0)
    const { blanks } = JSON.parse(j.out) as { blanks: { status: string; key: string; value: string }[] }
    const name = blanks.find((b) => b.key === '投标人名称')
    expect(name).toMatchObject({ status: 'filled', value: '华信智联科技有限公司' })
    const text = await cli('export', 'form-blanks', dir, '--bid', 'b1', '--id', id)
    expect(text.code, text.err).toBe(0)
    expect(text.out).toMatch(/✓ 已填 \/ filled {2}.*投标人名称[^→]* → 投标人名称：华信智联科技有限公司/)
    expect(text.out).toContain(`共 ${blanks.length} 处`)
    const missing = await cli('export', 'form-blanks', dir, '--bid', 'b1')
    expect(missing.code).toBe(2)
  }, 120_000)

  it('the Word package carries every picture with its own relationship and media part', async () => {
    const out = path.join(root, 'full.docx')
    const r = await exportBid(dir, 'docx', out)
    expect(r.code, r.err).toBe(0)
    const zip = await JSZip.loadAsync(await fs.readFile(out))
    const doc = await zip.file('word/document.xml')!.async('string')
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string')
    const types = await zip.file('[Content_Types].xml')!.async('string')
    const relById = new Map(
      [...rels.matchAll(/<Relationship ([^>]*)\/>/g)].map((m) => [
        /Id="([^"]*)"/.exec(m[1])![1],
        { target: /Target="([^"]*)"/.exec(m[1])![1], external: m[1].includes('TargetMode="External"') },
      ]),
    )
    const refs = [...doc.matchAll(/\s(?:r:embed|r:id|r:link)="([^"]*)"/g)].map((m) => m[1])
    // Ours (certificate scans) and the buyer's: logo, stamp, diagram (VML), icon.
    const buyerRefs = refs.filter((id) => /^bf\d/.test(id))
    expect(new Set(buyerRefs).size).toBeGreaterThanOrEqual(5)
    expect(refs.length - buyerRefs.length).toBeGreaterThan(0)
    for (const id of refs) {
      const rel = relById.get(id)
      expect(rel, `relationship ${id}`).toBeDefined()
      if (!rel!.external) expect(zip.file(`word/${rel!.target}`), rel!.target).not.toBeNull()
    }
    // Both files named their picture image1.png under rId5: two parts, two ids.
    const media = Object.keys(zip.files).filter((n) => /^word\/media\/bf\d+_image1\.png$/.test(n))
    expect(media).toHaveLength(2)
    expect(types).toContain(`PartName="/${media[0]}"`)
    // The logo's link goes with it.
    expect([...relById.values()].some((r) => r.external && r.target === 'https://www.example.gov.cn/')).toBe(
      true,
    )
    // Every drawing has its own id; the text box stayed out.
    const docPr = [...doc.matchAll(/<wp:docPr\s(?:[^>]*?\s)?id="(\d+)"/g)].map((m) => m[1])
    expect(new Set(docPr).size).toBe(docPr.length)
    expect(doc).toContain('<v:imagedata')
    expect(doc).not.toContain('请在此处加盖公章')
  }, 180_000)

  it('LibreOffice prints the buyer pictures next to our own (pdfimages)', async () => {
    const out = path.join(root, 'full.pdf')
    const r = await exportBid(dir, 'pdf', out)
    expect(r.code, r.err).toBe(0)
    const { stdout } = await run('pdfimages', ['-list', out], { maxBuffer: 16 << 20 })
    // page num type width height …; soft masks (smask) are not pictures of their own.
    const sizes = stdout
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/))
      .filter((c) => c.length > 4 && c[2] === 'image')
      .map((c) => `${c[3]}x${c[4]}`)
    for (const [name, [w, h]] of Object.entries(PICTURE_SIZES))
      expect(sizes, `${name} ${w}x${h} in\n${stdout}`).toContain(`${w}x${h}`)
    expect(sizes).toContain('600x420')
  }, 300_000)
})
