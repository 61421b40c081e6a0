import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { cleanCompany, cleanMaterials, req, scenario, sec, triples } from './fixture'

const withMaterial = (id: string, patch: Record<string, unknown>) =>
  cleanMaterials().map((m) => (m.id === id ? { ...m, ...patch } : m))

describe('C01 placeholders', () => {
  it('flags placeholders in sections, responses, materials and the company profile', () => {
    const s = scenario(
      (b) => {
        sec(b, 's-plan').content += '\n由XXX负责实施。'
        req(b, 'r3').responseText = '交货期待定'
        sec(b, 's-poa').content += '\n授权编号：____'
      },
      {
        materials: withMaterial('m-iso', { content: '证书覆盖范围：【待补充】' }),
        company: { ...cleanCompany(), address: '[公司地址]' },
      },
    )
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.location.doc, x.location.docId, x.location.path])).toEqual([
      ['C01', 'bid', 'b1', 'sections.1.content'],
      ['C01', 'bid', 'b1', 'sections.7.content'],
      ['C01', 'bid', 'b1', 'requirements.2.responseText'],
      ['C01', 'material', 'm-iso', 'content'],
      ['C01', 'workspace', 'workspace', 'company.address'],
    ])
    expect(f[0].message.zh).toContain('____')
    expect(f[3].message.zh).toContain('【待补充】')
  })
  it('passes citations, document numbers and words that merely contain x', () => {
    const s = scenario((b) => {
      sec(b, 's-plan').content += '\n参考文献[1]，依据财库[2020]46号，ExxonMobil，a__b，性能提升2x。'
    })
    expect(triples(s)).toEqual([])
  })
})

describe('C02 empty sections and short subjective responses', () => {
  it('flags an empty free-text section', () => {
    const s = scenario((b) => b.sections!.push({ id: 's-x', title: '九、其他材料', kind: '其他' }))
    expect(triples(s)).toEqual([['C02', '失分风险', 'sections.8.content']])
  })
  it('flags a short response to a scored subjective item', () => {
    const s = scenario((b) => (req(b, 'r2').responseText = '采用微服务架构，分层解耦。'))
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.location.path])).toEqual([['C02', 'requirements.1.responseText']])
    expect(f[0].message.zh).toContain('只有 13 字')
  })
  it('passes a response of exactly the minimum length', () => {
    const fifty = '一二三四五六七八九十'.repeat(5)
    expect(triples(scenario((b) => (req(b, 'r2').responseText = fifty)))).toEqual([])
    expect(triples(scenario((b) => (req(b, 'r2').responseText = fifty.slice(1))))).toEqual([
      ['C02', '失分风险', 'requirements.1.responseText'],
    ])
  })
})

describe('C03 bare 满足 on a scored technical item', () => {
  it('flags it (and not C02 as well)', () => {
    expect(triples(scenario((b) => (req(b, 'r2').responseText = '完全满足。')))).toEqual([
      ['C03', '失分风险', 'requirements.1.responseText'],
    ])
  })
  it('passes a bare 满足 on an unscored deviation-table row', () => {
    expect(triples(scenario((b) => (req(b, 'r1').responseText = '满足')))).toEqual([])
  })
})

describe('C04 / C05 expiry', () => {
  it('a qualification expired before the deadline is 否决风险', () => {
    const s = scenario(undefined, { materials: withMaterial('m-iso', { validTo: '2026-04-24' }) })
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.doc, x.location.docId, x.location.path])).toEqual([
      ['C04', '否决风险', 'material', 'm-iso', 'validTo'],
    ])
    expect(f[0].basis).toBe('87号令第63条')
  })
  it('valid through the deadline day is not expired (only the C05 notice); valid only from later is', () => {
    expect(
      triples(scenario(undefined, { materials: withMaterial('m-iso', { validTo: '2026-04-25' }) })),
    ).toEqual([['C05', '提示', 'validTo']])
    expect(
      triples(scenario(undefined, { materials: withMaterial('m-iso', { validFrom: '2026-05-01' }) })),
    ).toEqual([['C04', '否决风险', 'validFrom']])
  })
  it('a non-qualification material expired is 失分风险', () => {
    expect(
      triples(scenario(undefined, { materials: withMaterial('m-ref', { validTo: '2026-01-01' }) })),
    ).toEqual([['C04', '失分风险', 'validTo']])
  })
  it('an expired copy next to a valid one is 失分风险, not 否决风险', () => {
    const mats = cleanMaterials()
    mats.push({ ...mats.find((m) => m.id === 'm-iso')!, id: 'm-iso-old', validTo: '2025-01-09' })
    const s = scenario((b) => sec(b, 's-qual').materialIds!.push('m-iso-old'), { materials: mats })
    expect(runChecks(s).findings.map((x) => [x.ruleId, x.severity, x.location.docId])).toEqual([
      ['C04', '失分风险', 'm-iso-old'],
    ])
  })
  it('C05 within 30 days after the deadline, C04 提示 inside the validity period', () => {
    // deadline 2026-04-25: +30 days = 2026-05-25, +90 days validity = 2026-07-24
    expect(
      triples(scenario(undefined, { materials: withMaterial('m-tax', { validTo: '2026-05-24' }) })),
    ).toEqual([['C05', '提示', 'validTo']])
    expect(
      triples(scenario(undefined, { materials: withMaterial('m-tax', { validTo: '2026-05-25' }) })),
    ).toEqual([['C04', '提示', 'validTo']])
    expect(
      triples(scenario(undefined, { materials: withMaterial('m-tax', { validTo: '2026-07-23' }) })),
    ).toEqual([['C04', '提示', 'validTo']])
    expect(
      triples(scenario(undefined, { materials: withMaterial('m-tax', { validTo: '2026-07-24' }) })),
    ).toEqual([])
  })
  it('without a deadline, expiry is judged against today', () => {
    const s = scenario((b) => (b.dates!.submissionDeadline = null), {
      materials: withMaterial('m-iso', { validTo: '2026-04-19' }),
    })
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['C04', '否决风险']])
    expect(f[0].message.zh).toContain('今天（2026-04-20')
  })
})

describe('C06 reference cases', () => {
  it('flags a case outside the window and an incomplete one', () => {
    expect(
      triples(
        scenario(undefined, {
          materials: withMaterial('m-ref', {
            reference: {
              customer: 'A',
              amount: 1,
              contractDate: '2023-04-24',
              industry: '',
              contact: '',
              rating: '',
            },
          }),
        }),
      ),
    ).toEqual([['C06', '失分风险', 'reference.contractDate']])
    expect(
      triples(
        scenario(undefined, {
          materials: withMaterial('m-ref', {
            reference: {
              customer: 'A',
              amount: null,
              contractDate: '2025-01-01',
              industry: '',
              contact: '',
              rating: '',
            },
          }),
        }),
      ),
    ).toEqual([['C06', '失分风险', 'reference.amount']])
  })
  it('passes the first day of the window and a tender-given start date', () => {
    const ref = (d: string) => ({
      customer: 'A',
      amount: 1,
      contractDate: d,
      industry: '',
      contact: '',
      rating: '',
    })
    expect(
      triples(scenario(undefined, { materials: withMaterial('m-ref', { reference: ref('2023-04-25') }) })),
    ).toEqual([])
    const s = scenario((b) => (b.checkConfig = { referenceSince: '2020-01-01' }), {
      materials: withMaterial('m-ref', { reference: ref('2020-01-01') }),
    })
    expect(triples(s)).toEqual([])
  })
})

describe('C07 financial statement years', () => {
  it('flags a missing year', () => {
    const s = scenario(
      (b) =>
        (sec(b, 's-qual').materialIds = sec(b, 's-qual').materialIds!.filter((id) => id !== 'm-fin-2023')),
    )
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['C07', '否决风险', 'requiredMaterials.1.years'],
    ])
    expect(f[0].message.zh).toContain('2023')
  })
})

describe('C08 money units and tax basis', () => {
  it('flags mixed 元 / 万元', () => {
    expect(
      triples(scenario((b) => (sec(b, 's-price').content = '报价合计115万元，其中软件800000元。'))),
    ).toEqual([['C08', '失分风险', 'sections.4.content']])
  })
  it('flags a 不含税 statement in a tax-inclusive quote', () => {
    expect(triples(scenario((b) => (sec(b, 's-price').content = '以上报价为不含税价。')))).toEqual([
      ['C08', '失分风险', 'sections.4.content'],
    ])
  })
  it('passes consistent wording including 已包含税费', () => {
    expect(
      triples(scenario((b) => (sec(b, 's-price').content = '报价已包含税费，合计1150000元，含税。'))),
    ).toEqual([])
  })
})

describe('C09 section order', () => {
  it('flags only the misplaced section', () => {
    const s = scenario((b) => {
      const i = b.sections!.findIndex((x) => x.id === 's-bdev')
      ;[b.sections![i], b.sections![i + 1]] = [b.sections![i + 1], b.sections![i]]
    })
    expect(runChecks(s).findings.map((x) => [x.ruleId, x.location.path, x.location.itemId])).toEqual([
      ['C09', 'sections.6', 's-bdev'],
    ])
  })
  it('a section moved from the front to the end is one finding, not many', () => {
    const s = scenario((b) => b.sections!.push(b.sections!.shift()!))
    expect(runChecks(s).findings.map((x) => [x.ruleId, x.location.itemId])).toEqual([['C09', 's-letter']])
  })
})

describe('C10 repeated paragraphs', () => {
  const para =
    '本项目总体架构采用云原生微服务设计，前端统一门户、中台能力组件和后端数据底座分层解耦，支持国产操作系统与数据库，满足等保三级要求。'
  it('flags a long paragraph repeated in another section', () => {
    expect(
      triples(
        scenario((b) => b.sections!.push({ id: 's-x', title: '九、服务承诺', kind: '商务', content: para })),
      ),
    ).toEqual([['C10', '提示', 'sections.8.content']])
  })
  it('passes short repeats and repeats inside one section', () => {
    const s = scenario((b) => {
      b.sections!.push({
        id: 's-x',
        title: '九、服务承诺',
        kind: '商务',
        content: '我方承诺按期交付。\n我方承诺按期交付。',
      })
      sec(b, 's-letter').content += '\n我方承诺按期交付。'
    })
    expect(triples(s)).toEqual([])
  })
})
