import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { SaxesParser } from 'saxes'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBidDocx, type ExportDocxResult } from '@services/export/docx/assemble'
import { BidSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import { company, tempDir } from './export-fixtures'
import { convert } from './libreoffice'

/**
 * The body is written as WordprocessingML strings (ooxml-write.ts): what users type must reach the page exactly,
 * markup characters and spacing included, and never break the file.
 */
const TEMPLATES = path.resolve(__dirname, '../../templates')
const TITLE = 'R&D <研发> “方案”'
const PARAGRAPH = '价格 < 预算 & 质量 > 标准，A  B 之间两个空格，\'单引号\' "双引号"'
const REQUIREMENT = 'CPU ≥ 2.0GHz & 内存 <64G>'

let dir: string
let result: ExportDocxResult
let xml: string
let text: string

beforeAll(async () => {
  dir = await tempDir('docx-text')
  const bid = BidSchema.parse({
    id: 'b-text',
    schemaVersion: BID_SCHEMA_VERSION,
    title: '特殊字符项目',
    createdAt: 'x',
    updatedAt: 'x',
    tenderNo: 'T&1',
    requirements: [
      { id: 'r1', no: '1', kind: '技术', text: REQUIREMENT, responseText: '满足 & 优于', status: '响应' },
    ],
    sections: [
      { id: 's1', title: TITLE, content: `${PARAGRAPH}\u0007\n第二行\n\n# 1.1 子标题 & 细节` },
      { id: 's2', title: '技术偏离表', formKey: '技术偏离表' },
    ],
  })
  const out = path.join(dir, 'text.docx')
  result = await exportBidDocx({
    bid,
    company,
    materials: [],
    workspaceDir: dir,
    copy: '正本',
    out,
    date: '2026-03-10',
    templatesDir: TEMPLATES,
  })
  xml = strFromU8(unzipSync(await fs.readFile(out))['word/document.xml'])
  await convert([out], dir, 'txt:Text', dir)
  text = await fs.readFile(path.join(dir, 'text.txt'), 'utf8')
}, 180_000)

describe('text with markup characters and spacing', () => {
  it('writes a document.xml a strict XML parser accepts', () => {
    const p = new SaxesParser({ xmlns: true })
    let error: Error | undefined
    p.on('error', (e) => (error ??= e))
    p.write(xml).close()
    expect(error).toBeUndefined()
  })

  it('reaches LibreOffice exactly: the title, the paragraph with its double space, the line break, the table cell', () => {
    expect(result.headings).toContain(TITLE)
    expect(text).toContain(TITLE)
    expect(text).toContain(PARAGRAPH) // the control character (BEL) is dropped, everything else kept
    expect(text).toContain('第二行')
    expect(text).not.toContain('\u0007')
    expect(text).toContain('1.1 子标题 & 细节')
    expect(text).toContain(REQUIREMENT)
    expect(text).toContain('满足 & 优于')
  })

  it('lists the headings with markup characters in the table of contents, linked to their bookmarks', () => {
    const toc = xml.slice(xml.indexOf('<w:sdt>'), xml.indexOf('</w:sdt>'))
    expect(toc).toContain('R&amp;D &lt;研发&gt; “方案”')
    expect(toc).toContain('1.1 子标题 &amp; 细节')
    // Every link lands on exactly one bookmark, and no two bookmarks share an id (Word drops both).
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart w:id="(\d+)" w:name="([^"]+)"\/>/g)]
    const ids = bookmarks.map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
    for (const [, name] of toc.matchAll(/w:anchor="([^"]+)"/g))
      expect(bookmarks.filter((m) => m[2] === name)).toHaveLength(1)
    // In the text LibreOffice lists them, the contents come before the body.
    expect(text.indexOf('1.1 子标题 & 细节')).toBeLessThan(text.lastIndexOf('1.1 子标题 & 细节'))
  })
})
