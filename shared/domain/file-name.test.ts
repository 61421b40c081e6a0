import { describe, expect, it } from 'vitest'
import { safeFileName } from './file-name'

describe('safeFileName', () => {
  it('replaces what Windows forbids, control characters and whitespace, and drops a leading dot', () => {
    expect(safeFileName('某市 医院/影像:设备*采购?"<>|\t项目')).toBe('某市_医院_影像_设备_采购_项目')
    expect(safeFileName('.hidden')).toBe('hidden')
    expect(safeFileName('a\u0001b')).toBe('a_b')
  })

  it('cuts at the maximum in characters, never inside one, and falls back when nothing is left', () => {
    expect([...safeFileName('投'.repeat(100))]).toHaveLength(60)
    expect(safeFileName('😀'.repeat(70), 'x', 61)).toBe('😀'.repeat(61))
    expect(safeFileName('...', 'matrix')).toBe('matrix')
    expect(safeFileName('')).toBe('bid')
  })
})
