import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { p, r, rawDocx, table } from '@test/fixtures/buyer-forms/raw-docx'
import { tempDir } from './export-fixtures'
import { attachForm, cli, docText, exportBid, fixtureWorkspace } from './cli-fixture'

/**
 * #14.1 on real Word files: a buyer's 开标一览表 whose 小写 and 大写 stand in separate columns of a table is read
 * cell by cell under its column headers (the print model's buyer-form tables), so `bidbench check` pairs the two
 * columns of one row: a 大写 that says another amount is one E01 naming the form, the row and the two columns
 * (corrected to the words, 87号令 art. 59(二)), and no second price. The fixture bid's price is ¥508,790.30
 * (伍拾万捌仟柒佰玖拾元叁角整); tables filled by the product or typed right raise nothing.
 */

const WRONG = '伍拾万玖仟柒佰玖拾元叁角整'
const RIGHT = '伍拾万捌仟柒佰玖拾元叁角整'
let root: string
let dir: string

interface Row {
  ruleId: string
  severity: string
  message: { zh: string }
  location: { path: string }
  printedIn?: { title: string }[]
}

const check = async () => JSON.parse((await cli('check', dir, '--bid', 'b1', '--json')).out) as Row[]
const key = (f: Row) => `${f.ruleId}|${f.location.path}|${f.message.zh}`
let before: Set<string>

beforeAll(async () => {
  root = await tempDir('e01-tables')
  dir = path.join(root, 'ws')
  await fixtureWorkspace(dir)
  before = new Set((await check()).map(key))
}, 120_000)

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const title = () => p([r('开标一览表', { b: true })], { center: true })

/** One header row: 项目名称 | 投标总价（小写） | 投标总价（大写） | 交货期, the values typed by the bidder. */
const oneRow = (words: string) =>
  rawDocx([
    title(),
    table(
      [
        ['项目名称', '投标总价（小写）', '投标总价（大写）', '交货期'],
        ['智慧园区综合管理平台建设项目', '¥508,790.30', words, '合同签订后60日历天'],
      ],
      4,
    ),
    p('投标人（盖章）：华信智联科技有限公司'),
  ])

/** Another house: a group header 投标报价（元） over 小写 | 大写 (gridSpan), half-width brackets, 人民币 in the words. */
const grouped = (words: string) =>
  rawDocx([
    title(),
    p('项目编号：ZB-2026-0315'),
    table(
      [
        ['序号', '项目名称', { text: '投标报价(元)', span: 2 }],
        ['', '', '小写', '大写'],
        ['1', '智慧园区综合管理平台建设项目', '508790.30', `人民币${words}`],
      ],
      4,
    ),
  ])

/** The buyer's form with the two cells left empty: the product fills them from the bid. */
const blanks = () =>
  rawDocx([
    title(),
    table(
      [
        ['项目名称', '投标总价（小写）', '投标总价（大写）'],
        ['智慧园区综合管理平台建设项目', '', ''],
      ],
      3,
    ),
  ])

async function added(name: string, doc: Buffer, printed?: (text: string) => void): Promise<Row[]> {
  const file = path.join(root, `${name}.docx`)
  await fs.writeFile(file, doc)
  const a = await attachForm(dir, file, '--section', '1=s4', '--json')
  expect(a.code, a.err).toBe(0)
  const id = (JSON.parse(a.out) as { entry: { id: string } }).entry.id
  try {
    if (printed) {
      const out = path.join(root, `${name}-print.docx`)
      expect((await exportBid(dir, 'docx', out)).code).toBe(0)
      printed((await docText(out)).join('\n'))
    }
    return (await check()).filter((f) => !before.has(key(f)))
  } finally {
    expect((await cli('export', 'detach-form', dir, '--bid', 'b1', '--id', id)).code).toBe(0)
  }
}

describe('大写 and 小写 in separate columns of a buyer form table', () => {
  it.each([
    ['one header row', () => oneRow(WRONG), '第2行（“投标总价（小写）”与“投标总价（大写）”两列）'],
    [
      'a group header over 小写 | 大写',
      () => grouped(WRONG),
      '第3行（“投标报价(元)/小写”与“投标报价(元)/大写”两列）',
    ],
  ])(
    '%s: one E01 naming the form, the row and the columns; no second price',
    async (name, make, row) => {
      const f = await added(`wrong-${name}`, await make())
      expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.printedIn?.map((t) => t.title)])).toEqual(
        [['E01', '失分风险', 'sections.3.content', ['开标一览表']]],
      )
      expect(f[0].message.zh).toContain(`“开标一览表”表格${row}大写金额为 509790.30 元，小写为 508790.30 元`)
      expect(f[0].message.zh).toContain('修正后与报价 508790.30 元不一致')
    },
    240_000,
  )

  it('filled by the product: the cells printed with the bid’s figures and words, nothing found', async () => {
    const f = await added('clean-filled', await blanks(), (text) => {
      expect(text).toContain('508,790.30')
      expect(text).toContain(RIGHT)
    })
    expect(f).toEqual([])
  }, 240_000)

  it.each([
    ['typed right, one header row', () => oneRow(RIGHT)],
    ['typed right, a group header', () => grouped(RIGHT)],
  ])(
    '%s: nothing',
    async (name, make) => {
      expect(await added(`clean-${name}`, await make())).toEqual([])
    },
    240_000,
  )
})
