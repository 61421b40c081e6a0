import { Button, Card, Space, Table, Tag, Tooltip } from 'antd'
import dayjs from 'dayjs'
import { bidStrategies, completeStrategy, planStrategy, type StrategyState } from '@shared/domain/customers'
import { newId, type Customer } from '@shared/schemas'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { STRATEGY } from './labels'
import { rowAttrs } from '@renderer/components/row-attrs'

const STATUS_COLOR = { todo: 'default', planned: 'blue', done: 'green' } as const

/**
 * The course's four strategies for this bid's customer, each with its status from the customer's activities
 * and the next action: arrange it (an undated activity of this bid with the chain's people), then mark it held.
 */
export function StrategiesCard(p: {
  customer: Customer
  bidId: string
  personIds: string[]
  save(next: Customer): void
}) {
  const L = useLabels(STRATEGY)
  const today = dayjs().format('YYYY-MM-DD')
  const rows = bidStrategies(p.customer, p.bidId, today)
  return (
    <Card
      size="small"
      title={<Tooltip title={L.help}>{L.title}</Tooltip>}
      style={{ marginBottom: 12 }}
      data-testid="strategies"
    >
      <Table<StrategyState>
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={rows}
        onRow={(r) => rowAttrs({ 'data-testid': `strategy-${r.kind}`, 'data-status': r.status })}
        columns={[
          { key: 'kind', render: (_, r) => L[r.kind] },
          {
            key: 'status',
            width: 180,
            render: (_, r) => (
              <Tag color={STATUS_COLOR[r.status]}>
                {r.status === 'done' ? fmt(L.done, { date: r.date ?? '' }) : L[r.status]}
              </Tag>
            ),
          },
          {
            key: 'action',
            width: 140,
            render: (_, r) => (
              <Space>
                {r.status === 'todo' && (
                  <Button
                    size="small"
                    onClick={() =>
                      p.save(planStrategy(p.customer, p.bidId, r.kind, p.personIds, newId('act')))
                    }
                  >
                    {L.plan}
                  </Button>
                )}
                {r.status === 'planned' && r.activityId && (
                  <Button
                    size="small"
                    type="primary"
                    ghost
                    onClick={() => p.save(completeStrategy(p.customer, r.activityId!, today))}
                  >
                    {L.complete}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
        showHeader={false}
      />
    </Card>
  )
}
