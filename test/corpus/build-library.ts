import * as F from './forms'
import type { Style } from './styles'
import { DAY, meta, yearOf, ymd, type Dates, type MaterialInput, type MatrixInput } from './build-kit'

/** The library of the workspace: ours (and the partner's) certificates, statements, references. */
export function materials(s: Style, d: Dates): MaterialInput[] {
  const from = ymd(new Date(d.now.getTime() - 400 * DAY))
  const to = ymd(new Date(d.now.getTime() + 900 * DAY))
  const m = (x: Partial<MaterialInput> & { id: string; title: string }): MaterialInput => ({
    schemaVersion: 1,
    ...meta,
    owner: s.us.name,
    ...x,
  })
  const y = yearOf(d)
  const out: MaterialInput[] = [
    m({ id: 'm-license', title: '营业执照', kind: '营业执照', number: s.us.code }),
    m({ id: 'm-fin-1', title: `${y - 2}年度审计报告`, kind: '财务报表', year: y - 2 }),
    m({ id: 'm-fin-2', title: `${y - 1}年度审计报告`, kind: '财务报表', year: y - 1 }),
    m({
      id: 'm-tax',
      title: '近三个月纳税及社保缴纳证明',
      kind: '纳税/社保证明',
      validFrom: from,
      validTo: to,
    }),
    m({ id: 'm-credit', title: '信用中国查询记录', kind: '信用查询' }),
    m({ id: 'm-iso', title: 'ISO9001质量管理体系认证证书', kind: '资质证书', validFrom: from, validTo: to }),
    m({
      id: 'm-ref',
      title: s.past.title,
      kind: '样板客户/类似业绩',
      reference: {
        customer: s.past.customer,
        amount: s.past.amount,
        contractDate: ymd(new Date(d.now.getTime() - 500 * DAY)),
      },
    }),
  ]
  if (s.ourQualification)
    out.push(m({ id: 'm-qual', title: s.ourQualification, kind: '资质证书', validFrom: from, validTo: to }))
  ;(s.permits ?? []).forEach((title, i) =>
    out.push(m({ id: `m-permit-${i}`, title, kind: '资质证书', validFrom: from, validTo: to })),
  )
  s.staff.forEach((p, i) =>
    out.push(
      m({
        id: `m-staff-${i}`,
        title: `${p.cert}证书（${p.name}）`,
        kind: '人员证书',
        holder: p.name,
        validFrom: from,
        validTo: to,
      }),
    ),
  )
  if (s.partner) {
    out.push(
      m({
        id: 'm-partner-qual',
        title: s.partner.qualification,
        kind: '资质证书',
        owner: s.partner.name,
        validFrom: from,
        validTo: to,
      }),
      m({
        id: 'm-agreement',
        title: '联合体协议书',
        kind: '商务资料',
        content: F.agreementText(
          s,
          F.voice(() => 0),
        ),
      }),
    )
  }
  if (s.sme) out.push(m({ id: 'm-sme', title: '中小企业声明函', kind: '商务资料' }))
  return out
}

export function matrix(s: Style, id: string, bidId: string): MatrixInput {
  return {
    id,
    schemaVersion: 1,
    ...meta,
    title: `${s.title} 评分表`,
    bidId,
    items: [
      { id: 'i-price', category: '价格', name: '价格分', maxPoints: 30, kind: 'objective' },
      {
        id: 'i-plan',
        category: '技术',
        name: s.reqs.find((r) => r.scored)!.text.replace(/（评分项）/u, ''),
        maxPoints: 25,
        kind: 'subjective',
        evidence: { sectionIds: ['s-plan'], requirementIds: [`r${s.reqs.findIndex((r) => r.scored) + 1}`] },
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
    bidders: [{ id: 'us', name: s.us.name, isUs: true }],
  }
}
