import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBidDocx } from '@services/export/docx/assemble'
import { BidSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import { company, NOW, tempDir } from './export-fixtures'
import { convert, pdfLines, pdfToPng } from './libreoffice'

const TEMPLATES = path.resolve(__dirname, '../../templates')
const PNG_DIR = path.resolve(__dirname, '../../test-results/export-kept-tokens')

/**
 * A date or an amount inside a sentence in a table cell stays on one line in the printed file, while the sentence
 * around it wraps. The sentences put the date at every offset of a line of the 投标响应 column, so without the kept
 * runs (kept-tokens.ts) LibreOffice prints some of them split ("2027年1" | "月7日").
 */
const FILLER = '我方承诺在合同签订后按采购人要求完成全部'
const DATES = ['2027年1月7日', '2027年11月17日', '2028年12月27日', '2029年10月30日']
const AMOUNT = '3,150,000.00元'
const responses = Array.from({ length: 12 }, (_, i) => {
  const date = DATES[i % DATES.length]
  return `${FILLER.slice(0, 3 + i)}于${date}前交付，并于验收后支付${AMOUNT}的${i % 2 ? '百分之三十' : '尾款'}。`
})

let lines: string[]

beforeAll(async () => {
  const dir = await tempDir('kept-tokens')
  const bid = BidSchema.parse({
    id: 'b-kept',
    schemaVersion: BID_SCHEMA_VERSION,
    title: '日期与金额不断行项目',
    createdAt: NOW,
    updatedAt: NOW,
    tenderNo: 'KT-2026-01',
    dates: { submissionDeadline: '2026-12-20T09:30:00+08:00' },
    requirements: responses.map((responseText, i) => ({
      id: `r${i}`,
      no: `2.${i + 1}`,
      kind: '商务',
      text: '交付及付款安排',
      status: '响应',
      deviation: '无偏离',
      responseText,
    })),
    sections: [{ id: 's1', title: '商务偏离表', formKey: '商务偏离表' }],
  })
  const out = path.join(dir, 'kept.docx')
  await exportBidDocx({
    bid,
    company,
    materials: [],
    workspaceDir: dir,
    copy: '正本',
    out,
    templatesDir: TEMPLATES,
  })
  await convert([out], dir, 'pdf', dir)
  const pdf = path.join(dir, 'kept.pdf')
  lines = await pdfLines(pdf)
  await fs.mkdir(PNG_DIR, { recursive: true })
  await pdfToPng(pdf, path.join(PNG_DIR, 'page'), 1, 4)
}, 240_000)

describe('dates and amounts in a table sentence (Word → LibreOffice PDF, line by line)', () => {
  it('prints every date and every amount whole on one line', () => {
    for (const date of DATES) {
      const whole = lines.filter((l) => l.includes(date)).length
      // Each date is in three responses; every one of them is on a single line.
      expect(whole, date).toBe(responses.filter((r) => r.includes(date)).length)
    }
    expect(lines.filter((l) => l.includes(AMOUNT)).length).toBe(responses.length)
  })

  it('still wraps the sentence around them: no response fits on one line of its cell', () => {
    for (const r of responses)
      expect(
        lines.some((l) => l.includes(r)),
        r,
      ).toBe(false)
    // …and each line of a response is still there: the first words, the date and the amount, the closing words.
    for (const r of responses)
      expect(
        lines.some((l) => l.includes(r.slice(-5))),
        r,
      ).toBe(true)
  })
})
