import { describe, expect, it } from 'vitest'
import { RequirementSchema, ScoringItemSchema, SectionSchema } from '@shared/schemas'
import { answeredRequirementIds, answeringSectionIds, scoringCoverage } from './scoring-links'
import { docText } from './text'

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })
const doc = {
  type: 'doc' as const,
  content: [
    para('总述'),
    { type: 'requirementResponse' as const, attrs: { requirementId: 'r2' }, content: [para('满足 r2')] },
    {
      type: 'requirementResponse' as const,
      attrs: { requirementId: 'gone' },
      content: [para('已删除的要求')],
    },
    { type: 'requirementResponse' as const, attrs: { requirementId: 'r2' }, content: [para('再次 r2')] },
  ],
}
const bid = {
  sections: [
    SectionSchema.parse({ id: 's1', title: '技术方案', doc, content: docText(doc), scoringItemIds: ['i2'] }),
    SectionSchema.parse({ id: 's2', title: '售后服务' }),
  ],
  requirements: [
    RequirementSchema.parse({ id: 'r1', evidence: { sectionIds: ['s2'] } }),
    RequirementSchema.parse({ id: 'r2' }),
  ],
}
const items = [
  ScoringItemSchema.parse({ id: 'i1', name: '价格', category: '价格', maxPoints: 30 }),
  ScoringItemSchema.parse({ id: 'i2', name: '实施方案', maxPoints: 15 }),
  ScoringItemSchema.parse({ id: 'i3', name: '售后', maxPoints: 7, evidence: { requirementIds: ['r1'] } }),
  ScoringItemSchema.parse({ id: 'i4', name: '培训', maxPoints: 5, evidence: { sectionIds: ['deleted'] } }),
  ScoringItemSchema.parse({ id: 'i5', name: '加分', maxPoints: 0 }),
]

describe('评分项 ↔ sections', () => {
  it('a section answers an item it names, its evidence names, or through a requirement; deleted ones do not', () => {
    expect(items.map((it) => answeringSectionIds(bid, it))).toEqual([[], ['s1'], ['s2'], [], []])
  })
  it('reads the requirements a section answers from its 响应招标要求 blocks, once each', () => {
    expect(answeredRequirementIds(bid.sections[0])).toEqual(['r2', 'gone'])
    expect(answeredRequirementIds(bid.sections[1])).toEqual([])
  })
  it('coverage: scored non-price items without a section; per section its requirements and items', () => {
    const c = scoringCoverage(bid, { items })
    expect(c.scored).toBe(3)
    expect(c.unanswered).toEqual([3])
    expect(c.sections).toEqual([
      { index: 0, sectionId: 's1', title: '技术方案', requirements: [1], items: [1] },
      { index: 1, sectionId: 's2', title: '售后服务', requirements: [], items: [2] },
    ])
    expect(scoringCoverage(bid, null).unanswered).toEqual([])
  })
})
