import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TenderImport } from '@shared/domain/tender'
import { buildDocx } from '@test/fixtures/tender/build-docx'
import { TALKS_TENDER } from '@test/fixtures/tender/talks'
import { cli } from '../cli-fixture'
import { tempDir } from '../export-fixtures'
import { convert } from '../libreoffice'

/**
 * #13: `tender import` on a 竞争性谈判文件 in a house style the other fixtures do not have: a two-column 前附表
 * without a header row, dates "2026年12月18日上午9:30" / "下午5:00", amounts in 万元, the 成交原则 stated as a rule
 * (no method named), the place of delivery only in an instruction sentence ("将响应文件密封送达…"), and a ground for
 * rejection inside a 前附表 cell.
 */

let r: TenderImport
let dir: string
let file: string

beforeAll(async () => {
  dir = await tempDir('talks')
  file = path.join(dir, '医用供氧系统改造项目竞争性谈判文件.docx')
  await fs.writeFile(file, await buildDocx(TALKS_TENDER))
  const res = await cli('tender', 'import', file, '--json')
  expect(res.code, res.err).toBe(0)
  r = res.json()
}, 120_000)

describe('tender import: 竞争性谈判, two-column 前附表, 万元, 上午/下午 times', () => {
  it('reads every project fact', () => {
    expect(r.project).toEqual({
      name: '医用供氧系统改造项目',
      number: 'LJZC-2026-T-0412',
      buyer: '柳江县人民医院',
      agency: '广西衡正招标代理有限公司',
      budget: 985_000,
      ceiling: 960_000,
      deadline: '2026-12-18T09:30:00+08:00',
      opening: '2026-12-18T09:30:00+08:00',
      openingPlace: '柳江县公共资源交易中心二楼谈判室',
      submitPlace: '柳江县公共资源交易中心二楼谈判室',
      bond: { amount: 15_000, form: ['转账', '保函'], deadline: '2026-12-17T17:00:00+08:00' },
      validityDays: 60,
      copies: { original: 1, duplicates: 2, electronic: true },
      method: '竞争性谈判',
      evaluation: '最低评标价法',
      category: '货物',
      lots: [],
    })
    expect(r.warnings).toEqual([])
  })

  it('the rule of award and the place of delivery come with their excerpts', () => {
    expect(r.sources['project.evaluation'].excerpt).toContain('成交原则 | 在质量和服务均能满足')
    expect(r.sources['project.submitPlace']).toMatchObject({
      chapter: '第一章 谈判邀请',
      excerpt: expect.stringContaining('密封送达柳江县公共资源交易中心二楼谈判室'),
    })
    expect(r.sources['project.budget'].excerpt).toBe('采购预算 | 人民币98.5万元')
  })

  it('a ground for rejection stated in a 前附表 cell is a veto clause, without the figure before it', () => {
    expect(r.vetoClauses.map((v) => [v.text, v.source.chapter])).toEqual([
      ['报价超过最高限价的响应文件无效', '第二章 供应商须知'],
    ])
  })

  it('requirements with ★/▲ and the forms of 第四章', () => {
    expect(r.requirements.map((q) => [q.clause, q.star, q.text])).toEqual([
      ['1', '★', '制氧主机：产氧量≥30Nm³/h，氧浓度93%±3%'],
      ['2', null, '储氧罐：容积≥5m³，压力容器制造许可证'],
      ['3', '▲', '终端设备带：每床位氧气、负压吸引终端各1个'],
    ])
    expect(r.forms.map((f) => f.title)).toEqual([
      '响应函',
      '报价一览表',
      '法定代表人身份证明',
      '法定代表人授权委托书',
      '技术偏离表',
    ])
    expect(r.scoring).toBeNull()
  })

  it('the same document printed to PDF by LibreOffice reads the same (the two-column 前附表 rebuilt from its lines)', async () => {
    await convert([file], dir, 'pdf', dir)
    const res = await cli('tender', 'import', file.replace(/\.docx$/, '.pdf'), '--json')
    expect(res.code, res.err).toBe(0)
    const pdf: TenderImport = res.json()
    expect(pdf.project).toEqual(r.project)
    expect(pdf.vetoClauses.map((v) => v.text)).toEqual(['报价超过最高限价的响应文件无效'])
    // Cover, 谈判邀请, then the 前附表 on page 3 (each chapter starts a page).
    expect(pdf.sources['project.budget'].page).toBe(3)
  }, 180_000)
})
