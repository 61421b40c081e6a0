import { useMemo } from 'react'
import type { WinSweep } from '@shared/domain/matrices/winprob'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { EChart } from '@renderer/components/EChart'
import { wan } from './format'
import { WINPROB } from './labels'

/**
 * Rank-1 probability (left axis) and expected profit (right axis) against our price, our current price
 * and the recommended price (highest expected profit) marked.
 */
export function WinProbChart({ sweep, ourPrice }: { sweep: WinSweep; ourPrice: number | null }) {
  const { lang } = useI18n()
  const L = useLabels(WINPROB)
  const option = useMemo(() => {
    const best = sweep.profit.best
    const hasProfit = sweep.profit.points.some((p) => p.expectedProfit != null)
    const marks = [
      ...(ourPrice != null
        ? [
            {
              xAxis: ourPrice,
              label: { formatter: L.currentPrice, color: '#d46b08' },
              lineStyle: { color: '#fa8c16' },
            },
          ]
        : []),
      ...(best
        ? [
            {
              xAxis: best.price,
              label: { formatter: L.recommendedMark, color: '#389e0d' },
              lineStyle: { color: '#52c41a' },
            },
          ]
        : []),
    ]
    return {
      animation: false,
      grid: { left: 56, right: hasProfit ? 72 : 24, top: 32, bottom: 40 },
      legend: { top: 0, data: hasProfit ? [L.series, L.seriesProfit] : [L.series] },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) =>
          Math.abs(Number(v)) <= 1 ? `${(Number(v) * 100).toFixed(1)}%` : wan(Number(v), lang),
      },
      xAxis: {
        type: 'value',
        name: L.axisPrice,
        nameLocation: 'middle',
        nameGap: 26,
        min: sweep.points[0]?.price,
        max: sweep.points[sweep.points.length - 1]?.price,
        axisLabel: { formatter: (v: number) => wan(v, lang, 0) },
      },
      yAxis: [
        {
          type: 'value',
          min: 0,
          max: 1,
          axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
        },
        ...(hasProfit
          ? [
              {
                type: 'value',
                name: L.axisProfit,
                splitLine: { show: false },
                axisLabel: { formatter: (v: number) => wan(v, lang, 0) },
              },
            ]
          : []),
      ],
      series: [
        {
          name: L.series,
          type: 'line',
          showSymbol: false,
          data: sweep.points.map((p) => [p.price, p.probability]),
          lineStyle: { width: 2, color: '#1677ff' },
          itemStyle: { color: '#1677ff' },
          markLine: marks.length
            ? { silent: true, symbol: 'none', lineStyle: { type: 'dashed' }, data: marks }
            : undefined,
        },
        ...(hasProfit
          ? [
              {
                name: L.seriesProfit,
                type: 'line',
                yAxisIndex: 1,
                showSymbol: false,
                data: sweep.profit.points.map((p) => [p.price, p.expectedProfit]),
                lineStyle: { width: 2, color: '#52c41a' },
                itemStyle: { color: '#52c41a' },
              },
            ]
          : []),
      ],
    }
  }, [sweep, ourPrice, lang, L])

  return <EChart option={option} height={300} testId="winprob-chart" />
}
