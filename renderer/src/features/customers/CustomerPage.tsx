import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { CustomerProfile } from '@shared/contract/customers'
import type { CustomerRisk } from '@shared/domain/customers'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { navigate } from '@renderer/app/router'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { money, stageName } from '../pipeline/PipelinePage'
import { PROFILE } from './profile-labels'

function riskText(r: CustomerRisk, L: ReturnType<typeof useLabels<typeof PROFILE>>): string {
  switch (r.kind) {
    case 'kdm-level-fall':
      return fmt(L.riskFall, { name: r.personName, from: r.from ?? '', to: r.to ?? '', date: r.date ?? '' })
    case 'new-kdm':
      return fmt(L.riskNew, { name: r.personName, d: r.days ?? '' })
    case 'kdm-no-visit':
      return r.days == null
        ? fmt(L.riskNeverVisited, { name: r.personName })
        : fmt(L.riskNoVisit, { name: r.personName, d: r.days })
    case 'competitor-visit':
      return fmt(L.riskCompetitor, { c: r.competitor, name: r.personName, date: r.date ?? '' })
    default:
      return L.riskATier
  }
}

/** 大客户档案: people and their CR over time, visits, linked bids and the 风险预警. */
export function CustomerPage({ id }: { id: string }) {
  const L = useLabels(PROFILE)
  const { lang } = useI18n()
  const [p, setP] = useState<CustomerProfile | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('customers.profile', { id }).then(setP, (e) => setError(String(e?.message ?? e)))
  }, [id])
  if (error) return <Alert type="error" message={error} />
  if (!p) return null
  const c = p.customer
  const person = new Map(c.people.map((x) => [x.id, x.name]))
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="customer-page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {c.title}{' '}
        {p.tier.tier && (
          <Tag color={p.tier.tier === 'A' ? 'red' : 'blue'} data-testid="tier">
            {fmt(L.tier, { t: p.tier.tier })}
          </Tag>
        )}
      </Typography.Title>
      <Descriptions size="small" column={4}>
        <Descriptions.Item label={L.nature}>{c.nature}</Descriptions.Item>
        <Descriptions.Item label={L.industry}>{c.industry}</Descriptions.Item>
        <Descriptions.Item label={L.score}>
          {p.tier.score == null ? L.unknown : `${p.tier.value} × ${p.tier.potential} = ${p.tier.score}`}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={L.risks} data-testid="risks">
        {p.risks.length === 0
          ? L.noRisk
          : p.risks.map((r, i) => (
              <Alert
                key={i}
                type="warning"
                showIcon
                data-risk={r.kind}
                message={riskText(r, L)}
                style={{ marginBottom: 4 }}
              />
            ))}
      </Card>
      <Card size="small" title={L.people}>
        <Table
          data-testid="people"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.people}
          columns={[
            { title: L.name, dataIndex: 'name' },
            { title: L.position, dataIndex: 'position' },
            { title: L.role, dataIndex: 'role' },
            { title: L.level, dataIndex: 'level', render: (v: string) => <Tag>{v}</Tag> },
            {
              title: L.history,
              render: (_, x) =>
                [...x.levelHistory]
                  .sort((a, b) => a.date.localeCompare(b.date))
                  .map((h) => `${h.date} ${h.level}`)
                  .join(' → '),
            },
            { title: L.values, dataIndex: 'valuePoints' },
          ]}
        />
      </Card>
      <Card size="small" title={L.visits}>
        <Table
          data-testid="visits"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...c.activities].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))}
          columns={[
            { title: L.date, dataIndex: 'date' },
            { title: L.kind, dataIndex: 'kind' },
            { title: L.who, render: (_, a) => a.personIds.map((i) => person.get(i) ?? i).join('、') },
            { title: L.summary, dataIndex: 'summary' },
            { title: L.outcome, dataIndex: 'outcome' },
          ]}
        />
      </Card>
      <Card size="small" title={L.bids}>
        <Table
          data-testid="customer-bids"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.bids}
          onRow={(d) => ({ onClick: () => navigate('bids', d.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: L.bid, dataIndex: 'title' },
            { title: L.stage, render: (_, d) => stageName(d.stage, lang) },
            { title: L.amount, align: 'right', render: (_, d) => money(d.amount, L.unknown) },
            { title: L.outcome, dataIndex: 'outcome' },
          ]}
        />
      </Card>
    </Space>
  )
}
