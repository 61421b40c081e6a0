import { describe, expect, it } from 'vitest'
import {
  categoryFromText,
  kindFromCriteria,
  parsePoints,
  parseSmallNumber,
  priceRuleFromWords,
  sectionHeading,
} from '@shared/domain/matrices/import/words'
import { matchHeaderRow } from '@shared/domain/matrices/import/header'

describe('points written as text', () => {
  it.each([
    [30, 30],
    ['30', 30],
    ['30分', 30],
    ['３０分', 30],
    ['10 分', 10],
    ['0-5分', 5],
    ['0～5', 5],
    ['2.5', 2.5],
    ['30%', 30],
    ['满分10分', 10],
  ])('%s → %s', (cell, v) => {
    expect(parsePoints(cell)).toEqual({ value: v, problem: null })
  })
  it('flags text, blanks and negatives', () => {
    expect(parsePoints('详见附件3')).toEqual({ value: null, problem: 'not-a-number' })
    expect(parsePoints('')).toEqual({ value: null, problem: 'empty' })
    expect(parsePoints('-5')).toEqual({ value: -5, problem: 'negative' })
    expect(parsePoints(-2)).toEqual({ value: -2, problem: 'negative' })
  })
})

describe('categories and headings', () => {
  it('names the four categories from tender wording', () => {
    expect(
      ['价格部分', '价格分', '报价', '商务部分', '资信', '技术部分', '服务方案', '其他', '综合'].map(
        categoryFromText,
      ),
    ).toEqual(['价格', '价格', '价格', '商务', '商务', '技术', '技术', '其他', null])
  })
  it('recognises section headings, not ordinary item names', () => {
    expect(sectionHeading('一、价格部分（30分）')).toBe('价格')
    expect(sectionHeading('三、技术评分')).toBe('技术')
    expect(sectionHeading('商务部分')).toBe('商务')
    expect(sectionHeading('技术参数响应情况')).toBeNull()
  })
  it('parses small Chinese numerals', () => {
    expect(['五', '十', '十二', '二十', '7', '百'].map(parseSmallNumber)).toEqual([5, 10, 12, 20, 7, null])
  })
})

describe('objective vs subjective', () => {
  it('reads the criteria', () => {
    expect(kindFromCriteria('每提供一个类似业绩得2分，最多10分', '商务')).toBe('objective')
    expect(kindFromCriteria('方案优得10分，良得6分，一般得2分', '技术')).toBe('subjective')
    expect(kindFromCriteria('', '价格')).toBe('objective')
  })
})

describe('header synonyms', () => {
  const row = (...t: string[]) => t.map((text) => ({ text }))
  it.each([
    [['序号', '评分项', '分值', '评分标准'], { name: 2, points: 3, criteria: 4 }],
    [['评审因素', '满分', '评审细则'], { name: 1, points: 2, criteria: 3 }],
    [['评分项目', '评分因素', '分数', '评分办法'], { category: 1, name: 2, points: 3, criteria: 4 }],
    [['类别', '评分内容', '权重(%)', '评分标准及要求'], { category: 1, name: 2, points: 3, criteria: 4 }],
    [['评审项目', '标准分', '评审标准'], { name: 1, points: 2, criteria: 3 }],
    [['评分项', '分值（分）', '评分细则', '得分'], { name: 1, points: 2, criteria: 3 }],
  ])('%j', (cells, cols) => {
    expect(matchHeaderRow(row(...cells), 1)?.columns).toEqual(cols)
  })
  it('a title row or a data row is not a header', () => {
    expect(matchHeaderRow(row('评分标准'), 1)).toBeNull()
    expect(matchHeaderRow(row('名称', '数量', '单价'), 1)).toBeNull()
  })
})

describe('price rule from words', () => {
  it('低价优先 (87号令 formula)', () => {
    expect(
      priceRuleFromWords('价格分=评标基准价/投标报价×30，评标基准价为满足要求的最低投标报价')?.rule,
    ).toEqual({
      method: 'lowest',
    })
  })
  it('average with 超过N家 (strict) dropping, 下浮 K, slopes written per 1 %', () => {
    const r = priceRuleFromWords(
      '有效投标人超过5家时，去掉一个最高价和一个最低价后的算术平均值下浮3%作为评标基准价；高于基准价的，每高出1%扣2分；低于基准价的，每低1%扣1分。',
    )!.rule
    expect(r).toEqual({
      method: 'average',
      dropExtremesWhenAtLeast: 6,
      k: 0.97,
      pointsPerPctAbove: 2,
      pointsPerPctBelow: 1,
    })
  })
  it('average with Chinese numerals and 不少于', () => {
    const r = priceRuleFromWords(
      '当有效报价不少于五家时，去掉最高和最低报价后取平均值为基准价，每偏离基准价1%扣0.5分',
    )!.rule
    expect(r).toEqual({
      method: 'average',
      dropExtremesWhenAtLeast: 5,
      pointsPerPctAbove: 0.5,
      pointsPerPctBelow: 0.5,
    })
  })
  it('slopes per 2 % are divided down to per 1 %', () => {
    const r = priceRuleFromWords('以平均值为基准价，每高于基准价2%扣1分')!.rule
    expect(r.pointsPerPctAbove).toBe(0.5)
  })
  it('the SME deduction in either word order', () => {
    expect(
      priceRuleFromWords('对小微企业报价给予10%的扣除，用扣除后的价格参与评审')?.rule.smeDeductionPct,
    ).toBe(10)
    expect(priceRuleFromWords('小型和微型企业的价格扣除比例为 20%')?.rule.smeDeductionPct).toBe(20)
  })
  it('no method named → null', () => {
    expect(priceRuleFromWords('按招标文件要求报价')).toBeNull()
  })
})
