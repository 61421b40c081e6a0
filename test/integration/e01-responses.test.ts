import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importRequirementsFile } from '@services/bids/import-requirements'
import { openWorkspace } from '@services/store'
import { tempDir } from './export-fixtures'
import { cli, fixtureWorkspace } from './cli-fixture'

/**
 * #14.3 on real files: the buyer's 偏离表 .xlsx with the bidder's 投标响应 column, read by the requirement importer
 * into the fixture bid (price ¥508,790.30 = 伍拾万捌仟柒佰玖拾元叁角整, 政府采购), then `bidbench check --json`: a
 * response that writes an amount in 大写 and 小写 that disagree gets one E01 naming the requirement — a price without a
 * label corrected to its words and compared with the bid's price, another amount (the 履约保证金) a correction only —
 * and the responses whose words and figures agree raise nothing.
 */

interface Row {
  key: string
  ruleId: string
  severity: string
  message: { zh: string }
  location: { path: string; itemId?: string }
}

let root: string
let dir: string
/** The fixture bid's own E01 findings before any response is imported (its 开标一览表 has no 大写). */
let before: Set<string>

const check = async () => JSON.parse((await cli('check', dir, '--bid', 'b1', '--json')).out) as Row[]

async function deviationSheet(file: string, rows: [string, string, string][]): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('商务要求')
  ws.addRow(['商务条款偏离表'])
  ws.mergeCells('A1:E1')
  ws.addRow(['序号', '类别', '招标要求', '投标响应', '偏离情况'])
  rows.forEach(([no, text, response]) => ws.addRow([no, '商务', text, response, '无偏离']))
  await wb.xlsx.writeFile(file)
}

/** Imports the sheet into b1 in place of its requirements; returns the E01 findings of `check`. */
async function e01Of(rows: [string, string, string][]): Promise<Row[]> {
  const file = path.join(root, `reqs-${rows.length}-${rows[0][0]}.xlsx`)
  await deviationSheet(file, rows)
  const { requirements } = await importRequirementsFile(file)
  expect(requirements.map((r) => r.responseText)).toEqual(rows.map((r) => r[2]))
  const s = await openWorkspace(dir)
  try {
    const bid = await s.get('bids', 'b1')
    await s.save('bids', {
      ...bid,
      requirements: requirements.map((r) => ({
        ...r,
        status: '响应' as const,
        deviation: '无偏离' as const,
      })),
    })
  } finally {
    await s.close()
  }
  return (await check()).filter((f) => f.ruleId === 'E01' && !before.has(f.key))
}

beforeAll(async () => {
  root = await tempDir('e01-responses')
  dir = path.join(root, 'ws')
  await fixtureWorkspace(dir)
  before = new Set((await check()).map((f) => f.key))
}, 120_000)

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('E01 in requirement responses read from the buyer’s .xlsx', () => {
  it('agreeing words and figures raise nothing', async () => {
    expect(
      await e01Of([
        ['1', '投标报价', '我方投标报价人民币伍拾万捌仟柒佰玖拾元叁角整（¥508,790.30），含税。'],
        ['2', '履约保证金', '中标后提交履约保证金¥25,000.00元（大写：贰万伍仟元整）。'],
        ['3', '付款方式', '验收合格后30日内付清，付款比例100%。'],
      ]),
    ).toEqual([])
  }, 120_000)

  it('a price whose 大写 and 小写 differ: one E01 naming the requirement, checked against the bid price', async () => {
    const f = await e01Of([
      ['7', '投标报价', '人民币伍拾万玖仟柒佰玖拾元叁角整（¥508,790.30）'],
      ['8', '付款方式', '验收合格后30日内付清。'],
    ])
    expect(f.map((x) => [x.severity, x.location.path])).toEqual([['失分风险', 'requirements.0.responseText']])
    expect(f[0].message.zh).toContain('招标要求“7”的响应大写金额为 509790.30 元，小写为 508790.30 元')
    expect(f[0].message.zh).toContain('修正后与报价 508790.30 元不一致')
  }, 120_000)

  it('another amount (履约保证金) whose words differ: E01 as a correction, no second price', async () => {
    const f = await e01Of([
      ['5', '投标报价', '我方投标报价人民币伍拾万捌仟柒佰玖拾元叁角整（¥508,790.30）。'],
      ['6', '履约保证金', '中标后提交履约保证金¥25,000.00元（大写：贰万元整）。'],
    ])
    expect(f.map((x) => [x.severity, x.location.path])).toEqual([['失分风险', 'requirements.1.responseText']])
    expect(f[0].message.zh).toContain('招标要求“6”的响应大写金额为 20000.00 元，小写为 25000.00 元')
    expect(f[0].message.zh).not.toContain('修正后与报价')
  }, 120_000)
})
