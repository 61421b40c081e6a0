import { Alert, Descriptions, List, Tag, Typography } from 'antd'
import type { Debrief } from '@shared/domain/negotiations'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt as fill, useLabels } from '@renderer/app/use-labels'
import { DEBRIEF, OUTCOME } from './labels'
import { fmt, patternName } from './plan-input'

const STATUS_COLOR = { open: 'blue', deal: 'green', walked: 'red' } as const

const signed = (v: number | null) => (v == null ? '—' : `${v > 0 ? '+' : ''}${fmt(v)}`)

/** The debrief of one rehearsal: the nearest pattern and its signal, the outcome against the plan, advice. */
export function DebriefView({ debrief, steps }: { debrief: Debrief; steps: number[] }) {
  const L = useLabels(DEBRIEF)
  const { lang, pick } = useI18n()
  const o = debrief.outcome
  return (
    <div data-testid="debrief">
      <Typography.Title level={5}>{L.title}</Typography.Title>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        message={
          <span data-testid="debrief-pattern">
            {fill(L.nearest, { pattern: patternName(debrief.nearest.pattern, lang) })}
          </span>
        }
        description={fill(L.signal, { signal: pick(debrief.nearest.signal) })}
      />
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={L.result}>
          <Tag color={STATUS_COLOR[o.status]}>{enumLabel(OUTCOME, o.status, lang)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={L.finalPrice}>{fmt(o.finalPrice)}</Descriptions.Item>
        <Descriptions.Item label={L.actual}>
          {fill(L.actualValue, {
            steps: steps.map(fmt).join(' / ') || '—',
            given: fmt(o.given),
            rounds: o.rounds,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={fill(L.planned, { pattern: patternName(debrief.planned.pattern, lang) })}>
          {fill(L.plannedValue, {
            steps: debrief.planned.steps.map(fmt).join(' / '),
            total: fmt(o.plannedTotal),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={L.vsTarget}>{signed(o.vsTarget)}</Descriptions.Item>
        <Descriptions.Item label={L.vsWalkAway}>
          {o.brokeWalkAwayAt != null ? (
            <Tag color="red">{fill(L.brokeAt, { n: o.brokeWalkAwayAt })}</Tag>
          ) : (
            signed(o.vsWalkAway)
          )}
        </Descriptions.Item>
        <Descriptions.Item label={L.tradeables}>
          {o.tradeablesUsed.join(L.listSep) || L.none}
        </Descriptions.Item>
        <Descriptions.Item label={L.trustLost}>{o.trustLost.toFixed(2)}</Descriptions.Item>
      </Descriptions>
      <List
        size="small"
        header={<Typography.Text strong>{L.advice}</Typography.Text>}
        bordered
        dataSource={debrief.advice}
        renderItem={(a) => <List.Item data-testid={`advice-${a.code}`}>{pick(a)}</List.Item>}
      />
    </div>
  )
}
