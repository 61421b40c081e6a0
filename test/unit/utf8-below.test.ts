import { describe, expect, it } from 'vitest'
import { utf8Below } from '@renderer/api/client'

const bytes = (s: string) => new TextEncoder().encode(s).length

describe('utf8Below (whether a save body may go with keepalive)', () => {
  it('agrees with the encoded length for ASCII, Chinese and astral text around the limit', () => {
    const units = ['a', '投', '𠀋']
    for (const u of units)
      for (let n = 0; n < 140; n++) {
        const s = u.repeat(n)
        for (const limit of [1, 50, 100, 101, 150, 300]) expect(utf8Below(s, limit)).toBe(bytes(s) < limit)
      }
  })
  it('decides a large body from its length alone', () => {
    expect(utf8Below('投'.repeat(70_000), 60_000)).toBe(false)
    expect(utf8Below('a'.repeat(19_999), 60_000)).toBe(true)
  })
})
