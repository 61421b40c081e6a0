import { describe, expect, it } from 'vitest'
import { BENCHMARK_DIMENSIONS } from '@shared/schemas'
import { averageGap, bidRadarOption, gapTable, ourScores, radarOption, theirScores } from './benchmark'
import { competitor } from './fixtures.test-helpers'

const e = (
  dimension: string,
  us: number | null,
  them: number | null,
  date: string | null = null,
  evidence = '',
) => ({
  dimension,
  us,
  them,
  date,
  evidence,
})

const c1 = competitor('c1', '甲公司', {
  benchmark: [
    e('公司规模与知名度', 5, 8, '2026-01-05', '甲公司营收 30 亿'),
    e('产品功能与技术', 7, 6, '2026-01-05'),
    e('人才数量', 6, null),
    e('政府关系', null, 9),
    e('人才能力', 4, 4),
  ],
})
const c2 = competitor('c2', '乙公司', {
  benchmark: [
    e('公司规模与知名度', 5, 5),
    e('产品功能与技术', 8, 9.5, '2026-02-01'),
    e('市场费用投入', 5, 9, '2025-01-01'),
    e('市场费用投入', 5, 6, '2026-01-01', '今年收缩'),
  ],
})

describe('gapTable', () => {
  const rows = gapTable([c1, c2])

  it('has all eight dimensions for every competitor', () => {
    expect(rows).toHaveLength(16)
  })

  it('sorts by biggest disadvantage (them − us), ties by competitor then dimension, missing last', () => {
    expect(rows.map((r) => [r.competitorId, r.dimension, r.gap])).toEqual([
      ['c1', '公司规模与知名度', 3],
      ['c2', '产品功能与技术', 1.5],
      ['c2', '市场费用投入', 1],
      ['c1', '人才能力', 0],
      ['c2', '公司规模与知名度', 0],
      ['c1', '产品功能与技术', -1],
      ['c1', '公司及产品线收款', null],
      ['c1', '人才数量', null],
      ['c1', '行业经营效果', null],
      ['c1', '市场费用投入', null],
      ['c1', '政府关系', null],
      ['c2', '公司及产品线收款', null],
      ['c2', '人才数量', null],
      ['c2', '人才能力', null],
      ['c2', '行业经营效果', null],
      ['c2', '政府关系', null],
    ])
  })

  it('shows a missing score as missing, never as zero', () => {
    const talent = rows.find((r) => r.competitorId === 'c1' && r.dimension === '人才数量')!
    expect(talent).toMatchObject({ us: 6, them: null, gap: null })
    const gov = rows.find((r) => r.competitorId === 'c1' && r.dimension === '政府关系')!
    expect(gov).toMatchObject({ us: null, them: 9, gap: null })
  })

  it('uses the latest dated entry when a dimension was scored twice', () => {
    const spend = rows.find((r) => r.competitorId === 'c2' && r.dimension === '市场费用投入')!
    expect(spend).toMatchObject({ them: 6, gap: 1, evidence: '今年收缩', date: '2026-01-01' })
  })

  it('averages only the dimensions scored on both sides', () => {
    // c1: gaps 3, −1, 0 → 2/3 = 0.67; c2: 0, 1.5, 1 → 2.5/3 = 0.83
    expect(averageGap(c1)).toEqual({ mean: 0.67, scored: 3 })
    expect(averageGap(c2)).toEqual({ mean: 0.83, scored: 3 })
    expect(averageGap(competitor('c3', '丙'))).toEqual({ mean: null, scored: 0 })
  })
})

describe('ourScores', () => {
  it('takes the latest "us" score and flags disagreement between competitors', () => {
    const us = ourScores([c1, c2])
    expect(us['产品功能与技术']).toMatchObject({ score: 8, conflict: true, values: [7, 8] })
    expect(us['公司规模与知名度']).toMatchObject({ score: 5, conflict: false })
    expect(us['政府关系'].score).toBeNull()
    expect(us['行业经营效果'].score).toBeNull()
  })
})

describe('radarOption', () => {
  it('builds eight indicators of max 10 and one closed series per party, gaps for missing', () => {
    const opt = bidRadarOption([c1, c2], { fontFamily: 'Noto Sans CJK SC' })
    expect(opt.radar.indicator).toEqual(BENCHMARK_DIMENSIONS.map((name) => ({ name, max: 10, min: 0 })))
    expect(opt.legend.data).toEqual(['我方', '甲公司', '乙公司'])
    expect(opt.series.map((s) => s.name)).toEqual(['我方', '甲公司', '乙公司'])
    expect(opt.series[0].data).toEqual([
      [5, 0],
      [8, 1],
      ['-', 2],
      [6, 3],
      [4, 4],
      ['-', 5],
      [5, 6],
      ['-', 7],
      [5, 8],
    ])
    expect(opt.series[1].data.map((p) => p[0])).toEqual([8, 6, '-', '-', 4, '-', '-', 9, 8])
    expect(opt.series[2].data.map((p) => p[0])).toEqual([5, 9.5, '-', '-', '-', '-', 6, '-', 5])
    expect(opt.series.every((s) => s.connectNulls === false)).toBe(true)
    // the polar overlay must sit exactly on the radar grid
    expect(opt.polar).toEqual({ center: opt.radar.center, radius: opt.radar.radius })
    expect(opt.angleAxis.max).toBe(8)
    expect(opt.radiusAxis.max).toBe(10)
    expect(opt.textStyle).toEqual({ fontFamily: 'Noto Sans CJK SC' })
    // pure data: survives a JSON round trip unchanged
    expect(JSON.parse(JSON.stringify(opt))).toEqual(opt)
  })

  it('updates when a competitor is added and scored', () => {
    const c3 = competitor('c3', '丙公司', { benchmark: [e('政府关系', 3, 2)] })
    const before = bidRadarOption([c1, c2])
    const after = bidRadarOption([c1, c2, c3])
    expect(before.series).toHaveLength(3)
    expect(after.series).toHaveLength(4)
    expect(after.series[3].data.map((p) => p[0])).toEqual(['-', '-', '-', '-', '-', '-', '-', 2, '-'])
    // our 政府关系 score now exists (3, from 丙公司's row)
    expect(after.series[0].data[7][0]).toBe(3)
  })

  it('uses English indicator names on request', () => {
    const opt = radarOption({ name: 'Us', scores: Array(8).fill(5) }, [], { lang: 'en' })
    expect(opt.radar.indicator[0].name).toBe('Company size and reputation')
  })

  it('refuses more than four competitors, wrong lengths and out-of-range scores', () => {
    const s = (name: string) => ({ name, scores: Array(8).fill(null) })
    expect(() => radarOption(s('我方'), ['a', 'b', 'c', 'd', 'e'].map(s))).toThrow(/at most 4/)
    expect(() => radarOption({ name: '我方', scores: [1, 2, 3] }, [])).toThrow(/8 dimension/)
    expect(() => radarOption({ name: '我方', scores: [11, 0, 0, 0, 0, 0, 0, 0] }, [])).toThrow(/outside 0–10/)
    expect(bidRadarOption([c1, c2, c1, c2, c1].map((c, i) => ({ ...c, id: `x${i}` }))).series).toHaveLength(5)
  })

  it('theirScores keeps all eight dimensions with null for unscored', () => {
    const t = theirScores(c2)
    expect(Object.keys(t)).toEqual([...BENCHMARK_DIMENSIONS])
    expect(t['人才数量'].score).toBeNull()
  })
})
