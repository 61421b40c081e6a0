import {
  BidSchema,
  CompanyProfileSchema,
  MaterialSchema,
  MatrixSchema,
  type Bid,
  type BidInput,
  type CompanyProfile,
  type Material,
  type Matrix,
  BID_SCHEMA_VERSION,
} from '@shared/schemas'
import { runChecks, type CheckInput, type OtherBidRef } from '@shared/domain/checks'

/**
 * A complete, correct bid: every check must pass on it. Each rule test breaks one thing.
 * Valid credit codes (check character computed by hand with GB 32100-2015 weights):
 * 91350100M000100Y43 (ours), 91310115MA1K3YJT7R (someone else's).
 */
export const OUR_CODE = '91350100M000100Y43'
export const OTHER_CODE = '91310115MA1K3YJT7R'
export const NOW = new Date(2026, 3, 20, 10, 0, 0)

const meta = { createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z' }

function material(input: Record<string, unknown>): Material {
  return MaterialSchema.parse({ schemaVersion: 1, ...meta, ...input })
}

export function cleanMaterials(): Material[] {
  return [
    material({ id: 'm-license', title: '营业执照', kind: '营业执照', number: OUR_CODE }),
    material({ id: 'm-fin-2023', title: '2023年度审计报告', kind: '财务报表', year: 2023 }),
    material({ id: 'm-fin-2024', title: '2024年度审计报告', kind: '财务报表', year: 2024 }),
    material({ id: 'm-tax', title: '2026年3月纳税及社保证明', kind: '纳税/社保证明', validTo: '2026-12-31' }),
    material({ id: 'm-credit', title: '信用中国查询记录', kind: '信用查询' }),
    material({
      id: 'm-iso',
      title: 'ISO9001质量管理体系认证证书',
      kind: '资质证书',
      validFrom: '2024-01-10',
      validTo: '2027-01-09',
    }),
    material({
      id: 'm-ref',
      title: '某省政务云平台项目',
      kind: '样板客户/类似业绩',
      reference: { customer: '某省政务服务中心', amount: 2_300_000, contractDate: '2025-03-01' },
    }),
  ]
}

const LETTER = [
  '致：某市大数据管理局',
  '项目名称：某市智慧政务平台采购项目',
  '招标编号：ZFCG-2026-018',
  '采购人：某市大数据管理局',
  '投标人名称（盖章）：华信数科技术有限公司',
  `统一社会信用代码：${OUR_CODE}`,
  '我方投标总报价为人民币壹佰壹拾伍万元整，投标有效期为自投标截止之日起90天。',
  '法定代表人：王建国（签字）',
  '日期：2026年4月22日',
].join('\n')

const POA = [
  '法定代表人：王建国',
  '被授权人：李明',
  '投标人：华信数科技术有限公司（盖章）',
  '本授权书自2026年4月22日起至投标有效期结束止有效。',
].join('\n')

const PLAN = [
  '本项目总体架构采用云原生微服务设计，前端统一门户、中台能力组件和后端数据底座分层解耦，支持国产操作系统与数据库，满足等保三级要求。',
  '实施分为需求调研、系统设计、开发测试、试运行和验收五个阶段，每个阶段设里程碑评审，由项目经理每周向采购人汇报进度与风险。',
].join('\n')

export function cleanBidInput(): BidInput {
  return {
    id: 'b1',
    schemaVersion: BID_SCHEMA_VERSION,
    ...meta,
    title: '某市智慧政务平台采购项目',
    tenderNo: 'ZFCG-2026-018',
    buyer: { name: '某市大数据管理局', type: '政府', region: '某省某市' },
    governingLaw: '政府采购',
    budget: 1_200_000,
    priceCeiling: 1_200_000,
    // The one date every form is signed on (the 投标函 section states the same day).
    signDate: '2026-04-22',
    dates: {
      release: '2026-04-01',
      clarificationDeadline: '2026-04-10T17:00:00+08:00',
      submissionDeadline: '2026-04-25T09:30:00+08:00',
      opening: '2026-04-25T09:30:00+08:00',
    },
    validityDaysRequired: 90,
    validityDays: 90,
    bond: {
      required: 20_000,
      allowedForms: ['转账', '保函'],
      deadline: '2026-04-24T17:00:00+08:00',
      paidAmount: 20_000,
      paidForm: '转账',
      paidAt: '2026-04-20T10:00:00+08:00',
    },
    copies: {
      originalRequired: 1,
      copiesRequired: 4,
      electronicRequired: true,
      originalPlanned: 1,
      copiesPlanned: 4,
      electronicPlanned: true,
    },
    mandatedOrder: [
      '投标函',
      '授权委托书',
      '资格证明文件',
      '开标一览表',
      '分项报价表',
      '商务偏离表',
      '技术偏离表',
      '技术方案',
    ],
    sections: [
      {
        id: 's-letter',
        title: '一、投标函',
        kind: '商务',
        formKey: 'bid-letter',
        content: LETTER,
        needsSeal: true,
        sealDone: true,
        needsSignature: true,
        signatureDone: true,
        signDate: '2026-04-22',
      },
      {
        id: 's-poa',
        title: '二、授权委托书',
        kind: '资格',
        formKey: 'power-of-attorney',
        content: POA,
        sealDone: true,
        needsSignature: true,
        signatureDone: true,
      },
      {
        id: 's-qual',
        title: '三、资格证明文件',
        kind: '资格',
        materialIds: ['m-license', 'm-fin-2023', 'm-fin-2024', 'm-tax', 'm-credit', 'm-iso'],
      },
      { id: 's-open', title: '四、开标一览表', kind: '报价', formKey: 'opening-summary', sealDone: true },
      {
        id: 's-price',
        title: '五、分项报价表',
        kind: '报价',
        formKey: 'price-schedule',
        content: '报价为含税价，增值税税率13%，金额单位：元。',
        sealDone: true,
      },
      { id: 's-bdev', title: '六、商务偏离表', kind: '商务', formKey: 'business-deviation', sealDone: true },
      { id: 's-tdev', title: '七、技术偏离表', kind: '技术', formKey: 'technical-deviation', sealDone: true },
      { id: 's-plan', title: '八、技术方案', kind: '技术', content: PLAN, materialIds: ['m-ref'] },
    ],
    requirements: [
      {
        id: 'r1',
        no: '3.1',
        kind: '技术',
        star: true,
        text: '★系统须支持国产操作系统和数据库',
        status: '响应',
        deviation: '无偏离',
        deviationTableEntry: '无偏离',
        responseText: '满足。已适配麒麟、统信操作系统及达梦、人大金仓数据库，见技术方案第2节。',
      },
      {
        id: 'r2',
        no: '3.2',
        kind: '技术',
        scored: true,
        text: '总体架构设计合理性（主观评分）',
        status: '响应',
        deviation: '无偏离',
        responseText:
          '采用云原生微服务架构，门户、中台、数据底座三层解耦；服务注册发现、配置中心与链路追踪统一建设，支撑横向扩展；详见技术方案第1节。',
      },
      {
        id: 'r3',
        no: '4.1',
        kind: '商务',
        text: '交货期：合同签订后60日内完成部署',
        status: '响应',
        deviation: '正偏离',
        deviationTableEntry: '正偏离',
        responseText: '合同签订后45日内完成部署。',
      },
    ],
    requiredMaterials: [
      { id: 'rm1', label: '营业执照', materialKind: '营业执照' },
      { id: 'rm2', label: '近两年财务审计报告', materialKind: '财务报表', years: [2023, 2024] },
      { id: 'rm3', label: '纳税及社保证明', materialKind: '纳税/社保证明' },
      { id: 'rm4', label: '信用中国查询记录', materialKind: '信用查询' },
      { id: 'rm5', label: 'ISO9001', materialKind: '资质证书' },
      { id: 'rm6', label: '类似业绩', materialKind: '样板客户/类似业绩', qualification: false },
    ],
    quote: {
      currency: 'CNY',
      moneyUnit: '元',
      taxIncluded: true,
      items: [
        { id: 'q1', name: '政务平台软件', unit: '套', qty: 1, unitPrice: 800_000, taxRate: 13 },
        { id: 'q2', name: '实施服务', unit: '人月', qty: 2, unitPrice: 175_000, taxRate: 13 },
      ],
      statedTotal: 1_150_000,
      bidLetterPrice: 1_150_000,
      bidLetterPriceWords: '壹佰壹拾伍万元整',
      openingSummary: {
        present: true,
        price: 1_150_000,
        priceWords: '人民币壹佰壹拾伍万元整',
        deliveryPeriod: '合同签订后45日内',
        warranty: '36个月',
        validityDays: 90,
      },
    },
    termsRequired: {
      deliveryDays: 60,
      warrantyMonths: 24,
      paymentDays: 30,
      paymentTerms: '验收合格后30日内付款',
    },
    termsOffered: {
      deliveryDays: 45,
      warrantyMonths: 36,
      paymentDays: 30,
      paymentTerms: '验收合格后30日内付款',
    },
    clarifications: [{ id: 'c1', no: '澄清一', summary: '调整开标时间', recorded: true, acknowledged: true }],
  }
}

export function cleanMatrix(): Matrix {
  return MatrixSchema.parse({
    id: 'mx1',
    schemaVersion: 1,
    ...meta,
    title: '评分表',
    bidId: 'b1',
    items: [
      { id: 'i-price', category: '价格', name: '价格分', maxPoints: 30, kind: 'objective' },
      {
        id: 'i-arch',
        category: '技术',
        name: '总体架构',
        maxPoints: 20,
        kind: 'subjective',
        evidence: { sectionIds: ['s-plan'], requirementIds: ['r2'] },
      },
      {
        id: 'i-case',
        category: '商务',
        name: '类似业绩',
        maxPoints: 10,
        kind: 'objective',
        evidence: { materialIds: ['m-ref'] },
      },
    ],
    bidders: [
      { id: 'us', name: '华信数科', isUs: true },
      { id: 'k1', name: '竞争对手甲', price: { low: 1_100_000, likely: 1_180_000, high: 1_200_000 } },
      { id: 'k2', name: '竞争对手乙', price: { low: 1_000_000, likely: 1_100_000, high: 1_150_000 } },
    ],
  })
}

export function cleanCompany(): CompanyProfile {
  return CompanyProfileSchema.parse({
    name: '华信数科技术有限公司',
    creditCode: OUR_CODE,
    legalRep: '王建国',
    agents: [{ name: '李明', idNumber: '350102199001011238', phone: '13800000000' }],
    // A 小型 enterprise of 软件和信息技术服务业 (工信部联企业〔2011〕300号), as the SME scenarios declare.
    employees: 62,
    revenueWan: 2350,
    assetsWan: 1800,
  })
}

export const OTHER_BIDS: OtherBidRef[] = [
  { id: 'b0', title: '某县教育信息化项目', buyerName: '某县教育局', tenderNo: 'JY-2025-007' },
]

export interface Scenario extends CheckInput {
  bid: Bid
}

/** A clean scenario; `edit` mutates a fresh copy of the bid input before it is validated. */
export function scenario(edit?: (b: BidInput) => void, more: Partial<CheckInput> = {}): Scenario {
  const input = cleanBidInput()
  edit?.(input)
  return {
    bid: BidSchema.parse(input),
    materials: cleanMaterials(),
    otherBids: OTHER_BIDS,
    company: cleanCompany(),
    matrix: cleanMatrix(),
    now: NOW,
    ...more,
  }
}

export function ruleIds(s: CheckInput): string[] {
  return runChecks(s).findings.map((f) => f.ruleId)
}

/** Sections etc. in BidInput are optional-typed; this narrows for edits. */
export function sec(b: BidInput, id: string) {
  const s = b.sections!.find((x) => x.id === id)
  if (!s) throw new Error(`no section ${id}`)
  return s
}
export function req(b: BidInput, id: string) {
  const r = b.requirements!.find((x) => x.id === id)
  if (!r) throw new Error(`no requirement ${id}`)
  return r
}

/** [ruleId, severity, path] of every finding, for exact comparisons. */
export function triples(s: CheckInput): [string, string, string][] {
  return runChecks(s).findings.map((f) => [f.ruleId, f.severity, f.location.path])
}
