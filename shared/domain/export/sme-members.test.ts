import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { cleanBid, company, materials, modelOf } from '../checks/print/fixture'
import { ConsortiumMemberSchema } from '@shared/schemas'

/** A consortium's services: one 中小企业声明函 line per member with its own figures, size and share; L14 per member. */
const member = (over: object) => ConsortiumMemberSchema.parse({ id: 'm', ...over })
const bidWith = (partnerSize: '小型' | '微型') =>
  cleanBid({
    sme: { size: '小型企业', industry: '软件和信息技术服务业' },
    consortium: {
      isConsortium: true,
      members: [
        member({
          id: 'c1',
          name: company.name,
          role: '牵头人',
          isUs: true,
          work: '平台运维',
          sharePercent: 60,
          size: '小型',
        }),
        member({
          id: 'c2',
          name: '福州数安科技有限公司',
          work: '安全服务',
          sharePercent: 40,
          size: partnerSize,
          employees: 60,
          revenueWan: 800,
          assetsWan: 2100,
        }),
      ],
    },
  } as never)

describe('consortium members in the 中小企业声明函', () => {
  it('prints one line per member with its work, figures, size and share', () => {
    const m = modelOf(bidWith('小型'))
    const part = m.parts.find((p) => p.formKey === '中小企业声明函')!
    const lines = part.blocks.flatMap((b) =>
      b.type === 'paragraph' && /^\d\. /.test(b.text) ? [b.text] : [],
    )
    expect(lines).toHaveLength(2)
    expect(lines[1]).toBe(
      '2. 安全服务，属于软件和信息技术服务业行业；承接企业为福州数安科技有限公司，从业人员60人，营业收入为800万元，资产总额为2100万元，属于小型企业，在联合体中承担合同金额的40%（以联合体协议为准）；',
    )
    expect(lines[0]).toContain(`承接企业为${company.name}`)
    expect(lines[0]).toContain('在联合体中承担合同金额的60%')
  })

  it('goods: the makers per quote line stay, then one line per member (lead first) with its figures, size and share', () => {
    const bid = cleanBid({
      category: '货物',
      sme: {
        size: '小型企业',
        industry: '工业',
        makers: [{ id: 'mk', name: '宁波存储科技有限公司', employees: 40, revenueWan: 900, assetsWan: 700 }],
      },
      quote: {
        items: [
          {
            id: 'q1',
            name: '存储',
            qty: 1,
            unitPrice: 200_000,
            manufacturer: '宁波存储科技有限公司',
            manufacturerSize: '小型',
          },
        ],
      },
      consortium: {
        isConsortium: true,
        // The partner first in the bid: the print still puts the 牵头人 first.
        members: [
          member({
            id: 'c2',
            name: '福州数安科技有限公司',
            work: '安装调试',
            sharePercent: 35,
            size: '微型',
            employees: 9,
            revenueWan: 80,
            assetsWan: 60,
          }),
          member({
            id: 'c1',
            name: '',
            role: '牵头人',
            isUs: true,
            work: '设备供货',
            sharePercent: 65,
            size: '小型',
          }),
        ],
      },
    } as never)
    const m = modelOf(bid, { company: { ...company, employees: 86, revenueWan: 4260, assetsWan: 3180 } })
    const part = m.parts.find((p) => p.formKey === '中小企业声明函')!
    const text = part.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    expect(text).toContain(
      '1. 存储，属于工业行业；制造商为宁波存储科技有限公司，从业人员40人，营业收入为900万元，资产总额为700万元，属于小型企业；',
    )
    const intro = text.indexOf('本公司（联合体）以联合体形式参加本次采购活动，联合体各方的情况如下：')
    expect(intro).toBeGreaterThan(text.findIndex((t) => t.startsWith('1. 存储')))
    expect(text.slice(intro + 1, intro + 3)).toEqual([
      `（1）${company.name}（联合体牵头人），承担设备供货，从业人员86人，营业收入为4260万元，资产总额为3180万元，属于小型企业，在联合体中承担合同金额的65%（以联合体协议为准）；`,
      '（2）福州数安科技有限公司（联合体成员），承担安装调试，从业人员9人，营业收入为80万元，资产总额为60万元，属于微型企业，在联合体中承担合同金额的35%（以联合体协议为准）；',
    ])
    // Each printed share names the member field it comes from, so a check can point at it.
    expect(part.fields.filter((f) => f.key === 'row.share').map((f) => f.field)).toEqual([
      'consortium.members.1.sharePercent',
      'consortium.members.0.sharePercent',
    ])
    // Without a consortium a goods 声明函 has no member lines.
    const single = modelOf(cleanBid({ ...bid, consortium: { isConsortium: false, members: [] } } as never))
    const s = single.parts.find((p) => p.formKey === '中小企业声明函')!
    expect(s.blocks.some((b) => b.type === 'paragraph' && b.text.includes('联合体各方'))).toBe(false)
  })

  it('L14 judges each member on its own figures: 微型 declared, 小型 by the figures → 否决风险 on that member', () => {
    const run = (size: '小型' | '微型') =>
      runChecks({ bid: bidWith(size), company, materials, now: new Date('2026-03-01') }).findings.filter(
        (f) => f.ruleId === 'L14' && f.location.path.startsWith('consortium.members'),
      )
    expect(run('小型')).toEqual([])
    const f = run('微型')
    expect(f).toHaveLength(1)
    expect(f[0].severity).toBe('否决风险')
    expect(f[0].location.path).toBe('consortium.members.1.size')
    expect(f[0].message.zh).toContain('福州数安科技有限公司声明为微型企业')
  })
})
