import { describe, expect, it } from 'vitest'
import { planTicks, truthOf } from './choices'
import type { ChoiceFacts } from './form-data'

const facts = (o: Partial<ChoiceFacts> = {}): ChoiceFacts => ({
  size: '小型',
  consortium: false,
  prison: false,
  welfare: false,
  taxIncluded: true,
  ...o,
})
const boxesOf = (line: string) => [...line].flatMap((c, i) => (/[□☐]/.test(c) ? [i] : []))
const ticked = (line: string, f = facts(), label = '') => {
  const t = planTicks(line, boxesOf(line), 0, label, f)
  return t.ok ? t.chosen : t.why.zh
}

describe('check boxes from the bid facts', () => {
  it('sizes, 中小企业 and its negation', () => {
    expect(ticked('□大型企业 □中型企业 □小型企业 □微型企业')).toEqual(['小型企业'])
    expect(ticked('□中小企业 □非中小企业')).toEqual(['中小企业'])
    expect(ticked('□中小企业 □非中小企业', facts({ size: '大型' }))).toEqual(['非中小企业'])
    // One box for two sizes; "其他" is the box for none of the others.
    expect(ticked('□小型、微型企业 □其他', facts({ size: '微型' }))).toEqual(['小型、微型企业'])
    expect(ticked('□小型、微型企业 □其他', facts({ size: '大型' }))).toEqual(['其他'])
    expect(ticked('□大型 □中型 □小型 □微型', facts({ size: '' }))).toMatch(/“大型”无法由投标信息判断/)
  })

  it('是/否 take the question before them; several questions on one line; boxes after the words', () => {
    expect(ticked('是否为联合体投标：□是 □否')).toEqual(['否（是否为联合体投标）'])
    expect(ticked('是否为联合体投标：□是 □否', facts({ consortium: true }))).toEqual([
      '是（是否为联合体投标）',
    ])
    expect(ticked('是否联合体：□是 □否  是否中小企业：□是 □否')).toEqual([
      '否（是否联合体）',
      '是（是否中小企业）',
    ])
    expect(ticked('监狱企业：是☐ 否☐    残疾人福利性单位：是☐ 否☐', facts({ welfare: true }))).toEqual([
      '否（监狱企业）',
      '是（残疾人福利性单位）',
    ])
  })

  it('a question the bid does not answer stays for the hand', () => {
    expect(ticked('是否分包：□是 □否')).toMatch(/“是”无法由投标信息判断/)
    expect(ticked('□是 □否', facts(), '是否联合体')).toEqual(['否（是否联合体）'])
  })

  it('truthOf', () => {
    expect(truthOf('独立投标', facts())?.value).toBe(true)
    expect(truthOf('联合体投标', facts())?.value).toBe(false)
    expect(truthOf('不含税', facts())?.value).toBe(false)
    expect(truthOf('交货地点', facts())).toBe(null)
  })
})

describe('combined options', () => {
  const facts = (size: '' | '大型' | '中型' | '小型' | '微型') => ({
    size,
    consortium: false,
    prison: false,
    welfare: false,
    taxIncluded: true,
  })
  const line = '企业类型：□大型企业 □中型企业 □小型、微型企业'
  const boxes = [...line].flatMap((c, i) => (c === '□' ? [i] : []))
  it.each([
    ['微型', ['小型、微型企业']],
    ['小型', ['小型、微型企业']],
    ['中型', ['中型企业']],
  ] as const)('a %s enterprise ticks %j', (size, chosen) => {
    const plan = planTicks(line, boxes, 0, '', facts(size))
    expect(plan.ok && plan.chosen).toEqual(chosen)
  })
})
