import { Table, Tooltip, Typography } from 'antd'
import { useMemo } from 'react'
import { shareBarOption, shareTable, type ShareCell } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { EChart } from '@renderer/components/EChart'
import { fmtShare } from '../format'
import { L as LABELS } from '../labels'
import { BID, SHARE } from './labels'

type Row = {
  key: string
  competitor: string
  cells: (ShareCell | null)[]
  total?: { known: number | null; missing: number }[]
}

/** Market share per segment: a table and a grouped bar chart, missing figures shown as missing (a gap). */
export function SharePanel({ competitors }: { competitors: Competitor[] }) {
  const { lang } = useI18n()
  const L = useLabels(LABELS)
  const B = useLabels(BID)
  const S = useLabels(SHARE)
  const table = useMemo(() => shareTable(competitors), [competitors])
  const option = useMemo(
    () => (table.segments.length ? (shareBarOption(table, { lang }) as object) : null),
    [table, lang],
  )
  if (table.segments.length === 0) {
    return <Typography.Text type="secondary">{S.noData}</Typography.Text>
  }
  const rows: Row[] = [
    ...table.rows.map((r) => ({ key: r.competitorId, competitor: r.competitor, cells: r.cells })),
    { key: '__total', competitor: S.knownTotal, cells: table.segments.map(() => null), total: table.totals },
  ]
  return (
    <>
      <Table<Row>
        size="small"
        data-testid="share-table"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: B.competitor, dataIndex: 'competitor', width: 220 },
          ...table.segments.map((s, i) => ({
            title: s,
            key: `s${i}`,
            render: (_: unknown, r: Row) => {
              if (r.total) {
                const t = r.total[i]
                return `${fmtShare(t.known, L.missing)}${t.missing ? fmt(S.missingCount, { n: t.missing }) : ''}`
              }
              const c = r.cells[i]!
              const text = fmtShare(c.share, L.missing)
              const src = [c.source, c.date].filter(Boolean).join(S.sourceSep)
              return c.share === null ? (
                <Typography.Text type="secondary" data-missing="1">
                  {text}
                </Typography.Text>
              ) : src ? (
                <Tooltip title={src}>
                  <span style={{ borderBottom: '1px dotted #999' }}>{text}</span>
                </Tooltip>
              ) : (
                text
              )
            },
          })),
        ]}
      />
      <EChart option={option} height={340} testId="share-chart" />
      <Typography.Text type="secondary">{S.note}</Typography.Text>
    </>
  )
}
