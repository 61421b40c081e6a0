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

  it('lots: one 开标一览表 per 包号 bid on, each with its own price, words, seal and signature', () => {
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
    const tables = opening.blocks.flatMap((b) => (b.type === 'table' ? [b] : []))
    const value = (t: (typeof tables)[number], label: string) =>
      t.rows.find((r) => r[0].text === label)?.[1].text
    expect(
      tables.map((t) => [
        value(t, '包号'),
        value(t, '包名称'),
        value(t, '投标报价（小写）'),
        value(t, '投标报价（大写）'),
      ]),
    ).toEqual([
      ['1', '平台运维', '¥1,200,000.00', '壹佰贰拾万元整'],
      ['2', '安全服务', '¥600,000.00', '陆拾万元整'],
    ])
    // Each lot's form on its own page, sealed and signed on its own.
    expect(opening.blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(1)
    expect(opening.seals).toHaveLength(2)
    expect(opening.signatures).toHaveLength(2)
    expect(texts(m, opening.id)).toEqual(
      expect.arrayContaining(['（第1包：平台运维）', '（第2包：安全服务）']),
    )
    expect(texts(m, opening.id).join('\n')).not.toContain('不投的包')
    // The printed lot price names its field, so a rule can point at it.
    expect(opening.fields.filter((f) => f.key === 'row.price').map((f) => f.field)).toEqual([
      'lots.0.price',
      'lots.1.price',
    ])
    expect(texts(m, 's1').join('\n')).toContain('其中各包报价见开标一览表')
    // No lots: the single-price table alone, with its 包号 row.
    const plain = modelOf(cleanBid())
    const p = plain.parts.find((x) => x.formKey === '开标一览表')!
    expect(p.blocks.filter((b) => b.type === 'table')).toHaveLength(1)
    expect(texts(plain, p.id)).toContain('包号')
  })

  it('one lot bid for is the whole bid: its empty 开标一览表 values are the bid’s, never an empty line', () => {
    const tablesOf = (m: PrintModel) =>
      m.parts.find((p) => p.formKey === '开标一览表')!.blocks.flatMap((b) => (b.type === 'table' ? [b] : []))
    const valueIn = (m: PrintModel, label: string) =>
      tablesOf(m)
        .flatMap((t) => t.rows)
        .find((r) => r[0].text === label)?.[1].text
    const plain = modelOf(cleanBid())
    const m = modelOf(
      cleanBid({
        lots: [
          { id: 'l1', no: '1', name: '运维' },
          { id: 'l2', no: '2', name: '不投的包', bidding: false, price: 5 },
        ],
      }),
    )
    expect(tablesOf(m)).toHaveLength(1)
    expect(valueIn(m, '包名称')).toBe('运维')
    for (const [label, single] of [
      ['投标报价（小写）', '投标总报价（小写）'],
      ['投标报价（大写）', '投标总报价（大写）'],
      ['服务期', '服务期'],
      ['质保期', '质保期'],
    ]) {
      expect(valueIn(plain, single), label).toBeTruthy()
      expect(valueIn(m, label), label).toBe(valueIn(plain, single))
    }
    expect(valueIn(m, '投标报价（小写）')).toBe('¥1,800,000.00')
    // The printed price names the field it came from (the quote lines here), not the empty lot field.
    const opening = m.parts.find((p) => p.formKey === '开标一览表')!
    expect(opening.fields.find((f) => f.key === 'row.price')?.field).not.toMatch(/^lots\./)
    // One lot: no "各包报价" sentence in the 投标函.
    expect(texts(m, 's1').join('\n')).not.toContain('各包报价')
    // The lot's own value, when it has one, wins.
    const own = modelOf(cleanBid({ lots: [{ id: 'l1', no: '1', name: '运维', price: 777_000 }] }))
    expect(valueIn(own, '投标报价（小写）')).toBe('¥777,000.00')
    expect(valueIn(own, '投标报价（大写）')).toBe('柒拾柒万柒仟元整')
  })

  it('SME: the 中小企业声明函 in the 46号 wording, one line per item and maker', () => {
    const goods = modelOf(
      cleanBid({
        category: '货物',
        sme: {
          size: '小型企业',
          industry: '工业',
          deductionClaimed: true,
          makers: [
            { id: 'mk1', name: '杭州云帆制造有限公司', employees: 120, revenueWan: 1800, assetsWan: 2150.5 },
          ],
        },
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
    expect(d).toContain(
      '1. 服务器，属于工业行业；制造商为杭州云帆制造有限公司，从业人员120人，营业收入为1800万元，资产总额为2150.5万元，属于小型企业；',
    )
    // A maker without figures prints the form's blanks (46号: a new enterprise may leave them blank; L14 hints).
    expect(d).toContain(
      '2. 存储，属于工业行业；制造商为宁波存储科技有限公司，从业人员　　人，营业收入为　　万元，资产总额为　　万元，属于微型企业；',
    )
    expect(d).toContain('注：从业人员、营业收入、资产总额填报上一年度数据')
    expect(d).not.toContain('3. ')
    expect(d).toContain('不属于大企业的分支机构')
    const services = modelOf(cleanBid({ sme: { size: '微型企业', industry: '软件和信息技术服务业' } }), {
      company: { ...company, employees: 8, revenueWan: 320, assetsWan: 150 },
    })
    const s = texts(services, 'form:中小企业声明函').join('\n')
    expect(s).toContain('提供的服务全部由符合政策要求的中小企业承接')
    expect(s).toContain(
      `承接企业为${company.name}，从业人员8人，营业收入为320万元，资产总额为150万元，属于微型企业`,
    )
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
    // The certificates' copies follow the table, as the materials appendix prints other materials…
    const part = m.parts.find((p) => p.id === 'form:主要人员表')!
    expect(t).toContain('附：上述人员证书复印件')
    const entries = part.blocks.flatMap((b) => (b.type === 'materials' ? b.entries : []))
    expect(entries.map((e) => [e.materialId, e.attachments.length])).toEqual([['m-pmp', 0]])
    // …and one without a scan is a finding where it is printed, not a silent blank.
    const p04 = runChecks({ bid, company, materials: [cert], now: new Date('2026-03-01'), print: m })
      .findings.filter((f) => f.ruleId === 'P04')
      .map((f) => [f.severity, f.location.docId, f.message.zh])
    expect(p04).toEqual([['否决风险', 'm-pmp', '“PMP 证书”没有扫描件（列于：主要人员表）']])
    const scanned = {
      ...cert,
      attachments: [{ sha256: 'c'.repeat(64), name: 'pmp.png', mime: 'image/png', size: 9 }],
    }
    const ok = buildPrintModel({ bid, company, materials: [scanned], forms: shippedForms() })
    expect(
      runChecks({
        bid,
        company,
        materials: [scanned],
        now: new Date('2026-03-01'),
        print: ok,
      }).findings.filter((f) => f.ruleId === 'P04'),
    ).toEqual([])
  })

  it('残疾人福利性单位声明函 (财库〔2017〕141号) and the 监狱企业 certificate page when the bid says so', () => {
    const none = modelOf(cleanBid())
    expect(none.parts.map((p) => p.id)).not.toContain('form:残疾人福利性单位声明函')
    expect(none.parts.map((p) => p.id)).not.toContain('form:监狱企业证明文件')
    const welfare = modelOf(cleanBid({ sme: { welfareUnit: true, deductionClaimed: true } }))
    const w = texts(welfare, 'form:残疾人福利性单位声明函').join('\n')
    expect(w).toContain('（财库〔2017〕141号）的规定，本单位为符合条件的残疾人福利性单位')
    expect(w).toContain('由本单位提供服务')
    expect(w).toContain(`单位名称（盖章）：${company.name}`)
    // A welfare unit claims with its own declaration, not the 中小企业声明函 as well (141号: not both).
    expect(welfare.parts.map((p) => p.id)).not.toContain('form:中小企业声明函')
    const cert = MaterialSchema.parse({
      id: 'm-prison',
      schemaVersion: 1,
      createdAt: 'x',
      updatedAt: 'x',
      title: '监狱企业证明（省监狱管理局）',
      kind: '资质证书',
      attachments: [{ sha256: 'd'.repeat(64), name: 'p.png', mime: 'image/png', size: 9 }],
    })
    const prison = buildPrintModel({
      bid: cleanBid({ sme: { prisonEnterprise: true, prisonCertificateMaterialId: 'm-prison' } }),
      company,
      materials: [cert],
      forms: shippedForms(),
    })
    const part = prison.parts.find((p) => p.id === 'form:监狱企业证明文件')!
    expect([...partTexts(part)].map((x) => x.text).join('\n')).toContain('监狱企业视同小型、微型企业')
    expect(
      part.blocks.flatMap((b) => (b.type === 'materials' ? b.entries : [])).map((e) => e.materialId),
    ).toEqual(['m-prison'])
    expect(part.seals).toEqual([`投标人（盖章）：${company.name}`])
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
