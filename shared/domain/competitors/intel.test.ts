import { describe, expect, it } from 'vitest'
import { competitor, bid } from './fixtures.test-helpers'
import { INTEL_QUESTIONS, competitorsOfBid, intelSheet, missingMatrixBidders, setIntelAnswer } from './intel'

const c = competitor('c1', '东华软件股份有限公司', {
  aliases: ['东华'],
  accountManagers: [
    { customer: '市人民医院', name: '张三', visits: 6, leadersVisited: ['王总裁', '李副总'] },
    { customer: '省肿瘤医院', name: '赵六', visits: 2 },
  ],
  references: [
    { customer: '省人民医院', rating: '满意', comment: '' },
    { customer: '县医院', rating: '', comment: '' },
  ],
  segments: [
    { name: '医疗', share: 12, source: 'IDC', date: '2025-06-30' },
    { name: '教育', share: null, source: '', date: null },
  ],
  strengths: ['本地团队', '价格低'],
  weaknesses: ['实施慢'],
  intel: [{ bidId: 'b1', answers: { accountManager: '张三（销售总监）', legacyQuestion: '旧版本的回答' } }],
})
const theBid = bid({ buyer: { name: '市人民医院' }, competitorIds: ['c1', 'gone', 'c1'] })

describe('INTEL_QUESTIONS', () => {
  it('covers the DOMAIN.md §6 questions in both languages with unique keys', () => {
    const keys = INTEL_QUESTIONS.map((q) => q.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const k of [
      'accountManager',
      'visitFrequency',
      'leadersVisited',
      'references',
      'strongSegments',
      'productStrengths',
      'productWeaknesses',
    ]) {
      expect(keys).toContain(k)
    }
    expect(INTEL_QUESTIONS.every((q) => q.zh && q.en && q.hint.zh && q.hint.en)).toBe(true)
  })
})

describe('intelSheet', () => {
  const rows = intelSheet(c, theBid)
  const row = (k: string) => rows.find((r) => r.key === k)!

  it('shows the bid’s answers and registry drafts for this buyer only', () => {
    expect(row('accountManager')).toMatchObject({ answer: '张三（销售总监）', suggestion: '张三' })
    expect(row('visitFrequency')).toMatchObject({ answer: '', suggestion: '张三：累计拜访 6 次' })
    expect(row('leadersVisited').suggestion).toBe('王总裁、李副总')
    expect(row('references').suggestion).toBe('省人民医院（满意）；县医院')
    expect(row('strongSegments').suggestion).toBe('医疗 12%（IDC，2025-06-30）；教育 份额未知')
    expect(row('productStrengths').suggestion).toBe('本地团队；价格低')
    expect(row('productWeaknesses').suggestion).toBe('实施慢')
  })

  it('keeps answers to questions this version no longer asks', () => {
    expect(rows.at(-1)).toMatchObject({ key: 'legacyQuestion', answer: '旧版本的回答' })
    expect(rows).toHaveLength(INTEL_QUESTIONS.length + 1)
  })

  it('suggests no account manager when the buyer is unknown', () => {
    expect(intelSheet(c, bid()).find((r) => r.key === 'accountManager')!.suggestion).toBe('')
  })
})

describe('setIntelAnswer', () => {
  it('sets, adds a bid and clears answers without touching others', () => {
    const a = setIntelAnswer(c, 'b1', 'visitFrequency', '每月 2 次')
    expect(a.intel[0].answers).toEqual({
      accountManager: '张三（销售总监）',
      legacyQuestion: '旧版本的回答',
      visitFrequency: '每月 2 次',
    })
    expect(c.intel[0].answers.visitFrequency).toBeUndefined()
    const b = setIntelAnswer(a, 'b2', 'accountManager', '李四')
    expect(b.intel.map((i) => i.bidId)).toEqual(['b1', 'b2'])
    const cleared = setIntelAnswer(b, 'b1', 'accountManager', '  ')
    expect(cleared.intel[0].answers.accountManager).toBeUndefined()
  })

  it('rejects unknown questions and over-long answers', () => {
    expect(() => setIntelAnswer(c, 'b1', 'nope', 'x')).toThrow(/unknown intel question/)
    expect(() => setIntelAnswer(c, 'b1', 'accountManager', 'x'.repeat(5001))).toThrow(/too long/)
  })
})

describe('competitorsOfBid / missingMatrixBidders', () => {
  it('resolves ids in order, once, and reports missing ones', () => {
    const r = competitorsOfBid(theBid, [competitor('zz', 'Z'), c])
    expect(r.competitors.map((x) => x.id)).toEqual(['c1'])
    expect(r.missingIds).toEqual(['gone'])
  })

  it('adds matrix bidders only for competitors not already linked or named by an alias', () => {
    const c2 = competitor('c2', '卫宁健康')
    const c3 = competitor('c3', '创业慧康')
    const added = missingMatrixBidders(
      [c, c2, c3],
      [
        { name: '我方', competitorId: null, isUs: true },
        { name: '东华', competitorId: null, isUs: false },
        { name: '随便', competitorId: 'c2', isUs: false },
      ],
    )
    expect(added).toEqual([{ id: 'cmp-c3', name: '创业慧康', competitorId: 'c3', isUs: false }])
  })
})
