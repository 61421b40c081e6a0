import { describe, expect, it } from 'vitest'
import {
  histogramOption,
  planCurveOption,
  styleRadarOption,
} from '@renderer/features/negotiations/chart-options'
import { curveOption } from '@services/negotiations/curve-chart'
import { niceRange } from '@shared/domain/negotiations/axis'
import { scheduleRows } from '@services/negotiations/brief-model'
import type { PatternResult } from '@shared/domain/negotiations'

type Line = { data: (number | null)[]; markLine?: { data: { yAxis: number; name: string }[] } }
type Opt = { series: Line[]; yAxis: { min?: number; max?: number }; xAxis: { data: string[] } }

describe('negotiation chart options', () => {
  it('the plan curve runs from the opening price and keeps the walk-away line in view', () => {
    const o = planCurveOption(1_000, [22, 17, 13, 8], { target: 960, walkAway: 900 }, 'zh') as Opt
    expect(o.xAxis.data).toEqual(['开价', '第1轮', '第2轮', '第3轮', '第4轮'])
    expect(o.series[0].data).toEqual([1_000, 978, 961, 948, 940])
    expect(o.series[0].markLine!.data.map((m) => [m.name, m.yAxis])).toEqual([
      ['底线', 900],
      ['现实目标', 960],
    ])
    // Range 900–1000 → step 50: the walk-away is the bottom, one step of room above the opening price.
    expect(o.yAxis.min).toBe(900)
    expect(o.yAxis.max).toBe(1_050)
  })

  it('without an opening price the curve shows the cumulative concession, no reference lines', () => {
    const o = planCurveOption(null, [22, 17], { target: 960, walkAway: 950 }, 'zh') as Opt
    expect(o.series[0].data).toEqual([0, 22, 39])
    expect(o.series[0].markLine).toBeUndefined()
  })

  it('histograms show only the chosen patterns at first, one bar series per pattern', () => {
    const r = (pattern: string, counts: number[]): PatternResult => ({
      pattern,
      steps: [],
      dealProbability: 0,
      deals: 0,
      finalPrice: null,
      meanRounds: null,
      histogram: counts.map((count, i) => ({ from: 900 + i * 50, to: 950 + i * 50, count })),
    })
    const o = histogramOption(
      [r('希望成交型', [3, 1]), r('愚蠢缴枪型', [0, 4])],
      ['希望成交型'],
      'zh',
    ) as Opt & {
      legend: { selected: Record<string, boolean> }
    }
    expect(o.legend.selected).toEqual({ 希望成交型: true, 愚蠢缴枪型: false })
    expect(o.xAxis.data).toEqual(['900–950', '950–1,000'])
    expect(o.series.map((s) => s.data)).toEqual([
      [3, 1],
      [0, 4],
    ])
  })

  it('the style radar lists the five styles in schema order', () => {
    const o = styleRadarOption(
      [{ name: '张', profile: { 迁就型: 10, 妥协型: 20, 规避型: 30, 合作型: 40, 竞争型: 50 } }],
      'zh',
    ) as { radar: { indicator: { name: string }[] }; series: { data: { value: number[] }[] }[] }
    const names = o.radar.indicator.map((i) => i.name)
    const byName = Object.fromEntries(names.map((n, i) => [n, o.series[0].data[0].value[i]]))
    expect(byName).toEqual({ 迁就型: 10, 妥协型: 20, 规避型: 30, 合作型: 40, 竞争型: 50 })
  })

  it('the brief curve (server side) plots the same prices', () => {
    const o = curveOption(scheduleRows([22, 17, 13, 8], 1_000), {
      openingPrice: 1_000,
      walkAway: 950,
      target: null,
      pattern: '希望成交型',
    }) as Opt
    expect(o.series[0].data).toEqual([1_000, 978, 961, 948, 940])
    expect(o.series[0].markLine!.data.map((m) => m.yAxis)).toEqual([950])
  })

  it('the brief curve axis sits on round numbers around the data', () => {
    expect(niceRange(3_560_000, 3_756_000)).toEqual({ min: 3_550_000, max: 3_800_000 })
    // 0–60: step 5; 60 is on a step, so one more step above for the label.
    expect(niceRange(0, 60)).toEqual({ min: 0, max: 65 })
  })
})
