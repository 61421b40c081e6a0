import { describe, expect, it } from 'vitest'
import { partTexts } from '@shared/domain/export/print-model'
import { cleanBid, company, modelOf, printFindings } from './fixture'

/**
 * A consortium member without a name: the 联合体协议书 prints a line to write it on wherever the name belongs (the
 * opening sentence, its row of the shares table, its seal line), and P03 reports that blank by column and row,
 * pointing at the member's name field — never a silent gap.
 */
const bid = cleanBid({
  consortium: {
    isConsortium: true,
    members: [
      { id: 'c1', role: '牵头人', isUs: true, work: '运维服务总体', sharePercent: 70 },
      { id: 'c2', name: '', creditCode: '', role: '成员', work: '驻场服务', sharePercent: 30 },
    ],
  },
})

describe('a consortium member without a name', () => {
  it('prints a blank line where its name belongs in the 联合体协议书', () => {
    const part = modelOf(bid).parts.find((p) => p.formKey === '联合体协议书')!
    const texts = [...partTexts(part)].map((t) => t.text)
    expect(texts).toContain(
      `${company.name}（牵头人）与________（成员）自愿组成联合体（以下简称“联合体”），共同参加某市大数据发展管理局某市政务云平台运维服务项目（招标编号：HZZF-2026-031）的投标。现就联合体投标事宜订立如下协议：`,
    )
    // Its row of the shares table: number, name to fill, role, work, share.
    const row = [...partTexts(part)].filter((t) => t.table?.row === 2).map((t) => t.text)
    expect(row).toEqual(['2', '________', '', '成员', '驻场服务', '30%'])
    expect(texts).toContain('联合体成员（盖章）：________')
  })

  it('is a P03 finding that names the column and row and opens the member’s name', () => {
    const f = printFindings(bid).filter(
      (x) => x.ruleId === 'P03' && x.printedIn?.[0]?.title === '联合体协议书',
    )
    const cell = f.find((x) => x.message.zh.includes('成员名称（第 2 行）'))!
    expect(cell).toBeDefined()
    expect(cell.severity).toBe('否决风险')
    expect(cell.location.path).toBe('consortium.members.1.name')
    expect(cell.location.itemId).toBe('c2')
    expect(cell.message.zh).toBe('“联合体协议书”印有待填空线“________”：成员名称（第 2 行）')
    // The opening sentence is a finding of its own, quoting it.
    expect(f.some((x) => x.message.zh.includes('（牵头人）与________（成员）'))).toBe(true)
  })

  it('with every name given, the 联合体协议书 prints no blank and adds no P03', () => {
    const named = cleanBid({
      consortium: {
        isConsortium: true,
        members: [
          { id: 'c1', role: '牵头人', isUs: true, work: '运维服务总体', sharePercent: 70 },
          {
            id: 'c2',
            name: '江南运维服务有限公司',
            creditCode: '91330100MA27C8QH1L',
            role: '成员',
            work: '驻场服务',
            sharePercent: 30,
          },
        ],
      },
    })
    const part = modelOf(named).parts.find((p) => p.formKey === '联合体协议书')!
    expect([...partTexts(part)].some((t) => t.text.includes('________') && t.where !== 'marker')).toBe(false)
    expect(printFindings(named).filter((x) => x.ruleId === 'P03')).toEqual([])
  })
})
