import { Alert, Card, Col, Row, Table, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { WinLossReport } from '@shared/contract/pipeline'
import type { RateRow } from '@shared/domain/pipeline'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { EChart } from '@renderer/components/EChart'
import { WL } from './labels'

const pct = (r: number | null) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`)

/** A bar per group: win rate in percent, with the decided count in the label ("2/3"). */
function rateOption(rows: RateRow[], names: string[], label: string) {
  return {
    grid: { left: 120, right: 30, top: 10, bottom: 30 },
    tooltip: {},
    xAxis: { type: 'value', max: 100, name: '%' },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [
      {
        type: 'bar',
        name: label,
        data: rows.map((r) => (r.rate == null ? null : Math.round(r.rate * 1000) / 10)),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => `${rows[p.dataIndex].won}/${rows[p.dataIndex].decided}`,
        },
      },
    ],
  }
}

const NATURE_EN: Record<string, string> = {
  政府: 'Government',
  国企: 'State-owned',
  民营: 'Private',
  外资: 'Foreign',
}
const METHOD_EN: Record<string, string> = {
  综合评分法: 'Comprehensive scoring',
  最低评标价法: 'Lowest evaluated price',
  未知: 'Unknown',
}

/** 输赢分析: win rates, the price gap at losses and the competitors' price positions over time. */
export function WinLossPage() {
  const L = useLabels(WL)
  const { lang } = useI18n()
  const [w, setW] = useState<WinLossReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('pipeline.winloss', {}).then(setW, (e) => setError(String(e?.message ?? e)))
  }, [])
  const tr = (map: Record<string, string>, k: string) => (lang === 'en' ? (map[k] ?? k) : k)
  const positions = useMemo(() => {
    if (!w) return null
    const p = w.positions
    return {
      grid: { left: 50, right: 20, top: 40, bottom: 60 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: p.tenders.map((t) => t.date ?? '?'), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: '%', scale: true },
      // connectNulls false: a tender without the price (or without a ceiling) is a gap in the line, never 0.
      series: p.series.map((s) => ({
        type: 'line',
        name: s.name,
        data: s.values,
        connectNulls: false,
        symbolSize: 8,
        lineStyle: s.isUs ? { width: 3 } : undefined,
      })),
    }
  }, [w])
  if (error) return <Alert type="error" message={error} />
  if (!w) return null
  const o = w.overall
  const charts: [string, string, RateRow[], string[]][] = [
    ['byCompetitor', L.byCompetitor, w.byCompetitor, w.byCompetitor.map((r) => r.name)],
    ['byNature', L.byNature, w.byNature, w.byNature.map((r) => tr(NATURE_EN, r.key))],
    ['byMethod', L.byMethod, w.byMethod, w.byMethod.map((r) => tr(METHOD_EN, r.key))],
    ['byWeight', L.byWeight, w.byPriceWeight, w.byPriceWeight.map((r) => tr(METHOD_EN, r.key))],
  ]
  const missing = w.positions.series.flatMap((s) =>
    s.missing.filter((m) => m === 'price' || m === 'ceiling'),
  ).length
  return (
    <div data-testid="winloss-page">
      <Typography.Title level={4}>{L.title}</Typography.Title>
      <Typography.Paragraph data-testid="overall">
        {fmt(L.overall, {
          won: o.won,
          decided: o.decided,
          rate: pct(o.rate),
          failed: w.failed,
          dropped: w.dropped,
          open: w.open,
        })}
      </Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {charts.map(([key, title, rows, names]) => (
          <Col span={12} key={key}>
            <Card size="small" title={`${title} · ${L.winRate}`}>
              <EChart
                testId={`chart-${key}`}
                height={Math.max(140, 40 * rows.length + 50)}
                option={rateOption(rows, names, L.winRate)}
                data={{ rates: JSON.stringify(rows.map((r) => r.rate)) }}
              />
            </Card>
          </Col>
        ))}
        <Col span={24}>
          <Card size="small" title={L.positions}>
            <EChart
              testId="chart-positions"
              option={positions}
              data={{
                series: JSON.stringify(w.positions.series.map((s) => ({ name: s.name, values: s.values }))),
              }}
            />
            {missing > 0 && <Alert type="info" showIcon message={L.missingNote} />}
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={L.gaps}>
            <Table
              data-testid="gaps"
              size="small"
              rowKey="bidId"
              pagination={false}
              dataSource={w.gaps}
              columns={[
                { title: '', dataIndex: 'title' },
                {
                  title: L.ours,
                  dataIndex: 'ours',
                  align: 'right',
                  render: (v: number) => v.toLocaleString('zh-CN'),
                },
                {
                  title: L.winner,
                  dataIndex: 'winner',
                  align: 'right',
                  render: (v: number) => v.toLocaleString('zh-CN'),
                },
                { title: L.gapPct, dataIndex: 'gapPct', align: 'right', render: (v: number) => `${v}%` },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  )
}
