import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { strFromU8, unzipSync } from 'fflate'
import { exportBidDocx } from '@services/export/docx/assemble'
import { docText } from '@shared/domain/sections/text'
import {
  BidSchema,
  CompanyProfileSchema,
  MaterialSchema,
  type Bid,
  type Material,
  type SectionDoc,
  BID_SCHEMA_VERSION,
} from '@shared/schemas'

/** Shared fixtures of the export tests: a realistic bid, its company, linked materials with real PNG scans. */

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `bidbench-${prefix}-`))
}

/** A certificate "scan": a real PNG rendered from SVG (resvg), so Word and LibreOffice get a genuine image. */
export function certificatePng(label: string, color = '#c0392b'): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="420">
    <rect width="600" height="420" fill="#fffdf5" stroke="${color}" stroke-width="12"/>
    <circle cx="480" cy="320" r="60" fill="none" stroke="${color}" stroke-width="6"/>
    <rect x="60" y="80" width="480" height="24" fill="#333"/><rect x="60" y="140" width="360" height="16" fill="#777"/>
    <rect x="60" y="180" width="400" height="16" fill="#777"/><text x="60" y="260" font-size="28" fill="#333">${label}</text>
  </svg>`
  return Buffer.from(new Resvg(svg).render().asPng())
}

export async function putFile(workspaceDir: string, data: Buffer, name: string, mime: string) {
  const sha256 = createHash('sha256').update(data).digest('hex')
  await fs.mkdir(path.join(workspaceDir, 'files'), { recursive: true })
  await fs.writeFile(path.join(workspaceDir, 'files', sha256), data)
  return { sha256, name, mime, size: data.length }
}

export const NOW = '2026-03-01T08:00:00.000Z'

/** The ID card scans of the company profile: written into every fixture workspace by buildFixture. */
const ID_CARDS = [certificatePng('ID card Wang', '#2980b9'), certificatePng('ID card Li', '#2980b9')]
const fileOf = (data: Buffer, name: string) => ({
  sha256: createHash('sha256').update(data).digest('hex'),
  name,
  mime: 'image/png',
  size: data.length,
})

export const company = CompanyProfileSchema.parse({
  name: '华信智联科技有限公司',
  creditCode: '91110108MA01ABCD2H',
  legalRep: '王建国',
  legalRepGender: '男',
  legalRepBirthDate: '1972-05-09',
  legalRepTitle: '董事长',
  legalRepIdNumber: '110108197205091233',
  legalRepIdCard: [fileOf(ID_CARDS[0], '王建国身份证.png')],
  address: '北京市海淀区中关村大街 1 号',
  phone: '010-88886666',
  bank: '中国工商银行北京中关村支行',
  bankAccount: '0200 0000 0000 1234 567',
  agents: [
    {
      name: '李晓梅',
      idNumber: '110101199001011234',
      phone: '13800138000',
      idCard: [fileOf(ID_CARDS[1], '李晓梅身份证.png')],
    },
  ],
})

export const SECTION_TITLES = [
  '投标函',
  '法定代表人身份证明',
  '授权委托书',
  '开标一览表',
  '报价明细表',
  '商务偏离表',
  '技术偏离表',
  '资格证明文件',
  '类似项目业绩表',
  '技术方案',
  '服务承诺书',
]

/**
 * Quote: 3 × 125,000.00 + 2 × 48,500.50 + 1 × 36,789.30 = 375,000.00 + 97,001.00 + 36,789.30 = 508,790.30,
 * tax-inclusive at 13 % / 13 % / 6 %:
 *   375,000.00 × 13/113 = 43,141.592… → 43,141.59
 *    97,001.00 × 13/113 = 11,159.407… → 11,159.41
 *    36,789.30 × 6/106  =  2,082.413… →  2,082.41
 *   tax total 43,141.59 + 11,159.41 + 2,082.41 = 56,383.41
 * 伍拾万捌仟柒佰玖拾元叁角整 is 508,790.30 in words.
 */
export const QUOTE_TOTAL = 508_790.3
export const QUOTE_TAX = 56_383.41
export const QUOTE_WORDS = '伍拾万捌仟柒佰玖拾元叁角整'

/**
 * A complete bid that passes the export gate; `pdfScan` gives its audit report a PDF scan instead of an image,
 * which Word cannot carry (the print rules then stop the export for it).
 */
export async function buildFixture(
  workspaceDir: string,
  opts: { pdfScan?: boolean } = {},
): Promise<{ bid: Bid; materials: Material[] }> {
  for (const [i, png] of ID_CARDS.entries()) await putFile(workspaceDir, png, `id${i}.png`, 'image/png')
  const lic = await putFile(workspaceDir, certificatePng('Business Licence'), '营业执照.png', 'image/png')
  const iso = await putFile(workspaceDir, certificatePng('ISO 9001', '#2c3e50'), 'ISO9001.png', 'image/png')
  const tax = await putFile(workspaceDir, certificatePng('Tax', '#16a085'), '纳税证明.png', 'image/png')
  const credit = await putFile(workspaceDir, certificatePng('Credit', '#d35400'), '信用查询.png', 'image/png')
  const contract = await putFile(
    workspaceDir,
    certificatePng('Contract', '#27ae60'),
    '合同关键页.png',
    'image/png',
  )
  const pdf = opts.pdfScan
    ? await putFile(
        workspaceDir,
        Buffer.from('%PDF-1.4\n% not an image\n'),
        '审计报告.pdf',
        'application/pdf',
      )
    : await putFile(workspaceDir, certificatePng('Audit 2024', '#8e44ad'), '审计报告.png', 'image/png')
  const mat = (id: string, extra: Record<string, unknown>) =>
    MaterialSchema.parse({ id, schemaVersion: 1, createdAt: NOW, updatedAt: NOW, ...extra })
  const materials = [
    mat('m-lic', {
      title: '营业执照（副本）',
      kind: '营业执照',
      number: '91110108MA01ABCD2H',
      issuer: '北京市海淀区市场监督管理局',
      attachments: [lic],
    }),
    mat('m-iso', {
      title: 'ISO9001 质量管理体系认证证书',
      kind: '资质证书',
      number: '00123Q45678R0M',
      issuer: '中国质量认证中心',
      validTo: '2027-12-31',
      attachments: [iso],
    }),
    mat('m-fin', { title: '2024 年度审计报告', kind: '财务报表', year: 2024, attachments: [pdf] }),
    mat('m-tax', { title: '近六个月纳税及社保缴纳证明', kind: '纳税/社保证明', attachments: [tax] }),
    mat('m-credit', { title: '信用中国查询记录', kind: '信用查询', attachments: [credit] }),
    mat('m-ref', {
      title: '某市政务云平台扩容项目',
      kind: '样板客户/类似业绩',
      reference: {
        customer: '某市大数据管理局',
        amount: 2_380_000,
        contractDate: '2025-06-18',
        contact: '张工 0571-8888 0000',
      },
      attachments: [contract],
    }),
  ]
  const s = (id: string, title: string, extra: Record<string, unknown> = {}) => ({ id, title, ...extra })
  const bid = BidSchema.parse({
    id: 'b1',
    schemaVersion: BID_SCHEMA_VERSION,
    title: '智慧园区综合管理平台建设项目',
    createdAt: NOW,
    updatedAt: NOW,
    tenderNo: 'ZB-2026-0315',
    buyer: { name: '江南市大数据发展中心' },
    dates: { release: '2026-02-10', submissionDeadline: '2026-03-20T09:30:00+08:00' },
    validityDays: 90,
    termsOffered: { deliveryDays: 60, warrantyMonths: 36, paymentTerms: '验收合格后 30 日内付清' },
    materialIds: ['m-lic', 'm-iso', 'm-fin', 'm-tax', 'm-credit', 'm-ref'],
    quote: {
      items: [
        {
          id: 'q1',
          name: '园区综合管理平台软件',
          spec: 'V3.0 企业版',
          unit: '套',
          qty: 3,
          unitPrice: 125_000,
          taxRate: 13,
        },
        {
          id: 'q2',
          name: '边缘计算网关',
          spec: 'EG-200',
          unit: '台',
          qty: 2,
          unitPrice: 48_500.5,
          taxRate: 13,
        },
        {
          id: 'q3',
          name: '实施与培训服务',
          spec: '含驻场 20 人日',
          unit: '项',
          qty: 1,
          unitPrice: 36_789.3,
          taxRate: 6,
        },
      ],
      openingSummary: {
        price: QUOTE_TOTAL,
        deliveryPeriod: '合同签订后 60 日历天',
        warranty: '36个月',
        validityDays: 90,
      },
    },
    requirements: [
      {
        id: 'r1',
        no: '3.1',
        kind: '商务',
        star: true,
        text: '投标有效期不少于 90 日历天',
        status: '响应',
        deviation: '无偏离',
        responseText: '投标有效期 90 日历天',
      },
      {
        id: 'r2',
        no: '3.2',
        kind: '商务',
        text: '质保期不少于 24 个月',
        status: '响应',
        deviation: '正偏离',
        responseText: '质保期 36 个月',
      },
      {
        id: 'r3',
        no: '5.1',
        kind: '技术',
        star: true,
        text: '平台支持不少于 10000 路视频接入',
        status: '响应',
        deviation: '无偏离',
        responseText: '支持 12000 路视频接入，见技术方案第 2 章',
      },
      {
        id: 'r4',
        no: '5.2',
        kind: '技术',
        text: '支持国产操作系统和数据库',
        status: '响应',
        deviation: '无偏离',
        responseText: '支持麒麟、统信 UOS 及达梦、人大金仓',
      },
      {
        id: 'r5',
        no: '5.3',
        kind: '技术',
        text: '提供移动端应用',
        status: '部分响应',
        deviation: '负偏离',
        responseText: '提供微信小程序，不提供独立 App',
      },
    ],
    sections: [
      s('s1', '投标函', { formKey: '投标函', kind: '商务', needsSeal: true, needsSignature: true }),
      s('s2', '法定代表人身份证明', { formKey: '法定代表人身份证明', needsSeal: true }),
      s('s3', '授权委托书', { formKey: '授权委托书', needsSeal: true, needsSignature: true }),
      s('s4', '开标一览表', { formKey: '开标一览表', kind: '报价', needsSeal: true, needsSignature: true }),
      s('s5', '报价明细表', { formKey: '报价明细表', kind: '报价', needsSeal: true }),
      s('s6', '商务偏离表', { formKey: '商务偏离表', needsSeal: true }),
      s('s7', '技术偏离表', { formKey: '技术偏离表', needsSeal: true }),
      s('s8', '资格证明文件', { formKey: '资格证明文件', kind: '资格' }),
      s('s9', '类似项目业绩表', { formKey: '类似项目业绩表', materialIds: ['m-ref'] }),
      s('s10', '技术方案', {
        kind: '技术',
        content:
          '# 总体设计\n\n本项目采用“云—边—端”三层架构，平台部署于采购人政务云，边缘计算网关部署于园区机房。\n\n## 视频接入\n\n平台支持 12000 路视频接入，满足招标文件第五章 5.1 条要求。\n\n# 实施计划\n\n合同签订后 60 日历天内完成全部交付。',
      }),
      s('s11', '服务承诺书', {
        formKey: '服务承诺书',
        needsSeal: true,
        content: '4. 驻场服务：质保期内每季度提供一次现场巡检。',
      }),
    ],
  })
  return { bid, materials }
}

/**
 * A bid of one written section exported to Word (the 正本, dated 2026-03-10): the file and its document and numbering
 * parts, for the tests of how section content prints.
 */
export async function exportSectionDocx(
  dir: string,
  opts: { id: string; title: string; sectionTitle: string; doc: SectionDoc; file: string },
): Promise<{ out: string; xml: string; numbering: string }> {
  const bid = BidSchema.parse({
    id: opts.id,
    schemaVersion: BID_SCHEMA_VERSION,
    title: opts.title,
    createdAt: 'x',
    updatedAt: 'x',
    sections: [{ id: 's1', title: opts.sectionTitle, doc: opts.doc, content: docText(opts.doc) }],
  })
  const out = path.join(dir, opts.file)
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
  const files = unzipSync(await fs.readFile(out))
  return {
    out,
    xml: strFromU8(files['word/document.xml']),
    numbering: strFromU8(files['word/numbering.xml']),
  }
}
