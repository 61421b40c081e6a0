import { Table, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { dimensionLabel, gapTable, type GapRow } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import { formatDate } from '@shared/i18n/dates'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { fmtScore } from '../format'
import { L as LABELS } from '../labels'
import { BID } from './labels'
import { rowAttrs } from '@renderer/components/row-attrs'

/** Us vs every competitor of the bid, biggest disadvantage first; unscored rows last, never as 0. */
export function GapTable({ competitors }: { competitors: Competitor[] }) {
  const { lang } = useI18n()
  const L = useLabels(LABELS)
  const B = useLabels(BID)
  const rows = useMemo(() => gapTable(competitors), [competitors])
  return (
    <Table<GapRow>
      size="small"
      data-testid="gap-table"
      rowKey={(r) => `${r.competitorId}|${r.dimension}`}
      dataSource={rows}
      pagination={rows.length > 40 ? { pageSize: 40, showSizeChanger: false } : false}
      onRow={(r) => rowAttrs({ 'data-gap': r.gap === null ? '' : String(r.gap) })}
      columns={[
        { title: B.competitor, dataIndex: 'competitor', width: 220 },
        {
          title: L.dimension,
          dataIndex: 'dimension',
          width: 150,
          render: (d: GapRow['dimension']) => dimensionLabel(d, lang),
        },
        { title: L.us, dataIndex: 'us', width: 64, render: (v: number | null) => fmtScore(v, L.missing) },
        { title: L.them, dataIndex: 'them', width: 64, render: (v: number | null) => fmtScore(v, L.missing) },
        {
          title: B.gapColumn,
          dataIndex: 'gap',
          width: 130,
          render: (g: number | null) =>
            g === null ? (
              <Typography.Text type="secondary">{L.missing}</Typography.Text>
            ) : (
              <Tag color={g > 0 ? 'red' : g < 0 ? 'green' : undefined}>{g > 0 ? `+${g}` : g}</Tag>
            ),
        },
        { title: L.evidence, dataIndex: 'evidence', ellipsis: true },
        { title: L.date, dataIndex: 'date', width: 110, render: (d: string | null) => formatDate(d, lang) },
      ]}
    />
  )
}
