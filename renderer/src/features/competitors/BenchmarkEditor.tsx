import { Table, Tag, Tooltip, Typography } from 'antd'
import { useMemo } from 'react'
import { ourScores, seriesOf, theirScores } from '../../../../shared/domain/competitors'
import { BENCHMARK_DIMENSIONS, type Competitor } from '../../../../shared/schemas'
import { DateCell, NumberCell, TextCell } from './EditTable'
import { RadarView } from './RadarView'
import { localToday } from './format'

type Entry = Competitor['benchmark'][number]
type Dim = (typeof BENCHMARK_DIMENSIONS)[number]

/*
 * A competitor may keep several entries per dimension (history, merged records). The row edits the
 * current one: latest date, undated oldest, the later entry on a tie — the order the readers
 * (theirScores/ourScores) use — so what is typed is what the radar and the reports show.
 */
export function currentEntryIndex(entries: readonly Entry[], d: Dim): number {
  let best = -1
  entries.forEach((e, i) => {
    if (e.dimension !== d) return
    if (best === -1 || (e.date ?? '') >= (entries[best].date ?? '')) best = i
  })
  return best
}

/** The eight dimensions, us vs them with evidence and date, and the radar that follows each keystroke. */
export function BenchmarkEditor({
  doc,
  setBenchmark,
}: {
  doc: Competitor
  setBenchmark(next: Entry[]): void
}) {
  const rows = BENCHMARK_DIMENSIONS.map((d, i) => {
    const at = currentEntryIndex(doc.benchmark, d)
    const history = doc.benchmark.filter((e) => e.dimension === d).length
    return { d, i, at, e: at >= 0 ? doc.benchmark[at] : null, history }
  })
  const edit = (d: Dim, at: number, patch: Partial<Entry>) => {
    if (at >= 0) setBenchmark(doc.benchmark.map((e, k) => (k === at ? { ...e, ...patch } : e)))
    else
      setBenchmark([
        ...doc.benchmark,
        { dimension: d, us: null, them: null, evidence: '', date: localToday(), ...patch },
      ])
  }
  const radar = useMemo(
    () => ({ us: seriesOf('我方', ourScores([doc])), them: [seriesOf(doc.title, theirScores(doc))] }),
    [doc],
  )
  return (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
      <div style={{ flex: '1 1 600px', minWidth: 0 }}>
        <Table
          size="small"
          pagination={false}
          rowKey="d"
          dataSource={rows}
          data-testid="benchmark-table"
          columns={[
            {
              title: '维度',
              width: 140,
              render: (_, r) =>
                r.history > 1 ? (
                  <Tooltip title={`该维度有 ${r.history} 条历史评分，此处编辑日期最新的一条`}>
                    {r.d} <Tag bordered={false}>{r.history}</Tag>
                  </Tooltip>
                ) : (
                  r.d
                ),
            },
            {
              title: '我方',
              width: 64,
              render: (_, r) => (
                <NumberCell
                  min={0}
                  max={10}
                  testId={`bench-us-${r.i}`}
                  value={r.e?.us ?? null}
                  onChange={(v) => edit(r.d, r.at, { us: v })}
                />
              ),
            },
            {
              title: '对手',
              width: 64,
              render: (_, r) => (
                <NumberCell
                  min={0}
                  max={10}
                  testId={`bench-them-${r.i}`}
                  value={r.e?.them ?? null}
                  onChange={(v) => edit(r.d, r.at, { them: v })}
                />
              ),
            },
            {
              title: <Tooltip title="对手 − 我方：正数表示我方落后">差距</Tooltip>,
              width: 56,
              render: (_, r) => {
                const g =
                  r.e && r.e.us !== null && r.e.them !== null
                    ? Math.round((r.e.them - r.e.us) * 100) / 100
                    : null
                if (g === null) return <Typography.Text type="secondary">缺失</Typography.Text>
                return <Tag color={g > 0 ? 'red' : g < 0 ? 'green' : undefined}>{g > 0 ? `+${g}` : g}</Tag>
              },
            },
            {
              title: '依据',
              render: (_, r) => (
                <TextCell
                  area
                  value={r.e?.evidence ?? ''}
                  placeholder="事实、来源"
                  onChange={(v) => edit(r.d, r.at, { evidence: v })}
                />
              ),
            },
            {
              title: '日期',
              width: 136,
              render: (_, r) => (
                <DateCell value={r.e?.date ?? null} onChange={(v) => edit(r.d, r.at, { date: v })} />
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          0–10 分；不知道请留空（显示为缺失，不按 0 分计）。
        </Typography.Paragraph>
      </div>
      <div style={{ flex: '0 1 480px', minWidth: 380 }}>
        <RadarView us={radar.us} others={radar.them} />
      </div>
    </div>
  )
}
