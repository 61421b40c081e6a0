import { Alert, Descriptions, List, Tag, Typography } from 'antd'
import type { Debrief } from '../../../../shared/domain/concession'
import { fmt } from './plan-input'

const STATUS = {
  open: { text: '未结束', color: 'blue' },
  deal: { text: '成交', color: 'green' },
  walked: { text: '买方离场', color: 'red' },
} as const

const signed = (v: number | null) => (v == null ? '—' : `${v > 0 ? '+' : ''}${fmt(v)}`)

/** The debrief of one rehearsal: the nearest pattern and its signal, the outcome against the plan, advice. */
export function DebriefView({ debrief, steps }: { debrief: Debrief; steps: number[] }) {
  const o = debrief.outcome
  return (
    <div data-testid="debrief">
      <Typography.Title level={5}>复盘</Typography.Title>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        message={
          <span data-testid="debrief-pattern">{`你的让步序列最接近：${debrief.nearest.pattern}`}</span>
        }
        description={`传递的信号：${debrief.nearest.signal.zh}`}
      />
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="结果">
          <Tag color={STATUS[o.status].color}>{STATUS[o.status].text}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="成交价">{fmt(o.finalPrice)}</Descriptions.Item>
        <Descriptions.Item label="实际让步">{`${steps.map(fmt).join(' / ') || '—'}（合计 ${fmt(o.given)}，${o.rounds} 轮）`}</Descriptions.Item>
        <Descriptions.Item
          label={`计划（${debrief.planned.pattern}）`}
        >{`${debrief.planned.steps.map(fmt).join(' / ')}（合计 ${fmt(o.plannedTotal)}）`}</Descriptions.Item>
        <Descriptions.Item label="与现实目标相比">{signed(o.vsTarget)}</Descriptions.Item>
        <Descriptions.Item label="与底线相比">
          {o.brokeWalkAwayAt != null ? (
            <Tag color="red">{`第 ${o.brokeWalkAwayAt} 轮跌破底线`}</Tag>
          ) : (
            signed(o.vsWalkAway)
          )}
        </Descriptions.Item>
        <Descriptions.Item label="用到的可交换条件">{o.tradeablesUsed.join('、') || '无'}</Descriptions.Item>
        <Descriptions.Item label="信任损失">{o.trustLost.toFixed(2)}</Descriptions.Item>
      </Descriptions>
      <List
        size="small"
        header={<Typography.Text strong>下次可以试试</Typography.Text>}
        bordered
        dataSource={debrief.advice}
        renderItem={(a) => <List.Item data-testid={`advice-${a.code}`}>{a.zh}</List.Item>}
      />
    </div>
  )
}
