import { describe, expect, it } from 'vitest'
import { competitor } from './fixtures.test-helpers'
import { shareBarOption, shareTable } from './share'

const seg = (name: string, share: number | null, source = '', date: string | null = null) => ({
  name,
  share,
  source,
  date,
})

const c1 = competitor('c1', '甲公司', {
  segments: [
    seg('医疗', 30, 'IDC', '2025-06-30'),
    seg('教育', null, '传闻'),
    seg('医疗', 35, '年报', '2025-12-31'),
  ],
})
const c2 = competitor('c2', '乙公司', {
  segments: [
    seg('教育', 20, '招标网统计', '2025-10-01'),
    seg('政务', 12.5),
    seg(' 医 疗', null, '', '2026-03-01'),
    seg('政务', null, '', '2026-05-01'),
  ],
})
const c3 = competitor('c3', '丙公司')

describe('shareTable', () => {
  const t = shareTable([c1, c2, c3])

  it('lists every segment once, spacing variants merged, in first-seen order', () => {
    expect(t.segments).toEqual(['医疗', '教育', '政务'])
  })

  it('keeps missing shares as null (never 0) and picks the latest figure', () => {
    expect(t.rows.map((r) => r.cells.map((c) => c.share))).toEqual([
      [35, null, null],
      [null, 20, 12.5],
      [null, null, null],
    ])
    expect(t.rows[0].cells[0]).toEqual({ share: 35, source: '年报', date: '2025-12-31' })
  })

  it('prefers an undated figure to a newer entry without a number', () => {
    expect(t.rows[1].cells[2].share).toBe(12.5)
  })

  it('sums only known shares and counts the missing ones', () => {
    expect(t.totals).toEqual([
      { known: 35, missing: 2 },
      { known: 20, missing: 2 },
      { known: 12.5, missing: 2 },
    ])
  })

  it('gives null totals when nobody has a figure', () => {
    const only = shareTable([competitor('x', 'X', { segments: [seg('军工', null)] })])
    expect(only.totals).toEqual([{ known: null, missing: 1 }])
  })
})

describe('shareBarOption', () => {
  it('plots one bar series per competitor with gaps for missing data', () => {
    const opt = shareBarOption(shareTable([c1, c2]), { title: '市场份额' })
    expect(opt.xAxis.data).toEqual(['医疗', '教育', '政务'])
    expect(opt.series.map((s) => [s.name, s.data])).toEqual([
      ['甲公司', [35, '-', '-']],
      ['乙公司', ['-', 20, 12.5]],
    ])
    expect(opt.yAxis).toMatchObject({ min: 0, max: 100 })
    expect(opt.title).toMatchObject({ text: '市场份额' })
  })
})
