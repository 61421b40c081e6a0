import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { p, r, rawDocx, split, table } from '@test/fixtures/buyer-forms/raw-docx'
import { buildDocx } from '@test/fixtures/tender/build-docx'
import { tempDir } from './export-fixtures'
import { attachForm, cli, fixtureWorkspace } from './cli-fixture'

/**
 * #14: a 大写 that disagrees with its 小写 inside a buyer's form the bid prints (real Word files, several house
 * styles) is E01 — corrected to the words under 87号令 art. 59(二), both amounts named, the form named — and not a
 * second price (P01/E11). The fixture bid's price is ¥508,790.30 (伍拾万捌仟柒佰玖拾元叁角整); each form writes
 * 伍拾万玖仟… (509,790.30) in words next to the right figures.
 */

const run = promisify(execFile)
const WRONG = '伍拾万玖仟柒佰玖拾元叁角整'
let root: string
let dir: string

interface Row {
  ruleId: string
  severity: string
  message: { zh: string }
  location: { path: string }
  printedIn?: { title: string }[]
}

const check = async () => {
  const c = await cli('check', dir, '--bid', 'b1', '--json')
  return JSON.parse(c.out) as Row[]
}
const key = (f: Row) => `${f.ruleId}|${f.location.path}|${f.message.zh}`
let before: Set<string>

beforeAll(async () => {
  root = await tempDir('e01-forms')
  dir = path.join(root, 'ws')
  await fixtureWorkspace(dir)
  before = new Set((await check()).map(key))
}, 120_000)

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

/** Word through the docx library: heading, the statement in one paragraph, full-width brackets. */
const wordLibrary = () =>
  buildDocx([
    { center: '二、开标一览表', bold: true, size: 32 },
    '项目名称：智慧园区综合管理平台建设项目',
    `投标总价：¥508,790.30元（大写：${WRONG}）`,
    '交货期：合同签订后60日历天',
    '投标人（盖章）：华信智联科技有限公司',
  ])

/** WPS style: runs split inside the amounts, 人民币 on both, the words on the next line, spaces around. */
const wpsSplit = () =>
  rawDocx([
    p([r('开标一览表', { b: true })], { center: true }),
    p([split('投标总价：人民币 508,790.30 元', 9)]),
    p([split(`（大写：人民币${WRONG}）`, 8)]),
    p('投标人名称：华信智联科技有限公司（盖章）'),
  ])

/** A label | value table (项目名称 | …, 投标总价 | …), the price cell holding figures and words. */
const inTable = () =>
  rawDocx([
    p([r('开标一览表', { b: true })], { center: true }),
    table(
      [
        ['项目名称', '智慧园区综合管理平台建设项目'],
        ['投标总价', `¥508,790.30元（大写：${WRONG}）`],
        ['交货期', '合同签订后60日历天'],
      ],
      2,
    ),
  ])

/** The docx library's file saved again by LibreOffice (its own XML, as a team member's office writes it). */
async function viaLibreOffice(): Promise<Buffer> {
  const src = path.join(root, 'lo-src', '开标一览表.docx')
  const out = path.join(root, 'lo-out')
  await fs.mkdir(path.dirname(src), { recursive: true })
  await fs.writeFile(src, await wordLibrary())
  await run('soffice', [
    `-env:UserInstallation=file://${path.join(root, 'lo-profile')}`,
    '--headless',
    '--convert-to',
    'docx:MS Word 2007 XML',
    '--outdir',
    out,
    src,
  ])
  return fs.readFile(path.join(out, '开标一览表.docx'))
}

describe('大写 ≠ 小写 in a buyer form printed in the bid', () => {
  it.each([
    ['docx library, one paragraph', wordLibrary],
    ['WPS split runs, words on the next line', wpsSplit],
    ['a label | value table, figures and words in one cell', inTable],
    ['saved again by LibreOffice', viaLibreOffice],
  ])(
    '%s: one E01 naming the form and both amounts, no second price',
    async (_, make) => {
      const file = path.join(root, `${_.replace(/\W+/gu, '-')}.docx`)
      await fs.writeFile(file, await make())
      const a = await attachForm(dir, file, '--section', '1=s4', '--json')
      expect(a.code, a.err).toBe(0)
      const id = (JSON.parse(a.out) as { entry: { id: string } }).entry.id
      try {
        const added = (await check()).filter((f) => !before.has(key(f)))
        expect(
          added.map((f) => [f.ruleId, f.severity, f.location.path, f.printedIn?.map((x) => x.title)]),
        ).toEqual([['E01', '失分风险', 'sections.3.content', ['开标一览表']]])
        expect(added[0].message.zh).toContain('大写金额为 509790.30 元，小写为 508790.30 元')
        expect(added[0].message.zh).toContain('修正后与报价 508790.30 元不一致')
      } finally {
        expect((await cli('export', 'detach-form', dir, '--bid', 'b1', '--id', id)).code).toBe(0)
      }
    },
    240_000,
  )
})
