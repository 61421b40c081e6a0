import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_FEN, formatFen, parseAmountFigures, toFen } from './index'

describe('parseAmountFigures', () => {
  it.each([
    ['1234567.80', 123456780],
    ['325.04', 32504],
    ['0', 0],
    ['0.05', 5],
    ['0.5', 50],
    ['10.00', 1000],
    ['10', 1000],
    ['  1409.50 ', 140950],
    ['999999999999.99', MAX_FEN],
  ])('%j → %i 分', (text, fen) => {
    expect(parseAmountFigures(text)).toEqual({ ok: true, fen, value: fen / 100 })
  })

  it.each([
    ['', 0, '金额为空'],
    ['   ', 0, '金额为空'],
    ['1e5', 1, '科学计数法'],
    ['12.345', 5, '小数位超过两位'],
    ['-1', 0, '负数'],
    ['+1', 0, '正号'],
    ['abc', 0, '“a”不是数字'],
    ['12a', 2, '“a”不是数字'],
    ['1,000.00', 1, '千位分隔符'],
    ['1.2.3', 3, '小数点重复'],
    ['.5', 0, '小数点前缺少整数位'],
    ['5.', 2, '小数点后缺少数字'],
    ['007', 0, '前导零'],
    ['1000000000000', 0, '9999亿'],
    ['１２', 0, '不是数字'],
    ['  -3', 2, '负数'],
  ])('%j refused at index %i', (text, index, zh) => {
    const r = parseAmountFigures(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.index).toBe(index)
    expect(r.error.zh).toContain(zh)
    expect(r.error.en).toMatch(/^at character \d+: ./)
  })

  it('round-trips with formatFen for every amount in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        const r = parseAmountFigures(formatFen(fen))
        expect(r.ok && r.fen).toBe(fen)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('toFen', () => {
  it('converts exactly, without float error', () => {
    expect(toFen(325.04)).toEqual({ ok: true, fen: 32504 })
    expect(toFen(0.07)).toEqual({ ok: true, fen: 7 })
    expect(toFen(1.15)).toEqual({ ok: true, fen: 115 }) // 1.15 * 100 = 114.99999999999999
    expect(toFen(999999999999.99)).toEqual({ ok: true, fen: MAX_FEN })
    expect(toFen(-0)).toEqual({ ok: true, fen: 0 })
  })

  it.each([[-0.01], [NaN], [Infinity], [1e12], [0.001], [0.1 + 0.2], [5e-324]])('refuses %s', (v) => {
    expect(toFen(v).ok).toBe(false)
  })
})

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [32504, '325.04'],
    [MAX_FEN, '999999999999.99'],
  ])('%i → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })
})
