import { BarChart, LineChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  PolarComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'

// The radar option draws its series as polar lines over a radar grid (so a missing score is a gap),
// hence radar + polar + line; the market-share chart needs bar + grid.
echarts.use([
  RadarComponent,
  PolarComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  TitleComponent,
  LineChart,
  BarChart,
  SVGRenderer,
])

/** One ECharts instance bound to a div; a new option replaces the old one entirely. */
export function EChart(props: {
  option: object | null
  height?: number
  testId?: string
  data?: Record<string, string>
}) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)

  useEffect(() => {
    if (!el.current) return
    const c = echarts.init(el.current, undefined, { renderer: 'svg' })
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
    if (!chart.current) return
    if (props.option) chart.current.setOption(props.option as echarts.EChartsCoreOption, { notMerge: true })
    else chart.current.clear()
  }, [props.option])

  const dataAttrs = Object.fromEntries(Object.entries(props.data ?? {}).map(([k, v]) => [`data-${k}`, v]))
  return (
    <div
      ref={el}
      data-testid={props.testId}
      {...dataAttrs}
      style={{ width: '100%', height: props.height ?? 380 }}
    />
  )
}
