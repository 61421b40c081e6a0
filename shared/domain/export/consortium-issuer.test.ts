import { describe, expect, it } from 'vitest'
import { cleanBid, company, modelOf } from '@shared/domain/checks/print/fixture'
import { partTexts } from './print-model'
import type { BidInput } from '@shared/schemas'

/**
 * In a consortium's bid the 法定代表人身份证明 and the 授权委托书 are the 牵头人's (DOMAIN.md §11): the lead signs and
 * submits for every member under the 联合体协议书, so the forms say 联合体牵头人, not 投标人.
 */
const consortium = (lead: 'us' | 'them'): Partial<BidInput> => ({
  consortium: {
    isConsortium: true,
    members: [
      { id: 'c1', role: lead === 'us' ? '牵头人' : '成员', isUs: true, work: '运维', sharePercent: 60 },
      {
        id: 'c2',
        name: '江南运维服务有限公司',
        creditCode: '91330100MA27C8QH1L',
        legalRep: '陈立',
        role: lead === 'us' ? '成员' : '牵头人',
        work: '驻场',
        sharePercent: 40,
      },
    ],
  },
})
const textsOf = (over: Partial<BidInput>, formKey: string) =>
  [...partTexts(modelOf(cleanBid(over)).parts.find((p) => p.formKey === formKey)!)].map((t) => t.text)

describe('法定代表人身份证明 and 授权委托书 of a consortium', () => {
  it('a single bidder keeps 投标人', () => {
    const id = textsOf({}, '法定代表人身份证明')
    expect(id).toContain(`投标人名称：${company.name}`)
    expect(id).toContain(`投标人（盖章）：${company.name}`)
    expect(textsOf({}, '授权委托书').find((t) => t.startsWith('本人'))).toMatch(
      /^本人 周建平 系 杭州云帆信息技术有限公司 的法定代表人/,
    )
  })

  it('our company leading: the lead names the consortium, proves its 法定代表人 and authorises the agent for all', () => {
    const id = textsOf(consortium('us'), '法定代表人身份证明')
    expect(id.filter((t) => t.includes('投标人'))).toEqual([])
    expect(id).toEqual(
      expect.arrayContaining([
        `联合体名称：${company.name}、江南运维服务有限公司联合体`,
        `联合体牵头人名称：${company.name}`,
        `统一社会信用代码：${company.creditCode}`,
        '姓名：周建平　性别：男　年龄：49　职务：执行董事',
        `系 ${company.name}（联合体牵头人）的法定代表人。`,
        `联合体牵头人（盖章）：${company.name}`,
      ]),
    )
    const auth = textsOf(consortium('us'), '授权委托书')
    expect(auth.find((t) => t.startsWith('本人'))).toBe(
      `本人 周建平 系 ${company.name}（${company.name}、江南运维服务有限公司联合体牵头人）的法定代表人，根据联合体协议书的约定代表联合体各成员，现委托 吴敏（身份证号码：330106199001011234）为联合体的代理人。代理人根据授权，以联合体名义签署、澄清、说明、补正、递交、撤回、修改 某市政务云平台运维服务项目（招标编号：HZZF-2026-031）投标文件、签订合同和处理有关事宜，其法律后果由联合体各成员共同承担。`,
    )
    expect(auth).toContain(`联合体牵头人（盖章）：${company.name}`)
    expect(auth.filter((t) => t.includes('投标人'))).toEqual([])
  })

  it('another company leading: its name and 法定代表人, lines to fill for what only it knows, none of our ID cards', () => {
    const model = modelOf(cleanBid(consortium('them')))
    const part = model.parts.find((p) => p.formKey === '法定代表人身份证明')!
    const id = [...partTexts(part)].map((t) => t.text)
    expect(id).toEqual(
      expect.arrayContaining([
        '联合体牵头人名称：江南运维服务有限公司',
        '统一社会信用代码：91330100MA27C8QH1L',
        '姓名：陈立　性别：________　年龄：________　职务：________',
        '身份证号码：________',
        '联合体牵头人（盖章）：江南运维服务有限公司',
      ]),
    )
    expect(id.some((t) => t.includes('周建平'))).toBe(false)
    expect(
      part.blocks.some(
        (b) => b.type === 'materials' && b.entries.some((e) => e.ref === 'company.legalRepIdCard'),
      ),
    ).toBe(false)
  })
})
