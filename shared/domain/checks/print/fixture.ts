import { buildPrintModel, type PrintInput } from '@shared/domain/export'
import { shippedForms } from '@shared/domain/export/fixtures/shipped-forms'
import {
  BID_SCHEMA_VERSION,
  BidSchema,
  CompanyProfileSchema,
  MaterialSchema,
  type Bid,
  type BidInput,
} from '@shared/schemas'
import { runChecks } from '../index'

/**
 * A clean service bid for the print-rule tests: one price, one date, every commitment from the terms, every
 * material with a scan. Tests break one thing at a time.
 */
const scan = (n: number) => ({
  sha256: String(n).padStart(64, 'a'),
  name: `scan${n}.png`,
  mime: 'image/png',
  size: 10,
})

export const company = CompanyProfileSchema.parse({
  name: '杭州云帆信息技术有限公司',
  creditCode: '91330106MA2B7K3X4N',
  legalRep: '周建平',
  legalRepGender: '男',
  legalRepBirthDate: '1976-04-02',
  legalRepTitle: '执行董事',
  legalRepIdNumber: '330106197604021234',
  legalRepIdCard: [scan(1)],
  address: '杭州市西湖区',
  phone: '0571-1',
  agents: [{ name: '吴敏', idNumber: '330106199001011234', phone: '139', idCard: [scan(2)] }],
})

export const materials = [
  MaterialSchema.parse({
    id: 'm-lic',
    schemaVersion: 1,
    createdAt: 'x',
    updatedAt: 'x',
    title: '营业执照',
    kind: '营业执照',
    attachments: [scan(3)],
  }),
  MaterialSchema.parse({
    id: 'm-case',
    schemaVersion: 1,
    createdAt: 'x',
    updatedAt: 'x',
    title: '某市政务云运维项目',
    kind: '样板客户/类似业绩',
    reference: { customer: '某市大数据局', amount: 1200000, contractDate: '2025-03-01' },
    attachments: [scan(4)],
  }),
]

export function cleanBid(over: Partial<BidInput> = {}): Bid {
  return BidSchema.parse({
    id: 'b-clean',
    schemaVersion: BID_SCHEMA_VERSION,
    title: '某市政务云平台运维服务项目',
    createdAt: 'x',
    updatedAt: 'x',
    tenderNo: 'HZZF-2026-031',
    buyer: { name: '某市大数据发展管理局' },
    category: '服务',
    governingLaw: '政府采购',
    priceCeiling: 2_000_000,
    dates: { release: '2026-02-01', submissionDeadline: '2026-03-20T09:30:00+08:00' },
    validityDays: 90,
    termsRequired: { responseHours: 0.5, onsiteHours: 2, resolveHours: 4 },
    termsOffered: {
      responseHours: 0.25,
      onsiteHours: 1,
      resolveHours: 2,
      servicePeriod: '合同签订之日起 12 个月',
    },
    requirements: [
      {
        id: 'r1',
        no: '3.1',
        kind: '技术',
        star: true,
        text: '★服务期 12 个月',
        status: '响应',
        responseText: '服务期 12 个月，自合同签订之日起计算',
      },
      {
        id: 'r2',
        no: '3.2',
        kind: '技术',
        text: '故障 30 分钟内响应，4 小时内解决',
        status: '响应',
        deviation: '正偏离',
        responseText: '15 分钟内响应，2 小时内解决',
      },
    ],
    sections: [
      { id: 's1', title: '投标函', kind: '商务', formKey: '投标函', needsSeal: true, needsSignature: true },
      { id: 's2', title: '开标一览表', kind: '报价', formKey: '开标一览表', needsSeal: true },
      { id: 's3', title: '法定代表人身份证明', kind: '资格', formKey: '法定代表人身份证明' },
      { id: 's4', title: '授权委托书', kind: '资格', formKey: '授权委托书' },
      { id: 's5', title: '资格证明文件', kind: '资格', formKey: '资格证明文件', materialIds: ['m-lic'] },
      { id: 's6', title: '报价明细表', kind: '报价', formKey: '报价明细表' },
      { id: 's7', title: '技术偏离表', kind: '技术', formKey: '技术偏离表' },
      {
        id: 's8',
        title: '服务方案',
        kind: '技术',
        content: '一、服务目标\n保障平台全年可用。\n二、服务组织\n项目经理 1 名，驻场 3 名。',
      },
      { id: 's9', title: '类似项目业绩表', kind: '商务', formKey: '类似项目业绩表', materialIds: ['m-case'] },
      { id: 's10', title: '服务承诺书', kind: '商务', formKey: '服务承诺书' },
    ],
    materialIds: ['m-lic', 'm-case'],
    quote: { items: [{ id: 'q1', name: '运维服务', unit: '月', qty: 12, unitPrice: 150_000, taxRate: 6 }] },
    ...over,
  } as BidInput)
}

export function modelOf(bid: Bid, over: Partial<PrintInput> = {}) {
  return buildPrintModel({ bid, company, materials, forms: shippedForms(), ...over })
}

export function printFindings(bid: Bid, over: Partial<PrintInput> = {}) {
  const model = modelOf(bid, over)
  return runChecks({
    bid,
    materials,
    company,
    now: new Date('2026-03-01T00:00:00+08:00'),
    print: model,
  }).findings.filter((f) => f.ruleId.startsWith('P'))
}
