import { describe, expect, it } from 'vitest'
import { runChecks, type OtherBidRef } from '@shared/domain/checks'
import { MaterialSchema, type BidInput } from '@shared/schemas'
import { cleanCompany, cleanMaterials, OTHER_CODE, scenario, sec, triples } from './fixture'

/** Checks of the bid-model parts: consortium, lots, SME status, bond account, key staff (issue #14 point 4). */

const meta = { schemaVersion: 1, createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z' }
const mat = (m: Record<string, unknown>) => MaterialSchema.parse({ ...meta, ...m })
const PARTNER = '福建恒建建设工程有限公司'

function consortium(b: BidInput, extra: Record<string, unknown> = {}) {
  b.consortium = {
    isConsortium: true,
    agreementMaterialId: 'm-agree',
    members: [
      { id: 'c1', role: '牵头人', isUs: true, work: '软件开发与集成', sharePercent: 70 },
      {
        id: 'c2',
        role: '成员',
        name: PARTNER,
        creditCode: OTHER_CODE,
        work: '机房土建改造',
        sharePercent: 30,
        qualificationsRequired: ['建筑工程施工总承包三级'],
        qualificationMaterialIds: ['m-partner-qual'],
        ...extra,
      },
    ],
  }
}
const agreement = (content: string, validTo = '2028-01-01') => [
  ...cleanMaterials(),
  mat({ id: 'm-agree', title: '联合体协议书', kind: '商务资料', content }),
  mat({
    id: 'm-partner-qual',
    title: '建筑工程施工总承包三级资质证书',
    kind: '资质证书',
    owner: PARTNER,
    validTo,
  }),
]
const AGREEMENT = `联合体牵头人：华信数科技术有限公司\n联合体成员：${PARTNER}\n华信数科技术有限公司承担软件开发与集成，占70%；${PARTNER}承担机房土建改造，占30%。`

describe('L12 consortium', () => {
  it('passes a complete consortium', () => {
    expect(triples(scenario((b) => consortium(b), { materials: agreement(AGREEMENT) }))).toEqual([])
  })
  it('flags a member not qualified for its share (expired or missing certificate)', () => {
    const expired = runChecks(
      scenario((b) => consortium(b), { materials: agreement(AGREEMENT, '2026-01-01') }),
    )
    expect(expired.findings.map((f) => [f.ruleId, f.severity, f.location.path])).toEqual(
      expect.arrayContaining([['L12', '否决风险', 'consortium.members.1.qualificationMaterialIds']]),
    )
    const missing = scenario((b) => consortium(b, { qualificationMaterialIds: [] }), {
      materials: agreement(AGREEMENT),
    })
    expect(triples(missing)).toEqual([['L12', '否决风险', 'consortium.members.1.qualificationMaterialIds']])
  })
  it('flags an agreement that leaves out a member or names another lead', () => {
    const short = agreement(`联合体牵头人：${PARTNER}\n联合体成员：${PARTNER}`)
    const f = runChecks(scenario((b) => consortium(b), { materials: short })).findings
    expect(f.map((x) => [x.ruleId, x.location.path, x.message.en])).toEqual([
      [
        'L12',
        'consortium.agreementMaterialId',
        'The consortium agreement does not name member "华信数科技术有限公司"',
      ],
      [
        'L12',
        'consortium.agreementMaterialId',
        `The agreement names "${PARTNER}" as lead; the bid names "华信数科技术有限公司"`,
      ],
    ])
  })
  it('flags shares that do not add up to 100 %', () => {
    expect(
      triples(scenario((b) => consortium(b, { sharePercent: 20 }), { materials: agreement(AGREEMENT) })),
    ).toEqual([['L12', '失分风险', 'consortium.members']])
  })
})

describe('E15 the same lot twice', () => {
  const other = (o: Partial<OtherBidRef>): OtherBidRef[] => [
    { id: 'b9', title: '同项目另一份投标', tenderNo: 'ZFCG-2026-018', open: true, ...o },
  ]
  it('flags a party of another open bid of the workspace for the same tender and lot', () => {
    const s = scenario(undefined, { otherBids: other({ members: [PARTNER] }) })
    expect(triples(s)).toEqual([['E15', '否决风险', 'tenderNo']])
    const lots = scenario((b) => (b.lots = [{ id: 'l1', no: '1', name: '软件' }]), {
      otherBids: other({ lots: ['1'], members: [PARTNER] }),
    })
    const f = runChecks(lots).findings
    expect(f.map((x) => x.ruleId)).toEqual(['E15'])
    expect(f[0].message.zh).toContain('另一联合体')
  })
  it('passes another lot, another tender, or a bid already decided', () => {
    const s = (o: Partial<OtherBidRef>) =>
      scenario((b) => (b.lots = [{ id: 'l1', no: '1', name: '软件' }]), { otherBids: other(o) })
    expect(triples(s({ lots: ['2'] }))).toEqual([])
    expect(triples(s({ lots: ['1'], tenderNo: 'ZFCG-2026-019' }))).toEqual([])
    expect(triples(s({ lots: ['1'], open: false }))).toEqual([])
  })
  it('passes a working copy of the same bid (same bidder, same partners)', () => {
    expect(triples(scenario(undefined, { otherBids: other({}) }))).toEqual([])
    expect(triples(scenario(undefined, { otherBids: other({ lots: [], members: [] }) }))).toEqual([])
  })
})

describe('L13 SME deduction', () => {
  const sme = (edit: (b: BidInput) => void) =>
    scenario((b) => {
      b.sme = {
        size: '小型企业',
        industry: '软件和信息技术服务业',
        deductionClaimed: true,
        deductionPercent: 10,
      }
      b.sections!.push({
        id: 's-sme',
        title: '九、中小企业声明函',
        kind: '资格',
        content: '本公司郑重声明…',
        sealDone: true,
      })
      for (const it of b.quote!.items!) it.manufacturerSize = '小型'
      edit(b)
    })
  it('passes an eligible claim with the declaration', () => {
    expect(triples(sme(() => undefined))).toEqual([])
  })
  it('flags a claim by a medium enterprise (否决风险) and a claim without the 声明函', () => {
    // The figures give 小型: L14 says so (and that the size declared throws the deduction away).
    expect(triples(sme((b) => (b.sme!.size = '中型企业')))).toEqual([
      ['L13', '否决风险', 'sme.size'],
      ['L14', '失分风险', 'company.employees'],
    ])
    expect(triples(sme((b) => b.sections!.pop()))).toEqual([['L13', '失分风险', 'sme.declarationMaterialId']])
  })
  it('flags goods made by a large enterprise: no deduction for the bid', () => {
    expect(triples(sme((b) => (b.quote!.items![0].manufacturerSize = '大型')))).toEqual([
      ['L13', '失分风险', 'quote.items.0.manufacturerSize'],
    ])
  })
  it('counts 监狱企业 as small, and hints an eligible bidder who does not claim', () => {
    const prison = (certificate: string | null) =>
      runChecks({
        ...sme((b) =>
          Object.assign(b.sme!, {
            size: '',
            prisonEnterprise: true,
            prisonCertificateMaterialId: certificate,
          }),
        ),
        materials: [
          ...cleanMaterials(),
          mat({ id: 'm-prison', title: '监狱企业证明', kind: '资质证书', owner: '华信数科技术有限公司' }),
        ],
      }).findings.map((f) => [f.ruleId, f.severity, f.location.path])
    expect(prison('m-prison')).toEqual([])
    // Without the certificate of the prison administration the deduction is not given (46号 art. 16).
    expect(prison(null)).toEqual([['L13', '失分风险', 'sme.prisonCertificateMaterialId']])
    expect(triples(sme((b) => (b.sme!.deductionClaimed = false)))).toEqual([
      ['L13', '提示', 'sme.deductionClaimed'],
    ])
  })
})

describe('L05 bond from the basic account', () => {
  const bond = (payer: string) =>
    scenario((b) => Object.assign(b.bond!, { basicAccountRequired: true, payerAccount: payer }), {
      company: { ...cleanCompany(), basicAccount: '3501 0100 8888 0000 1234' },
    })
  it('passes the basic account however it is spaced, flags another account', () => {
    expect(triples(bond('35010100888800001234'))).toEqual([])
    expect(triples(bond('3501 0100 9999 0000 5678'))).toEqual([['L05', '否决风险', 'bond.payerAccount']])
    expect(triples(bond(''))).toEqual([['L05', '失分风险', 'bond.payerAccount']])
  })
})

describe('lots', () => {
  const lots = (edit?: (b: BidInput) => void) =>
    scenario((b) => {
      b.lots = [
        {
          id: 'l1',
          no: '1',
          name: '软件',
          priceCeiling: 900_000,
          price: 800_000,
          priceWords: '捌拾万元整',
          bondRequired: 10_000,
          bondPaid: 10_000,
        },
        {
          id: 'l2',
          no: '2',
          name: '实施',
          priceCeiling: 400_000,
          price: 350_000,
          priceWords: '叁拾伍万元整',
          bondRequired: 5_000,
          bondPaid: 5_000,
        },
      ]
      b.quote!.items![0].lotId = 'l1'
      b.quote!.items![1].lotId = 'l2'
      edit?.(b)
    })
  it('passes lots that each meet their own ceiling, words and bond', () => {
    expect(triples(lots())).toEqual([])
  })
  it('judges every lot on its own', () => {
    const s = lots((b) => {
      const l2 = b.lots![1]
      l2.priceWords = '叁拾陆万元整'
      l2.bondPaid = 0
      b.quote!.items![1].qty = 2.5
      b.lots![0].price = null
    })
    expect(triples(s)).toEqual(
      expect.arrayContaining([
        ['L09', '否决风险', 'lots.0.price'],
        ['E01', '失分风险', 'lots.1.priceWords'],
        ['E03', '否决风险', 'lots.1.price'],
        ['L05', '否决风险', 'lots.1.bondPaid'],
      ]),
    )
  })
})

describe('E14 key staff', () => {
  const staff = (edit?: (b: BidInput) => void, extra: ReturnType<typeof mat>[] = []) =>
    scenario(
      (b) => {
        b.keyStaff = [
          {
            id: 'k1',
            post: '项目经理',
            name: '张伟',
            certificateRequired: '信息系统项目管理师',
            certificateMaterialIds: ['m-pm'],
          },
        ]
        sec(b, 's-plan').content += '\n本项目拟派项目经理：张伟，全面负责项目实施。'
        edit?.(b)
      },
      {
        materials: [
          ...cleanMaterials(),
          mat({
            id: 'm-pm',
            title: '信息系统项目管理师证书',
            kind: '人员证书',
            holder: '张伟',
            validTo: '2029-01-01',
          }),
          ...extra,
        ],
      },
    )
  it('passes one project manager with the required certificate', () => {
    expect(triples(staff())).toEqual([])
  })
  it('flags another name for the project manager in a section', () => {
    const s = staff((b) => (sec(b, 's-plan').content += '\n项目负责人为刘洋。'))
    expect(triples(s)).toEqual([['E14', '失分风险', 'sections.7.content']])
  })
  it('flags a certificate held by someone else, and a missing required one', () => {
    const other = staff(
      (b) => (b.keyStaff![0].certificateMaterialIds = ['m-other']),
      [mat({ id: 'm-other', title: '信息系统项目管理师证书', kind: '人员证书', holder: '刘洋' })],
    )
    expect(triples(other)).toEqual([
      ['E14', '否决风险', 'keyStaff.0.certificateMaterialIds.0'],
      ['E14', '否决风险', 'keyStaff.0.certificateMaterialIds'],
    ])
  })
})
