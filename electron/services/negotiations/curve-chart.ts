/** The concession curve of the brief as an ECharts option (rendered server-side to PNG). */
import { niceRange } from '@shared/domain/negotiations/axis'
import type { ScheduleRow } from './brief-model'

export const CURVE_SIZE = { width: 600, height: 320 }

const money = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 })

/**
 * With an opening price the curve is the price after each round, starting at the opening price, with
 * the walk-away and target drawn as lines; without one it is the cumulative concession from 0.
 */
export function curveOption(
  rows: readonly ScheduleRow[],
  opts: { openingPrice: number | null; walkAway: number | null; target: number | null; pattern: string },
): object {
  const byPrice = opts.openingPrice != null
  const labels = ['开价', ...rows.map((r) => `第${r.round}轮`)]
  const values = byPrice
    ? [opts.openingPrice!, ...rows.map((r) => r.price!)]
    : [0, ...rows.map((r) => r.cumulative)]
  const lines: object[] = []
  if (byPrice && opts.walkAway != null)
    lines.push({ yAxis: opts.walkAway, name: '底线', lineStyle: { color: '#cf1322', type: 'dashed' } })
  if (byPrice && opts.target != null)
    lines.push({ yAxis: opts.target, name: '现实目标', lineStyle: { color: '#389e0d', type: 'dashed' } })
  const all = [...values, ...(byPrice ? [opts.walkAway, opts.target] : [])].filter(
    (x): x is number => x != null,
  )
  const { min, max } = niceRange(Math.min(...all), Math.max(...all))
  return {
    title: {
      text: `${opts.pattern} 让步曲线`,
      left: 'center',
      textStyle: { fontSize: 14 },
    },
    grid: { left: 90, right: 70, top: 55, bottom: 40 },
    xAxis: { type: 'category', data: labels, boundaryGap: false },
    yAxis: {
      type: 'value',
      name: byPrice ? '报价（元）' : '累计让步（元）',
      min,
      max,
      axisLabel: { formatter: (v: number) => money(v) },
    },
    series: [
      {
        type: 'line',
        data: values,
        symbolSize: 7,
        label: {
          show: true,
          position: 'top',
          fontSize: 10,
          formatter: (p: { value: number }) => money(p.value),
        },
        lineStyle: { width: 2, color: '#1677ff' },
        itemStyle: { color: '#1677ff' },
        markLine: lines.length
          ? { symbol: 'none', label: { formatter: '{b}', position: 'end' }, data: lines }
          : undefined,
      },
    ],
  }
}
