import { LineChart } from 'echarts/charts'
import { GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'
import type { WinSweep } from '@shared/domain/matrices/winprob'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { wan } from './format'
import { WINPROB } from './labels'

echarts.use([
  LineChart,
  GridComponent,
  TooltipComponent,
  MarkAreaComponent,
  MarkLineComponent,
  CanvasRenderer,
])

/** Rank-1 probability against our price, the recommended band shaded and our current price marked. */
export function WinProbChart({ sweep, ourPrice }: { sweep: WinSweep; ourPrice: number | null }) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const { lang } = useI18n()
  const L = useLabels(WINPROB)

  useEffect(() => {
    if (!el.current) return
    const c = echarts.init(el.current)
    chart.current = c
    const ro = new ResizeObserver(() => c.resize())
    ro.observe(el.current)
    return () => {
      ro.disconnect()
      c.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    const band = sweep.band
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 56, right: 24, top: 24, bottom: 40 },
        tooltip: {
          trigger: 'axis',
          valueFormatter: (v: unknown) => `${(Number(v) * 100).toFixed(1)}%`,
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
        yAxis: {
          type: 'value',
          min: 0,
          max: 1,
          axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
        },
        series: [
          {
            name: L.series,
            type: 'line',
            showSymbol: false,
            smooth: false,
            data: sweep.points.map((p) => [p.price, p.probability]),
            lineStyle: { width: 2, color: '#1677ff' },
            markArea: band
              ? {
                  silent: true,
                  itemStyle: { color: 'rgba(82, 196, 26, 0.15)' },
                  label: { show: true, position: 'insideTop', formatter: L.band, color: '#389e0d' },
                  data: [[{ xAxis: band.low }, { xAxis: band.high }]],
                }
              : undefined,
            markLine:
              ourPrice != null
                ? {
                    silent: true,
                    symbol: 'none',
                    lineStyle: { color: '#fa8c16', type: 'dashed' },
                    label: { formatter: L.currentPrice, color: '#d46b08' },
                    data: [{ xAxis: ourPrice }],
                  }
                : undefined,
          },
        ],
      },
      true,
    )
  }, [sweep, ourPrice, lang, L])

  return <div ref={el} style={{ width: '100%', height: 300 }} />
}
