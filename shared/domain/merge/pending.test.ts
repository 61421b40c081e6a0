import { describe, expect, it } from 'vitest'
import { followDocument, mergeDocs, resolveConflict, type ConflictRecord } from '.'

const NOW = '2026-12-01T10:00:00.000Z'
const opts = { now: NOW, oursBy: '张三', theirsBy: '李四' }

function rec(
  path: string,
  ours: unknown,
  theirs: unknown,
  extra: Partial<ConflictRecord> = {},
): ConflictRecord {
  return { path, base: 1, ours, theirs, oursBy: '张三', theirsBy: '李四', at: NOW, ...extra }
}

function doc(fields: Record<string, unknown>, conflicts?: ConflictRecord[]): Record<string, unknown> {
  return {
    id: 'b1',
    title: '市医院',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...fields,
    ...(conflicts ? { syncConflicts: conflicts } : {}),
  }
}

describe('followDocument: a pending conflict follows an edit of its field', () => {
  it('an edit becomes the held value (a person replaced what they saw)', () => {
    const out = followDocument(doc({ price: 5 }), [rec('price', 2, 3)], 'drop')
    expect(out).toEqual([rec('price', 5, 3)])
  })

  it('in a merge the replaced value stays among the alternatives', () => {
    const out = followDocument(doc({ price: 5 }), [rec('price', 2, 3, { alternatives: [4] })], 'keep')
    expect(out).toEqual([rec('price', 5, 3, { alternatives: [4, 2] })])
  })

  it('typing the other value decides the conflict; with alternatives left, the next one takes its place', () => {
    expect(followDocument(doc({ price: 3 }), [rec('price', 2, 3)], 'drop')).toEqual([])
    expect(followDocument(doc({ price: 3 }), [rec('price', 2, 3, { alternatives: [4] })], 'drop')).toEqual([
      rec('price', 3, 4),
    ])
  })

  it('an item removed by the user keeps the other side as the choice', () => {
    const other = { id: 'r1', text: '双机热备（改）' }
    const out = followDocument(
      doc({ requirements: [] }),
      [rec('requirements[r1]', { id: 'r1' }, other)],
      'drop',
    )
    expect(out).toEqual([rec('requirements[r1]', null, other, { deleted: 'ours' })])
    const decided = resolveConflict(doc({ requirements: [] }, out), 'requirements[r1]', 'theirs')
    expect(decided).toMatchObject({ requirements: [other] })
  })

  it('leaves records that match their field alone', () => {
    const list = [rec('price', 2, 3), rec('requirements[r9]', null, { id: 'r9' }, { deleted: 'ours' })]
    expect(followDocument(doc({ price: 2 }), list, 'drop')).toEqual(list)
  })
})

describe('pending conflicts merge three-way', () => {
  const base = doc({ price: 2 }, [rec('price', 2, 3)])

  it('a record one side moved (an edit) and the other left alone is the moved one, without the stale value', () => {
    const edited = doc({ price: 5, updatedAt: '2026-11-02T00:00:00.000Z' }, [rec('price', 5, 3)])
    const other = doc({ price: 2, notes: 'x' }, [rec('price', 2, 3)])
    for (const [o, t] of [
      [edited, other],
      [other, edited],
    ]) {
      const r = mergeDocs(base, o, t, opts)
      expect(r.doc).toMatchObject({ price: 5, notes: 'x' })
      expect(r.doc.syncConflicts).toEqual([rec('price', 5, 3)])
    }
  })

  it('a decision on one side and an edit of the field on the other: both values left stay to decide', () => {
    const decided = doc({ price: 3 })
    const edited = doc({ price: 5 }, [rec('price', 5, 3)])
    const r = mergeDocs(base, decided, edited, opts)
    const [c] = r.doc.syncConflicts as ConflictRecord[]
    expect([r.doc.price, c.ours, c.theirs, c.alternatives]).toEqual([3, 3, 5, undefined])
  })

  it('a decision on one side and nothing on the other: decided', () => {
    const r = mergeDocs(base, doc({ price: 3 }), doc({ price: 2, notes: 'x' }, [rec('price', 2, 3)]), opts)
    expect(r.doc).toMatchObject({ price: 3, notes: 'x' })
    expect(r.doc.syncConflicts).toBeUndefined()
  })

  it('records both sides changed keep every value, and the held one is what the field holds', () => {
    const o = doc({ price: 2 }, [rec('price', 2, 3, { alternatives: [7] })]) // a third machine's value came in
    const t = doc({ price: 5 }, [rec('price', 5, 3)]) // an edit
    const r = mergeDocs(base, o, t, opts)
    const [c] = r.doc.syncConflicts as ConflictRecord[]
    expect(r.doc.price).toBe(5)
    expect(c.ours).toBe(5)
    expect([c.theirs, ...(c.alternatives ?? [])].sort()).toEqual([2, 3, 7])
  })
})
