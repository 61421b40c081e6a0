/** ECharts options of the negotiation screens: built from plain numbers so they are easy to check. */
import type { PatternResult } from '../../../../shared/domain/concession'
import { NegotiationStyleSchema, type NegotiationStyle } from '../../../../shared/schemas'
import { fmt, pricePath } from './plan-input'

const BLUE = '#1677ff'

function refLine(value: number | null | undefined, name: string, color: string) {
  return value == null ? null : { yAxis: value, name, lineStyle: { color, type: 'dashed' as const } }
}

/**
 * A money axis; `include` are values that must be visible (reference lines outside the data). Bounds
 * sit on round numbers (half a power of ten below the range) with a step of room above the top value
 * for its label, as the brief's chart does.
 */
function moneyAxis(name: string, include: readonly (number | null | undefined)[] = []) {
  const xs = include.filter((x): x is number => x != null && Number.isFinite(x))
  let min: number | undefined
  let max: number | undefined
  if (xs.length) {
    const lo = Math.min(...xs)
    const hi = Math.max(...xs)
    const step = 10 ** Math.floor(Math.log10(hi - lo || Math.max(1, Math.abs(hi) * 0.1))) / 2
    min = Math.floor(lo / step) * step
    max = Math.ceil(hi / step) * step
    if (max === hi) max += step
  }
  return {
    type: 'value' as const,
    name,
    scale: true,
    min,
    max,
    axisLabel: { formatter: (v: number) => fmt(v) },
  }
}

/** The plan's price after each round, from the opening price, with the seller's target and walk-away. */
export function planCurveOption(
  openingPrice: number | null,
  steps: readonly number[],
  goals: { target: number | null; walkAway: number | null },
): object {
  const byPrice = openingPrice != null
  const values = byPrice ? pricePath(openingPrice, steps) : pricePath(0, steps).map((x) => 0 - x || 0)
  const marks = byPrice
    ? [refLine(goals.walkAway, '底线', '#cf1322'), refLine(goals.target, '现实目标', '#389e0d')].filter(
        Boolean,
      )
    : []
  return {
    // Redrawn on every keystroke of the plan: an animation would show half-drawn reference lines.
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
    grid: { left: 90, right: 80, top: 40, bottom: 30 },
    xAxis: { type: 'category', boundaryGap: false, data: ['开价', ...steps.map((_, i) => `第${i + 1}轮`)] },
    yAxis: moneyAxis(byPrice ? '报价（元）' : '累计让步（元）', [
      ...values,
      ...(byPrice ? [goals.walkAway, goals.target] : []),
    ]),
    series: [
      {
        name: byPrice ? '报价' : '累计让步',
        type: 'line',
        data: values,
        symbolSize: 8,
        label: { show: true, formatter: (p: { value: number }) => fmt(p.value) },
        lineStyle: { width: 2, color: BLUE },
        itemStyle: { color: BLUE },
        markLine: marks.length ? { symbol: 'none', label: { formatter: '{b}' }, data: marks } : undefined,
      },
    ],
  }
}

/** One simulated negotiation: the seller's price, the buyer's counter-offers and its two limits. */
export function simOneOption(
  openingPrice: number,
  rows: readonly { round: number; price: number; counterOffer?: number | null }[],
  buyer: { target: number; reservation: number },
): object {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
    legend: { bottom: 0 },
    grid: { left: 90, right: 90, top: 30, bottom: 60 },
    xAxis: { type: 'category', data: ['开价', ...rows.map((r) => `第${r.round}轮`)] },
    yAxis: moneyAxis('元', [
      openingPrice,
      ...rows.map((r) => r.price),
      ...rows.map((r) => r.counterOffer),
      buyer.target,
      buyer.reservation,
    ]),
    series: [
      {
        name: '我方报价',
        type: 'line',
        data: [openingPrice, ...rows.map((r) => r.price)],
        lineStyle: { color: BLUE },
        itemStyle: { color: BLUE },
        markLine: {
          symbol: 'none',
          label: { formatter: '{b}' },
          data: [
            refLine(buyer.target, '买方目标价', '#389e0d'),
            refLine(buyer.reservation, '买方保留价', '#cf1322'),
          ],
        },
      },
      {
        name: '买方还价',
        type: 'line',
        connectNulls: true,
        data: [null, ...rows.map((r) => r.counterOffer ?? null)],
        lineStyle: { color: '#fa8c16', type: 'dotted' },
        itemStyle: { color: '#fa8c16' },
      },
    ],
  }
}

/** The price path of every pattern at the same budget, one line each. */
export function patternCurvesOption(openingPrice: number, results: readonly PatternResult[]): object {
  const rounds = Math.max(...results.map((r) => r.steps.length))
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 90, right: 20, top: 30, bottom: 60 },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: ['开价', ...Array.from({ length: rounds }, (_, i) => `第${i + 1}轮`)],
    },
    yAxis: moneyAxis('报价（元）'),
    series: results.map((r) => ({
      name: r.pattern,
      type: 'line',
      data: pricePath(openingPrice, r.steps),
      symbolSize: 5,
    })),
  }
}

/** Final-price distributions (deals only) as grouped histograms; the legend picks which patterns show. */
export function histogramOption(results: readonly PatternResult[], shown: readonly string[]): object {
  const bins = results[0]?.histogram ?? []
  return {
    tooltip: { trigger: 'axis' },
    legend: {
      type: 'scroll',
      bottom: 0,
      selected: Object.fromEntries(results.map((r) => [r.pattern, shown.includes(r.pattern)])),
    },
    grid: { left: 60, right: 20, top: 30, bottom: 110 },
    xAxis: {
      type: 'category',
      name: '成交价',
      data: bins.map((b) => `${fmt(b.from)}–${fmt(b.to)}`),
      axisLabel: { rotate: 30, fontSize: 10 },
    },
    yAxis: { type: 'value', name: '成交次数' },
    series: results.map((r) => ({ name: r.pattern, type: 'bar', data: r.histogram.map((b) => b.count) })),
  }
}

const STYLES = NegotiationStyleSchema.options

/** Style profiles (0–100 per style) on one radar. */
export function styleRadarOption(
  profiles: { name: string; profile: Record<NegotiationStyle, number> }[],
): object {
  return {
    tooltip: {},
    legend: { bottom: 0 },
    radar: { indicator: STYLES.map((s) => ({ name: s, max: 100 })), radius: '65%' },
    series: [
      {
        type: 'radar',
        data: profiles.map((p) => ({
          name: p.name,
          value: STYLES.map((s) => p.profile[s]),
          areaStyle: { opacity: 0.15 },
        })),
      },
    ],
  }
}
