import { describe, expect, it } from 'vitest'
import { readForm } from '@shared/domain/checks/read/forms'
import { scenario, sec, triples } from './fixture'

/** What the planted-error corpus (test/corpus) found missing or falsely alarmed, each pinned by a case. */

describe('a tender number in brackets after the project name', () => {
  it('is not part of the project name (E07), in either width', () => {
    for (const [l, r, c] of [
      ['（', '）', '：'],
      ['(', ')', ': '],
    ])
      expect(
        triples(
          scenario((b) => {
            const letter = sec(b, 's-letter')
            letter.content = letter.content!.replace(
              '项目名称：某市智慧政务平台采购项目',
              `项目名称${c}某市智慧政务平台采购项目${l}招标编号${c}ZFCG-2026-018${r}`,
            )
          }),
        ),
      ).toEqual([])
  })
  it('still flags a wrong project name before the bracket', () => {
    const s = scenario((b) => {
      const letter = sec(b, 's-letter')
      letter.content = letter.content!.replace(
        '项目名称：某市智慧政务平台采购项目',
        '项目名称：某县教育信息化项目（项目编号：ZFCG-2026-018）',
      )
    })
    expect(triples(s).map((t) => t[0])).toContain('E07')
  })
})

describe('C08 reads the declared unit of a price table', () => {
  it('flags "金额单位：万元" on a quote in 元, passes "金额单位：元"', () => {
    expect(triples(scenario((b) => (sec(b, 's-price').content = '报价为含税价，金额单位：万元。')))).toEqual([
      ['C08', '失分风险', 'sections.4.content'],
    ])
    expect(
      triples(scenario((b) => (sec(b, 's-price').content = '报价为含税价，金额单位：人民币元。'))),
    ).toEqual([])
  })
})

describe('readers', () => {
  it('read the figures in brackets after a price in words', () => {
    const r = readForm('投标总报价为人民币壹佰壹拾伍万元整（¥1,155,000.00）')
    expect(r.prices.map((p) => [p.fen, p.words])).toEqual([
      [115_000_000, true],
      [115_500_000, false],
    ])
  })
  it('read "拟派项目经理张伟（身份证号：…）" as staff', () => {
    const r = readForm(
      '本项目拟派项目经理何志远（身份证号：350103198506153217），持有信息系统项目管理师证书。',
    )
    expect(r.people.map((p) => [p.role, p.name, p.post])).toEqual([['staff', '何志远', '项目经理']])
    expect(readForm('本项目实行项目经理负责制。').people).toEqual([])
  })
})

describe('L13 in a goods tender', () => {
  it('does not ask a maker of the installation or training line', () => {
    const s = scenario((b) => {
      b.category = '货物'
      b.sme = { size: '小型企业', industry: '工业', deductionClaimed: true, deductionPercent: 10 }
      b.sections!.push({
        id: 's-sme',
        title: '九、中小企业声明函',
        kind: '资格',
        content: '本公司郑重声明…',
        sealDone: true,
      })
      b.quote!.items = [
        {
          id: 'q1',
          name: '自助终端',
          unit: '台',
          qty: 1,
          unitPrice: 800_000,
          taxRate: 13,
          manufacturerSize: '小型',
        },
        { id: 'q2', name: '安装调试及培训', unit: '项', qty: 1, unitPrice: 350_000, taxRate: 13 },
      ]
    })
    expect(triples(s).filter((t) => t[0] === 'L13')).toEqual([])
  })
})
