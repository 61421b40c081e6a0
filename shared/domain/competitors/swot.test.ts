import { describe, expect, it } from 'vitest'
import { competitor } from './fixtures.test-helpers'
import { competitorSwot, fieldSwot, SWOT_HEADINGS } from './swot'

const e = (dimension: string, us: number | null, them: number | null) => ({
  dimension,
  us,
  them,
  evidence: '',
  date: null,
})

const c1 = competitor('c1', '甲公司', {
  strengths: ['本地团队'],
  weaknesses: ['实施慢'],
  swot: { s: ['本地团队 '], o: ['医保改革'] },
  benchmark: [e('公司规模与知名度', 5, 8), e('产品功能与技术', 7, 4), e('人才能力', 4, 5)],
})
const c2 = competitor('c2', '乙公司', {
  swot: { o: ['医保改革', '新院区建设'], t: ['集采'] },
  benchmark: [e('公司规模与知名度', 5, 6), e('产品功能与技术', 7, 6), e('政府关系', 9, 6)],
})

describe('competitorSwot', () => {
  it('combines typed items, profile and score gaps at the threshold, without duplicates', () => {
    const s = competitorSwot(c1)
    expect(s.s).toEqual([
      { text: '本地团队', origin: 'swot' },
      { text: '公司规模与知名度：对方 8 分，我方 5 分', origin: 'benchmark' },
    ])
    expect(s.w).toEqual([
      { text: '实施慢', origin: 'profile' },
      { text: '产品功能与技术：对方 4 分，我方 7 分', origin: 'benchmark' },
    ])
    expect(s.o).toEqual([{ text: '医保改革', origin: 'swot' }])
    expect(s.t).toEqual([])
  })

  it('uses a configurable threshold: a 1-point lead counts at threshold 1', () => {
    expect(competitorSwot(c1, 1).s.map((i) => i.text)).toContain('人才能力：对方 5 分，我方 4 分')
  })

  it('has Chinese and English headings for the four quadrants', () => {
    expect(Object.values(SWOT_HEADINGS).map((h) => h.zh)).toEqual([
      '优势（S）',
      '劣势（W）',
      '机会（O）',
      '威胁（T）',
    ])
  })
})

describe('fieldSwot', () => {
  const f = fieldSwot([c1, c2])
  it('derives our strengths and weaknesses against the whole field', () => {
    expect(f.s).toEqual([
      { text: '政府关系：我方 9 分，对手最高 6 分', origin: 'benchmark', competitors: ['乙公司'] },
    ])
    expect(f.w).toEqual([
      {
        text: '公司规模与知名度：我方 5 分，落后于 甲公司 8 分',
        origin: 'benchmark',
        competitors: ['甲公司'],
      },
    ])
  })
  it('lists unscored dimensions instead of treating them as zero', () => {
    expect(f.unscored).toEqual(['公司及产品线收款', '人才数量', '行业经营效果', '市场费用投入'])
  })
  it('merges market items across competitors and adds their weaknesses and strengths', () => {
    expect(f.o).toEqual([
      { text: '医保改革', origin: 'swot', competitors: ['甲公司', '乙公司'] },
      { text: '新院区建设', origin: 'swot', competitors: ['乙公司'] },
      { text: '对手弱点：实施慢', origin: 'profile', competitors: ['甲公司'] },
    ])
    expect(f.t).toEqual([
      { text: '集采', origin: 'swot', competitors: ['乙公司'] },
      { text: '对手优势：本地团队', origin: 'profile', competitors: ['甲公司'] },
    ])
  })
})
