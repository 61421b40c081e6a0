import { describe, expect, it } from 'vitest'
import type { BidInput } from '@shared/schemas'
import { cleanBid, company, modelOf } from '../checks/print/fixture'
import { memberSealTemplate } from './consortium'

// 联合体各方盖章: in a consortium's bid every party seals the bidder's forms, one line each, the 牵头人 first.
const consortium: BidInput['consortium'] = {
  isConsortium: true,
  members: [
    { id: 'c2', name: '浙江数安科技有限公司', role: '成员', work: '安全运维', sharePercent: 20 },
    { id: 'c1', name: '', role: '牵头人', isUs: true, work: '平台运维', sharePercent: 60 },
    { id: 'c3', name: '宁波云测信息技术有限公司', role: '成员', work: '测评', sharePercent: 20 },
  ],
}
const LEAD = `联合体牵头人（盖章）：${company.name}`
const M1 = '联合体成员（盖章）：浙江数安科技有限公司'
const M2 = '联合体成员（盖章）：宁波云测信息技术有限公司'

const sealsOf = (bid: ReturnType<typeof cleanBid>, id: string) =>
  modelOf(bid).parts.find((p) => p.id === id)!.seals

describe('seal lines of a consortium’s bid', () => {
  it('the bidder’s seal becomes one line per member, lead first, in the forms and the 中小企业声明函', () => {
    const bid = cleanBid({ consortium, sme: { size: '小型企业', industry: '软件和信息技术服务业' } })
    expect(sealsOf(bid, 's1')).toEqual([LEAD, M1, M2]) // 投标函
    expect(sealsOf(bid, 's7')).toEqual([LEAD, M1, M2]) // 技术偏离表
    expect(sealsOf(bid, 'form:中小企业声明函')).toEqual([LEAD, M1, M2])
    // The cover keeps its layout: the seal after the name.
    expect(sealsOf(bid, 'front:封面')).toEqual([
      `联合体牵头人：${company.name}（盖章）`,
      '联合体成员：浙江数安科技有限公司（盖章）',
      '联合体成员：宁波云测信息技术有限公司（盖章）',
    ])
    // Each line records the field its name is printed from.
    const part = modelOf(bid).parts.find((p) => p.id === 's1')!
    expect(part.fields.filter((f) => f.key === '投标人名称').map((f) => f.field)).toEqual(
      expect.arrayContaining(['company.name', 'consortium.members.0.name', 'consortium.members.2.name']),
    )
  })

  it('the 联合体协议书: each party seals and signs its own line, lead first', () => {
    const part = modelOf(cleanBid({ consortium })).parts.find((p) => p.id === 'form:联合体协议书')!
    expect(part.seals).toEqual([LEAD, M1, M2])
    expect(part.signatures).toHaveLength(3)
    const markers = part.blocks.flatMap((b) => (b.type === 'marker' ? [b.kind] : []))
    expect(markers).toEqual(['seal', 'signature', 'seal', 'signature', 'seal', 'signature'])
  })

  it('a section that needs a seal and has no form gets one line per member too', () => {
    const bid = cleanBid({ consortium })
    bid.sections.find((s) => s.id === 's8')!.needsSeal = true
    expect(sealsOf(bid, 's8')).toEqual([LEAD, M1, M2])
  })

  it('the 法定代表人身份证明 and 授权委托书 are sealed by the 牵头人 alone (DOMAIN.md §11); a single bidder seals once', () => {
    const bid = cleanBid({ consortium })
    expect(sealsOf(bid, 's3')).toEqual([LEAD])
    expect(sealsOf(bid, 's4')).toEqual([LEAD])
    expect(sealsOf(cleanBid(), 's1')).toEqual([`投标人（盖章）：${company.name}`])
  })

  it('memberSealTemplate: relabels the bidder’s line, leaves a line naming its sealer alone', () => {
    expect(memberSealTemplate('企业名称（盖章）：{{投标人名称}}', '成员')).toBe(
      '联合体成员（盖章）：{{投标人名称}}',
    )
    expect(memberSealTemplate('投标人（盖章）：________', '牵头人')).toBe(
      '联合体牵头人（盖章）：{{投标人名称}}',
    )
    expect(memberSealTemplate('供应商名称（盖章）：{{投标人名称}}', '牵头人')).toBe(
      '联合体牵头人（盖章）：{{投标人名称}}',
    )
    expect(memberSealTemplate('采购人（盖章）：', '牵头人')).toBe(null)
    expect(memberSealTemplate('联合体牵头人（盖章）：{{联合体牵头人}}', '牵头人')).toBe(null)
  })
})
