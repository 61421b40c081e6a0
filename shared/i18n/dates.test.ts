import { describe, expect, it } from 'vitest'
import { formatDate, formatTimestamp, formatWritten } from './dates'

describe('formatTimestamp', () => {
  it('shows an instant in the given zone, 24-hour, zh as 2026-12-03 21:40 and en as 3 Dec 2026, 21:40', () => {
    const iso = '2026-12-03T13:40:05.123Z'
    expect(formatTimestamp(iso, 'zh', 'Asia/Shanghai')).toBe('2026-12-03 21:40')
    expect(formatTimestamp(iso, 'en', 'Asia/Shanghai')).toBe('3 Dec 2026, 21:40')
    expect(formatTimestamp(iso, 'zh', 'UTC')).toBe('2026-12-03 13:40')
  })
  it('crosses midnight and the year with the zone, and pads', () => {
    expect(formatTimestamp('2026-12-31T16:05:00Z', 'zh', 'Asia/Shanghai')).toBe('2027-01-01 00:05')
    expect(formatTimestamp('2027-01-01T00:05:00+08:00', 'en', 'Asia/Shanghai')).toBe('1 Jan 2027, 00:05')
  })
  it('gives nothing for a missing or malformed value', () => {
    expect(formatTimestamp(null, 'zh')).toBe('')
    expect(formatTimestamp('', 'en')).toBe('')
    expect(formatTimestamp('not a date', 'zh')).toBe('')
  })
})

describe('formatDate', () => {
  it('shows a stored day without zone conversion', () => {
    expect(formatDate('2026-03-05', 'zh')).toBe('2026-03-05')
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026')
    expect(formatDate('2026-12-15T09:30:00+08:00', 'zh')).toBe('2026-12-15')
  })
  it('gives nothing for a malformed day', () => {
    expect(formatDate('2026-13-01', 'zh')).toBe('')
    expect(formatDate('15/12/2026', 'en')).toBe('')
    expect(formatDate(undefined, 'zh')).toBe('')
  })
})

describe('formatWritten', () => {
  it('shows a stored deadline with the clock time written in it, never shifted to this machine', () => {
    expect(formatWritten('2026-12-18T09:30:00+08:00', 'zh')).toBe('2026-12-18 09:30')
    expect(formatWritten('2026-12-18T09:30:00+08:00', 'en')).toBe('18 Dec 2026, 09:30')
    expect(formatWritten('2026-12-18 23:59', 'en')).toBe('18 Dec 2026, 23:59')
    expect(formatWritten('2026-12-18', 'en')).toBe('18 Dec 2026')
    expect(formatWritten('2026-12-18', 'zh')).toBe('2026-12-18')
  })
  it('leaves a value it cannot read as it is, and gives nothing for none', () => {
    expect(formatWritten('下周一', 'en')).toBe('下周一')
    expect(formatWritten(null, 'zh')).toBe('')
  })
})
