import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { fillBuyerForm, scanBuyerForm } from '@services/export/docx/buyer-form'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { summarizeFills } from '@shared/domain/blanks'
import { resolvePlaceholders } from '@shared/domain/export'
import { CompanyProfileSchema } from '@shared/schemas'
import { goodsForms, servicesForms, talksForms, worksForms } from '@test/fixtures/buyer-forms/sets'
import { buildFixture, company, tempDir } from './export-fixtures'

/**
 * The buyer's own forms, blanks as four house styles print them, filled from a real bid: what each blank got, what
 * stays blank and why, the form's own units not doubled, the filled .docx still the buyer's document (same
 * paragraphs and tables, formatting of the run that held the blank) and readable by LibreOffice.
 */

let dir: string
let values: Record<string, string>

beforeAll(async () => {
  dir = await tempDir('blanks')
  const { bid } = await buildFixture(dir)
  const co = CompanyProfileSchema.parse({
    ...company,
    legalRepGender: '男',
    legalRepBirthDate: '1975-06-01',
    legalRepTitle: '总经理',
  })
  values = resolvePlaceholders(bid, co, { date: '2026-03-10' })
}, 60_000)

async function fill(name: string, input: Buffer) {
  const out = path.join(dir, `${name}.docx`)
  const r = await fillBuyerForm({ input, values, out })
  const zip = await JSZip.loadAsync(await fs.readFile(out))
  const xml = await zip.file('word/document.xml')!.async('string')
  return { r, out, xml, text: paragraphTexts(xml), s: summarizeFills(r.blanks) }
}

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length

describe('buyer forms with blanks', () => {
  it('goods (underscores, 开标一览表 header row, 法定代表人身份证明)', async () => {
    const input = await goodsForms()
    const { text, s, xml } = await fill('goods', input)
    expect(text).toContain(
      '1. 我方愿以人民币（大写）伍拾万捌仟柒佰玖拾元叁角整（¥508,790.30）的投标总价，按招标文件的要求提供全部货物及服务。',
    )
    expect(text).toContain('2. 交货期：合同签订后 60日历天；质保期：36个月；投标有效期：90日历天。')
    expect(text).toContain('投标人名称：华信智联科技有限公司（盖章）')
    expect(text).toContain('日期：2026年3月10日')
    expect(text).toContain('姓名：王建国 性别：男 年龄：50 职务：总经理')
    expect(text).toContain('系华信智联科技有限公司（投标人名称）的法定代表人。')
    // The 开标一览表 row under its header: the opening price, bare under "（元）", words under "（大写）".
    const row = text.slice(text.indexOf('备注') + 1, text.indexOf('备注') + 6)
    expect(row).toEqual([
      '智慧园区综合管理平台建设项目',
      '508,790.30',
      '伍拾万捌仟柒佰玖拾元叁角整',
      '合同签订后 60 日历天',
      '36个月',
    ])
    expect(s.filled.find((f) => f.id === 't0r1c1')).toMatchObject({
      key: '开标报价',
      label: '投标总价（元）',
    })
    expect(s.filled.find((f) => f.label.includes('大写') && f.where === '第4段')?.key).toBe('投标函报价大写')
    expect(s.manual.map((m) => m.label)).toEqual(['法定代表人或授权代表（签字）：'])
    expect(s.unfilled).toEqual([])
    // No unit doubled anywhere.
    expect(text.join('\n')).not.toMatch(/元整元|¥¥|日历天日历天|个月个月/)
    // The signature line is still a line to sign on.
    expect(text).toContain('法定代表人或授权代表（签字）：______________')
    expect(count(xml, /<w:p[ >]/g)).toBe(count((await unzipDoc(input)) ?? '', /<w:p[ >]/g))
  })

  it('services (WPS: underlined spaces and tabs, 【】, hints, 万元, 个月 that the bid cannot give)', async () => {
    const { text, s, xml } = await fill('services', await servicesForms())
    expect(text).toEqual([
      '磋商响应函',
      '致：江南市大数据发展中心',
      '我方华信智联科技有限公司参加智慧园区综合管理平台建设项目的竞争性磋商，现提交响应文件。',
      '磋商响应人名称：华信智联科技有限公司',
      '响应报价（大写）：伍拾万捌仟柒佰玖拾元叁角整',
      '响应报价（小写）：50.87903万元',
      '服务期：      个月，投标有效期：90天',
      '联系人：李晓梅  传真：',
      '磋商响应人（盖章）：华信智联科技有限公司',
      '日期：2026年3月10日',
    ])
    expect(s.unfilled.map((u) => [u.label, u.key, u.why.zh])).toEqual([
      ['服务期：', '交货期', '“合同签订后 60 日历天”不能按表单的单位“个月”填写'],
      ['传真：', '投标人传真', '投标/公司信息中未填写“投标人传真”'],
    ])
    // A value written where underlined spaces were keeps the underline (the run's own w:rPr).
    expect(xml).toMatch(
      /<w:u w:val="single"\/><w:lang w:eastAsia="zh-CN"\/><\/w:rPr><w:t xml:space="preserve">李晓梅</,
    )
  })

  it('works (labels after the blank, split runs, 投标人基本情况表 with merged cells) — LibreOffice reads it', async () => {
    const { text, s, out } = await fill('works', await worksForms())
    expect(text).toContain(
      '1．我方已仔细研究了智慧园区综合管理平台建设项目（项目名称）施工招标文件的全部内容，愿意以人民币（大写）伍拾万捌仟柒佰玖拾元叁角整（¥508,790.30）的投标总报价，工期合同签订后 60日历天，按合同约定实施和完成承包工程。',
    )
    expect(text).toContain(
      '本人王建国（姓名）系华信智联科技有限公司（投标人名称）的法定代表人，现委托李晓梅（姓名）为我方代理人。',
    )
    expect(text).toContain('代理人身份证号码：110101199001011234')
    expect(
      Object.fromEntries(s.filled.filter((f) => f.id.startsWith('t')).map((f) => [f.id, f.value])),
    ).toEqual({
      t0r0c1: '华信智联科技有限公司',
      t0r1c1: '北京市海淀区中关村大街 1 号',
      t0r2c2: '李晓梅',
      t0r2c4: '010-88886666',
      t0r4c2: '王建国',
      t0r5c1: company.creditCode,
    })
    // The legal representative's phone is not the company's: left blank with its label.
    expect(s.unfilled.map((u) => [u.id, u.label])).toEqual([
      ['t0r1c4', '邮政编码'],
      ['t0r3c2', '传真'],
      ['t0r3c4', '电子邮箱'],
      ['t0r4c4', '电话'],
    ])
    const pdfDir = path.join(dir, 'pdf')
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/lo`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        out,
      ],
      { timeout: 120_000 },
    )
    const { stdout } = await promisify(execFile)('pdftotext', [
      '-layout',
      path.join(pdfDir, 'works.pdf'),
      '-',
    ])
    expect(stdout).toContain('本人王建国（姓名）系华信智联科技有限公司（投标人名称）的法定代表人')
    expect(stdout).toContain(company.creditCode)
  }, 180_000)

  it('talks (one table, Wingdings check boxes, a date of spaces)', async () => {
    const { text, s } = await fill('talks', await talksForms())
    expect(text.slice(1, 11)).toEqual([
      '谈判响应人',
      '华信智联科技有限公司',
      '项目编号',
      'ZB-2026-0315',
      '包号',
      '不分包',
      '谈判报价（人民币元）',
      '508,790.30',
      '报价（大写）',
      '伍拾万捌仟柒佰玖拾元叁角整',
    ])
    expect(text.at(-1)).toBe('2026年3月10日')
    expect(s.unfilled).toEqual([
      { id: 'p12:0', label: '企业类型', key: null, where: '表1 第4行第2列', why: expect.anything() },
    ])
    expect(s.manual.map((m) => m.label)).toEqual(['授权代表（签字）'])
  })

  it('the preview lists the same blanks without writing, and a chosen key or "leave blank" is obeyed', async () => {
    const input = await servicesForms()
    const scan = await scanBuyerForm(input, values)
    const fax = scan.blanks.find((b) => b.label === '传真：')!
    const contact = scan.blanks.find((b) => b.label === '联系人：')!
    expect(fax.status).toBe('unfilled')
    const out = path.join(dir, 'chosen.docx')
    const r = await fillBuyerForm({
      input,
      values,
      out,
      overrides: { [fax.id]: '投标人电话', [contact.id]: null },
    })
    const text = paragraphTexts(
      await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string'),
    )
    expect(text).toContain('联系人：  传真：010-88886666')
    expect(summarizeFills(r.blanks).manual.map((m) => m.why.zh)).toEqual(['按用户选择留空'])
  })
})

async function unzipDoc(b: Buffer): Promise<string | undefined> {
  return (await JSZip.loadAsync(b)).file('word/document.xml')?.async('string')
}
