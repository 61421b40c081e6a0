import { Table, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { gapTable, type GapRow } from '../../../../../shared/domain/competitors'
import type { Competitor } from '../../../../../shared/schemas'
import { fmtScore } from '../format'

/** Us vs every competitor of the bid, biggest disadvantage first; unscored rows last, never as 0. */
export function GapTable({ competitors }: { competitors: Competitor[] }) {
  const rows = useMemo(() => gapTable(competitors), [competitors])
  return (
    <Table<GapRow>
      size="small"
      data-testid="gap-table"
      rowKey={(r) => `${r.competitorId}|${r.dimension}`}
      dataSource={rows}
      pagination={rows.length > 40 ? { pageSize: 40, showSizeChanger: false } : false}
      onRow={(r) => ({ 'data-gap': r.gap === null ? '' : String(r.gap) }) as never}
      columns={[
        { title: '竞争对手', dataIndex: 'competitor', width: 220 },
        { title: '维度', dataIndex: 'dimension', width: 150 },
        { title: '我方', dataIndex: 'us', width: 64, render: (v: number | null) => fmtScore(v) },
        { title: '对手', dataIndex: 'them', width: 64, render: (v: number | null) => fmtScore(v) },
        {
          title: '差距（对手 − 我方）',
          dataIndex: 'gap',
          width: 130,
          render: (g: number | null) =>
            g === null ? (
              <Typography.Text type="secondary">缺失</Typography.Text>
            ) : (
              <Tag color={g > 0 ? 'red' : g < 0 ? 'green' : undefined}>{g > 0 ? `+${g}` : g}</Tag>
            ),
        },
        { title: '依据', dataIndex: 'evidence', ellipsis: true },
        { title: '日期', dataIndex: 'date', width: 110, render: (d: string | null) => d ?? '' },
      ]}
    />
  )
}
