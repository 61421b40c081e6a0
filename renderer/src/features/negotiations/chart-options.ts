/** ECharts options of the negotiation screens: built from plain numbers so they are easy to check. */
import type { PatternResult } from '@shared/domain/negotiations'
import { niceRange } from '@shared/domain/negotiations/axis'
import type { Lang } from '@shared/i18n'
import { NegotiationStyleSchema, type NegotiationStyle } from '@shared/schemas'
import { enumLabel, fmt as fill, labelsFor, type Labels } from '@renderer/app/label-pairs'
import { CHART, STYLE } from './labels'
import { fmt, patternName, pricePath } from './plan-input'

const BLUE = '#1677ff'

/** The category axis of a price path: the opening price, then one entry per round. */
function roundAxis(L: Labels<typeof CHART>, rounds: readonly number[]): string[] {
  return [L.opening, ...rounds.map((n) => fill(L.round, { n }))]
}

function refLine(value: number | null | undefined, name: string, color: string) {
  return value == null ? null : { yAxis: value, name, lineStyle: { color, type: 'dashed' as const } }
}

/** A money axis; `include` are values that must be visible (reference lines outside the data). */
function moneyAxis(name: string, include: readonly (number | null | undefined)[] = []) {
  const xs = include.filter((x): x is number => x != null && Number.isFinite(x))
  const { min, max } = xs.length
    ? niceRange(Math.min(...xs), Math.max(...xs))
    : { min: undefined, max: undefined }
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
  lang: Lang,
): object {
  const L = labelsFor(CHART, lang)
  const byPrice = openingPrice != null
  const values = byPrice ? pricePath(openingPrice, steps) : pricePath(0, steps).map((x) => 0 - x || 0)
  const marks = byPrice
    ? [refLine(goals.walkAway, L.walkAway, '#cf1322'), refLine(goals.target, L.target, '#389e0d')].filter(
        Boolean,
      )
    : []
  return {
    // Redrawn on every keystroke of the plan: an animation would show half-drawn reference lines.
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
    grid: { left: 90, right: 80, top: 40, bottom: 30 },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: roundAxis(
        L,
        steps.map((_, i) => i + 1),
      ),
    },
    yAxis: moneyAxis(byPrice ? L.priceAxis : L.cumAxis, [
      ...values,
      ...(byPrice ? [goals.walkAway, goals.target] : []),
    ]),
    series: [
      {
        name: byPrice ? L.price : L.cum,
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
  lang: Lang,
): object {
  const L = labelsFor(CHART, lang)
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
    legend: { bottom: 0 },
    grid: { left: 90, right: 90, top: 30, bottom: 60 },
    xAxis: {
      type: 'category',
      data: roundAxis(
        L,
        rows.map((r) => r.round),
      ),
    },
    yAxis: moneyAxis(L.yuan, [
      openingPrice,
      ...rows.map((r) => r.price),
      ...rows.map((r) => r.counterOffer),
      buyer.target,
      buyer.reservation,
    ]),
    series: [
      {
        name: L.ourPrice,
        type: 'line',
        data: [openingPrice, ...rows.map((r) => r.price)],
        lineStyle: { color: BLUE },
        itemStyle: { color: BLUE },
        markLine: {
          symbol: 'none',
          label: { formatter: '{b}' },
          data: [
            refLine(buyer.target, L.buyerTarget, '#389e0d'),
            refLine(buyer.reservation, L.buyerReservation, '#cf1322'),
          ],
        },
      },
      {
        name: L.counter,
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
export function patternCurvesOption(
  openingPrice: number,
  results: readonly PatternResult[],
  lang: Lang,
): object {
  const L = labelsFor(CHART, lang)
  const rounds = Math.max(...results.map((r) => r.steps.length))
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 90, right: 20, top: 30, bottom: 60 },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: roundAxis(
        L,
        Array.from({ length: rounds }, (_, i) => i + 1),
      ),
    },
    yAxis: moneyAxis(L.priceAxis),
    series: results.map((r) => ({
      name: patternName(r.pattern, lang),
      type: 'line',
      data: pricePath(openingPrice, r.steps),
      symbolSize: 5,
    })),
  }
}

/**
 * Final-price distributions (deals only) as grouped histograms; the legend picks which patterns show.
 * `shown` holds stored pattern names; series and legend use the display name of `lang`.
 */
export function histogramOption(
  results: readonly PatternResult[],
  shown: readonly string[],
  lang: Lang,
): object {
  const L = labelsFor(CHART, lang)
  const bins = results[0]?.histogram ?? []
  return {
    tooltip: { trigger: 'axis' },
    legend: {
      type: 'scroll',
      bottom: 0,
      selected: Object.fromEntries(
        results.map((r) => [patternName(r.pattern, lang), shown.includes(r.pattern)]),
      ),
    },
    grid: { left: 60, right: 20, top: 30, bottom: 110 },
    xAxis: {
      type: 'category',
      name: L.dealPrice,
      data: bins.map((b) => `${fmt(b.from)}–${fmt(b.to)}`),
      axisLabel: { rotate: 30, fontSize: 10 },
    },
    yAxis: { type: 'value', name: L.deals },
    series: results.map((r) => ({
      name: patternName(r.pattern, lang),
      type: 'bar',
      data: r.histogram.map((b) => b.count),
    })),
  }
}

const STYLES = NegotiationStyleSchema.options

/** Style profiles (0–100 per style) on one radar. */
export function styleRadarOption(
  profiles: { name: string; profile: Record<NegotiationStyle, number> }[],
  lang: Lang,
): object {
  return {
    tooltip: {},
    legend: { bottom: 0 },
    radar: { indicator: STYLES.map((s) => ({ name: enumLabel(STYLE, s, lang), max: 100 })), radius: '65%' },
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
