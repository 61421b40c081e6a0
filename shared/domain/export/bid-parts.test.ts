import { describe, expect, it } from 'vitest'
import { cleanBid, company, modelOf } from '../checks/print/fixture'
import { MaterialSchema, type BidInput } from '@shared/schemas'
import { runChecks } from '../checks'
import { partTexts, type PrintModel } from './print-model'
import { buildPrintModel } from './build-model'
import { shippedForms } from './fixtures/shipped-forms'

// The bid-model parts of checks v2 (consortium, lots, SME, key staff, signatory, tax) are printed, and the
// print rules see them like any other form.
const texts = (m: PrintModel, id: string) =>
  [...partTexts(m.parts.find((p) => p.id === id)!)].map((t) => t.text)
const all = (m: PrintModel) => m.parts.flatMap((p) => [...partTexts(p)].map((t) => t.text)).join('\n')

const consortium: BidInput['consortium'] = {
  isConsortium: true,
  members: [
    {
      id: 'c2',
      name: '浙江数安科技有限公司',
      creditCode: '91330100MA27C8QH1L',
      role: '成员',
      work: '安全运维',
      sharePercent: 30,
    },
    {
      id: 'c1',
      name: '',
      creditCode: '',
      role: '牵头人',
      isUs: true,
      work: '平台运维及总体协调',
      sharePercent: 70,
    },
  ],
}

describe('bid-model parts in the print', () => {
  it('a consortium: 投标函 names lead and members, a 联合体协议书 page lists shares, lead first', () => {
    const m = modelOf(cleanBid({ consortium }))
    const letter = texts(m, 's1').join('\n')
    expect(letter).toContain(`联合体牵头人为${company.name}，成员为浙江数安科技有限公司`)
    const agreement = m.parts.find((p) => p.id === 'form:联合体协议书')!
    expect(agreement.kind).toBe('form')
    expect(agreement.partKind).toBe('资格')
    const rows = agreement.blocks.find((b) => b.type === 'table' && b.role === 'consortium')
    expect(rows?.type === 'table' && rows.rows.map((r) => [r[1].text, r[3].text, r[5].text])).toEqual([
      [company.name, '牵头人', '70%'],
      ['浙江数安科技有限公司', '成员', '30%'],
    ])
    expect(agreement.seals.join('|')).toContain('联合体成员（盖章）：浙江数安科技有限公司')
    expect(agreement.fields.find((f) => f.key === 'row.share')?.field).toBe(
      'consortium.members.1.sharePercent',
    )
    // Not a consortium: nothing of it printed.
    const single = modelOf(cleanBid())
    expect(single.parts.some((p) => p.id === 'form:联合体协议书')).toBe(false)
    expect(all(single)).not.toContain('联合体')
  })

  it('lots: 开标一览表 prints one line per lot bid on, figures and words from the lot price', () => {
    const m = modelOf(
      cleanBid({
        lots: [
          { id: 'l1', no: '1', name: '平台运维', price: 1_200_000, deliveryPeriod: '12个月', warranty: '—' },
          { id: 'l2', no: '2', name: '安全服务', price: 600_000, deliveryPeriod: '12个月', warranty: '—' },
          { id: 'l3', no: '3', name: '不投的包', bidding: false, price: 5 },
        ],
      }),
    )
    const opening = m.parts.find((p) => p.formKey === '开标一览表')!
    const table = opening.blocks.find((b) => b.type === 'table' && b.role === 'lots')
    expect(table?.type === 'table' && table.rows.map((r) => r.map((c) => c.text).slice(0, 4))).toEqual([
      ['1', '平台运维', '¥1,200,000.00', '壹佰贰拾万元整'],
      ['2', '安全服务', '¥600,000.00', '陆拾万元整'],
    ])
    expect(texts(m, opening.id).join('\n')).not.toContain('不投的包')
    expect(texts(m, 's1').join('\n')).toContain('其中各包报价见开标一览表')
    // No lots: the single-price table alone, with its 包号 row.
    const plain = modelOf(cleanBid())
    const p = plain.parts.find((x) => x.formKey === '开标一览表')!
    expect(p.blocks.filter((b) => b.type === 'table')).toHaveLength(1)
    expect(texts(plain, p.id)).toContain('包号')
  })

  it('SME: the 中小企业声明函 in the 46号 wording, one line per item and maker', () => {
    const goods = modelOf(
      cleanBid({
        category: '货物',
        sme: { size: '小型企业', industry: '工业', deductionClaimed: true },
        quote: {
          items: [
            {
              id: 'q1',
              name: '服务器',
              qty: 2,
              unitPrice: 100_000,
              manufacturer: '杭州云帆制造有限公司',
              manufacturerSize: '小型',
            },
            {
              id: 'q2',
              name: '存储',
              qty: 1,
              unitPrice: 200_000,
              manufacturer: '宁波存储科技有限公司',
              manufacturerSize: '微型',
            },
            {
              id: 'q3',
              name: '服务器',
              qty: 1,
              unitPrice: 100_000,
              manufacturer: '杭州云帆制造有限公司',
              manufacturerSize: '小型',
            },
          ],
        },
      }),
    )
    const d = texts(goods, 'form:中小企业声明函').join('\n')
    expect(d).toContain('根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）的规定')
    expect(d).toContain('提供的货物全部由符合政策要求的中小企业制造')
    expect(d).toContain('1. 服务器，属于工业行业；制造商为杭州云帆制造有限公司，属于小型企业；')
    expect(d).toContain('2. 存储，属于工业行业；制造商为宁波存储科技有限公司，属于微型企业；')
    expect(d).not.toContain('3. ')
    expect(d).toContain('不属于大企业的分支机构')
    const services = modelOf(cleanBid({ sme: { size: '微型企业', industry: '软件和信息技术服务业' } }))
    const s = texts(services, 'form:中小企业声明函').join('\n')
    expect(s).toContain('提供的服务全部由符合政策要求的中小企业承接')
    expect(s).toContain(`承接企业为${company.name}，属于微型企业`)
    expect(
      modelOf(cleanBid({ sme: { size: '大型企业' } })).parts.some((p) => p.id === 'form:中小企业声明函'),
    ).toBe(false)
  })

  it('key staff: a 项目负责人及主要人员表 with the certificates from the library', () => {
    const cert = MaterialSchema.parse({
      id: 'm-pmp',
      schemaVersion: 1,
      createdAt: 'x',
      updatedAt: 'x',
      title: 'PMP 证书',
      kind: '人员证书',
      number: 'PMP-3345',
    })
    const bid = cleanBid({
      keyStaff: [
        {
          id: 'k1',
          post: '项目经理',
          name: '李娜',
          idNumber: '330106198801011234',
          certificateRequired: 'PMP',
          certificateMaterialIds: ['m-pmp'],
        },
      ],
    })
    const m = buildPrintModel({ bid, company, materials: [cert], forms: shippedForms() })
    const t = texts(m, 'form:主要人员表')
    expect(t).toContain('项目负责人及主要人员表')
    expect(t).toEqual(
      expect.arrayContaining(['项目经理', '李娜', '330106198801011234', 'PMP', 'PMP 证书（PMP-3345）']),
    )
  })

  it('the signatory: an agent signs → 签字代表 is the agent and the sign lines say 授权代表; else the legal rep', () => {
    const agent = modelOf(cleanBid({ signatory: { role: '授权代表', agentName: '吴敏' } }))
    const letter = texts(agent, 's1').join('\n')
    expect(letter).toContain('签字代表 吴敏 经正式授权')
    expect(agent.parts.find((p) => p.id === 's1')!.signatures).toEqual(['授权代表（签字）：________'])
    const rep = modelOf(cleanBid())
    expect(texts(rep, 's1').join('\n')).toContain(`签字代表 ${company.legalRep} 经正式授权`)
    expect(rep.parts.find((p) => p.id === 's1')!.signatures).toEqual(['法定代表人（签字）：________'])
  })

  it('the tax rate where the quote states it: its lines’ rates, else the tender’s required rate', () => {
    const m = modelOf(cleanBid({ tax: { requiredRates: [6] } }))
    expect(texts(m, 's1').join('\n')).toMatch(/含税（增值税税率6%）/)
  })

  it('the print rules see the new forms: a clean consortium/lots/SME bid adds no print finding', () => {
    const base = cleanBid()
    const bid = cleanBid({
      consortium,
      sme: { size: '小型企业', industry: '软件和信息技术服务业' },
      signatory: { role: '授权代表', agentName: '吴敏' },
    })
    const before = runChecks({
      bid: base,
      company,
      materials: [],
      now: new Date('2026-03-01'),
      print: modelOf(base),
    })
    const after = runChecks({ bid, company, materials: [], now: new Date('2026-03-01'), print: modelOf(bid) })
    const p = (r: typeof before) => r.findings.filter((f) => f.ruleId.startsWith('P')).map((f) => f.ruleId)
    expect(p(after)).toEqual(p(before))
    // …and a marker left in a member's code is found where it is printed: the 联合体协议书.
    const bad = cleanBid({
      consortium: {
        ...consortium,
        members: consortium.members!.map((x) =>
          x.id === 'c2' ? { ...x, creditCode: '91330100MA27XXXX1L' } : x,
        ),
      },
    })
    const found = runChecks({
      bid: bad,
      company,
      materials: [],
      now: new Date('2026-03-01'),
      print: modelOf(bad),
    })
    const p03 = found.findings.find((f) => f.ruleId === 'P03')
    expect(p03?.printedIn?.map((x) => x.title)).toEqual(['联合体协议书'])
  })
})
