import { Alert, App, Button, Card, Col, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Deal, PipelineSummary } from '@shared/domain/pipeline'
import { call } from '@renderer/api/client'
import { downloadBase64 } from '@renderer/api/files'
import { navigate } from '@renderer/app/router'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { PIPE } from './labels'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel } from '@renderer/app/use-labels'
import { STAGE } from '@renderer/app/enum-labels'
import { OUTCOME } from '@renderer/features/bids/labels'
import { PIPELINE_STAGES } from '@shared/schemas'
import type { Lang } from '@shared/i18n'
import { PipelineStats } from './PipelineStats'
import { SettingsDrawer } from './SettingsDrawer'
import { SETTINGS } from './labels'
import { errorMessage } from '@renderer/api/error-text'

export const stageName = (n: number, lang: Lang) => enumLabel(STAGE, PIPELINE_STAGES[n - 1], lang)

export const money = (n: number | null, missing: string) =>
  n == null ? missing : n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })

function periods(today: string): string[] {
  const y = Number(today.slice(0, 4))
  return [y, y + 1].flatMap((x) => [`${x}Q1`, `${x}Q2`, `${x}Q3`, `${x}Q4`, String(x)])
}

/** 销售漏斗: the seven stages as a board (drag a card to move it) and as a table, with the forecast beside. */
export function PipelinePage() {
  const L = useLabels(PIPE)
  const { lang, pick } = useI18n()
  const { message } = App.useApp()
  const [period, setPeriod] = useState<string | undefined>(undefined)
  const [s, setS] = useState<PipelineSummary | null>(null)
  const [view, setView] = useState<'board' | 'table'>('board')
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    call('pipeline.summary', period ? { period } : {}).then(setS, (e) => setError(String(e?.message ?? e)))
  }, [period])
  useEffect(load, [load])

  const move = async (dealId: string, stage: number) => {
    try {
      await call('pipeline.moveStage', { bidId: dealId, stage })
      message.success(fmt(L.moved, { stage: stageName(stage, lang) }))
      load()
    } catch (e) {
      message.error(String((e as Error).message))
    }
  }

  const S = useLabels(SETTINGS)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [exporting, setExporting] = useState(false)
  const exportXlsx = async () => {
    setExporting(true)
    try {
      const r = await call('pipeline.exportXlsx', period ? { period } : {})
      downloadBase64(r.dataBase64, r.fileName)
    } catch (e) {
      message.error(pick(errorMessage(e)))
    } finally {
      setExporting(false)
    }
  }

  const open = useMemo(() => s?.deals.filter((d) => !d.closed) ?? [], [s])
  if (error) return <Alert type="error" message={error} />
  if (!s) return null
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="pipeline-page">
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {L.title}
        </Typography.Title>
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'board' | 'table')}
          options={[
            { value: 'board', label: <span data-testid="view-board">{L.board}</span> },
            { value: 'table', label: <span data-testid="view-table">{L.table}</span> },
          ]}
        />
        <span>{L.period}</span>
        <Select
          data-testid="period"
          style={{ width: 120 }}
          value={s.period}
          onChange={setPeriod}
          options={periods(s.today).map((p) => ({ value: p, label: p }))}
        />
        <Tag>{fmt(L.validThrough, { y: s.calendar.validThrough })}</Tag>
        <Button data-testid="pipeline-xlsx" loading={exporting} onClick={() => void exportXlsx()}>
          {L.exportXlsx}
        </Button>
        <Button data-testid="pipeline-settings-open" onClick={() => setSettingsOpen(true)}>
          {S.open}
        </Button>
        <SettingsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} onSaved={load} />
      </Space>
      {view === 'board' ? <Board deals={open} s={s} onMove={move} /> : <DealTable deals={s.deals} />}
      <PipelineStats s={s} />
    </Space>
  )
}

function Board({
  deals,
  s,
  onMove,
}: {
  deals: Deal[]
  s: PipelineSummary
  onMove(id: string, stage: number): void
}) {
  const L = useLabels(PIPE)
  const { lang } = useI18n()
  const [over, setOver] = useState<number | null>(null)
  return (
    <div>
      <Typography.Text type="secondary">{L.dropHint}</Typography.Text>
      <Row gutter={8} wrap={false} style={{ overflowX: 'auto' }}>
        {s.stages.map((st) => (
          <Col key={st.stage} flex="1 0 170px">
            <Card
              size="small"
              data-testid={`stage-${st.stage}`}
              title={
                <span title={stageName(st.stage, lang)}>
                  {st.stage}. {stageName(st.stage, lang)}
                </span>
              }
              extra={<Tag>{st.probability}%</Tag>}
              style={{ minHeight: 320, background: over === st.stage ? '#e6f4ff' : undefined }}
              onDragOver={(e) => {
                e.preventDefault()
                setOver(st.stage)
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => {
                e.preventDefault()
                setOver(null)
                const id = e.dataTransfer.getData('text/plain')
                const d = deals.find((x) => x.id === id)
                if (d && d.stage !== st.stage) onMove(id, st.stage)
              }}
            >
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {st.count} · {money(st.weighted, L.unknown)}
              </Typography.Text>
              {deals
                .filter((d) => d.stage === st.stage)
                .map((d) => (
                  <Card
                    key={d.id}
                    size="small"
                    draggable
                    data-testid={`deal-${d.id}`}
                    onDragStart={(e) => e.dataTransfer.setData('text/plain', d.id)}
                    style={{ marginTop: 6, cursor: 'grab' }}
                    onDoubleClick={() => navigate('bids', d.id)}
                  >
                    <div style={{ fontSize: 12, fontWeight: 500 }}>{d.title}</div>
                    <div style={{ fontSize: 12, color: '#888' }}>{d.customer}</div>
                    <div style={{ fontSize: 12 }}>
                      {money(d.amount, L.unknown)} → {money(d.weighted, L.unknown)}
                    </div>
                    {s.warnings.some((w) => w.dealId === d.id) && <Tag color="orange">!</Tag>}
                  </Card>
                ))}
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  )
}

function DealTable({ deals }: { deals: Deal[] }) {
  const L = useLabels(PIPE)
  const { lang } = useI18n()
  return (
    <Table<Deal>
      data-testid="deal-table"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={deals}
      onRow={(d) => ({ onDoubleClick: () => navigate('bids', d.id) })}
      columns={[
        { title: L.project, dataIndex: 'title' },
        { title: L.customer, dataIndex: 'customer' },
        {
          title: L.stage,
          dataIndex: 'stage',
          sorter: (a, b) => a.stage - b.stage,
          render: (v: number) => `${v}. ${stageName(v, lang)}`,
        },
        { title: L.amount, dataIndex: 'amount', align: 'right', render: (v) => money(v, L.unknown) },
        { title: L.probability, dataIndex: 'probability', align: 'right', render: (v) => `${v}%` },
        { title: L.weighted, dataIndex: 'weighted', align: 'right', render: (v) => money(v, L.unknown) },
        { title: L.bidDate, dataIndex: 'bidDate' },
        { title: L.contractDate, dataIndex: 'contractDate' },
        { title: L.paymentDate, dataIndex: 'paymentDate' },
        { title: L.outcome, dataIndex: 'outcome', render: (v: string) => enumLabel(OUTCOME, v, lang) },
      ]}
    />
  )
}
