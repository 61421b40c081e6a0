import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { cleanBid, company, materials, modelOf } from '@shared/domain/checks/print/fixture'
import { pricesIn } from '@shared/domain/checks/read/prices'
import { scenario, sec, triples } from './fixture'

/**
 * 大写 vs 小写 written in a form's text: one statement of the price, corrected to its words (87号令 art. 59(二)),
 * reported once by E01 with both amounts, not as a second price (E11 / P01).
 */

const pairs = (t: string) => pricesIn(t).map((p) => [p.words ? 'words' : 'figures', p.fen, p.other])

describe('reading the words and figures of one price statement', () => {
  const W = 375_000_000 // 叁佰柒拾伍万元整
  const F = 375_600_000 // ¥3,756,000.00
  it.each([
    ['full-width parentheses', '投标总价：¥3,756,000.00元（大写：叁佰柒拾伍万元整）'],
    ['half-width and spaces', '投标总价: ¥ 3,756,000.00 元 (大写: 叁佰柒拾伍万元整)'],
    ['人民币 prefix on both', '投标总价：人民币 3,756,000.00 元（大写：人民币叁佰柒拾伍万元整）'],
    ['万元 figures', '投标报价：375.6万元，大写：叁佰柒拾伍万元整'],
    ['a line break between', '投标总价：¥3,756,000.00元\n（大写：叁佰柒拾伍万元整）'],
    ['two labelled lines', '投标总价（小写）：¥3,756,000.00\n投标总价（大写）：叁佰柒拾伍万元整'],
  ])('figures then words: %s', (_, t) => {
    expect(pairs(t)).toEqual([
      ['figures', F, W],
      ['words', W, F],
    ])
  })
  it.each([
    ['小写 in brackets', '投标总报价（大写）：叁佰柒拾伍万元整（小写：¥3,756,000.00）'],
    ['标准施工招标文件', '愿意以人民币（大写）叁佰柒拾伍万元整（¥3,756,000.00）的投标总报价'],
    [
      'words spaced, figures on the next line',
      '投标报价 (大写):\n人民币 叁佰柒拾伍万 元整\n(小写: ¥ 3,756,000.00 元)',
    ],
  ])('words then figures: %s', (_, t) => {
    expect(pairs(t)).toEqual([
      ['words', W, F],
      ['figures', F, W],
    ])
  })
  it('does not pair amounts of different statements or of the bond', () => {
    expect(pairs('投标保证金：¥20,000.00（大写：贰万元整）')).toEqual([])
    expect(pairs('投标总价：¥3,756,000.00\n我方承诺投标保证金人民币（大写）贰万元整')).toEqual([
      ['figures', F, undefined],
    ])
    // Another sentence between the figures and the words: two statements.
    expect(
      pairs('投标总价：¥3,756,000.00元。我方已完全理解招标文件的要求。报价（大写）：叁佰柒拾伍万元整'),
    ).toEqual([
      ['figures', F, undefined],
      ['words', W, undefined],
    ])
  })
})

const letterWith = (line: string, edit?: Parameters<typeof scenario>[0]) =>
  scenario((b) => {
    const l = sec(b, 's-letter')
    l.content = l.content!.replace('我方投标总报价为人民币壹佰壹拾伍万元整，', `${line}\n`)
    edit?.(b)
  })

describe('E01 on a form text', () => {
  it('reports words that disagree with their figures once, as E01 with both amounts', () => {
    const s = letterWith('投标总价：¥1,150,000.00元（大写：壹佰壹拾伍万伍仟元整）')
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.basis])).toEqual([
      ['E01', '失分风险', 'sections.0.content', '87号令第59条'],
    ])
    expect(f[0].message.zh).toContain('大写金额为 1155000.00 元，小写为 1150000.00 元')
    expect(f[0].message.zh).toContain('修正后与报价 1150000.00 元不一致')
    expect(f[0].location.itemId).toBe('s-letter')
  })
  it('figures off, words right: corrected to the bid price, no second price', () => {
    const f = runChecks(
      letterWith('投标总价：人民币 1,155,000.00 元\n（大写：人民币壹佰壹拾伍万元整）'),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['E01', '失分风险']])
    expect(f[0].message.zh).toContain('大写金额为 1150000.00 元，小写为 1155000.00 元')
    expect(f[0].message.zh).not.toContain('修正后与报价')
  })
  it('under 招标投标 a corrected price that is not the bid price is two prices: 否决风险', () => {
    const f = runChecks(
      letterWith('投标报价：115万元，大写：壹佰壹拾肆万元整', (b) => void (b.governingLaw = '招标投标')),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.basis])).toEqual([
      ['E01', '否决风险', '评标委员会和评标方法暂行规定第19条、实施条例第51条'],
    ])
  })
  it('words above the ceiling are 否决风险 with art. 63', () => {
    const f = runChecks(letterWith('投标总价：¥1,150,000.00元（大写：壹佰贰拾伍万元整）')).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.basis])).toEqual([
      ['E01', '否决风险', '87号令第59条、87号令第63条'],
    ])
    expect(f[0].message.zh).toContain('超过最高限价 1200000.00 元')
  })
  it('a statement whose words and figures agree on another price is still E11', () => {
    expect(triples(letterWith('投标总价：¥1,155,000.00元（大写：壹佰壹拾伍万伍仟元整）'))).toEqual([
      ['E11', '失分风险', 'sections.0.content'],
    ])
  })
  it('a statement that agrees with itself and the bid raises nothing', () => {
    expect(triples(letterWith('投标总价：人民币1,150,000.00元\n大写：人民币壹佰壹拾伍万元整'))).toEqual([])
  })
})

describe('E01 on a buyer form printed in the bid', () => {
  const run = (paragraphs: string[]) => {
    const bid = cleanBid()
    const print = modelOf(bid, {
      buyerForms: { s2: { formId: 'f1', name: '开标一览表.docx', paragraphs, fields: [] } },
    })
    return runChecks({ bid, materials, company, now: new Date('2026-03-01T00:00:00+08:00'), print }).findings
  }
  it('names the form the wrong 大写 is printed in, and P01 does not count it as a second price', () => {
    const f = run([
      '开标一览表',
      '投标总价：¥1,800,000.00元（大写：壹佰捌拾伍万元整）',
      '交货期：合同签订后30日',
    ])
    const e01 = f.filter((x) => x.ruleId === 'E01')
    expect(e01.map((x) => [x.severity, x.location.path, x.printedIn])).toEqual([
      ['失分风险', 'sections.1.content', [{ partId: 's2', title: '开标一览表' }]],
    ])
    expect(e01[0].message.zh).toContain('大写金额为 1850000.00 元，小写为 1800000.00 元')
    expect(f.filter((x) => x.ruleId === 'P01')).toEqual([])
  })
  it('a buyer form stating the price right raises nothing', () => {
    const f = run(['开标一览表', '投标总价：¥1,800,000.00元（大写：壹佰捌拾万元整）'])
    expect(f.filter((x) => x.ruleId === 'E01' || x.ruleId === 'P01')).toEqual([])
  })
})
