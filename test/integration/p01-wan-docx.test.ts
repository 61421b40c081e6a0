import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wpsItems } from '@test/fixtures/buyer-forms/items'
import { wanItems } from '@test/fixtures/buyer-forms/wan-items'
import { tempDir } from './export-fixtures'
import { attachForm, cli, fixtureWorkspace } from './cli-fixture'

/**
 * P01 on a real Word 报价明细表 in 万元 attached to the fixture bid (lines ¥508,790.30 = 50.87903 万元): `bidbench
 * check` reads the 合计 row in the table's unit — typed to the 元 ("50.8790") or filled by the product, nothing;
 * typed ¥90.30 short ("50.87"), P01 names the form, the row and both figures.
 */

let root: string
let dir: string

interface Row {
  ruleId: string
  basis: string
  message: { zh: string; en: string }
  printedIn?: { title: string }[]
}

const check = async () => JSON.parse((await cli('check', dir, '--bid', 'b1', '--json')).out) as Row[]

beforeAll(async () => {
  root = await tempDir('p01-wan')
  dir = path.join(root, 'ws')
  await fixtureWorkspace(dir)
  expect((await check()).filter((f) => f.ruleId === 'P01')).toEqual([])
}, 120_000)

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

async function p01With(name: string, doc: Buffer): Promise<Row[]> {
  const file = path.join(root, `${name}.docx`)
  await fs.writeFile(file, doc)
  const a = await attachForm(dir, file, '--section', '1=s5', '--json')
  expect(a.code, a.err).toBe(0)
  const id = (JSON.parse(a.out) as { entry: { id: string } }).entry.id
  try {
    return (await check()).filter((f) => f.ruleId === 'P01')
  } finally {
    expect((await cli('export', 'detach-form', dir, '--bid', 'b1', '--id', id)).code).toBe(0)
  }
}

describe('the 合计 of a buyer’s item table in 万元', () => {
  it('typed to the 元 (50.8790 万元 for ¥508,790.30): no P01', async () => {
    expect(await p01With('right', await wanItems('50.8790'))).toEqual([])
  }, 240_000)

  it('left blank and filled by the product (报价（万元）, 合计 50.87903): no P01', async () => {
    expect(await p01With('filled', await wpsItems())).toEqual([])
  }, 240_000)

  it('typed 50.87 万元: P01 names the form, the row and both figures', async () => {
    const f = await p01With('wrong', await wanItems('50.87'))
    const sum = f.find((x) => x.basis.endsWith('（四）'))
    expect(sum?.printedIn?.map((t) => t.title)).toEqual(['报价明细表'])
    expect(sum?.message.zh).toContain(
      '“报价明细表”合计印为 50.87万元（¥508,700.00）（表1第5行“合计”），各行数量×单价之和为 ¥508,790.30',
    )
    expect(sum?.message.en).toContain('50.87 万元 (¥508,700.00)')
  }, 240_000)
})
