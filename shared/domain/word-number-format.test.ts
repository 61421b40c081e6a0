import { describe, expect, it } from 'vitest'
import { formatNumber } from './word-number-format'
import { markerLabel } from './sections/list-markers'

describe('Word number formats as Word prints them', () => {
  it('Chinese counting, letters past z, roman, circled, full width', () => {
    expect([1, 10, 15, 21, 99].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '十',
      '十五',
      '二十一',
      '九十九',
    ])
    // Word repeats the letter after z (aa, bb), it does not count like spreadsheet columns (aa, ab).
    expect([1, 26, 27, 28].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb'])
    expect(formatNumber(28, 'upperLetter')).toBe('BB')
    expect(formatNumber(14, 'lowerRoman')).toBe('xiv')
    expect(formatNumber(1994, 'upperRoman')).toBe('MCMXCIV')
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③')
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２')
  })

  it('the editor draws the markers our exported lists print', () => {
    expect(markerLabel('decimal-fullparen', 3)).toBe('（3）')
    expect(markerLabel('cn-comma', 12)).toBe('十二、')
    expect(markerLabel('decimal-circle', 3)).toBe('③')
    expect(markerLabel('decimal-circle', 21)).toBe('(21)')
    expect(markerLabel('lower-dot', 27)).toBe('aa.')
  })
})
