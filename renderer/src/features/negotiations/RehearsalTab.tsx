import { DeleteOutlined, FlagOutlined, PlayCircleOutlined, SendOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Collapse, Form, Row, Select, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Controller } from 'react-hook-form'
import { z } from 'zod'
import {
  concessionTotal,
  debrief,
  rehearsalMoveIssues,
  rehearsalStep,
  startRehearsal,
  type BuyerParams,
  type RehearsalSession,
} from '@shared/domain/negotiations'
import { formatTimestamp } from '@shared/i18n/dates'
import type { Negotiation } from '@shared/schemas'
import { MoneyItem } from '@renderer/components/MoneyInput'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt as fill, useLabels } from '@renderer/app/use-labels'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { BuyerEditor, buyerProblem } from './BuyerPanel'
import { DebriefView } from './DebriefView'
import { ACTION, REHEARSAL, SESSION_STATUS, STYLE } from './labels'
import { fmt, patternName, planSchedule, rehearsalPlan, upsertSession, type Bi } from './plan-input'
import { ACTION_COLOR } from './SimulatorTab'
import { errorMessage } from '@renderer/api/error-text'
import type { Lang } from '@shared/i18n'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { errorsByPath } from '@renderer/hooks/zod-resolver'

type Ed = DocEditor<'negotiations'> & { doc: Negotiation }

/** One move of the rehearsal; what is wrong with it is rehearsalMoveIssues' to say (NaN = a refused money text). */
const OfferForm = z.object({
  amount: z.custom<number | null>((v) => v === null || typeof v === 'number'),
  tradeable: z.string().nullable(),
})
type OfferValues = z.infer<typeof OfferForm>

function Transcript({ session }: { session: RehearsalSession }) {
  const L = useLabels(REHEARSAL)
  const { lang, pick } = useI18n()
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
      <Typography.Paragraph type="secondary">
        {fill(L.intro, { price: fmt(session.openingPrice) })}
      </Typography.Paragraph>
      {session.turns.map((t) => (
        <div key={t.round} style={{ marginBottom: 10 }} data-testid={`turn-${t.round}`}>
          <div style={{ textAlign: 'right' }}>
            <Tag color="blue">{fill(L.ourTurn, { n: t.round })}</Tag>
            {t.concession < 0
              ? fill(L.takeBack, { amount: fmt(-t.concession) })
              : fill(L.concede, { amount: fmt(t.concession) })}
            {t.tradeable ? fill(L.withTradeable, { name: t.tradeable }) : ''}
            {fill(L.atPrice, { price: fmt(t.price) })}
          </div>
          <div>
            <Tag color={ACTION_COLOR[t.action]}>
              {fill(L.buyerTag, { action: enumLabel(ACTION, t.action, lang) })}
            </Tag>
            <span data-testid="buyer-message">{pick(t.message)}</span>
            {t.counterOffer != null && (
              <Typography.Text type="secondary">
                {fill(L.counter, { price: fmt(t.counterOffer) })}
              </Typography.Text>
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
  const L = useLabels(REHEARSAL)
  const { lang, pick } = useI18n()
  const d = ed.doc
  const plan = useMemo(() => rehearsalPlan(d), [d])
  const planned = useMemo(() => planSchedule(d).steps, [d])
  const [sessionId, setSessionId] = useState<string | null>(null)
  const [error, setError] = useState<Bi | null>(null)
  const [showDebrief, setShowDebrief] = useState(false)
  const session = d.rehearsals.find((s) => s.id === sessionId) ?? null
  // The move is checked by the rule rehearsalStep refuses with, at its fields, before anything is sent.
  const moveRules = useCallback(
    (v: OfferValues, lang: Lang) =>
      session && plan
        ? Object.fromEntries(
            rehearsalMoveIssues(session, plan, v).map((i) => [i.path, lang === 'zh' ? i.zh : i.en]),
          )
        : {},
    [session, plan],
  )
  const form = useZodForm(OfferForm, { amount: null, tradeable: null }, 'onChange', moveRules)
  const errors = errorsByPath(form.formState.errors)
  if (!plan || !buyer) return <Alert type="info" showIcon message={L.needOpening} />

  const save = (s: RehearsalSession) => ed.set('rehearsals', upsertSession(d.rehearsals, s))
  const round = (session?.turns.length ?? 0) + 1
  const suggestion = planned[round - 1] ?? 0
  const given = session ? session.turns.reduce((a, t) => a + t.concession, 0) : 0

  const start = () => {
    try {
      const s = startRehearsal(plan, buyer, { seed: Math.floor(Math.random() * 1_000_000) })
      save(s)
      setSessionId(s.id)
      setShowDebrief(false)
      form.reset({ amount: planned[0] ?? 0, tradeable: null })
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  // Sent only when the form accepts the move: an emptied amount is not a silent 0, a refused text not the last one.
  const offer = form.handleSubmit((move) => {
    if (!session || move.amount === null) return
    try {
      const { session: next } = rehearsalStep(session, plan, {
        amount: move.amount,
        tradeable: move.tradeable,
      })
      save(next)
      form.reset({ amount: planned[next.turns.length] ?? 0, tradeable: null })
      setError(null)
      if (next.status !== 'open') setShowDebrief(true)
    } catch (e) {
      setError(errorMessage(e))
    }
  })
  const report =
    session && showDebrief
      ? (() => {
          try {
            return debrief(session, plan)
          } catch (e) {
            return errorMessage(e)
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
              label: fill(L.buyerSettings, { style: enumLabel(STYLE, buyer.style, lang) }),
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
              ? fill(L.inProgress, {
                  state:
                    session.status === 'open'
                      ? fill(L.roundN, { n: round })
                      : session.status === 'deal'
                        ? L.dealt
                        : L.walked,
                })
              : L.title
          }
          extra={
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              onClick={start}
              disabled={!!buyerProblem(buyer)}
              data-testid="start-rehearsal"
            >
              {L.start}
            </Button>
          }
        >
          {!session && (
            <Typography.Paragraph>
              {fill(L.planFirst, {
                pattern: patternName(d.concession.pattern, lang),
                amount: fmt(planned[0]),
              })}
            </Typography.Paragraph>
          )}
          {session && <Transcript session={session} />}
          {session?.status === 'open' && (
            <Form layout="inline" style={{ marginTop: 12, rowGap: 8 }}>
              <Controller
                name="amount"
                control={form.control}
                render={({ field }) => (
                  <MoneyItem
                    label={fill(L.roundConcession, { n: round })}
                    marginBottom={0}
                    allowNegative
                    data-testid="concession-input"
                    value={field.value}
                    error={errors.amount}
                    onChange={(v) => field.onChange(v)}
                    onRefused={() => field.onChange(Number.NaN)}
                  />
                )}
              />
              <Form.Item
                label={L.withTerm}
                help={errors.tradeable}
                validateStatus={errors.tradeable ? 'error' : undefined}
              >
                <Controller
                  name="tradeable"
                  control={form.control}
                  render={({ field }) => (
                    <Select
                      allowClear
                      style={{ width: 200 }}
                      placeholder={L.noTerm}
                      value={field.value ?? undefined}
                      onChange={(v) => field.onChange(v ?? null)}
                      options={plan.tradeables?.map((t) => ({ value: t.name, label: t.name })) ?? []}
                      data-testid="offer-tradeable"
                    />
                  )}
                />
              </Form.Item>
              <Space>
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  onClick={() => void offer()}
                  data-testid="send-offer"
                >
                  {L.offer}
                </Button>
                <Button
                  icon={<FlagOutlined />}
                  onClick={() => setShowDebrief(true)}
                  data-testid="end-rehearsal"
                >
                  {L.end}
                </Button>
              </Space>
              <Typography.Text type="secondary" style={{ width: '100%' }}>
                {fill(L.hint, {
                  planned: fmt(suggestion),
                  given: fmt(given),
                  total: fmt(concessionTotal(d)),
                  left: fmt(concessionTotal(d) - given),
                })}
              </Typography.Text>
            </Form>
          )}
          {error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={pick(error)} />}
        </Card>
      </Col>
      <Col span={11}>
        {report && (
          <Card
            size="small"
            extra={
              <Button size="small" onClick={() => setShowDebrief(false)}>
                {L.back}
              </Button>
            }
          >
            {'nearest' in report ? (
              <DebriefView debrief={report} steps={session!.turns.map((t) => t.concession)} />
            ) : (
              <Alert type="error" showIcon message={pick(report)} />
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
              form.reset({ amount: planned[s?.turns.length ?? 0] ?? 0, tradeable: null })
              setError(null)
            }}
            current={sessionId}
          />
        )}
      </Col>
    </Row>
  )
}

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
  const L = useLabels(REHEARSAL)
  const { lang } = useI18n()
  const list = [...ed.doc.rehearsals].reverse()
  return (
    <Card size="small" title={fill(L.saved, { n: list.length })}>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        dataSource={list}
        columns={[
          {
            title: L.colStarted,
            dataIndex: 'startedAt',
            render: (s: string) => formatTimestamp(s, lang),
          },
          { title: L.colRounds, render: (_, s) => s.turns.length },
          {
            title: L.colResult,
            dataIndex: 'status',
            render: (s: RehearsalSession['status']) => enumLabel(SESSION_STATUS, s, lang),
          },
          { title: L.colPrice, dataIndex: 'finalPrice', render: fmt },
          {
            title: '',
            render: (_, s) => (
              <Space>
                {s.status === 'open' && s.id !== current && (
                  <Button size="small" onClick={() => onOpen(s.id, false)}>
                    {L.resume}
                  </Button>
                )}
                <Button size="small" onClick={() => onOpen(s.id, true)}>
                  {L.debrief}
                </Button>
                <Button
                  size="small"
                  type="text"
                  danger
                  aria-label={L.delete}
                  icon={<DeleteOutlined />}
                  disabled={s.id === current}
                  onClick={() =>
                    ed.set(
                      'rehearsals',
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
