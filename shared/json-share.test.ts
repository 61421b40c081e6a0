import { describe, expect, it } from 'vitest'
import { shareUnchanged } from './json-share'

describe('shareUnchanged', () => {
  const prev = {
    id: 'b1',
    updatedAt: 't1',
    sections: [
      { id: 's1', title: '投标函', doc: { type: 'doc', content: [{ type: 'paragraph' }] } },
      { id: 's2', title: '技术方案', tags: ['a'] },
    ],
    dates: { submissionDeadline: '2027-01-01' },
  }

  it('returns the previous object when the new one is equal as JSON', () => {
    const echo = JSON.parse(JSON.stringify(prev))
    expect(shareUnchanged(prev, echo)).toBe(prev)
  })

  it('keeps the identity of every unchanged part and takes the changed ones', () => {
    const next = JSON.parse(JSON.stringify(prev))
    next.updatedAt = 't2'
    next.sections[1].title = '技术方案（修订）'
    const out = shareUnchanged(prev, next)
    expect(out).toEqual(next)
    expect(out).not.toBe(prev)
    expect(out.sections[0]).toBe(prev.sections[0])
    expect(out.sections[1]).not.toBe(prev.sections[1])
    expect(out.sections[1].tags).toBe(prev.sections[1].tags)
    expect(out.dates).toBe(prev.dates)
  })

  it('sees added, removed and reordered items, and keys that came or went', () => {
    const grown = shareUnchanged(prev, { ...prev, sections: [...prev.sections, { id: 's3', title: '新' }] })
    expect(grown.sections).toHaveLength(3)
    expect(grown.sections[0]).toBe(prev.sections[0])
    const shrunk = shareUnchanged(prev, { ...prev, sections: prev.sections.slice(0, 1) })
    expect(shrunk.sections).toEqual([prev.sections[0]])
    const swapped = shareUnchanged(prev, { ...prev, sections: [prev.sections[1], prev.sections[0]] })
    expect(swapped.sections.map((s) => s.id)).toEqual(['s2', 's1'])
    expect(swapped).not.toBe(prev)
    const { dates: _dropped, ...rest } = prev
    expect(shareUnchanged(prev, rest as typeof prev)).not.toBe(prev)
    const extra = shareUnchanged(prev, { ...prev, stage: 3 } as typeof prev)
    expect(extra).not.toBe(prev)
    expect((extra as typeof prev & { stage: number }).stage).toBe(3)
  })

  it('treats an undefined key like an absent one, and different types as a change', () => {
    expect(shareUnchanged(prev, { ...prev, note: undefined } as typeof prev)).toBe(prev)
    expect(shareUnchanged({ a: [1] }, { a: { 0: 1 } } as never)).toEqual({ a: { 0: 1 } })
    expect(shareUnchanged({ a: null }, { a: 0 } as never)).toEqual({ a: 0 })
  })
})
