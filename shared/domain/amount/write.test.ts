import { describe, expect, it } from 'vitest'
import { isAppError } from '@shared/errors'
import { amountToWords, amountToWordsChecked, fenToWords, tryAmountToWords } from './index'

describe('amountToWords: the PBoC regulation examples (canonical form)', () => {
  it.each([
    // The regulation writes these without 整 after 角; our canonical form always closes with 整.
    [1409.5, '壹仟肆佰零玖元伍角整'],
    [6007.14, '陆仟零柒元壹角肆分'],
    // Optional 零 (元 digit is 0, 角 is not) is omitted in the canonical form.
    [1680.32, '壹仟陆佰捌拾元叁角贰分'],
    [107000.53, '壹拾万柒仟元伍角叁分'],
    [16409.02, '壹万陆仟肆佰零玖元零贰分'],
    [325.04, '叁佰贰拾伍元零肆分'],
  ])('%s → %s', (value, words) => {
    expect(amountToWords(value)).toBe(words)
  })
})

describe('amountToWords: edge cases', () => {
  it.each([
    [0, '零元整'],
    [0.05, '伍分'],
    [0.5, '伍角整'],
    [0.55, '伍角伍分'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [10.0, '壹拾元整'],
    [10.5, '壹拾元伍角整'],
    [15, '壹拾伍元整'],
    [110, '壹佰壹拾元整'],
    [1000.5, '壹仟元伍角整'],
    [1000.05, '壹仟元零伍分'],
    [1001, '壹仟零壹元整'],
    [1010, '壹仟零壹拾元整'],
    [1100, '壹仟壹佰元整'],
    [10000, '壹万元整'],
    [10001, '壹万零壹元整'],
    [10010, '壹万零壹拾元整'],
    [10500, '壹万零伍佰元整'],
    [11000, '壹万壹仟元整'],
    [100000, '壹拾万元整'],
    [100100, '壹拾万零壹佰元整'],
    [101000, '壹拾万壹仟元整'],
    [110000, '壹拾壹万元整'],
    [10101000, '壹仟零壹拾万壹仟元整'],
    [100000000, '壹亿元整'],
    [100000001, '壹亿零壹元整'],
    [100001000, '壹亿壹仟元整'],
    [100010000, '壹亿零壹万元整'],
    [101000000, '壹亿零壹佰万元整'],
    [110000000, '壹亿壹仟万元整'],
    [1000000000, '壹拾亿元整'],
    [1010000000, '壹拾亿壹仟万元整'],
    [100000000000, '壹仟亿元整'],
    [100000000000.01, '壹仟亿元零壹分'],
    [999999999999.99, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    [200000002.2, '贰亿零贰元贰角整'],
  ])('%s → %s', (value, words) => {
    expect(amountToWords(value)).toBe(words)
  })

  it('adds 人民币 on request', () => {
    expect(amountToWords(325.04, { prefix: true })).toBe('人民币叁佰贰拾伍元零肆分')
    expect(amountToWords(0, { prefix: true })).toBe('人民币零元整')
  })

  it('fenToWords takes integer 分', () => {
    expect(fenToWords(32504)).toBe('叁佰贰拾伍元零肆分')
    expect(fenToWords(99_999_999_999_999)).toBe(amountToWords(999999999999.99))
  })
})

describe('amountToWords rejects, never rounds', () => {
  const bad: [string, number][] = [
    ['negative', -1],
    ['negative cents', -0.01],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['1e12 (one past 9999亿)', 1e12],
    ['three decimals', 12.345],
    ['half a fen', 0.005],
    ['float sum 0.1 + 0.2', 0.1 + 0.2],
    ['tiny', 1e-7],
  ]
  it.each(bad)('%s', (_label, value) => {
    let caught: unknown
    try {
      amountToWords(value)
    } catch (e) {
      caught = e
    }
    expect(isAppError(caught) && caught.code).toBe('BAD_AMOUNT')
    expect(tryAmountToWords(value).ok).toBe(false)
    expect(() => amountToWordsChecked(value)).toThrow()
  })

  it('explains why in both languages', () => {
    const r = tryAmountToWords(12.345)
    expect(r).toEqual({
      ok: false,
      error: { zh: '小数位超过两位（金额只到分）', en: 'more than two decimal places (amounts stop at 分)' },
    })
    expect(() => amountToWords(-5)).toThrow(/must not be negative/)
  })

  it('fenToWords refuses fractional or out-of-range 分', () => {
    expect(() => fenToWords(1.5)).toThrow(/BAD_AMOUNT|Invalid amount/)
    expect(() => fenToWords(100_000_000_000_000)).toThrow()
    expect(() => fenToWords(-1)).toThrow()
  })
})
