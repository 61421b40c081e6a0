import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { govOpening, stackedOpening, underlinedLetter } from '@test/fixtures/buyer-forms/house-styles'
import { QUOTE_WORDS, tempDir } from './export-fixtures'
import { attachForm, cli, docText, fixtureWorkspace } from './cli-fixture'
import { convert } from './libreoffice'

/**
 * Three houses' forms the product had not seen, through the attach path (`export attach-form` stores and scans the
 * file, `export form-blanks` lists each blank) and the fill path (`export form`): every blank is found and filled
 * with the bid's value, or left for the hand that signs with the reason; LibreOffice reads the filled files. What
 * they misread before: the 大写 row across a stacked 开标一览表 (passed over without a word), 大写/小写 in one cell
 * beside the row's label (unknown labels), a spaced title "开 标 一 览 表" (the 投标报价 instead of the 开标报价), the
 * cell framing a table inside it (reported as an unlabelled blank).
 */

let root: string
let dir: string

interface BlankRow {
  label: string
  key: string | null
  status: string
  value: string | null
  why: { zh: string } | null
}

beforeAll(async () => {
  root = await tempDir('house-styles')
  dir = path.join(root, 'ws')
  await fixtureWorkspace(dir)
}, 120_000)

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const NAME = '华信智联科技有限公司'
const PRICE = '508,790.30'
/** The bid has no signing date of its own: the scan fills its deadline's day; `export form --date` another. */
const SIGNED = '2026年3月20日'

async function blanksOf(name: string, doc: Buffer): Promise<BlankRow[]> {
  const file = path.join(root, `${name}.docx`)
  await fs.writeFile(file, doc)
  const a = await attachForm(dir, file, '--json')
  expect(a.code, a.err).toBe(0)
  const id = (JSON.parse(a.out) as { entry: { id: string } }).entry.id
  const b = await cli('export', 'form-blanks', dir, '--bid', 'b1', '--id', id, '--json')
  expect(b.code, b.err).toBe(0)
  return (JSON.parse(b.out) as { blanks: BlankRow[] }).blanks
}

async function filled(name: string): Promise<string> {
  const out = path.join(root, `${name}-filled.docx`)
  const f = await cli(
    'export',
    'form',
    dir,
    '--bid',
    'b1',
    '--form',
    path.join(root, `${name}.docx`),
    '--out',
    out,
    '--date',
    '2026-03-10',
    '--allow-unfilled',
  )
  expect(f.code, f.err).toBe(0)
  return out
}

const table = (bs: BlankRow[]) => bs.map((b) => [b.label, b.key, b.status, b.value ?? b.why?.zh])

describe('buyer forms in three more house styles', () => {
  it('a 开标一览表 of label rows over empty rows: every blank under its label, the 大写 across the table too', async () => {
    expect(table(await blanksOf('stacked', await stackedOpening()))).toEqual([
      ['投标人名称', '投标人名称', 'filled', NAME],
      ['统一社会信用代码', '统一社会信用代码', 'filled', '91110108MA01ABCD2H'],
      ['投标总价（大写）', '开标报价大写', 'filled', QUOTE_WORDS],
      ['投标总价（小写）', '开标报价', 'filled', `¥${PRICE}`],
      ['交货期', '交货期', 'filled', '合同签订后 60 日历天'],
      ['质保期', '质保期', 'filled', '36个月'],
      ['投标人（盖章）：', '投标人名称', 'filled', NAME],
    ])
  }, 120_000)

  it('a WPS 投标函: underlined spaces over several runs, ＿＿＿, split and wrapped labels, ____年____月____日', async () => {
    expect(table(await blanksOf('underlined', await underlinedLetter()))).toEqual([
      ['项目名称', '项目名称', 'filled', '智慧园区综合管理平台建设项目'],
      ['愿意以人民币（大写）', '投标函报价大写', 'filled', QUOTE_WORDS],
      ['愿意以¥', '投标函报价', 'filled', PRICE],
      ['交货期：', '交货期', 'filled', '合同签订后 60'],
      ['投标人名称：（盖章）', '投标人名称', 'filled', NAME],
      ['法定代表人或授权代表（签字）：', null, 'manual', '签字处：打印后由本人亲笔签字'],
      ['日期：', '日期', 'filled', SIGNED],
    ])
  }, 120_000)

  it('a 政府采购 开标一览表: 大写 and 小写 in one cell, a spaced title, a table framed in a cell', async () => {
    expect(table(await blanksOf('gov', await govOpening()))).toEqual([
      ['项目名称', '项目名称', 'filled', '智慧园区综合管理平台建设项目'],
      ['投标报价（大写）', '开标报价大写', 'filled', QUOTE_WORDS],
      ['投标报价（小写）', '开标报价', 'filled', PRICE],
      ['交货期', '交货期', 'filled', '合同签订后 60 日历天'],
      ['质保期', '质保期', 'filled', '36个月'],
      ['投标人（盖章）', '投标人名称', 'filled', NAME],
      ['日期', '日期', 'filled', SIGNED],
    ])
  }, 120_000)

  it('filled by `export form`, the three files read back in LibreOffice with the values in place', async () => {
    const files = [await filled('stacked'), await filled('underlined'), await filled('gov')]
    expect((await docText(files[1])).join('\n')).toContain(
      `愿意以人民币（大写）${QUOTE_WORDS}（¥${PRICE}）的投标总价`,
    )
    // LibreOffice's own reading of the files: its plain-text export, paragraph by paragraph and cell by cell.
    await convert(files, root, 'txt:Text', root)
    const text = async (name: string) =>
      (await fs.readFile(path.join(root, `${name}-filled.txt`), 'utf8')).replace(/\s+/g, '')
    const stacked = await text('stacked')
    expect(stacked).toContain(`投标总价（大写）${QUOTE_WORDS}`)
    expect(stacked).toContain(`¥${PRICE}`)
    const letter = await text('underlined')
    expect(letter).toContain(`投标人名称：${NAME}（盖章）`)
    expect(letter).toContain('日期：2026年3月10日')
    expect(letter).toContain('交货期：合同签订后60日历天')
    const gov = await text('gov')
    expect(gov).toContain(`大写：${QUOTE_WORDS}小写：¥${PRICE}`)
    expect(gov).toContain(`投标人（盖章）${NAME}`)
  }, 240_000)
})
