import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { exportBidDocx } from '@services/export/docx/assemble'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { BidSchema, MaterialSchema } from '@shared/schemas'
import { buildFixture, company, NOW, tempDir } from './export-fixtures'
import { convert, pdfText, pdfToPng } from './libreoffice'

// The bid-model parts of checks v2 printed in the Word export, read back from LibreOffice's PDF: consortium (投标函 +
// 联合体协议书), per-lot 开标一览表 lines, the 中小企业声明函, the key staff table, who signs, the tax rate.
const TEMPLATES = path.resolve(__dirname, '../../templates')
const PNG_DIR = path.resolve(__dirname, '../../test-results/export-parts')

let text: string
/** Every paragraph of the .docx (table cells included), as written. */
let paras: string[]
/** pdftotext lays tables out with runs of spaces: compare without them. */
let flat: string

beforeAll(async () => {
  const dir = await tempDir('parts')
  const { bid, materials } = await buildFixture(dir)
  const cert = MaterialSchema.parse({
    id: 'm-pm',
    schemaVersion: 1,
    createdAt: NOW,
    updatedAt: NOW,
    title: '一级建造师注册证书',
    kind: '人员证书',
    number: '京111202345678',
  })
  const parts = BidSchema.parse({
    ...bid,
    consortium: {
      isConsortium: true,
      members: [
        { id: 'c1', role: '牵头人', isUs: true, work: '平台软件及总体集成', sharePercent: 65, size: '小型' },
        {
          id: 'c2',
          name: '江南智造网络设备有限公司',
          creditCode: '91330100MA27C8QH1L',
          role: '成员',
          legalRep: '陈立',
          work: '边缘网关供货及安装',
          sharePercent: 35,
          size: '微型',
          employees: 8,
          revenueWan: 420,
          assetsWan: 260.5,
        },
      ],
    },
    lots: [
      { id: 'l1', no: '1', name: '平台软件', price: 375_000, deliveryPeriod: '60日历天', warranty: '36个月' },
      {
        id: 'l2',
        no: '2',
        name: '边缘网关与实施',
        price: 133_790.3,
        deliveryPeriod: '45日历天',
        warranty: '24个月',
      },
    ],
    sme: {
      size: '小型企业',
      industry: '软件和信息技术服务业',
      deductionClaimed: true,
      makers: [
        { id: 'mk1', name: '江南智造网络设备有限公司', employees: 8, revenueWan: 420, assetsWan: 260.5 },
      ],
    },
    keyStaff: [
      {
        id: 'k1',
        post: '项目负责人',
        name: '赵明轩',
        idNumber: '110108198503150018',
        certificateRequired: '一级建造师（机电工程）',
        certificateMaterialIds: ['m-pm'],
      },
      {
        id: 'k2',
        post: '技术负责人',
        name: '孙悦',
        idNumber: '110108199002020026',
        certificateRequired: '高级工程师',
      },
    ],
    signatory: { role: '授权代表', agentName: company.agents[0].name },
    quote: {
      ...bid.quote,
      items: bid.quote.items.map((it) => ({
        ...it,
        manufacturer: it.id === 'q2' ? '江南智造网络设备有限公司' : company.name,
        manufacturerSize: it.id === 'q2' ? '微型' : '小型',
      })),
    },
  })
  const out = path.join(dir, 'parts.docx')
  await exportBidDocx({
    bid: parts,
    company,
    materials: [...materials, cert],
    workspaceDir: dir,
    copy: '正本',
    out,
    templatesDir: TEMPLATES,
  })
  const zip = await JSZip.loadAsync(await fs.readFile(out))
  paras = paragraphTexts(await zip.file('word/document.xml')!.async('string'))
  await convert([out], dir, 'pdf', dir)
  const pdf = path.join(dir, 'parts.pdf')
  text = await pdfText(pdf)
  flat = text.replace(/[\s\u3000]+/g, '')
  await fs.mkdir(PNG_DIR, { recursive: true })
  await pdfToPng(pdf, path.join(PNG_DIR, 'page'), 1, 40)
}, 240_000)

describe('bid-model parts in the exported 投标文件 (Word → LibreOffice PDF)', () => {
  it('投标函: the consortium, the agent as 签字代表, the tax rates the quote states', () => {
    expect(flat).toContain(`联合体牵头人为${company.name}，成员为江南智造网络设备有限公司`)
    expect(flat).toContain(`签字代表${company.agents[0].name}经正式授权`)
    expect(flat).toMatch(/含税（增值税税率13%、6%）/)
    const letter = flat.slice(flat.indexOf('致：'), flat.indexOf('法定代表人身份证明', flat.indexOf('致：')))
    expect(letter).toContain('授权代表（签字）：')
    expect(letter).not.toContain('法定代表人')
    // The 联合体协议书 is signed for each member by its own representative.
    expect(flat.match(/法定代表人或授权代表（签字）/g)).toHaveLength(2)
  })

  it('联合体协议书: its own page with both members, roles, work and shares, and a seal line per side', () => {
    expect(flat).toContain('联合体协议书')
    expect(flat).toMatch(
      new RegExp(`${company.name}（牵头人）与江南智造网络设备有限公司（成员）自愿组成联合体`),
    )
    expect(flat).toContain('91330100MA27C8QH1L') // one line: the column fits the whole code
    expect(flat).toContain('91110108MA01ABCD2H')
    const at = paras.indexOf('江南智造网络设备有限公司')
    expect(paras.slice(at - 7, at + 5)).toEqual([
      '1',
      company.name,
      company.creditCode,
      '牵头人',
      '平台软件及总体集成',
      '65%',
      '2',
      '江南智造网络设备有限公司',
      '91330100MA27C8QH1L',
      '成员',
      '边缘网关供货及安装',
      '35%',
    ])
    expect(flat).toContain('联合体成员（盖章）：江南智造网络设备有限公司')
  })

  it('开标一览表: one form per lot, with its figures, words, period and warranty', () => {
    const lot1 = paras.indexOf('（第1包：平台软件）')
    const lot2 = paras.indexOf('（第2包：边缘网关与实施）')
    expect(lot1).toBeGreaterThan(0)
    expect(lot2).toBeGreaterThan(lot1)
    const row = (from: number, label: string) => paras[paras.indexOf(label, from) + 1]
    expect(
      ['包号', '包名称', '投标报价（小写）', '投标报价（大写）', '交货期', '质保期'].map((l) => row(lot1, l)),
    ).toEqual(['1', '平台软件', '¥375,000.00', '叁拾柒万伍仟元整', '60日历天', '36个月'])
    expect(
      ['包号', '包名称', '投标报价（小写）', '投标报价（大写）', '交货期', '质保期'].map((l) => row(lot2, l)),
    ).toEqual(['2', '边缘网关与实施', '¥133,790.30', '壹拾叁万叁仟柒佰玖拾元叁角整', '45日历天', '24个月'])
    expect(flat).toMatch(/（第1包：平台软件）项目名称.*投标报价（小写）¥375,000.00/)
    expect(flat).toMatch(/（第2包：边缘网关与实施）项目名称.*投标报价（小写）¥133,790.30/)
    expect(flat).toContain('其中各包报价见开标一览表')
  })

  it('中小企业声明函 in the 财库〔2020〕46号 wording, one line per item and maker with its figures and size', () => {
    expect(flat).toContain('中小企业声明函')
    expect(flat).toContain('《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）')
    // Our own figures come from the company profile; blank here, so the form's blanks are printed.
    expect(flat).toContain(
      `园区综合管理平台软件，属于软件和信息技术服务业行业；制造商为${company.name}，从业人员人，营业收入为万元，资产总额为万元，属于小型企业`,
    )
    expect(flat).toContain(
      '边缘计算网关，属于软件和信息技术服务业行业；制造商为江南智造网络设备有限公司，从业人员8人，营业收入为420万元，资产总额为260.5万元，属于微型企业',
    )
    expect(flat).toContain('注：从业人员、营业收入、资产总额填报上一年度数据')
    expect(flat).toContain('不存在控股股东为大企业的情况')
  })

  it('中小企业声明函 of a goods consortium: after the makers, one line per member, lead first, with its share', () => {
    const d = flat.slice(flat.indexOf('中小企业声明函'))
    expect(d).toContain(
      '本公司（联合体）以联合体形式参加本次采购活动，联合体各方的情况如下：' +
        `（1）${company.name}（联合体牵头人），承担平台软件及总体集成，从业人员人，营业收入为万元，资产总额为万元，属于小型企业，在联合体中承担合同金额的65%（以联合体协议为准）；` +
        '（2）江南智造网络设备有限公司（联合体成员），承担边缘网关供货及安装，从业人员8人，营业收入为420万元，资产总额为260.5万元，属于微型企业，在联合体中承担合同金额的35%（以联合体协议为准）；',
    )
    // The makers' lines come first, as the goods declaration requires.
    expect(d.indexOf('制造商为江南智造网络设备有限公司')).toBeLessThan(d.indexOf('联合体各方的情况如下'))
  })

  it('联合体各方盖章: every bidder seal line of a consortium is one line per member, lead first', () => {
    const lead = `联合体牵头人（盖章）：${company.name}`
    const member = '联合体成员（盖章）：江南智造网络设备有限公司'
    const leads = paras.flatMap((p, i) => (p === lead ? [i] : []))
    // 投标函, 开标一览表 ×2 lots, 报价明细表, 偏离表 ×2, 业绩表, 资格证明文件, 联合体协议书, 中小企业声明函, …
    expect(leads.length).toBeGreaterThanOrEqual(10)
    // The 牵头人 alone seals the two forms it issues for the consortium (法定代表人身份证明, 授权委托书); every other
    // lead seal line is followed by the member's.
    const alone = leads.filter((i) => paras[i + 1] !== member && paras[i + 2] !== member)
    expect(alone).toHaveLength(2)
    expect(paras.filter((p) => p === member)).toHaveLength(leads.length - 2)
    // The 中小企业声明函 is sealed by both.
    const sme = flat.slice(flat.indexOf('不存在控股股东为大企业的情况'))
    expect(sme.indexOf(lead)).toBeGreaterThan(0)
    expect(sme.indexOf(member)).toBeGreaterThan(sme.indexOf(lead))
    // …on the page of its last lines: the form's closing 注 does not push the seal lines onto a page of their own.
    const page = text
      .split('\f')
      .map((t) => t.replace(/[\s\u3000]+/g, ''))
      .find((t) => t.includes('本企业对上述声明内容的真实性负责'))!
    expect(page).toContain(lead)
    expect(page).toContain(member)
    // No form of a consortium's bid is sealed as 投标人: the 法定代表人身份证明 and 授权委托书 are the 牵头人's.
    expect(paras.filter((p) => p.startsWith('投标人（盖章）'))).toEqual([])
    for (const f of ['法定代表人身份证明', '授权委托书']) {
      const at = paras.indexOf(f)
      const next = paras.findIndex(
        (p, i) => i > at && p === '日期：' + paras.find((x) => x.startsWith('日期：'))!.slice(3),
      )
      expect(paras.slice(at, next)).toContain(lead)
    }
    expect(flat).toContain(`联合体牵头人：${company.name}（盖章）`)
  })

  it('项目负责人及主要人员表 with the certificates from the library', () => {
    expect(flat).toContain('项目负责人及主要人员表')
    const at = paras.indexOf('赵明轩')
    expect(paras.slice(at - 2, at + 4)).toEqual([
      '1',
      '项目负责人',
      '赵明轩',
      '110108198503150018',
      '一级建造师（机电工程）',
      '一级建造师注册证书（京111202345678）',
    ])
    expect(flat).toMatch(/项目负责人赵明轩110108198503150018/)
    expect(flat).toMatch(/技术负责人孙悦/)
  })

  it('no placeholder or blank left where a value belongs', () => {
    expect(text).not.toMatch(/\{\{|XXX|待补充/)
  })
})
