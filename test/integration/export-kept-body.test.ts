import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBidDocx } from '@services/export/docx/assemble'
import { BidSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import { company, tempDir } from './export-fixtures'
import { convert, pdfLines, wholeOnLines } from './libreoffice'

/**
 * A date or an amount inside a sentence of the body text stays on one line in the printed file, as it does in a
 * table cell (kept-tokens.ts): in a section written in the editor and in the generated 投标函. The written sentences
 * start at every offset of a body line, so without the kept runs LibreOffice prints some of them split
 * ("2026年3" | "月10日", "3,800,000.00" | "元").
 */
const SENTENCE =
  '投标总价为人民币 3,800,000.00 元（大写：叁佰捌拾万元整），工期 90 日历天，投标有效期自 2026年3月10日 起 90 日。'
const FILLER = '我方已详细阅读全部招标文件及其澄清与修改内容并承诺按招标文件要求完成全部工作'
const sentences = Array.from({ length: 34 }, (_, i) => `${FILLER.slice(0, i)}${SENTENCE}`)
const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })

let lines: string[]
let xml: string

beforeAll(async () => {
  const dir = await tempDir('kept-body')
  const doc = { type: 'doc' as const, content: sentences.map(para) }
  const bid = BidSchema.parse({
    id: 'b-kept-body',
    schemaVersion: BID_SCHEMA_VERSION,
    title: '正文日期与金额不断行项目',
    createdAt: 'x',
    updatedAt: 'x',
    validityDays: 90,
    quote: {
      items: [{ id: 'q1', name: '实施服务', unit: '项', qty: 1, unitPrice: 3_800_000, taxRate: 6 }],
    },
    sections: [
      { id: 's1', title: '投标函', formKey: '投标函' },
      { id: 's2', title: '投标说明', doc, content: sentences.join('\n') },
    ],
  })
  const out = path.join(dir, 'kept-body.docx')
  await exportBidDocx({
    bid,
    company,
    materials: [],
    workspaceDir: dir,
    copy: '正本',
    out,
    date: '2026-03-10',
    templatesDir: path.resolve(__dirname, '../../templates'),
  })
  const { unzipSync, strFromU8 } = await import('fflate')
  xml = strFromU8(unzipSync(await fs.readFile(out))['word/document.xml'])
  await convert([out], dir, 'pdf', dir)
  lines = await pdfLines(path.join(dir, 'kept-body.pdf'))
}, 240_000)

describe('dates and amounts in body sentences (Word → LibreOffice PDF, line by line)', () => {
  it('a written section prints every date and every amount whole on one line', () => {
    const all = lines.map((l) => l.replace(/\s+/g, ''))
    // The section's lines: after its heading (the last line that names it; the 目录 names it first).
    const text = all.slice(all.findLastIndex((l) => l.includes('投标说明')) + 1)
    expect(wholeOnLines(text, '2026年3月10日'), text.join('\n')).toBe(sentences.length)
    expect(wholeOnLines(text, '3,800,000.00元')).toBe(sentences.length)
    // The sentences still wrap: none of them fits on one line.
    for (const s of sentences.slice(20))
      expect(text.some((l) => l.includes(s.replace(/\s+/g, '')))).toBe(false)
  })

  it('the generated 投标函 keeps its date in a kept run on its 日期 line', () => {
    const letter = [...xml.matchAll(/<w:p>(?:(?!<w:p>).)*?<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => p.includes('日期：'))
    expect(letter.length).toBeGreaterThan(0)
    for (const p of letter) expect(p).toMatch(/<w:rubyBase><w:r>(?:(?!<\/w:r>).)*2026年3月10日/)
    expect(lines.some((l) => l.replace(/\s+/g, '').includes('日期：2026年3月10日'))).toBe(true)
  })
})
