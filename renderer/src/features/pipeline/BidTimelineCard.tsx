import { Alert, Card, Col, Row, Table, Tag, Tooltip } from 'antd'
import { useEffect, useState } from 'react'
import type { BidTimeline } from '@shared/contract/pipeline'
import type { TimelineStep } from '@shared/domain/calendar'
import type { Bid } from '@shared/schemas'
import { formatDate } from '@shared/i18n/dates'
import { call } from '@renderer/api/client'
import { DateField, type Binder } from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { OPEN, PIPE } from './labels'

/** Calendar days from today to a deadline (0 = today), as people count what is left. */
function daysLeft(deadline: string): number {
  const t = new Date()
  const today = Date.UTC(t.getFullYear(), t.getMonth(), t.getDate())
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / 86_400_000)
}

/**
 * The bid's post-award periods (pipeline.timeline, on the working-day calendar with 调休 and the workspace's
 * supplements), refetched when a date they run from changes.
 */
export function useBidTimeline(bid: Bid): BidTimeline | null {
  const [t, setT] = useState<BidTimeline | null>(null)
  const key = [
    bid.id,
    bid.updatedAt,
    bid.governingLaw,
    bid.dates.announcement,
    bid.dates.harmKnown,
    bid.dates.challengeFiled,
  ].join('|')
  useEffect(() => {
    let live = true
    call('pipeline.timeline', { bidId: bid.id }).then(
      (r) => live && setT(r),
      () => live && setT(null),
    )
    return () => {
      live = false
    }
    // The server reads the saved bid: a change of its dates (saved, hence a new updatedAt) refetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return t
}

function LeftTag({ step, validThrough }: { step: TimelineStep; validThrough: number }) {
  const L = useLabels(OPEN)
  const P = useLabels(PIPE)
  if (!step.deadline)
    return <Tag color="orange">{fmt(P.uncovered, { y: step.uncoveredYear ?? '', v: validThrough })}</Tag>
  const d = daysLeft(step.deadline)
  if (d < 0) return <Tag>{L.passed}</Tag>
  return <Tag color={d <= 2 ? 'red' : 'blue'}>{fmt(P.daysLeft, { d })}</Tag>
}

/** 公示 / 质疑 / 答复 / 投诉 of one bid, each with its rule, basis and what is left. */
export function BidTimelineCard({ b }: { b: Binder<Bid> }) {
  const bid = b.doc
  const L = useLabels(OPEN)
  const P = useLabels(PIPE)
  const { lang } = useI18n()
  const t = useBidTimeline(bid)
  return (
    <Card
      size="small"
      title={L.timeline}
      data-testid="bid-timeline"
      extra={t && <Tag>{fmt(P.validThrough, { y: t.calendarValidThrough })}</Tag>}
    >
      <Row gutter={16}>
        {(['announcement', 'harmKnown', 'challengeFiled'] as const).map((k) => (
          <Col span={8} key={k}>
            <DateField b={b} path={`dates.${k}`} label={L[k]} />
          </Col>
        ))}
      </Row>
      {t && t.steps.length === 0 ? (
        <Alert type="info" showIcon message={L.noAnnouncement} />
      ) : (
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={t?.steps ?? []}
          columns={[
            { title: L.step, render: (_, s: TimelineStep) => s.label[lang] },
            { title: L.from, dataIndex: 'from' },
            {
              title: L.deadline,
              render: (_, s: TimelineStep) => (
                <span data-testid={`deadline-${s.key}`}>
                  {s.deadline ? formatDate(s.deadline, lang) : '—'}{' '}
                  <LeftTag step={s} validThrough={t!.calendarValidThrough} />
                </span>
              ),
            },
            {
              title: L.rule,
              render: (_, s: TimelineStep) => (
                <Tooltip title={s.basis}>
                  <span>{s.rule[lang]}</span>
                </Tooltip>
              ),
            },
          ]}
        />
      )}
      {t && t.steps.length > 0 && !bid.dates.challengeFiled && (
        <Alert type="info" showIcon style={{ marginTop: 8 }} message={L.noChallenge} />
      )}
    </Card>
  )
}

/** The next post-award deadline still ahead, for the bid page's header. */
export function NextDeadlineTag({ bid }: { bid: Bid }) {
  const P = useLabels(PIPE)
  const { lang } = useI18n()
  const t = useBidTimeline(bid)
  const next = t?.steps.find((s) => s.deadline === null || daysLeft(s.deadline) >= 0)
  if (!t || !next) return null
  return (
    <Tag color={next.deadline && daysLeft(next.deadline) <= 2 ? 'red' : 'gold'} data-testid="next-deadline">
      {next.label[lang]}
      {next.deadline
        ? ` ${formatDate(next.deadline, lang)} · ${fmt(P.daysLeft, { d: daysLeft(next.deadline) })}`
        : ` · ${fmt(P.uncovered, { y: next.uncoveredYear ?? '', v: t.calendarValidThrough })}`}
    </Tag>
  )
}
