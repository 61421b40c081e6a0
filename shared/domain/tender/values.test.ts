import { describe, expect, it } from 'vitest'
import { valuesFromText } from './fact-values'
import { factsOfLabel } from './labels'
import { findAmounts, parseMoney } from './money'
import { findTimes, parseWhen, showWhen } from './when'

describe('Chinese dates and times', () => {
  it.each([
    ['2026年12月15日 9时30分', '2026-12-15T09:30:00+08:00'],
    ['2026年12月15日（星期二）上午9:30（北京时间）', '2026-12-15T09:30:00+08:00'],
    ['2027年1月8日下午2:30', '2027-01-08T14:30:00+08:00'],
    ['2026-12-15 14:00', '2026-12-15T14:00:00+08:00'],
    ['二〇二六年十二月十五日下午2点30分', '2026-12-15T14:30:00+08:00'],
    ['2026年12月15日下午两点半', '2026-12-15T14:30:00+08:00'],
    ['2026年12月22日14时30分00秒', '2026-12-22T14:30:00+08:00'],
    ['须于2026年1月5日17:00前到账', '2026-01-05T17:00:00+08:00'],
    ['中午12时', null],
  ])('%s → %s', (text, iso) => {
    expect(parseWhen(text)?.iso ?? null).toBe(iso)
  })

  it('keeps a date without a clock as a date, and refuses impossible dates', () => {
    expect(parseWhen('2026年12月15日 3份')?.iso).toBe('2026-12-15')
    expect(findTimes('2026年2月30日')).toEqual([])
  })
})

describe('amounts', () => {
  it.each([
    ['人民币380万元', 3_800_000],
    ['¥3,756,000.00', 3_756_000],
    ['人民币叁佰伍拾万元整（¥3,500,000.00）', 3_500_000],
    ['投标保证金：伍万元整', 50_000],
    ['人民币 50,000.00 元', 50_000],
    ['160.00万元（两个标段合计）', 1_600_000],
  ])('%s → %d yuan', (text, yuan) => {
    expect(parseMoney(text)?.yuan).toBe(yuan)
  })

  it('takes bare numbers as money only when the column names the unit', () => {
    expect(findAmounts('第1包 2% 2026年 编号HBZC-2026-153')).toEqual([])
    expect(findAmounts('350.00')).toEqual([])
    expect(findAmounts('350.00', '万元')[0].yuan).toBe(3_500_000)
  })

  it('reports figures and words that disagree', () => {
    expect(parseMoney('人民币叁佰伍拾万元整（¥3,600,000.00）')).toEqual({
      yuan: 3_600_000,
      conflict: 3_500_000,
    })
  })
})

describe('fact labels and values', () => {
  it('reads composite labels as every fact they name', () => {
    expect(factsOfLabel('提交投标文件截止时间、开标时间和地点')).toEqual([
      'deadline',
      'opening',
      'openingPlace',
    ])
    expect(factsOfLabel('投标截止时间及开标时间')).toEqual(['deadline', 'opening'])
    expect(factsOfLabel('3.4.1 投标保证金：')).toEqual(['bond.amount'])
    expect(factsOfLabel('投标人要求澄清招标文件的截止时间')).toEqual([])
    expect(factsOfLabel('预算金额（万元）')).toEqual(['budget'])
  })

  it('reads a bond text for amount, forms and deadline', () => {
    expect(
      valuesFromText(
        ['bond.amount'],
        '人民币伍万元整（¥50,000.00），以银行转账或银行保函形式于2026年12月14日17:00前提交',
        '投标保证金',
      ),
    ).toEqual({
      'bond.amount': 50_000,
      'bond.form': ['转账', '保函'],
      'bond.deadline': '2026-12-14T17:00:00+08:00',
    })
    expect(valuesFromText(['bond.amount'], '本项目不收取投标保证金', '投标保证金')['bond.amount']).toBe(0)
  })

  it('reads copies, validity and places', () => {
    expect(valuesFromText(['copies'], '正本壹份，副本肆份，电子版（U盘）壹份', '份数').copies).toEqual({
      original: 1,
      duplicates: 4,
      electronic: true,
    })
    expect(valuesFromText(['validityDays'], '投标截止之日起九十日历天', '投标有效期').validityDays).toBe(90)
    expect(
      valuesFromText(
        ['opening', 'openingPlace'],
        '同投标截止时间；江州市公共资源交易中心三楼第二开标室',
        '开标时间及地点',
      ),
    ).toEqual({ opening: '=deadline', openingPlace: '江州市公共资源交易中心三楼第二开标室' })
  })
})

describe('tender times as the wizard shows them', () => {
  it('keeps the clock as written and the stored value ISO', () => {
    expect(showWhen('2026-12-18T09:30:00+08:00', 'zh')).toBe('2026年12月18日 09:30')
    expect(showWhen('2026-12-18T09:30:00+08:00', 'en')).toBe('18 Dec 2026, 09:30')
    expect(showWhen('2027-01-05', 'zh')).toBe('2027年1月5日')
    expect(showWhen('另行通知', 'zh')).toBe('另行通知')
  })
})

describe('names and places as the buyer wrote them', () => {
  it('keeps full-width brackets in a project name, a buyer and a place', () => {
    expect(valuesFromText(['name'], '滨江区道路照明提升改造工程（二期）', '项目名称')).toEqual({
      name: '滨江区道路照明提升改造工程（二期）',
    })
    expect(valuesFromText(['buyer'], '名称：浙江大学医学院附属第一医院（浙江省第一医院）', '招标人')).toEqual(
      {
        buyer: '浙江大学医学院附属第一医院（浙江省第一医院）',
      },
    )
    expect(
      valuesFromText(['submitPlace'], '杭州市公共资源交易中心滨江分中心（江汉路1785号）', '递交投标文件地点'),
    ).toEqual({ submitPlace: '杭州市公共资源交易中心滨江分中心（江汉路1785号）' })
  })

  it('reads the submission place label and an opening place that refers to it', () => {
    expect(factsOfLabel('递交投标文件地点')).toEqual(['submitPlace'])
    expect(factsOfLabel('投标文件递交地点：')).toEqual(['submitPlace'])
    expect(factsOfLabel('响应文件提交地点')).toEqual(['submitPlace'])
    // A bare 地点 says nothing about which place it is.
    expect(factsOfLabel('地点')).toEqual([])
    expect(valuesFromText(['openingPlace'], '同递交投标文件地点', '开标地点')).toEqual({
      openingPlace: '=submitPlace',
    })
    expect(valuesFromText(['openingPlace'], '与投标文件递交地点相同', '开标地点')).toEqual({
      openingPlace: '=submitPlace',
    })
  })
})
