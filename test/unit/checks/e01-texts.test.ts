import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { amountPairsIn } from '@shared/domain/checks/read/amount-pairs'
import type { BidInput } from '@shared/schemas'
import { req, scenario, sec, triples } from './fixture'

/**
 * E01 on an amount a requirement response or a section writes in 大写 and 小写 (#14.3): "人民币叁佰万元整
 * （¥3,000,000.00）" is one statement of one amount whatever the amount and with or without a price label, so words
 * and figures that differ are corrected to the words (87号令 art. 59(二)); the finding names the requirement or the
 * section. The fixture bid's price is ¥1,150,000.00 (壹佰壹拾伍万元整), its ceiling ¥1,200,000.00.
 */

const pairs = (t: string) => amountPairsIn(t).map((p) => [p.wordsFen / 100, p.figuresFen / 100])

describe('reading an amount written in words and figures', () => {
  it.each([
    ['words, figures in brackets', '人民币叁佰万元整（¥3,000,000.00）', [[3_000_000, 3_000_000]]],
    ['half-width, 小写 label', '大写:叁拾万元整 (小写: 300,000.00 元)', [[300_000, 300_000]]],
    ['figures, words in brackets', '履约保证金为¥300,000.00元（大写：叁拾伍万元整）', [[350_000, 300_000]]],
    ['figures, comma, 大写', '¥1,000,000.00，大写：壹佰万元整', [[1_000_000, 1_000_000]]],
    ['万元 figures, a note after them', '人民币叁佰万元整（300万元，含税）', [[3_000_000, 3_000_000]]],
  ])('%s', (_, t, want) => {
    expect(pairs(t)).toEqual(want)
  })
  it.each([
    ['a count in words', '免费质保壹年（12个月）'],
    ['a note, no figures', '人民币壹佰万元整（含税）'],
    ['figures that are a part of it', '人民币壹佰万元整（¥800,000.00设备费+¥200,000.00服务费）'],
    ['no 大写 at all', '合同金额¥300,000.00（叁拾万元以内）'],
  ])('no pair: %s', (_, t) => {
    expect(pairs(t)).toEqual([])
  })
})

const respond = (text: string, edit?: (b: BidInput) => void) =>
  scenario((b) => {
    req(b, 'r3').responseText = text
    edit?.(b)
  })

describe('E01 in a requirement response', () => {
  it('a price without a label whose words and figures differ: E01 naming the requirement', () => {
    const s = respond('我方报价人民币壹佰壹拾伍万元整（¥1,155,000.00），合同签订后45日内完成部署。')
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.location.itemId, x.basis])).toEqual([
      ['E01', '失分风险', 'requirements.2.responseText', 'r3', '87号令第59条'],
    ])
    expect(f[0].message.zh).toContain('招标要求“4.1”的响应大写金额为 1150000.00 元，小写为 1155000.00 元')
  })

  it('a labelled price statement in a response: the corrected price is checked against the bid price', () => {
    const f = runChecks(
      respond(
        '投标总价：¥1,150,000.00元（大写：壹佰壹拾伍万伍仟元整）',
        (b) => (b.governingLaw = '招标投标'),
      ),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E01', '否决风险', 'requirements.2.responseText'],
    ])
    expect(f[0].message.zh).toContain('修正后与报价 1150000.00 元不一致，视为两个报价')
  })

  it('a bare pair whose figures are the bid price is the price: under 招标投标 the corrected price is a second one', () => {
    const f = runChecks(
      respond('人民币壹佰壹拾伍万伍仟元整（¥1,150,000.00）', (b) => (b.governingLaw = '招标投标')),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E01', '否决风险', 'requirements.2.responseText'],
    ])
    expect(f[0].message.zh).toContain('视为两个报价')
  })

  it('another amount (a bond) is a correction to the words, never a second price or above the ceiling', () => {
    const f = runChecks(
      respond('履约保证金人民币贰佰万元整（¥20,000.00），合同签订后45日内完成部署。', (b) => {
        b.governingLaw = '招标投标'
      }),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E01', '失分风险', 'requirements.2.responseText'],
    ])
    expect(f[0].message.zh).not.toContain('两个报价')
    expect(f[0].message.zh).not.toContain('最高限价')
  })

  it('words and figures that agree raise nothing', () => {
    expect(
      triples(
        respond(
          '我方报价人民币壹佰壹拾伍万元整（¥1,150,000.00），履约保证金¥20,000.00元（大写：贰万元整）。',
        ),
      ),
    ).toEqual([])
  })
})

describe('E01 in a section text', () => {
  it('a bare amount pair in a section names the section', () => {
    const f = runChecks(
      scenario((b) => {
        sec(b, 's-plan').content += '\n本项目运维费用人民币叁万元整（¥35,000.00）已含在报价内。'
      }),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.location.itemId])).toEqual([
      ['E01', '失分风险', 'sections.7.content', 's-plan'],
    ])
    expect(f[0].message.zh).toContain('“八、技术方案”大写金额为 30000.00 元，小写为 35000.00 元')
  })
})

describe('E01 in a table typed in a section (one row a line, cells split by tabs)', () => {
  const planTable = (table: string) =>
    runChecks(scenario((b) => void (sec(b, 's-plan').content += `\n${table}`))).findings.filter(
      (x) => x.ruleId === 'E01',
    )
  it('小写 and 大写 columns without a price label: E01 on the section', () => {
    const f = planTable('序号\t费用名称\t小写金额（元）\t大写金额\n1\t驻场运维\t35,000.00\t叁万元整')
    expect(f.map((x) => [x.severity, x.location.path])).toEqual([['失分风险', 'sections.7.content']])
    expect(f[0].message.zh).toContain('大写金额为 30000.00 元，小写为 35000.00 元')
  })
  it('a price table the text reader pairs too is reported once', () => {
    const f = planTable('投标总价（小写）\t投标总价（大写）\n¥1,150,000.00\t壹佰壹拾伍万伍仟元整')
    expect(f.map((x) => [x.severity, x.location.path])).toEqual([['失分风险', 'sections.7.content']])
  })
  it('columns that agree raise nothing', () => {
    expect(planTable('小写金额（元）\t大写金额\n35,000.00\t叁万伍仟元整')).toEqual([])
  })
})
