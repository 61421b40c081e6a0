import { Alert, Card, Col, List, Row, Statistic, Table, Tag } from 'antd'
import type { PipelineSummary } from '@shared/domain/pipeline'
import { formatDate } from '@shared/i18n/dates'
import { useI18n } from '@renderer/app/i18n'
import { navigate } from '@renderer/app/router'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { PIPE } from './labels'
import { money, stageName } from './PipelinePage'

const pct = (r: number | null, missing: string) => (r == null ? missing : `${(r * 100).toFixed(1)}%`)

/** Forecast, coverage, Q4 concentration, stage-age warnings, conversions and post-award reminders. */
export function PipelineStats({ s }: { s: PipelineSummary }) {
  const L = useLabels(PIPE)
  const { lang } = useI18n()
  const cov = s.coverage
  return (
    <Row gutter={[12, 12]}>
      <Col span={6}>
        <Card size="small" data-testid="coverage">
          <Statistic title={`${L.coverage} ${cov.period}`} value={pct(cov.ratio, L.noTarget)} />
          {fmt(L.coverageOf, { w: money(cov.weighted, L.unknown), t: money(cov.target, L.noTarget) })}
        </Card>
      </Col>
      <Col span={6}>
        <Card size="small" data-testid="q4">
          <Statistic title={`${L.q4} ${s.q4.year}`} value={pct(s.q4.share, L.unknown)} />
          {fmt(L.q4Text, {
            y: s.q4.year,
            s: pct(s.q4.share, L.unknown),
            b: s.q4.q4Bids,
            n: s.q4.bids,
          })}
          {s.q4.share != null && s.q4.share > 0.5 && <Alert type="warning" showIcon message={L.q4Warn} />}
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={L.warnings} data-testid="warnings">
          <List
            size="small"
            dataSource={s.warnings}
            locale={{ emptyText: L.none }}
            renderItem={(w) => (
              <List.Item onClick={() => navigate('bids', w.dealId)} style={{ cursor: 'pointer' }}>
                {w.title}：
                {w.kind === 'stuck'
                  ? fmt(L.stuck, {
                      stage: stageName(w.stage, lang),
                      d: `${w.atLeast ? '≥' : ''}${w.days}`,
                      l: w.limit ?? '',
                    })
                  : fmt(w.kind === 'signing-overdue' ? L.signingOverdue : L.collectionOverdue, { d: w.days })}
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={L.forecast}>
          <Table
            data-testid="forecast"
            size="small"
            rowKey="period"
            pagination={false}
            dataSource={s.forecast}
            rowClassName={(r) => (r.kind === 'quarter' ? 'ant-table-row-selected' : '')}
            columns={[
              { title: L.period, dataIndex: 'period' },
              { title: L.signing, dataIndex: 'signing', align: 'right', render: (v) => money(v, '') },
              { title: L.collection, dataIndex: 'collection', align: 'right', render: (v) => money(v, '') },
            ]}
          />
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={L.reminders} data-testid="reminders">
          <List
            size="small"
            dataSource={s.reminders}
            locale={{ emptyText: L.none }}
            renderItem={(r) => (
              <List.Item onClick={() => navigate('bids', r.bidId)} style={{ cursor: 'pointer' }}>
                {r.title} · {r.step.label[lang]}：
                {r.step.deadline ? (
                  <>
                    {formatDate(r.step.deadline, lang)}{' '}
                    <Tag color={r.daysLeft! <= 2 ? 'red' : 'blue'}>{fmt(L.daysLeft, { d: r.daysLeft! })}</Tag>
                  </>
                ) : (
                  <Tag color="orange">
                    {fmt(L.uncovered, { y: r.step.uncoveredYear ?? '', v: s.calendar.validThrough })}
                  </Tag>
                )}
              </List.Item>
            )}
          />
        </Card>
        <Card size="small" title={L.conversions} style={{ marginTop: 12 }}>
          <Table
            data-testid="conversions"
            size="small"
            rowKey="from"
            pagination={false}
            dataSource={s.conversions}
            columns={[
              { title: L.stage, render: (_, c) => `${c.from} → ${c.to}` },
              { title: '', render: (_, c) => `${c.advanced}/${c.decided}` },
              { title: '%', render: (_, c) => pct(c.rate, '—') },
            ]}
          />
        </Card>
      </Col>
    </Row>
  )
}
