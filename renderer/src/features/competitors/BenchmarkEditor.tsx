import { Table, Tag, Tooltip, Typography } from 'antd'
import { useMemo } from 'react'
import { dimensionLabel, ourScores, seriesOf, theirScores } from '@shared/domain/competitors'
import { BENCHMARK_DIMENSIONS, type Competitor } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { DateCell, NumberCell, TextCell } from './EditTable'
import { L as LABELS } from './labels'
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
  invalid = {},
}: {
  doc: Competitor
  setBenchmark(next: Entry[]): void
  /** The editor's validation messages by path (a score of 11 is kept on screen, named, not saved). */
  invalid?: Record<string, string>
}) {
  const { lang } = useI18n()
  const L = useLabels(LABELS)
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
    () => ({ us: seriesOf(L.us, ourScores([doc])), them: [seriesOf(doc.title, theirScores(doc))] }),
    [doc, L.us],
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
              title: L.dimension,
              width: 140,
              render: (_, r) =>
                r.history > 1 ? (
                  <Tooltip title={fmt(L.historyHint, { n: r.history })}>
                    {dimensionLabel(r.d, lang)} <Tag bordered={false}>{r.history}</Tag>
                  </Tooltip>
                ) : (
                  dimensionLabel(r.d, lang)
                ),
            },
            {
              title: L.us,
              width: 64,
              render: (_, r) => (
                <NumberCell
                  error={invalid[`benchmark.${r.at}.us`]}
                  testId={`bench-us-${r.i}`}
                  value={r.e?.us ?? null}
                  onChange={(v) => edit(r.d, r.at, { us: v })}
                />
              ),
            },
            {
              title: L.them,
              width: 64,
              render: (_, r) => (
                <NumberCell
                  error={invalid[`benchmark.${r.at}.them`]}
                  testId={`bench-them-${r.i}`}
                  value={r.e?.them ?? null}
                  onChange={(v) => edit(r.d, r.at, { them: v })}
                />
              ),
            },
            {
              title: <Tooltip title={L.gapHint}>{L.gap}</Tooltip>,
              width: 56,
              render: (_, r) => {
                const g =
                  r.e && r.e.us !== null && r.e.them !== null
                    ? Math.round((r.e.them - r.e.us) * 100) / 100
                    : null
                if (g === null) return <Typography.Text type="secondary">{L.missing}</Typography.Text>
                return <Tag color={g > 0 ? 'red' : g < 0 ? 'green' : undefined}>{g > 0 ? `+${g}` : g}</Tag>
              },
            },
            {
              title: L.evidence,
              render: (_, r) => (
                <TextCell
                  area
                  value={r.e?.evidence ?? ''}
                  placeholder={L.evidencePlaceholder}
                  onChange={(v) => edit(r.d, r.at, { evidence: v })}
                />
              ),
            },
            {
              title: L.date,
              width: 136,
              render: (_, r) => (
                <DateCell value={r.e?.date ?? null} onChange={(v) => edit(r.d, r.at, { date: v })} />
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {L.scoreNote}
        </Typography.Paragraph>
      </div>
      <div style={{ flex: '0 1 480px', minWidth: 380 }}>
        <RadarView us={radar.us} others={radar.them} />
      </div>
    </div>
  )
}
