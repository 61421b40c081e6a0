import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import type { BidInput } from '@shared/schemas'
import { scenario } from './fixture'

/**
 * Per-lot E01 (#14): a lot's 大写 against its 小写 is decided by the same rule as the whole bid's (cuo-words.ts
 * e01Field → wordsVerdict: a correction to confirm under 87号令 art. 59(二), 否决风险 once the corrected price is
 * above the ceiling), judged against the lot's own ceiling or budget, and the finding names the lot.
 */

const twoLots = (edit: (b: BidInput) => void) =>
  scenario((b) => {
    b.lots = [
      { id: 'l1', no: '1', name: '软件', priceCeiling: 900_000, price: 800_000, priceWords: '捌拾万元整' },
      { id: 'l2', no: '2', name: '实施', priceCeiling: 400_000, price: 350_000, priceWords: '叁拾伍万元整' },
    ]
    b.quote!.items![0].lotId = 'l1'
    b.quote!.items![1].lotId = 'l2'
    edit(b)
  })

const e01 = (s: ReturnType<typeof scenario>) => runChecks(s).findings.filter((f) => f.ruleId === 'E01')

describe('E01 per lot, one decision with the whole bid', () => {
  it('a lot whose words differ within its ceiling: a correction to confirm, naming the lot', () => {
    const f = e01(twoLots((b) => (b.lots![1].priceWords = '叁拾陆万元整')))
    expect(f.map((x) => [x.severity, x.location.path, x.location.itemId, x.basis])).toEqual([
      ['失分风险', 'lots.1.priceWords', 'l2', '87号令第59条'],
    ])
    expect(f[0].message.zh).toContain('第2包开标一览表大写金额为 360000.00 元，小写为 350000.00 元')
    expect(f[0].message.zh).toContain('须经投标人书面确认')
    expect(f[0].message.en).toContain('The opening summary of lot 2 says 360000.00 in words')
  })

  it('the words above the lot’s own ceiling (not the bid’s) are 否决风险 with art. 63, as for the whole bid', () => {
    const lot = e01(twoLots((b) => (b.lots![1].priceWords = '肆拾伍万元整')))
    expect(lot.map((x) => [x.severity, x.location.path, x.basis])).toEqual([
      ['否决风险', 'lots.1.priceWords', '87号令第59条、87号令第63条'],
    ])
    expect(lot[0].message.zh).toContain('修正后的报价超过第2包最高限价 400000.00 元')
    // The whole bid's words above its ceiling: the same severity and basis from the same rule.
    const whole = e01(scenario((b) => (b.quote!.openingSummary!.priceWords = '壹佰贰拾伍万元整')))
    expect(whole.map((x) => [x.severity, x.basis])).toEqual([lot.map((x) => [x.severity, x.basis])[0]])
  })

  it('a lot with a budget and no ceiling is judged against its budget', () => {
    const f = e01(
      twoLots((b) => {
        Object.assign(b.lots![1], { priceCeiling: null, budget: 380_000, priceWords: '叁拾玖万元整' })
      }),
    )
    expect(f.map((x) => [x.severity, x.location.path])).toEqual([['否决风险', 'lots.1.priceWords']])
    expect(f[0].message.zh).toContain('超过第2包预算 380000.00 元')
  })

  it('uses the 招标投标 basis under that law, like the whole bid', () => {
    const f = e01(
      twoLots((b) => {
        b.governingLaw = '招标投标'
        b.lots![0].priceWords = '捌拾壹万元整'
      }),
    )
    expect(f.map((x) => [x.severity, x.location.path, x.basis])).toEqual([
      ['失分风险', 'lots.0.priceWords', '评标委员会和评标方法暂行规定第19条'],
    ])
  })

  it('unreadable words ask for a clarification; correct variants and empty words raise nothing', () => {
    const bad = e01(twoLots((b) => (b.lots![0].priceWords = '捌拾万元整整')))
    expect(bad.map((x) => [x.severity, x.location.path, x.basis])).toEqual([
      ['失分风险', 'lots.0.priceWords', '87号令第51条'],
    ])
    expect(bad[0].message.zh).toContain('第1包开标一览表的大写金额“捌拾万元整整”无法识别')
    const fine = e01(
      twoLots((b) => {
        b.lots![0].priceWords = '人民币捌拾万元'
        b.lots![1].priceWords = ''
      }),
    )
    expect(fine).toEqual([])
  })
})
