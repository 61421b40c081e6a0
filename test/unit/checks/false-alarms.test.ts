import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { cleanCompany, scenario, sec, triples } from './fixture'

/** The false alarms and misses of checks v1 that issue #14 lists, each pinned by a case. */

describe('tender number inside parentheses', () => {
  it('does not take the closing full-width parenthesis into the number', () => {
    const s = scenario((b) => {
      sec(b, 's-letter').content =
        '根据贵方某市智慧政务平台采购项目（项目编号：ZFCG-2026-018）的招标文件，我方提交投标文件。\n' +
        sec(b, 's-letter').content
      sec(b, 's-plan').content += '\n本方案针对（招标编号: ZFCG-2026-018)编制。'
    })
    expect(triples(s)).toEqual([])
  })
  it('keeps brackets that belong to the number, and still flags a wrong number', () => {
    const own = scenario((b) => {
      b.tenderNo = 'HZCG（2026）015'
      sec(b, 's-letter').content = sec(b, 's-letter').content!.replace(
        '招标编号：ZFCG-2026-018',
        '招标编号：HZCG(2026)015',
      )
    })
    expect(triples(own)).toEqual([])
    const wrong = runChecks(
      scenario((b) => {
        sec(b, 's-letter').content = '（项目编号：ZFCG-2026-081）\n' + sec(b, 's-letter').content
      }),
    ).findings
    expect(wrong.map((f) => [f.ruleId, f.location.path])).toEqual([['E07', 'sections.0.content']])
    expect(wrong[0].message.zh).toContain('“ZFCG-2026-081”')
  })
})

describe('past customers in the reference list', () => {
  const refs = [
    '序号 | 项目名称 | 采购人 | 合同金额',
    '1 | 某县教育信息化项目 | 某县教育局 | 86万元',
    '项目名称：某县教育信息化项目',
    '采购人：某县教育局',
    '项目编号：JY-2025-007',
  ].join('\n')
  it('are not leftovers of another bid in a 类似项目业绩表', () => {
    const s = scenario((b) => {
      b.sections!.push({ id: 's-refs', title: '九、类似项目业绩表', kind: '商务', content: refs })
      b.mandatedOrder!.push('类似项目业绩表')
    })
    expect(triples(s)).toEqual([])
  })
  it('are not leftovers in a line about past work, but are in the 投标函', () => {
    const ok = scenario((b) => (sec(b, 's-plan').content += '\n我公司曾为某县教育局实施教育信息化项目。'))
    expect(triples(ok)).toEqual([])
    const copied = scenario(
      (b) => (sec(b, 's-letter').content = '致：某县教育局\n' + sec(b, 's-letter').content),
    )
    expect(triples(copied)).toEqual([['E07', '失分风险', 'sections.0.content']])
  })
})

describe('E01 under 87号令 art. 59(二)', () => {
  it('is a correction to confirm while the corrected price stays within the ceiling', () => {
    const f = runChecks(scenario((b) => (b.quote!.openingSummary!.priceWords = '壹佰壹拾肆万元整'))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.basis])).toEqual([['E01', '失分风险', '87号令第59条']])
    expect(f[0].message.zh).toContain('须经投标人书面确认')
  })
  it('is 否决风险 when the words prevail above the ceiling', () => {
    const f = runChecks(scenario((b) => (b.quote!.openingSummary!.priceWords = '壹佰贰拾伍万元整'))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.basis])).toEqual([
      ['E01', '否决风险', 'quote.openingSummary.priceWords', '87号令第59条、87号令第63条'],
    ])
  })
  it('reads a correct amount without 整 and with a label around it', () => {
    const s = scenario((b) => {
      b.quote!.bidLetterPriceWords = '壹佰壹拾伍万元'
      b.quote!.openingSummary!.priceWords = '人民币（大写）：壹佰壹拾伍万元整（含税）'
    })
    expect(triples(s)).toEqual([])
  })
  it('uses the 招标投标 basis under that law', () => {
    const f = runChecks(
      scenario((b) => {
        b.governingLaw = '招标投标'
        b.quote!.bidLetterPriceWords = '壹佰壹拾肆万元整'
      }),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.basis])).toEqual([
      ['E01', '失分风险', '评标委员会和评标方法暂行规定第19条'],
    ])
  })
})

describe('E06 check digit', () => {
  it('is 失分风险 with no art. 63 ground, in the profile and in the forms', () => {
    const bad = '91350100M000101Y43'
    const f = runChecks(
      scenario(
        (b) => (sec(b, 's-letter').content = sec(b, 's-letter').content!.replace('91350100M000100Y43', bad)),
        { company: { ...cleanCompany(), creditCode: bad } },
      ),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.basis])).toEqual([
      ['E06', '失分风险', 'GB 32100-2015'],
      ['E06', '失分风险', 'GB 32100-2015'],
    ])
  })
})

describe('line items above the ceiling (art. 59: unit prices prevail)', () => {
  it('is 否决风险 even when the stated price is within the ceiling', () => {
    const f = runChecks(scenario((b) => (b.quote!.items![1].qty = 3))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.basis])).toEqual([
      ['E02', '失分风险', 'quote.statedTotal', '87号令第59条'],
      ['E03', '否决风险', 'quote.items', '87号令第59条、87号令第63条'],
    ])
    expect(f[1].message.zh).toContain('1325000.00')
  })
})

describe('a quote in 万元', () => {
  it('compares figures in 万元 with words in 元 and the ceiling in 元', () => {
    const s = scenario((b) => {
      const q = b.quote!
      q.moneyUnit = '万元'
      q.items = [
        { id: 'q1', name: '政务平台软件', unit: '套', qty: 1, unitPrice: 80, taxRate: 13 },
        { id: 'q2', name: '实施服务', unit: '人月', qty: 2, unitPrice: 17.5, taxRate: 13 },
      ]
      q.statedTotal = q.bidLetterPrice = q.openingSummary!.price = 115
      sec(b, 's-price').content = '报价为含税价，增值税税率13%，金额单位：万元。'
    })
    expect(triples(s)).toEqual([])
    const over = runChecks(
      scenario((b) => {
        b.quote!.moneyUnit = '万元'
        b.quote!.items = [{ id: 'q1', name: '平台', qty: 1, unitPrice: 125 }]
        b.quote!.statedTotal = b.quote!.bidLetterPrice = b.quote!.openingSummary!.price = 125
        b.quote!.bidLetterPriceWords = b.quote!.openingSummary!.priceWords = '壹佰贰拾伍万元整'
        sec(b, 's-price').content = '报价为含税价，增值税税率13%，金额单位：万元。'
        sec(b, 's-letter').content = sec(b, 's-letter').content!.replace(
          '壹佰壹拾伍万元整',
          '壹佰贰拾伍万元整',
        )
      }),
    ).findings
    expect(over.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E03', '否决风险', 'quote.openingSummary.price'],
    ])
  })
})
