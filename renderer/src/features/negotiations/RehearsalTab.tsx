import { DeleteOutlined, FlagOutlined, PlayCircleOutlined, SendOutlined } from '@ant-design/icons'
import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  debrief,
  rehearsalStep,
  startRehearsal,
  type BuyerParams,
  type RehearsalSession,
} from '../../../../shared/domain/concession'
import type { Negotiation } from '../../../../shared/schemas'
import type { DocEditor } from '../../hooks/useDocEditor'
import { BuyerEditor, buyerProblem } from './BuyerPanel'
import { DebriefView } from './DebriefView'
import { errorText, fmt, planSchedule, rehearsalPlan, upsertSession, type Bi } from './plan-input'
import { ACTION_LABEL } from './SimulatorTab'

type Ed = DocEditor<'negotiations'> & { doc: Negotiation }

function Transcript({ session }: { session: RehearsalSession }) {
  const box = useRef<HTMLDivElement>(null)
  // The newest answer is what the user must read next: keep it in view.
  useEffect(() => {
    box.current?.scrollTo({ top: box.current.scrollHeight })
  }, [session.turns.length])
  return (
    <div
      ref={box}
      data-testid="transcript"
      style={{ maxHeight: 360, overflow: 'auto', padding: 8, background: '#fafafa', borderRadius: 6 }}
    >
      <Typography.Paragraph type="secondary">{`开价 ${fmt(session.openingPrice)} 元。你是卖方，每轮输入让步金额（可附带一项可交换条件）。`}</Typography.Paragraph>
      {session.turns.map((t) => (
        <div key={t.round} style={{ marginBottom: 10 }} data-testid={`turn-${t.round}`}>
          <div style={{ textAlign: 'right' }}>
            <Tag color="blue">{`第 ${t.round} 轮 · 我方`}</Tag>
            {`${t.concession < 0 ? `收回 ${fmt(-t.concession)}` : `让步 ${fmt(t.concession)}`}${t.tradeable ? `，附带「${t.tradeable}」` : ''}，报价 ${fmt(t.price)}`}
          </div>
          <div>
            <Tag color={ACTION_LABEL[t.action].color}>{`买方 · ${ACTION_LABEL[t.action].text}`}</Tag>
            <span data-testid="buyer-message">{t.message.zh}</span>
            {t.counterOffer != null && (
              <Typography.Text type="secondary">{`（还价 ${fmt(t.counterOffer)}）`}</Typography.Text>
            )}
          </div>
        </div>
      ))}
    </div>
  )
}

/** Rehearsal mode: the user plays the seller against the simulated buyer, then reads the debrief. */
export function RehearsalTab({
  ed,
  buyer,
  onBuyer,
}: {
  ed: Ed
  buyer: BuyerParams | null
  onBuyer(b: BuyerParams): void
}) {
  const d = ed.doc
  const plan = useMemo(() => rehearsalPlan(d), [d])
  const planned = useMemo(() => planSchedule(d).steps, [d])
  const [sessionId, setSessionId] = useState<string | null>(null)
  const [amount, setAmount] = useState<number | null>(null)
  const [tradeable, setTradeable] = useState<string | null>(null)
  const [error, setError] = useState<Bi | null>(null)
  const [showDebrief, setShowDebrief] = useState(false)
  const session = d.rehearsals.find((s) => s.id === sessionId) ?? null
  if (!plan || !buyer)
    return <Alert type="info" showIcon message="请先在“方案”页填写开价，演练从开价开始。" />

  const save = (s: RehearsalSession) => ed.set(['rehearsals'], upsertSession(d.rehearsals, s))
  const round = (session?.turns.length ?? 0) + 1
  const suggestion = planned[round - 1] ?? 0
  const given = session ? session.turns.reduce((a, t) => a + t.concession, 0) : 0

  const start = () => {
    try {
      const s = startRehearsal(plan, buyer, { seed: Math.floor(Math.random() * 1_000_000) })
      save(s)
      setSessionId(s.id)
      setShowDebrief(false)
      setAmount(planned[0] ?? 0)
      setTradeable(null)
      setError(null)
    } catch (e) {
      setError(errorText(e))
    }
  }
  const offer = () => {
    if (!session) return
    try {
      const { session: next } = rehearsalStep(session, plan, { amount: amount ?? 0, tradeable })
      save(next)
      setAmount(planned[next.turns.length] ?? 0)
      setTradeable(null)
      setError(null)
      if (next.status !== 'open') setShowDebrief(true)
    } catch (e) {
      setError(errorText(e))
    }
  }
  const report =
    session && showDebrief
      ? (() => {
          try {
            return debrief(session, plan)
          } catch (e) {
            return errorText(e)
          }
        })()
      : null

  return (
    <Row gutter={[12, 12]}>
      <Col span={24}>
        <Collapse
          size="small"
          items={[
            {
              key: 'b',
              label: `模拟买方设置（${buyer.style}，练习时建议先不看底牌）`,
              children: <BuyerEditor buyer={buyer} onChange={onBuyer} idPrefix="rh-buyer" />,
            },
          ]}
        />
      </Col>
      <Col span={13}>
        <Card
          size="small"
          title={
            session
              ? `演练中：${session.status === 'open' ? `第 ${round} 轮` : session.status === 'deal' ? '已成交' : '买方已离场'}`
              : '演练'
          }
          extra={
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              onClick={start}
              disabled={!!buyerProblem(buyer)}
              data-testid="start-rehearsal"
            >
              开始新演练
            </Button>
          }
        >
          {!session && (
            <Typography.Paragraph>{`按计划（${d.concession.pattern}）第一轮让 ${fmt(planned[0])}；你也可以完全按自己的判断出价。`}</Typography.Paragraph>
          )}
          {session && <Transcript session={session} />}
          {session?.status === 'open' && (
            <Form layout="inline" style={{ marginTop: 12, rowGap: 8 }}>
              <Form.Item label={`第 ${round} 轮让步`}>
                <InputNumber
                  data-testid="concession-input"
                  style={{ width: 160 }}
                  step={1000}
                  value={amount}
                  onChange={setAmount}
                />
              </Form.Item>
              <Form.Item label="附带条件">
                <Select
                  allowClear
                  style={{ width: 200 }}
                  placeholder="（不附带）"
                  value={tradeable ?? undefined}
                  onChange={(v) => setTradeable(v ?? null)}
                  options={plan.tradeables?.map((t) => ({ value: t.name, label: t.name })) ?? []}
                />
              </Form.Item>
              <Space>
                <Button type="primary" icon={<SendOutlined />} onClick={offer} data-testid="send-offer">
                  出价
                </Button>
                <Button
                  icon={<FlagOutlined />}
                  onClick={() => setShowDebrief(true)}
                  data-testid="end-rehearsal"
                >
                  结束并复盘
                </Button>
              </Space>
              <Typography.Text type="secondary" style={{ width: '100%' }}>
                {`计划本轮让 ${fmt(suggestion)}；已让 ${fmt(given)}，计划总额 ${fmt(d.concession.total)}，剩余 ${fmt(d.concession.total - given)}。`}
              </Typography.Text>
            </Form>
          )}
          {error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={error.zh} />}
        </Card>
      </Col>
      <Col span={11}>
        {report && (
          <Card
            size="small"
            extra={
              <Button size="small" onClick={() => setShowDebrief(false)}>
                返回演练列表
              </Button>
            }
          >
            {'nearest' in report ? (
              <DebriefView debrief={report} steps={session!.turns.map((t) => t.concession)} />
            ) : (
              <Alert type="error" showIcon message={report.zh} />
            )}
          </Card>
        )}
        {!report && (
          <SessionList
            ed={ed}
            onOpen={(id, debriefNow) => {
              const s = d.rehearsals.find((x) => x.id === id)
              setSessionId(id)
              setShowDebrief(debriefNow)
              setAmount(planned[s?.turns.length ?? 0] ?? 0)
              setError(null)
            }}
            current={sessionId}
          />
        )}
      </Col>
    </Row>
  )
}

const STATUS_TEXT = { open: '未结束', deal: '成交', walked: '离场' } as const

function SessionList({
  ed,
  onOpen,
  current,
}: {
  ed: Ed
  /** Shows a saved session: its debrief, or (an unfinished one) the transcript to continue it. */
  onOpen(id: string, debriefNow: boolean): void
  current: string | null
}) {
  const list = [...ed.doc.rehearsals].reverse()
  return (
    <Card size="small" title={`已保存的演练（${list.length}）`}>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        dataSource={list}
        columns={[
          {
            title: '开始时间',
            dataIndex: 'startedAt',
            render: (s: string) => new Date(s).toLocaleString('zh-CN'),
          },
          { title: '轮次', render: (_, s) => s.turns.length },
          { title: '结果', dataIndex: 'status', render: (s: RehearsalSession['status']) => STATUS_TEXT[s] },
          { title: '成交价', dataIndex: 'finalPrice', render: fmt },
          {
            title: '',
            render: (_, s) => (
              <Space>
                {s.status === 'open' && s.id !== current && (
                  <Button size="small" onClick={() => onOpen(s.id, false)}>
                    继续
                  </Button>
                )}
                <Button size="small" onClick={() => onOpen(s.id, true)}>
                  复盘
                </Button>
                <Button
                  size="small"
                  type="text"
                  danger
                  aria-label="删除演练"
                  icon={<DeleteOutlined />}
                  disabled={s.id === current}
                  onClick={() =>
                    ed.set(
                      ['rehearsals'],
                      ed.doc.rehearsals.filter((x) => x.id !== s.id),
                    )
                  }
                />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  )
}
