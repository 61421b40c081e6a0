import { describe, expect, it } from 'vitest'
import { BidSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import {
  assertNoSyncConflicts,
  decidesDeletion,
  followDocument,
  keepEditedDocument,
  labelPath,
  mergeDocs,
  pendingConflicts,
  resolveConflict,
  WHOLE_DOCUMENT,
} from '.'

const NOW = '2026-12-01T10:00:00.000Z'
const opts = { now: NOW, oursBy: '张三', theirsBy: '李四' }

const edited = BidSchema.parse({
  id: 'b1',
  schemaVersion: BID_SCHEMA_VERSION,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-12-01T12:00:00.000Z',
  title: '市医院影像系统',
  quote: { bidLetterPrice: 3030000 },
})

describe('a document deleted on one machine and edited on another', () => {
  for (const deleted of ['ours', 'theirs'] as const) {
    it(`keeps the edit and records the deletion (${deleted} deleted) as a decision that blocks export`, () => {
      const { doc, conflict } = keepEditedDocument(edited, deleted, opts)
      expect(doc.quote.bidLetterPrice).toBe(3030000)
      expect(conflict).toMatchObject({ path: WHOLE_DOCUMENT, deleted, oursBy: '张三', theirsBy: '李四' })
      expect(conflict[deleted]).toBeNull()
      expect(conflict[deleted === 'ours' ? 'theirs' : 'ours']).toBe('市医院影像系统')
      expect(pendingConflicts(doc)).toEqual([conflict])
      expect(() => assertNoSyncConflicts(doc)).toThrow(/\*/)
      // updatedAt only moves forward, even when the edit's stamp is ahead of this clock.
      expect(doc.updatedAt > edited.updatedAt).toBe(true)
      expect(BidSchema.safeParse(doc).success).toBe(true)

      const keepSide = deleted === 'ours' ? 'theirs' : 'ours'
      expect(decidesDeletion(doc, WHOLE_DOCUMENT, deleted)).toBe(true)
      expect(decidesDeletion(doc, WHOLE_DOCUMENT, keepSide)).toBe(false)
      const kept = resolveConflict(doc, WHOLE_DOCUMENT, keepSide)
      expect(pendingConflicts(kept)).toEqual([])
      expect(kept.quote.bidLetterPrice).toBe(3030000)
      // Deleting is the caller's job (the store's trash), never a field write.
      expect(() => resolveConflict(doc, WHOLE_DOCUMENT, deleted)).toThrow()
      expect(() => resolveConflict(doc, WHOLE_DOCUMENT, { value: 1 })).toThrow()
    })
  }

  it('the record survives later edits and merges until someone decides', () => {
    const { doc } = keepEditedDocument(edited, 'ours', opts)
    const later = { ...doc, quote: { ...doc.quote, bidLetterPrice: 2990000 } }
    expect(followDocument(later, pendingConflicts(doc), 'drop')).toEqual(pendingConflicts(doc))
    const other = { ...doc, title: '市医院影像系统（二期）' }
    const r = mergeDocs(doc, later, other, opts)
    expect(r.doc).toMatchObject({ title: '市医院影像系统（二期）', quote: { bidLetterPrice: 2990000 } })
    expect(pendingConflicts(r.doc).map((c) => [c.path, c.deleted])).toEqual([[WHOLE_DOCUMENT, 'ours']])
  })

  it('is labelled as the whole document in both languages', () => {
    expect(labelPath(WHOLE_DOCUMENT, [edited], 'zh')).toBe('整个文档（一方已删除）')
    expect(labelPath(WHOLE_DOCUMENT, [edited], 'en')).toBe('Whole document (deleted on one side)')
  })
})
