import { describe, expect, it } from 'vitest'
import { BidSchema, type Bid, BID_SCHEMA_VERSION } from '@shared/schemas'
import {
  describeChange,
  diffDocs,
  hasUnresolvedConflicts,
  mergeDocs,
  mergeOrder,
  parsePath,
  formatPath,
  resolveConflict,
  getAt,
  setAt,
} from '.'

const NOW = '2026-12-01T10:00:00.000Z'

function bid(over: Partial<Record<string, unknown>> = {}): Bid {
  return BidSchema.parse({
    id: 'b1',
    schemaVersion: BID_SCHEMA_VERSION,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    title: '市医院影像系统',
    requirements: [
      { id: 'r1', no: '3.1', text: '支持 DICOM', star: false },
      { id: 'r2', no: '3.2', text: '双机热备', star: true },
    ],
    sections: [
      { id: 's1', title: '投标函' },
      { id: 's2', title: '技术方案' },
      { id: 's3', title: '售后服务' },
    ],
    quote: { items: [{ id: 'q1', name: '服务器', qty: 2, unitPrice: 150000 }], bidLetterPrice: 3300000 },
    ...over,
  })
}

function edit(b: Bid, path: string, v: unknown, stamp = '2026-11-20T00:00:00.000Z'): Bid {
  return { ...setAt(b, parsePath(path), v), updatedAt: stamp }
}

const opts = { now: NOW, oursBy: '张三', theirsBy: '李四' }

describe('mergeDocs', () => {
  it('merges different fields silently and gives the result a fresh updatedAt', () => {
    const base = bid()
    const ours = edit(base, 'quote.bidLetterPrice', 3030000)
    const theirs = edit(
      base,
      'requirements[r2].responseText',
      '满足，提供双机热备方案',
      '2026-11-21T00:00:00.000Z',
    )
    const r = mergeDocs(base, ours, theirs, opts)
    expect(r.conflicts).toEqual([])
    expect(r.doc.quote.bidLetterPrice).toBe(3030000)
    expect(r.doc.requirements[1].responseText).toBe('满足，提供双机热备方案')
    expect(r.doc.updatedAt).toBe(NOW)
    expect(r.doc.syncConflicts).toBeUndefined()
    expect(BidSchema.safeParse(r.doc).success).toBe(true)
  })

  it('keeps both values of a field edited on both sides until decided', () => {
    const base = bid()
    const ours = edit(base, 'quote.bidLetterPrice', 3030000)
    const theirs = edit(base, 'quote.bidLetterPrice', 3150000)
    const r = mergeDocs(base, ours, theirs, opts)
    expect(r.conflicts).toHaveLength(1)
    expect(r.conflicts[0]).toMatchObject({
      path: 'quote.bidLetterPrice',
      base: 3300000,
      ours: 3030000,
      theirs: 3150000,
      oursBy: '张三',
      theirsBy: '李四',
    })
    expect(r.doc.quote.bidLetterPrice).toBe(3030000)
    expect(hasUnresolvedConflicts(r.doc)).toBe(true)
    expect(BidSchema.safeParse(r.doc).success).toBe(true)
    const decided = resolveConflict(r.doc, 'quote.bidLetterPrice', 'theirs')
    expect(decided.quote.bidLetterPrice).toBe(3150000)
    expect(hasUnresolvedConflicts(decided)).toBe(false)
    expect('syncConflicts' in decided).toBe(false)
    const edited = resolveConflict(r.doc, 'quote.bidLetterPrice', { value: 3100000 })
    expect(edited.quote.bidLetterPrice).toBe(3100000)
  })

  it('merges rows per id: an added row on one side and an edited row on the other', () => {
    const base = bid()
    const ours = edit(base, 'requirements', [
      ...base.requirements.slice(0, 1),
      { ...base.requirements[0], id: 'r9', no: '3.1a', text: '新增' },
      base.requirements[1],
    ])
    const theirs = edit(base, 'requirements[r2].status', '响应')
    const r = mergeDocs(base, ours, theirs, opts)
    expect(r.conflicts).toEqual([])
    expect(r.doc.requirements.map((x) => x.id)).toEqual(['r1', 'r9', 'r2'])
    expect(r.doc.requirements[2].status).toBe('响应')
  })

  it('a row deleted on one side and changed on the other is a conflict that keeps the row', () => {
    const base = bid()
    const ours = edit(
      base,
      'sections',
      base.sections.filter((s) => s.id !== 's2'),
    )
    const theirs = edit(base, 'sections[s2].content', '本项目采用……')
    const r = mergeDocs(base, ours, theirs, opts)
    expect(r.conflicts).toMatchObject([{ path: 'sections[s2]', deleted: 'ours', ours: null }])
    expect(r.doc.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3'])
    expect(resolveConflict(r.doc, 'sections[s2]', 'ours').sections.map((s) => s.id)).toEqual(['s1', 's3'])
    expect(resolveConflict(r.doc, 'sections[s2]', 'theirs').sections[1].content).toBe('本项目采用……')
  })

  it('takes a reorder from the side that made it and the edits from the other', () => {
    const base = bid()
    const theirs = edit(base, 'sections', [base.sections[2], base.sections[0], base.sections[1]])
    const ours = edit(base, 'sections[s1].done', true)
    const r = mergeDocs(base, ours, theirs, opts)
    expect(r.doc.sections.map((s) => s.id)).toEqual(['s3', 's1', 's2'])
    expect(r.doc.sections[1].done).toBe(true)
    expect(mergeOrder(['a', 'b'], ['a', 'x', 'b'], ['b', 'a', 'y'])).toEqual(['b', 'a', 'x', 'y'])
  })

  it('merges lists of strings as sets and never conflicts on store-managed fields', () => {
    const base = bid({ competitorIds: ['c1'] })
    const ours = { ...edit(base, 'competitorIds', ['c1', 'c2']), schemaVersion: BID_SCHEMA_VERSION }
    const theirs = edit(base, 'competitorIds', ['c3'], '2026-11-25T00:00:00.000Z')
    const r = mergeDocs(base, ours, theirs, opts)
    expect(r.doc.competitorIds).toEqual(['c3', 'c2'])
    expect(r.conflicts).toEqual([])
  })

  it('keeps pending conflicts through later merges; a side that decided one wins', () => {
    const base = bid()
    const first = mergeDocs(base, edit(base, 'budget', 100), edit(base, 'budget', 200), opts).doc
    const decided = edit(resolveConflict(first, 'budget', 'ours'), 'notes', 'a')
    const other = edit(first, 'agency', '某招标代理')
    const r = mergeDocs(first, other, decided, opts)
    expect(hasUnresolvedConflicts(r.doc)).toBe(false)
    expect(r.doc.agency).toBe('某招标代理')
    expect(r.doc.notes).toBe('a')
    const r2 = mergeDocs(first, other, edit(first, 'notes', 'b'), opts)
    expect(r2.doc.syncConflicts?.map((c) => c.path)).toEqual(['budget'])
  })

  it('keeps every value when two machines hold different conflicts on the same field', () => {
    const base = bid()
    const a = mergeDocs(base, edit(base, 'budget', 1), edit(base, 'budget', 2), opts).doc
    const b = mergeDocs(base, edit(base, 'budget', 3), edit(base, 'budget', 2), opts).doc
    const r = mergeDocs(base, a, b, opts)
    const rec = r.doc.syncConflicts!.find((c) => c.path === 'budget')!
    const values = [rec.ours, rec.theirs, ...(rec.alternatives ?? [])]
    expect(values.sort()).toEqual([1, 2, 3])
    expect(r.doc.syncConflicts).toHaveLength(1)
  })

  it('returns ours unchanged when theirs equals the base', () => {
    const base = bid()
    const ours = edit(base, 'notes', 'x')
    const r = mergeDocs(base, ours, base, opts)
    expect(r.changed).toBe(false)
    expect(r.doc).toEqual(ours)
  })
})

describe('paths, diff and labels', () => {
  it('round-trips paths with keys that hold brackets', () => {
    const p = 'acknowledgements[E02:quote\\]x].reason'
    expect(formatPath(parsePath(p))).toBe(p)
    expect(parsePath(p)[1]).toEqual({ key: 'E02:quote]x' })
  })

  it('describes changes in field labels', () => {
    const before = bid()
    const after = edit(
      edit(before, 'quote.bidLetterPrice', 3030000),
      'requirements[r2].responseText',
      'x'.repeat(60),
    )
    const changes = diffDocs(before, after)
    expect(changes.map((c) => c.path).sort()).toEqual([
      'quote.bidLetterPrice',
      'requirements[r2].responseText',
    ])
    const zh = changes.map((c) => describeChange(c, [after, before], 'zh').text).sort()
    expect(zh).toEqual(['★条款 3.2 · 响应 已修改', '价格（投标函） 3,300,000 → 3,030,000'])
    const en = describeChange(
      changes.find((c) => c.path.startsWith('quote'))!,
      [after],
      'en',
    ).text
    expect(en).toBe('Price (bid letter) 3,300,000 → 3,030,000')
  })

  it('reports an inserted row as one addition, not as every later row changed', () => {
    const before = bid()
    const after = edit(before, 'requirements', [
      { ...before.requirements[0], id: 'r0', no: '3.0' },
      ...before.requirements,
    ])
    const changes = diffDocs(before, after)
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ path: 'requirements[r0]', op: 'add', before: null })
    expect(describeChange(changes[0], [after], 'zh').text).toBe('新增 条款 3.0')
    expect(getAt(after, parsePath('requirements[r0].no'))).toBe('3.0')
  })
})
