import { BarChart, LineChart, RadarChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  PolarComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { Empty } from 'antd'
import { useEffect, useMemo, useRef } from 'react'
import { UI_FONT_FAMILY } from '@renderer/app/fonts'
import { useLabels } from '@renderer/app/use-labels'
import { chartHasData } from './chart-data'
import { L as LABELS } from './labels'

// Every chart kind the app draws. The competitor radar is polar lines over a radar grid (a missing score
// is a gap), hence radar + polar + line next to the radar series of the negotiation style test.
echarts.use([
  LineChart,
  BarChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  PolarComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
])

const THEME = 'bidbench'
echarts.registerTheme(THEME, { textStyle: { fontFamily: UI_FONT_FAMILY } })

/**
 * The one ECharts binding: an SVG chart (tests and screen readers can read it) in the app's font, resized
 * with its container, disposed on unmount. A new option replaces the old one entirely (notMerge), so a
 * series that disappeared leaves the chart. An option that is null or has no plottable value shows
 * "no data" instead of empty axes that read as zeros. `data` becomes data-* attributes on the container.
 */
export function EChart(props: {
  option: object | null
  height?: number
  testId?: string
  data?: Record<string, string>
  emptyText?: string
}) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const L = useLabels(LABELS)
  const hasData = useMemo(() => chartHasData(props.option), [props.option])

  useEffect(() => {
    if (!el.current) return
    const c = echarts.init(el.current, THEME, { renderer: 'svg' })
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
    const c = chart.current
    if (!c) return
    if (props.option && hasData) c.setOption(props.option as echarts.EChartsCoreOption, { notMerge: true })
    else c.clear()
  }, [props.option, hasData])

  const dataAttrs = Object.fromEntries(Object.entries(props.data ?? {}).map(([k, v]) => [`data-${k}`, v]))
  const height = props.height ?? 300
  return (
    <div
      data-testid={props.testId}
      data-empty={hasData ? undefined : '1'}
      {...dataAttrs}
      style={{ position: 'relative', width: '100%', height }}
    >
      <div ref={el} style={{ width: '100%', height: '100%' }} />
      {!hasData && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={props.emptyText ?? L.noData}
          style={{ position: 'absolute', inset: 0, margin: 0, display: 'grid', placeContent: 'center' }}
        />
      )}
    </div>
  )
}
