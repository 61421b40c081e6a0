import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { MaterialSchema } from '@shared/schemas'
import { cleanMaterials, req, scenario, sec, triples } from './fixture'

describe('L01 every requirement has a response', () => {
  it('flags an untouched requirement as 失分风险', () => {
    expect(triples(scenario((b) => (req(b, 'r3').status = '未处理')))).toEqual([
      ['L01', '失分风险', 'requirements.2.status'],
    ])
  })
  it('flags an untouched ★ requirement as 否决风险 with the governing law as basis', () => {
    const gov = runChecks(scenario((b) => (req(b, 'r1').status = '未处理'))).findings
    expect(gov.map((f) => [f.ruleId, f.severity, f.basis])).toEqual([['L01', '否决风险', '87号令第63条']])
    expect(gov[0].message.zh).toContain('无效投标')
    const tb = runChecks(
      scenario((b) => {
        b.governingLaw = '招标投标'
        req(b, 'r1').status = '未处理'
      }),
    ).findings
    expect(tb.map((f) => f.basis)).toEqual(['实施条例第51条'])
    expect(tb[0].message.zh).toContain('否决投标')
  })
  it('passes a non-★ requirement answered 不响应 (it has a response)', () => {
    expect(triples(scenario((b) => (req(b, 'r3').status = '不响应')))).toEqual([])
  })
})

describe('L02 ★ requirements answered without negative deviation', () => {
  it('flags a ★ negative deviation', () => {
    const s = scenario((b) => {
      req(b, 'r1').deviation = '负偏离'
      req(b, 'r1').deviationTableEntry = '负偏离'
    })
    expect(triples(s)).toEqual([['L02', '否决风险', 'requirements.0.deviation']])
  })
  it('flags a ★ partial response', () => {
    expect(triples(scenario((b) => (req(b, 'r1').status = '部分响应')))).toEqual([
      ['L02', '否决风险', 'requirements.0.status'],
    ])
  })
  it('passes a declared negative deviation on a non-★ requirement', () => {
    const s = scenario((b) => {
      req(b, 'r3').deviation = '负偏离'
      req(b, 'r3').deviationTableEntry = '负偏离'
    })
    expect(triples(s)).toEqual([])
  })
})

describe('L03 every part and mandated section exists', () => {
  it('flags a missing 技术 part', () => {
    const s = scenario((b) => {
      sec(b, 's-tdev').kind = '商务'
      sec(b, 's-plan').kind = '商务'
    })
    expect(triples(s)).toEqual([['L03', '否决风险', 'sections']])
  })
  it('flags a mandated title with no section (失分风险 for an ordinary one)', () => {
    expect(triples(scenario((b) => (sec(b, 's-plan').title = '八、实施方案')))).toEqual([
      ['L03', '失分风险', 'mandatedOrder.7'],
    ])
  })
  it('passes titles that differ only in numbering and spaces', () => {
    const s = scenario((b) => {
      sec(b, 's-plan').title = '第八章  技术 方案'
      sec(b, 's-letter').title = '1. 投标函'
    })
    expect(triples(s)).toEqual([])
  })
})

describe('L04 required materials attached', () => {
  it('flags a required material that is not linked', () => {
    const s = scenario(
      (b) => (sec(b, 's-qual').materialIds = sec(b, 's-qual').materialIds!.filter((id) => id !== 'm-credit')),
    )
    expect(triples(s)).toEqual([['L04', '否决风险', 'requiredMaterials.3']])
  })
  it('flags a chosen material that is not in the library', () => {
    expect(triples(scenario((b) => (b.requiredMaterials![0].materialId = 'm-nowhere')))).toEqual([
      ['L04', '否决风险', 'requiredMaterials.0.materialId'],
    ])
  })
  it('needs a label match when two required materials share a kind', () => {
    const s = scenario((b) =>
      b.requiredMaterials!.push({ id: 'rm7', label: 'CMMI3', materialKind: '资质证书' }),
    )
    expect(triples(s)).toEqual([['L04', '否决风险', 'requiredMaterials.6']])
  })
  it('uses the workspace default list when the bid has none', () => {
    expect(triples(scenario((b) => (b.requiredMaterials = [])))).toEqual([])
    const s = scenario((b) => {
      b.requiredMaterials = []
      sec(b, 's-qual').materialIds = ['m-fin-2023', 'm-tax', 'm-credit', 'm-iso']
    })
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['L04', '否决风险', 'requiredMaterials'],
    ])
    expect(f[0].message.zh).toContain('营业执照')
  })
  it('flags a missing identity form', () => {
    // The renamed section also no longer answers the mandated 授权委托书 (L03), and it still names an
    // agent (被授权人：李明) who now signs without a power of attorney.
    expect(triples(scenario((b) => (sec(b, 's-poa').title = '二、法人声明')))).toEqual([
      ['L03', '否决风险', 'mandatedOrder.1'],
      ['L04', '否决风险', 'sections'],
      ['L04', '否决风险', 'sections.1.content'],
    ])
  })
  it('flags a link to a deleted material', () => {
    expect(triples(scenario((b) => (b.materialIds = ['m-gone'])))).toEqual([
      ['L04', '失分风险', 'materialIds.0'],
    ])
  })
  it('follows a renewal: a link to the old certificate sees the new one', () => {
    const mats = cleanMaterials().map((m) => (m.id === 'm-iso' ? { ...m, supersedes: 'm-iso-2020' } : m))
    mats.push(
      MaterialSchema.parse({
        id: 'm-iso-2020',
        schemaVersion: 1,
        createdAt: 'x',
        updatedAt: 'x',
        title: 'ISO9001质量管理体系认证证书（旧）',
        kind: '资质证书',
        validTo: '2023-01-09',
      }),
    )
    const s = scenario(
      (b) =>
        (sec(b, 's-qual').materialIds = sec(b, 's-qual').materialIds!.map((id) =>
          id === 'm-iso' ? 'm-iso-2020' : id,
        )),
      { materials: mats },
    )
    expect(triples(s)).toEqual([])
  })
})

describe('L05 bid bond', () => {
  it('flags too little', () => {
    expect(triples(scenario((b) => (b.bond!.paidAmount = 10_000)))).toEqual([
      ['L05', '否决风险', 'bond.paidAmount'],
    ])
  })
  it('flags a form the tender does not allow', () => {
    expect(triples(scenario((b) => (b.bond!.paidForm = '保险')))).toEqual([
      ['L05', '否决风险', 'bond.paidForm'],
    ])
  })
  it('flags payment after the deadline', () => {
    expect(triples(scenario((b) => (b.bond!.paidAt = '2026-04-24T18:00:00+08:00')))).toEqual([
      ['L05', '否决风险', 'bond.paidAt'],
    ])
  })
  it('reports an unpaid bond once', () => {
    const s = scenario((b) => {
      b.bond!.paidAmount = null
      b.bond!.paidForm = null
      b.bond!.paidAt = null
    })
    expect(triples(s)).toEqual([['L05', '否决风险', 'bond.paidAmount']])
  })
  it('passes when no bond is required', () => {
    expect(triples(scenario((b) => (b.bond = { required: null })))).toEqual([])
  })
})

describe('L06 seals and signatures', () => {
  it('flags a seal form not sealed, even when not flagged as needing a seal', () => {
    expect(triples(scenario((b) => (sec(b, 's-open').sealDone = false)))).toEqual([
      ['L06', '否决风险', 'sections.3.sealDone'],
    ])
  })
  it('flags a missing signature', () => {
    expect(triples(scenario((b) => (sec(b, 's-letter').signatureDone = false)))).toEqual([
      ['L06', '否决风险', 'sections.0.signatureDone'],
    ])
  })
  it('passes an ordinary section without seal', () => {
    expect(triples(scenario((b) => (sec(b, 's-plan').sealDone = false)))).toEqual([])
  })
})

describe('L07 copies', () => {
  it('flags each shortfall with its severity', () => {
    const s = scenario((b) => {
      b.copies!.originalPlanned = 0
      b.copies!.copiesPlanned = 2
      b.copies!.electronicPlanned = false
    })
    expect(triples(s)).toEqual([
      ['L07', '否决风险', 'copies.originalPlanned'],
      ['L07', '失分风险', 'copies.copiesPlanned'],
      ['L07', '失分风险', 'copies.electronicPlanned'],
    ])
  })
  it('passes more copies than asked', () => {
    expect(triples(scenario((b) => (b.copies!.copiesPlanned = 6)))).toEqual([])
  })
})

describe('L08 scoring items covered', () => {
  it('flags an item without evidence, located in the matrix', () => {
    const s = scenario()
    s.matrix!.items[2].evidence = { sectionIds: [], materialIds: [], requirementIds: [] }
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.doc, x.location.docId, x.location.path])).toEqual([
      ['L08', '失分风险', 'matrix', 'mx1', 'items.2.evidence'],
    ])
  })
  it('flags an item whose only evidence was deleted', () => {
    const s = scenario()
    s.matrix!.items[2].evidence = { sectionIds: ['s-gone'], materialIds: [], requirementIds: [] }
    expect(triples(s)).toEqual([['L08', '失分风险', 'items.2.evidence']])
  })
  it('passes without a matrix and for price items', () => {
    expect(triples(scenario(undefined, { matrix: null }))).toEqual([])
  })
})

describe('L09 opening summary', () => {
  it('flags a missing 开标一览表', () => {
    expect(triples(scenario((b) => (b.quote!.openingSummary!.present = false)))).toEqual([
      ['L09', '否决风险', 'quote.openingSummary.present'],
    ])
  })
  it('flags an empty price', () => {
    const s = scenario((b) => {
      b.quote!.openingSummary!.price = null
      b.quote!.openingSummary!.priceWords = ''
    })
    expect(triples(s)).toEqual([['L09', '否决风险', 'quote.openingSummary.price']])
  })
})

describe('L10 consortium agreement and manufacturer authorisation', () => {
  it('flags both when missing', () => {
    const s = scenario((b) => {
      b.consortium = {
        isConsortium: true,
        agreementMaterialId: null,
        members: [
          { id: 'c1', role: '牵头人', isUs: true, work: '软件开发', sharePercent: 60 },
          { id: 'c2', name: '福建恒建建设工程有限公司', work: '机房改造', sharePercent: 40 },
        ],
      }
      b.manufacturerAuthRequired = true
      b.manufacturerAuthMaterialId = 'm-gone'
    })
    expect(triples(s)).toEqual([
      ['L10', '否决风险', 'consortium.agreementMaterialId'],
      ['L10', '否决风险', 'manufacturerAuthMaterialId'],
    ])
  })
  it('passes when linked', () => {
    const s = scenario((b) => {
      b.consortium = {
        isConsortium: true,
        agreementMaterialId: 'm-credit',
        members: [
          { id: 'c1', role: '牵头人', isUs: true, work: '软件开发', sharePercent: 60 },
          { id: 'c2', name: '福建恒建建设工程有限公司', work: '机房改造', sharePercent: 40 },
        ],
      }
      b.manufacturerAuthRequired = true
      b.manufacturerAuthMaterialId = 'm-iso'
    })
    expect(triples(s)).toEqual([])
  })
})

describe('L11 clarifications', () => {
  it('flags one not acknowledged, and one not recorded', () => {
    const s = scenario((b) => {
      b.clarifications![0].acknowledged = false
      b.clarifications!.push({ id: 'c2', no: '补遗二', recorded: false, acknowledged: false })
    })
    expect(triples(s)).toEqual([
      ['L11', '失分风险', 'clarifications.0.acknowledged'],
      ['L11', '失分风险', 'clarifications.1.recorded'],
    ])
  })
})
