import { describe, expect, it } from 'vitest'
import { expandTables, pricesIn, readForm, termsOf } from '@shared/domain/checks/read/forms'
import { cnInt, comparePeriods, moneyIn, percentsIn, periodsIn } from '@shared/domain/checks/read/quantity'
import { measuresIn } from '@shared/domain/checks/read/measures'
import { dateRangesIn } from '@shared/domain/checks/read/date-range'
import { taxRatesIn, termsIn, worseThan } from '@shared/domain/checks/read/terms'
import { seeded, variants } from './read-variants'

const period = (s: string) => periodsIn(s)[0]
const terms = (s: string) => termsIn(s).map((t) => [t.term, t.period.raw])

describe('periods', () => {
  it('reads figures and Chinese numerals in every unit', () => {
    expect(cnInt('三十六')).toBe(36)
    expect(cnInt('十五')).toBe(15)
    expect(cnInt('一百二十')).toBe(120)
    expect(cnInt('两')).toBe(2)
    const read = (s: string) => periodsIn(s).map((p) => [p.family, p.amount])
    expect(read('45日历天')).toEqual([['days', 45]])
    expect(read('４５　天')).toEqual([['days', 45]])
    expect(read('三十个工作日')).toEqual([['workdays', 30]])
    expect(read('3个月')).toEqual([['months', 3]])
    expect(read('两年')).toEqual([['months', 24]])
    expect(read('一年半')).toEqual([['months', 18]])
    expect(read('半年')).toEqual([['months', 6]])
    expect(read('2周')).toEqual([['days', 14]])
    expect(read('30分钟')).toEqual([['minutes', 30]])
    expect(read('2小时')).toEqual([['minutes', 120]])
    expect(read('4h')).toEqual([['minutes', 240]])
  })
  it('does not read dates, ordinals or availability as periods', () => {
    expect(periodsIn('2026年4月22日前交货')).toEqual([])
    expect(periodsIn('第3年起按年付款')).toEqual([])
    expect(periodsIn('提供7×24小时服务')).toEqual([])
    expect(periodsIn('2026-04-22')).toEqual([])
  })
  it('compares across units only where the units settle it', () => {
    expect(comparePeriods(period('3年'), period('36个月'))).toBe(0)
    expect(comparePeriods(period('2年'), period('36个月'))).toBe(-1)
    expect(comparePeriods(period('90天'), period('3个月'))).toBeNull()
    expect(comparePeriods(period('120天'), period('3个月'))).toBe(1)
    expect(comparePeriods(period('30日历天'), period('30个工作日'))).toBeNull()
    expect(comparePeriods(period('60日历天'), period('30个工作日'))).toBe(1)
    expect(comparePeriods(period('1天'), period('24小时'))).toBe(0)
    expect(comparePeriods(period('2小时'), period('30分钟'))).toBe(1)
  })
})

describe('terms', () => {
  it('names the term of each period by its label or the nearest key word', () => {
    expect(terms('交货期：合同签订后45日历天内')).toEqual([['delivery', '45日历天']])
    expect(terms('★工期：180日历天')).toEqual([['delivery', '180日历天']])
    expect(terms('我方承诺工期210天，无偏离。')).toEqual([['delivery', '210天']])
    expect(terms('质保期为3年')).toEqual([['warranty', '3年']])
    expect(terms('提供两年免费保修')).toEqual([['warranty', '两年']])
    expect(terms('服务期限：1年')).toEqual([['service', '1年']])
    expect(terms('接到报修后30分钟内响应，2小时内到达现场，24小时内修复')).toEqual([
      ['response', '30分钟'],
      ['arrival', '2小时'],
      ['repair', '24小时'],
    ])
    expect(terms('一般故障 15 分钟内响应、2 小时内解决，并提交故障报告。')).toEqual([
      ['response', '15 分钟'],
      ['repair', '2 小时'],
    ])
    expect(terms('投标有效期：90日历天')).toEqual([['validity', '90日历天']])
    expect(terms('本投标自开标之日起90天内有效')).toEqual([['validity', '90天']])
  })
  it('leaves periods that no term claims', () => {
    expect(terms('项目经理具有5年以上同类项目经验')).toEqual([])
    expect(terms('质保期满后提供3年技术支持')).toEqual([])
    expect(terms('响应时间满足要求，公司成立10年')).toEqual([])
  })
  it('knows which way is worse', () => {
    expect(worseThan('delivery', period('45天'), period('30天'))).toBe(true)
    expect(worseThan('delivery', period('20天'), period('30天'))).toBe(false)
    expect(worseThan('warranty', period('1年'), period('24个月'))).toBe(true)
    expect(worseThan('warranty', period('5年'), period('24个月'))).toBe(false)
    expect(worseThan('response', period('1小时'), period('30分钟'))).toBe(true)
  })
  it('reads the same terms from seeded variants of a 承诺函', () => {
    const lines = [
      '售后服务承诺函',
      '1. 质保期：自验收合格之日起36个月；',
      '2. 接到故障通知后30分钟内响应，4小时内到达现场，24小时内修复；',
      '3. 交货期：合同签订后30日历天内交货。',
    ]
    const { seed, rnd } = seeded()
    for (const v of variants(lines, rnd, 30, (l) => /^\d/u.test(l))) {
      const t = termsOf(v)
      const got = Object.fromEntries(
        Object.entries(t).map(([k, m]) => [k, m!.period.raw.replace(/\s/gu, '')]),
      )
      expect(got, `seed ${seed}: ${v}`).toEqual({
        warranty: '36个月',
        response: '30分钟',
        arrival: '4小时',
        repair: '24小时',
        delivery: '30日历天',
      })
    }
  })
})

describe('money and tax', () => {
  it('reads money with a currency mark or unit, and never a bare figure', () => {
    expect(moneyIn('¥1,150,000.00').map((m) => m.fen)).toEqual([115_000_000])
    expect(moneyIn('人民币115万元').map((m) => m.fen)).toEqual([115_000_000])
    expect(moneyIn('预算金额：120万，').map((m) => m.fen)).toEqual([120_000_000])
    expect(moneyIn('共3台，第2包，5万台套')).toEqual([])
  })
  it('reads the bid price of a form in figures and in words', () => {
    const t = '投标总报价为（大写）：人民币壹佰壹拾伍万元整（小写：¥1,150,000.00），含税。'
    expect(pricesIn(t).map((p) => [p.fen, p.words])).toEqual([
      [115_000_000, true],
      [115_000_000, false],
    ])
    expect(pricesIn('投标总价（元）：1150000.00').map((p) => p.fen)).toEqual([115_000_000])
    expect(pricesIn('投标保证金：人民币伍万元整（小写：¥50,000.00）')).toEqual([])
  })
  it('reads stated tax rates in several wordings, not other percentages', () => {
    const rates = (s: string) => taxRatesIn(s).map((t) => t.rate)
    expect(rates('报价含9%增值税')).toEqual([9])
    expect(rates('报价含 9% 增值税')).toEqual([9])
    expect(rates('增值税税率为13%')).toEqual([13])
    expect(rates('税率：６％')).toEqual([6])
    expect(rates('含税（9%）')).toEqual([9])
    expect(rates('6%的增值税专用发票')).toEqual([6])
    expect(rates('预付款30%，验收后支付65%，质保金5%')).toEqual([])
    expect(percentsIn('百分之九').map((p) => p.value)).toEqual([9])
  })
})

describe('开标一览表 as a text table', () => {
  it('reads a header row over a value row, and label/value pairs side by side', () => {
    const grid = '包号 | 投标总价 | 交货期 | 质保期\n1 | ¥1,150,000.00 | 45天 | 2年'
    expect(expandTables(grid)).toBe('包号:1\n投标总价:¥1,150,000.00\n交货期:45天\n质保期:2年')
    const r = readForm(grid)
    expect(r.prices.map((p) => p.fen)).toEqual([115_000_000])
    expect(r.terms.map((t) => [t.term, t.period.raw])).toEqual([
      ['delivery', '45天'],
      ['warranty', '2年'],
    ])
    const pairs = readForm('投标总价\t¥1,150,000.00\n交货期\t45天\n质保期\t24个月')
    expect(pairs.terms.map((t) => [t.term, t.period.amount])).toEqual([
      ['delivery', 45],
      ['warranty', 24],
    ])
  })
})

describe('spans of dates', () => {
  it('counts both ends in every way a span is written, and only real dates in order', () => {
    const read = (s: string) => dateRangesIn(s).map((p) => [p.span, p.amount])
    const year = [{ from: '2027-01-01', to: '2027-12-31' }, 365]
    expect(read('2027年1月1日至2027年12月31日')).toEqual([year])
    expect(read('自2027-01-01起至2027-12-31止')).toEqual([year])
    expect(read('2027.1.1～2027.12.31')).toEqual([year])
    expect(read('2028年2月1日到2028年2月29日')).toEqual([[{ from: '2028-02-01', to: '2028-02-29' }, 29]])
    expect(read('2027年2月30日至2027年3月31日')).toEqual([])
    expect(read('2027年12月31日至2027年1月1日')).toEqual([])
    expect(read('2027年1月1日签订，2027年12月31日验收')).toEqual([])
  })
  it('is a service period only: a delivery window or a certificate validity is not a length', () => {
    expect(terms('服务期：2027年1月1日至2027年12月31日')).toEqual([
      ['service', '2027年1月1日至2027年12月31日'],
    ])
    expect(terms('交货期：2027年1月1日至2027年1月31日')).toEqual([])
    expect(terms('有效期：2024年1月1日至2027年1月1日')).toEqual([])
  })
})

describe('measures', () => {
  const read = (s: string) => measuresIn(s).map((c) => [c.kind, c.value, c.bound])
  it('reads people and units with their bound', () => {
    expect(read('驻场人员不少于6人，其中高级工程师至少两名')).toEqual([
      ['person', 6, 'min'],
      ['person', 2, 'min'],
    ])
    expect(read('提供3套以上备机，不超过 2 台')).toEqual([
      ['套', 3, 'min'],
      ['台', 2, 'max'],
    ])
    expect(read('安排 5 名驻场工程师')).toEqual([['person', 5, null]])
  })
  it('reads technical measures in their own unit', () => {
    expect(read('球管热容量不低于300kHU，存储不少于 100TB，可用率≥99.95%，延迟不超过 50ms')).toEqual([
      ['kHU'.toLowerCase(), 300, 'min'],
      ['tb', 100, 'min'],
      ['%', 99.95, 'min'],
      ['ms', 50, 'max'],
    ])
  })
  it('does not read man-days, money, availability, ordinals, months, hours, models or versions', () => {
    expect(read('共计20人天，人民币3人民币')).toEqual([])
    expect(read('7×24小时，排名第2名，3个月内')).toEqual([])
    expect(read('ISO27001 认证，PACS V6.0，DR-8000 型，DICOM 3.0 标准，2h 内到场，30min 响应')).toEqual([])
  })
})
