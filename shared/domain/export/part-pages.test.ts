import { describe, expect, it } from 'vitest'
import { cleanBid, modelOf } from '../checks/print/fixture'
import { anchorOf, pageRangeText, partPageRanges, partStartBookmark } from './part-pages'
import type { PrintPart } from './print-model'

const part = (id: string, bookmark: string | null, newPage: boolean): PrintPart => ({
  id,
  kind: 'form',
  formKey: null,
  title: id,
  sectionId: null,
  partKind: null,
  bookmark,
  blocks: bookmark
    ? [{ type: 'heading', level: 1, text: id, pageBreakBefore: newPage, origin: 'form', bookmark }]
    : [
        ...(newPage ? [{ type: 'pageBreak' as const }] : []),
        { type: 'paragraph', text: id, style: {}, origin: 'generated' },
      ],
  fields: [],
  date: null,
  seals: [],
  signatures: [],
})

describe('partPageRanges', () => {
  it('ends a part on the page before the next one when that opens a page, else on the shared page', () => {
    const pages: Record<string, number> = { a: 2, b: 3, c: 5, d: 5 }
    const parts = [part('A', 'a', true), part('B', 'b', true), part('C', 'c', false), part('D', 'd', true)]
    // D opens a new page yet the PDF put it on 5 with C: C cannot end before it starts.
    expect(partPageRanges(parts, (b) => pages[b], 9)).toEqual({
      A: { from: 2, to: 2 },
      B: { from: 3, to: 5 },
      C: { from: 5, to: 5 },
      D: { from: 5, to: 9 },
    })
  })

  it('skips parts without a bookmarked heading or whose bookmark the PDF lacks', () => {
    const pages: Record<string, number> = { a: 2, c: 6 }
    const parts = [part('A', 'a', true), part('X', null, false), part('B', 'b', true), part('C', 'c', true)]
    expect(partPageRanges(parts, (b) => pages[b], 7)).toEqual({
      A: { from: 2, to: 5 },
      C: { from: 6, to: 7 },
    })
  })

  it('finds a heading-less part (the cover, the 目录) by its part-start bookmark', () => {
    const parts = [part('cover', null, false), part('toc', null, true), part('A', 'a', true)]
    const pages: Record<string, number> = { [partStartBookmark(0)]: 1, [partStartBookmark(1)]: 2, a: 4 }
    expect(partPageRanges(parts, (b) => pages[b], 5)).toEqual({
      cover: { from: 1, to: 1 },
      toc: { from: 2, to: 3 },
      A: { from: 4, to: 5 },
    })
  })

  it('knows every form of a real print model by its bookmark', () => {
    const model = modelOf(cleanBid())
    let n = 0
    const pages = new Map(model.parts.map((p, i) => [anchorOf(p, i), (n += 2)]))
    const r = partPageRanges(model.parts, (b) => pages.get(b), n + 3)
    const signed = model.parts.filter((p) => p.seals.length + p.signatures.length > 0)
    expect(signed.length).toBeGreaterThan(0)
    for (const p of signed) expect(r[p.id]?.from).toBe(pages.get(anchorOf(p, model.parts.indexOf(p))))
  })

  it('prints one page or a range', () => {
    expect(pageRangeText({ from: 4, to: 4 })).toBe('第 4 页')
    expect(pageRangeText({ from: 3, to: 5 })).toBe('第 3–5 页')
  })
})
