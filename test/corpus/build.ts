import { BID_SCHEMA_VERSION, type BidInput } from '@shared/schemas'
import type { Rng } from '@shared/domain/random'
import * as F from './forms'
import { writersOf } from './houses'
import type { Style } from './styles'
import { DAY, meta, yearOf, ymd, type Dates } from './build-kit'

export { DAY, datesFrom, ymd, type Dates, type MaterialInput, type MatrixInput } from './build-kit'
export { materials, matrix } from './build-library'

/**
 * A complete, correct bid of a house style, dated around `now` (the CLI checks against the real clock):
 * the deadline ten days ahead, forms signed two days before it, certificates valid for years.
 * Its wording comes from the seeded voice; nothing in it is written for a particular rule.
 */
export interface Built {
  bid: BidInput
  /** What the bid says its price is, in the quote's unit. */
  total: number
}

/** The clean bid of a style; `project` overrides the tender it answers (the decided bid, E15's twin). */
export function cleanBid(
  s: Style,
  d: Dates,
  rnd: Rng,
  id: string,
  project: F.Project = { title: s.title, tenderNo: s.tenderNo, buyer: s.buyer },
): Built {
  const v = F.voice(rnd)
  const W = writersOf(s)
  const total = Math.round(s.lines.reduce((a, l) => a + l.qty * l.unitPrice, 0) * 100) / 100
  const yuan = s.moneyUnit === '万元' ? total * 10_000 : total
  const date = W.date(d.sign, rnd)
  const agentSigns = rnd() < 0.5
  const signer = agentSigns ? s.us.agent : s.us.legalRep
  const y = yearOf(d)
  const lotIds = new Map((s.lots ?? []).map((l, i) => [l.no, `lot-${i + 1}`]))
  const lotTotal = (no: string) =>
    s.lines.filter((l) => l.lot === no).reduce((a, l) => a + l.qty * l.unitPrice, 0)
  const mandated = ['投标函', '法定代表人身份证明', '授权委托书', '资格证明文件', '开标一览表', '分项报价表']
  const sections: NonNullable<BidInput['sections']> = [
    {
      id: 's-letter',
      title: '一、投标函',
      kind: '商务',
      formKey: 'bid-letter',
      content: W.letter(
        s,
        project,
        s.us,
        { yuan, shown: total },
        { name: signer, agent: agentSigns, date },
        v,
        rnd,
      ),
      needsSeal: true,
      sealDone: true,
      needsSignature: true,
      signatureDone: true,
      signDate: ymd(d.sign),
    },
    {
      id: 's-legal',
      title: '二、法定代表人身份证明',
      kind: '资格',
      content: W.legalRepCert(s.us, v, rnd, date),
      needsSeal: true,
      sealDone: true,
    },
    {
      id: 's-poa',
      title: '三、授权委托书',
      kind: '资格',
      formKey: 'power-of-attorney',
      content: W.powerOfAttorney(s.us, project, v, rnd, date),
      needsSeal: true,
      sealDone: true,
      needsSignature: true,
      signatureDone: true,
    },
    {
      id: 's-qual',
      title: '四、资格证明文件',
      kind: '资格',
      materialIds: ['m-license', 'm-fin-1', 'm-fin-2', 'm-tax', 'm-credit', 'm-iso']
        .concat(s.ourQualification ? ['m-qual'] : [])
        .concat((s.permits ?? []).map((_, i) => `m-permit-${i}`)),
    },
    {
      id: 's-open',
      title: '五、开标一览表',
      kind: '报价',
      formKey: 'opening-summary',
      sealDone: true,
      needsSeal: true,
    },
    {
      id: 's-price',
      title: '六、分项报价表',
      kind: '报价',
      formKey: 'price-schedule',
      content: [`报价为含税价${v.comma}金额单位${v.c}${s.moneyUnit}。`, W.priceTable?.(s) ?? '']
        .filter(Boolean)
        .join('\n'),
      sealDone: true,
      needsSeal: true,
    },
    {
      id: 's-bdev',
      title: '七、商务偏离表',
      kind: '商务',
      formKey: 'business-deviation',
      sealDone: true,
      needsSeal: true,
    },
    {
      id: 's-tdev',
      title: '八、技术偏离表',
      kind: '技术',
      formKey: 'technical-deviation',
      sealDone: true,
      needsSeal: true,
    },
    {
      id: 's-commit',
      title: '九、服务承诺书',
      kind: '商务',
      content: W.commitment(s, v),
      sealDone: true,
      needsSeal: true,
    },
    {
      id: 's-plan',
      title: s.category === '工程' ? '十、施工组织设计' : '十、技术方案',
      kind: '技术',
      content: [...s.plan, W.staffText(s, v, rnd)].filter(Boolean).join('\n'),
    },
    {
      id: 's-ref',
      title: '十一、类似项目业绩表',
      kind: '商务',
      content: F.referencesTable(s, v),
      materialIds: ['m-ref'],
    },
  ]
  mandated.push(
    '商务偏离表',
    '技术偏离表',
    '服务承诺书',
    s.category === '工程' ? '施工组织设计' : '技术方案',
    '类似项目业绩表',
  )
  if (s.firstRound) {
    // 竞争性磋商: the last price the panel asked for, on its own form after the 开标一览表 (报价一览表).
    sections.splice(sections.findIndex((x) => x.id === 's-open') + 1, 0, {
      id: 's-final',
      title: '最后报价表',
      kind: '报价',
      content: `最后报价${v.c}人民币${F.words(yuan, rnd)}${v.lp}¥${total}万元${v.rp}\n${s.us.name}${v.lp}公章${v.rp}\n${date}`,
      sealDone: true,
      needsSeal: true,
    })
    mandated.splice(mandated.indexOf('开标一览表') + 1, 0, '最后报价表')
  }
  if (s.sme)
    sections.push({
      id: 's-sme',
      title: '十二、中小企业声明函',
      kind: '资格',
      content: F.smeDeclaration(s, s.us, v),
      sealDone: true,
      needsSeal: true,
      materialIds: ['m-sme'],
    })
  const bid: BidInput = {
    id,
    schemaVersion: BID_SCHEMA_VERSION,
    ...meta,
    title: project.title,
    tenderNo: project.tenderNo,
    buyer: { name: project.buyer, type: s.law === '招标投标' ? '国企' : '政府', region: '福建省福州市' },
    agency: s.agency,
    governingLaw: s.law,
    category: s.category,
    budget: s.ceiling ? s.ceiling * (s.moneyUnit === '万元' ? 10_000 : 1) : null,
    priceCeiling: s.ceiling ? s.ceiling * (s.moneyUnit === '万元' ? 10_000 : 1) : null,
    dates: {
      release: ymd(new Date(d.now.getTime() - 12 * DAY)),
      clarificationDeadline: new Date(d.now.getTime() - 2 * DAY).toISOString(),
      submissionDeadline: d.deadline.toISOString(),
      opening: d.deadline.toISOString(),
    },
    signDate: ymd(d.sign),
    validityDaysRequired: s.validity,
    validityDays: s.validity,
    bond: {
      required: s.bond || null,
      allowedForms: ['转账', '保函'],
      deadline: new Date(d.deadline.getTime() - DAY).toISOString(),
      paidAmount: s.bond || null,
      paidForm: s.bond ? (s.bondForm ?? '转账') : null,
      paidAt: s.bond ? new Date(d.now.getTime() - DAY).toISOString() : null,
      basicAccountRequired: s.basicAccountRequired,
      payerAccount: s.bond && !s.bondForm ? s.us.basicAccount : '',
    },
    copies: {
      originalRequired: 1,
      copiesRequired: 2,
      electronicRequired: true,
      originalPlanned: 1,
      copiesPlanned: 2,
      electronicPlanned: true,
    },
    mandatedOrder: mandated,
    sections,
    requirements: s.reqs.map((r, i) => ({
      id: `r${i + 1}`,
      no: r.no,
      kind: r.kind,
      star: r.star ?? false,
      scored: r.scored ?? false,
      text: r.text,
      status: '响应',
      deviation: r.deviation ?? '无偏离',
      deviationTableEntry: r.deviation ?? '无偏离',
      responseText: r.response,
    })),
    requiredMaterials: [
      { id: 'rm1', label: '营业执照', materialKind: '营业执照' },
      { id: 'rm2', label: '近两年财务审计报告', materialKind: '财务报表', years: [y - 2, y - 1] },
      { id: 'rm3', label: '纳税及社保证明', materialKind: '纳税/社保证明' },
      { id: 'rm4', label: '信用中国查询记录', materialKind: '信用查询' },
      { id: 'rm5', label: '类似业绩', materialKind: '样板客户/类似业绩', qualification: false },
    ],
    quote: {
      currency: 'CNY',
      moneyUnit: s.moneyUnit,
      taxIncluded: true,
      items: s.lines.map((l, i) => ({
        id: `q${i + 1}`,
        name: l.name,
        unit: l.unit,
        qty: l.qty,
        unitPrice: l.unitPrice,
        taxRate: l.taxRate,
        lotId: l.lot ? (lotIds.get(l.lot) ?? null) : null,
        manufacturer: l.maker ?? '',
        manufacturerSize: l.makerSize ?? '',
      })),
      statedTotal: total,
      bidLetterPrice: total,
      bidLetterPriceWords: F.words(yuan, rnd),
      openingSummary: {
        present: true,
        price: total,
        priceWords: `人民币${F.words(yuan, rnd)}`,
        deliveryPeriod:
          s.delivery.unit === '个月'
            ? `${s.delivery.offered}个月`
            : `合同签订后${s.delivery.offered}${s.delivery.unit}内`,
        warranty: s.warranty.offered ? `${s.warranty.offered}个月` : '',
        validityDays: s.validity,
      },
    },
    termsRequired: {
      deliveryDays: s.delivery.unit === '个月' ? null : s.delivery.required,
      warrantyMonths: s.warranty.required || null,
    },
    termsOffered: {
      deliveryDays: s.delivery.unit === '个月' ? null : s.delivery.offered,
      warrantyMonths: s.warranty.offered || null,
    },
    clarifications: [{ id: 'c1', no: '澄清一', summary: '调整开标时间', recorded: true, acknowledged: true }],
    lots: (s.lots ?? []).map((l, i) => ({
      id: `lot-${i + 1}`,
      no: l.no,
      name: l.name,
      priceCeiling: l.ceiling,
      bondRequired: l.bond,
      bondPaid: l.bond,
      price: lotTotal(l.no),
      priceWords: F.words(lotTotal(l.no), rnd),
      deliveryPeriod: `合同签订后${s.delivery.offered}${s.delivery.unit}内`,
      warranty: `${s.warranty.offered}个月`,
    })),
    signatory: { role: agentSigns ? '授权代表' : '法定代表人', agentName: agentSigns ? s.us.agent : '' },
    tax: { requiredRates: s.taxRates, wrongRateVoids: false },
    keyStaff: s.staff.map((p, i) => ({
      id: `k${i + 1}`,
      post: p.post,
      name: p.name,
      idNumber: p.id,
      certificateRequired: p.cert,
      certificateMaterialIds: [`m-staff-${i}`],
    })),
    matrixId: 'mx-clean',
  }
  if (s.partner) {
    const pt = s.partner
    bid.consortium = {
      isConsortium: true,
      agreementMaterialId: 'm-agreement',
      members: [
        {
          id: 'cm-us',
          name: s.us.name,
          creditCode: s.us.code,
          role: '牵头人',
          isUs: true,
          legalRep: s.us.legalRep,
          work: s.ourWork ?? '',
          sharePercent: 100 - pt.share,
          qualificationsRequired: s.ourQualification ? [s.ourQualification] : [],
          qualificationMaterialIds: s.ourQualification ? ['m-qual'] : [],
        },
        {
          id: 'cm-partner',
          name: pt.name,
          creditCode: pt.code,
          role: '成员',
          legalRep: pt.legalRep,
          work: pt.work,
          sharePercent: pt.share,
          qualificationsRequired: [pt.qualification],
          qualificationMaterialIds: ['m-partner-qual'],
        },
      ],
    }
    bid.mandatedOrder!.push('联合体协议书')
    bid.sections!.push({
      id: 's-agreement',
      title: '十二、联合体协议书',
      kind: '资格',
      materialIds: ['m-agreement'],
    })
  }
  if (s.sme)
    bid.sme = {
      size: s.sme.size,
      industry: s.sme.industry,
      deductionClaimed: true,
      deductionPercent: s.sme.percent,
      declarationMaterialId: 'm-sme',
      makers: s.sme.makers.map((m) => ({ ...m })),
    }
  return { bid, total }
}

/** The bid we won last year: the workspace's history, naming the customer the 业绩表 cites. */
export function decidedBid(s: Style, d: Dates, rnd: Rng): BidInput {
  const { bid } = cleanBid(s, d, rnd, 'old', {
    title: s.past.title,
    tenderNo: s.past.tenderNo,
    buyer: s.past.customer,
  })
  bid.result = { outcome: '中标', winner: s.us.name }
  return bid
}
