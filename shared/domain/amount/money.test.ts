import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propSeed } from '@test/support/prop-seed'
import { fenToWords } from './write'
import { formatMoney, parseMoney, regroupTyping } from './money'

const fen = (text: string, allowNegative = false) => {
  const r = parseMoney(text, { allowNegative })
  return r.ok ? r.fen : r.error.zh
}

describe('parseMoney', () => {
  it.each([
    ['380万', 380_000_000],
    ['380万元', 380_000_000],
    ['3.8亿', 38_000_000_000],
    ['3.8亿元', 38_000_000_000],
    ['３８０万', 380_000_000],
    ['３，８００，０００', 380_000_000],
    ['3,800,000', 380_000_000],
    ['3,800,000.50', 380_000_050],
    ['¥1,234.5', 123_450],
    ['￥ 12', 1200],
    ['人民币380万元', 380_000_000],
    ['  1234.56 元 ', 123_456],
    ['1.234567万', 1_234_567],
    ['12千元', 1_200_000],
    ['0', 0],
    ['0.01', 1],
    ['007', 700],
    ['1.230', 123],
    ['叁佰捌拾万元整', 380_000_000],
    ['人民币壹拾万零柒仟元伍角叁分', 10_700_053],
  ])('%s → %i 分', (text, expected) => {
    expect(fen(text)).toBe(expected)
  })

  it.each([
    ['-3800000', '不能为负数'],
    ['－5', '不能为负数'],
    ['1.234', '小数位超出“分”'],
    ['1.2345678万', '不会自动四舍五入'],
    ['1,23,456', '千位分隔符位置不对'],
    ['12,34', '千位分隔符位置不对'],
    ['1234,567', '千位分隔符位置不对'],
    ['1e5', '科学计数法'],
    ['38O万', '“O”不是数字'],
    ['380万美元', '“美”不是数字'],
    ['', '金额为空'],
    ['   ', '金额为空'],
    ['1.', '小数点后缺少数字'],
    ['1..2', '小数点重复'],
    ['10000亿', '1 万亿元'],
    ['叁佰捌拾万', '缺少“元”'],
  ])('refuses %s with the reason', (text, reason) => {
    const r = parseMoney(text)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.zh).toContain(reason)
      expect(r.error.en.length).toBeGreaterThan(5)
    }
  })

  it('takes a negative amount only where the caller allows it', () => {
    expect(fen('-5', true)).toBe(-500)
    expect(fen('-5万', true)).toBe(-5_000_000)
    expect(fen('-0', true)).toBe(0)
    const r = parseMoney('-5')
    expect(!r.ok && r.error.index).toBe(0)
  })

  it('points at the offending character', () => {
    const r = parseMoney('12a3')
    expect(!r.ok && r.error.index).toBe(2)
    expect(!r.ok && r.error.zh).toMatch(/^第3个字符/)
  })
})

describe('parseMoney properties', () => {
  const seed = propSeed('money')
  const anyFen = fc.integer({ min: 0, max: 99_999_999_999_999 })

  it('reads back what formatMoney and fenToWords write, exactly', () => {
    fc.assert(
      fc.property(anyFen, (f) => {
        expect(fen(formatMoney(f / 100))).toBe(f)
        expect(fen(fenToWords(f))).toBe(f)
        expect(fen(String(f / 100))).toBe(f)
      }),
      { seed, numRuns: 3000 },
    )
  })

  it('N万 is N × 10,000 元 and N亿 is N × 100,000,000 元, for any N with the decimals 分 allows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        // n / 10^d 万 = n × 10^(6−d) 分
        const text = d === 0 ? String(n) : (n / 10 ** d).toFixed(d)
        expect(fen(`${text}万`)).toBe(n * 10 ** (6 - d))
      }),
      { seed, numRuns: 2000 },
    )
  })

  it('regrouping while typing never changes the digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,12}(\.[0-9]{0,2})?$/), fc.nat(), (raw, c) => {
        const caret = c % (raw.length + 1)
        const r = regroupTyping(raw, caret)
        expect(r.text.replace(/,/g, '')).toBe(raw)
        expect(r.text.slice(0, r.caret).replace(/,/g, '')).toBe(raw.slice(0, caret))
        if (!raw.endsWith('.')) expect(parseMoney(r.text).ok).toBe(true)
      }),
      { seed, numRuns: 2000 },
    )
  })
})

describe('formatMoney', () => {
  it('groups and shows only the 分 there are', () => {
    expect(formatMoney(3_800_000)).toBe('3,800,000')
    expect(formatMoney(1234.5)).toBe('1,234.50')
    expect(formatMoney(0.05)).toBe('0.05')
    expect(formatMoney(-50_000)).toBe('-50,000')
    expect(formatMoney(0)).toBe('0')
  })
})
