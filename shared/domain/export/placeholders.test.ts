import { describe, expect, it } from 'vitest'
import { BidSchema, CompanyProfileSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import {
  PLACEHOLDERS,
  fillPlaceholders,
  findPlaceholders,
  isKnownPlaceholder,
  resolvePlaceholders,
} from './placeholders'
import { formatDateZh, formatMoney, formatYuan, displayWidth, round2, zhDatesInText } from './format'

const company = CompanyProfileSchema.parse({
  name: '华信智联科技有限公司',
  creditCode: '91110108MA01ABCD2X',
  legalRep: '王建国',
  agents: [
    { name: '李晓梅', idNumber: '110101199001011234' },
    { name: '赵六', idNumber: '2' },
  ],
})
const base = {
  id: 'b1',
  schemaVersion: BID_SCHEMA_VERSION,
  title: '智慧园区项目',
  createdAt: 'x',
  updatedAt: 'x',
  tenderNo: 'ZB-1',
}
const items = [
  { id: 'q1', name: 'A', qty: 3, unitPrice: 125_000 },
  { id: 'q2', name: 'B', qty: 2, unitPrice: 48_500.5 },
  { id: 'q3', name: 'C', qty: 1, unitPrice: 36_789.3, taxRate: 6 },
]

describe('format', () => {
  it('formats money with grouping and two decimals', () => {
    expect(formatYuan(1234567.8)).toBe('¥1,234,567.80')
    expect(formatMoney(0)).toBe('0.00')
    expect(formatMoney(999.995)).toBe('1,000.00')
    expect(formatMoney(1000)).toBe('1,000.00')
  })
  it('rounds half away from zero on cents despite binary error', () => {
    expect(round2(1.005)).toBe(1.01)
    expect(round2(2.675)).toBe(2.68)
    expect(round2(-1.005)).toBe(-1.01)
  })
  it('writes Chinese dates and counts CJK as two columns', () => {
    expect(formatDateZh('2026-03-05')).toBe('2026年3月5日')
    expect(formatDateZh('')).toBe('')
    expect(displayWidth('项目A')).toBe(5)
  })
  it('prints ISO dates typed in free text as Chinese dates, leaving codes alone', () => {
    expect(zhDatesInText('2027-01-01 至 2027-12-31')).toBe('2027年1月1日至2027年12月31日')
    expect(zhDatesInText('自2027-01-01起12个月')).toBe('自2027年1月1日起12个月')
    expect(zhDatesInText('NYJT-2026-01-15 / 2026-01-15-A')).toBe('NYJT-2026-01-15 / 2026-01-15-A')
    expect(zhDatesInText('合同签订后60日历天')).toBe('合同签订后60日历天')
  })
})

describe('resolvePlaceholders', () => {
  it('gives the same value under the Chinese and the English key, for every entry', () => {
    const v = resolvePlaceholders(BidSchema.parse(base), company, { date: '2026-03-10' })
    for (const p of PLACEHOLDERS) expect(v[p.zh]).toBe(v[p.en])
    const keys = PLACEHOLDERS.flatMap((p) => [p.zh, p.en])
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('uses the 开标一览表 price and ALWAYS generates its words, ignoring typed words', () => {
    const bid = BidSchema.parse({
      ...base,
      quote: {
        items,
        openingSummary: { price: 508_790.3, priceWords: '壹元整（写错了）' },
        bidLetterPrice: 1,
      },
    })
    const v = resolvePlaceholders(bid, company, { date: '2026-03-10' })
    expect(v.投标报价).toBe('¥508,790.30')
    expect(v.bidPriceWords).toBe('伍拾万捌仟柒佰玖拾元叁角整')
    expect(v.报价合计).toBe('¥508,790.30')
  })

  it('falls back to the 投标函 price, then to the computed total', () => {
    const letter = BidSchema.parse({ ...base, quote: { items, bidLetterPrice: 500_000 } })
    expect(resolvePlaceholders(letter, company).投标报价).toBe('¥500,000.00')
    expect(resolvePlaceholders(letter, company).投标报价大写).toBe('伍拾万元整')
    const computed = BidSchema.parse({ ...base, quote: { items } })
    expect(resolvePlaceholders(computed, company).bidPrice).toBe('¥508,790.30')
  })

  it('converts a quote in 万元 to yuan for figures and words', () => {
    const bid = BidSchema.parse({
      ...base,
      quote: { moneyUnit: '万元', items: [{ id: 'a', qty: 2, unitPrice: 25.44 }] },
    })
    const v = resolvePlaceholders(bid, company)
    // 2 × 25.44 万元 = 50.88 万元 = 508,800 元
    expect(v.投标报价).toBe('¥508,800.00')
    expect(v.投标报价大写).toBe('伍拾万捌仟捌佰元整')
    expect(v.金额单位).toBe('万元')
  })

  it('fills terms, people, copy and date', () => {
    const bid = BidSchema.parse({
      ...base,
      buyer: { name: '江南市大数据发展中心' },
      validityDays: 90,
      termsOffered: { deliveryDays: 60, warrantyMonths: 36 },
    })
    const service = BidSchema.parse({
      ...base,
      category: '服务',
      termsOffered: { servicePeriod: '2027-01-01 至 2027-12-31' },
    })
    expect(resolvePlaceholders(service, company, { date: '2026-03-10' }).交货期).toBe(
      '2027年1月1日至2027年12月31日',
    )
    const v = resolvePlaceholders(bid, company, { copy: '副本', date: '2026-03-10', agentIndex: 1 })
    expect(v).toMatchObject({
      采购人: '江南市大数据发展中心',
      投标有效期: '90日历天',
      交货期: '60日历天',
      质保期: '36个月',
      正副本: '副本',
      日期: '2026年3月10日',
      授权代表: '赵六',
      统一社会信用代码: '91110108MA01ABCD2X',
      法定代表人: '王建国',
    })
  })

  it('knows its keys, trimmed', () => {
    expect(isKnownPlaceholder(' 项目名称 ')).toBe(true)
    expect(isKnownPlaceholder('tenderNo')).toBe(true)
    expect(isKnownPlaceholder('采购预算')).toBe(false)
  })
})

describe('fillPlaceholders', () => {
  const values = { 项目名称: '智慧园区', 包号: '' }
  it('replaces known keys, tolerates spaces, reports unknown and empty ones', () => {
    const r = fillPlaceholders('{{ 项目名称 }}/{{包号}}/{{采购预算}}/{{项目名称}}', values)
    expect(r.text).toBe('智慧园区/________/{{采购预算}}/智慧园区')
    expect(r.unknown).toEqual(['采购预算'])
    expect(r.empty).toEqual(['包号'])
  })
  it('lets the caller decide the blank per key', () => {
    const r = fillPlaceholders('[{{包号}}]', values, () => '')
    expect(r.text).toBe('[]')
    expect(r.empty).toEqual([])
  })
  it('finds the distinct keys in order', () => {
    expect(findPlaceholders('{{b}} {{a}} {{ b }} {x}')).toEqual(['b', 'a'])
  })
})
