import { Alert, Button, Card, Col, Descriptions, Form, InputNumber, Row, Select, Table, Tag } from 'antd'
import { useMemo, useState } from 'react'
import {
  CONCESSION_PATTERNS,
  simulateOne,
  type BuyerParams,
  type SimOneResult,
} from '../../../../shared/domain/concession'
import type { Negotiation } from '../../../../shared/schemas'
import { BuyerEditor, BuyerRules, buyerProblem } from './BuyerPanel'
import { simOneOption } from './chart-options'
import { ComparePanel } from './ComparePanel'
import { EChart } from './EChart'
import { errorText, fmt, planSchedule, type Bi } from './plan-input'

export const ACTION_LABEL: Record<string, { text: string; color: string }> = {
  accept: { text: '成交', color: 'green' },
  push: { text: '继续压价', color: 'orange' },
  probe: { text: '摸底', color: 'blue' },
  threaten: { text: '威胁离场', color: 'volcano' },
  walk: { text: '离场', color: 'red' },
}

const PLAN = '__plan__'

function SimOne({ d, buyer }: { d: Negotiation & { openingPrice: number }; buyer: BuyerParams }) {
  const custom = d.concession.pattern === '自定义'
  const [choice, setChoice] = useState<string>(custom ? PLAN : d.concession.pattern)
  const [seed, setSeed] = useState(1)
  const plan = planSchedule(d)
  const rounds = custom ? d.concession.custom.length : d.concession.rounds
  const sim = useMemo((): { r: SimOneResult } | { error: Bi } => {
    if (buyerProblem(buyer)) return { error: { zh: '请先修正买方参数', en: 'fix the buyer first' } }
    try {
      const what = choice === PLAN ? plan.steps : choice
      return {
        r: simulateOne(
          what,
          { openingPrice: d.openingPrice, total: d.concession.total, rounds },
          buyer,
          seed,
        ),
      }
    } catch (e) {
      return { error: errorText(e) }
    }
  }, [choice, plan.steps, d.openingPrice, d.concession.total, rounds, buyer, seed])
  const options = [
    { value: PLAN, label: `本方案（${d.concession.pattern}）` },
    ...CONCESSION_PATTERNS.map((p) => ({ value: p.name, label: p.name })),
  ]
  return (
    <>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="让步模式" style={{ marginBottom: 8 }}>
            <Select data-testid="sim-one-pattern" value={choice} options={options} onChange={setChoice} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label="随机种子（买方措辞）" style={{ marginBottom: 8 }}>
            <InputNumber min={0} precision={0} value={seed} onChange={(v) => setSeed(v ?? 1)} />
          </Form.Item>
        </Col>
      </Row>
      {'error' in sim ? (
        <Alert type="error" showIcon message={sim.error.zh} />
      ) : (
        <Row gutter={12} data-testid="sim-one">
          <Col span={24}>
            <Descriptions size="small" bordered column={3} style={{ marginBottom: 8 }}>
              <Descriptions.Item label="结果">
                {sim.r.outcome.deal ? <Tag color="green">成交</Tag> : <Tag color="red">买方离场</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label="成交价">{fmt(sim.r.outcome.finalPrice)}</Descriptions.Item>
              <Descriptions.Item label="轮次">{sim.r.outcome.rounds}</Descriptions.Item>
            </Descriptions>
          </Col>
          <Col span={13}>
            <Table
              size="small"
              pagination={false}
              rowKey="round"
              dataSource={sim.r.rows}
              columns={[
                { title: '轮', dataIndex: 'round', width: 40 },
                { title: '让步', dataIndex: 'concession', align: 'right', render: fmt },
                { title: '报价', dataIndex: 'price', align: 'right', render: fmt },
                {
                  title: '买方',
                  dataIndex: 'action',
                  render: (a: string) => <Tag color={ACTION_LABEL[a].color}>{ACTION_LABEL[a].text}</Tag>,
                },
                { title: '还价', dataIndex: 'counterOffer', align: 'right', render: fmt },
                { title: '信任', dataIndex: 'trust', render: (t: number) => t.toFixed(2) },
                { title: '买方说', render: (_, r) => r.message.zh },
              ]}
            />
          </Col>
          <Col span={11}>
            <EChart
              option={simOneOption(d.openingPrice, sim.r.rows, buyer)}
              height={300}
              testId="sim-one-chart"
            />
          </Col>
        </Row>
      )}
    </>
  )
}

/** The simulator screen: the buyer and its rules, one negotiation round by round, and the nine-pattern comparison. */
export function SimulatorTab({
  d,
  buyer,
  onBuyer,
  onResetBuyer,
}: {
  d: Negotiation
  buyer: BuyerParams | null
  onBuyer(b: BuyerParams): void
  /** Back to the buyer derived from the plan, which then follows the plan again. */
  onResetBuyer(): void
}) {
  if (d.openingPrice == null || !buyer)
    return <Alert type="info" showIcon message="请先在“方案”页填写开价，模拟器从开价开始让步。" />
  const withPrice = d as Negotiation & { openingPrice: number }
  const rounds =
    d.concession.pattern === '自定义' ? Math.max(2, d.concession.custom.length) : d.concession.rounds
  return (
    <Row gutter={[12, 12]}>
      <Col span={24}>
        <Card
          size="small"
          title="模拟买方（模拟器与演练共用）"
          extra={
            <Button size="small" onClick={onResetBuyer}>
              按方案恢复默认买方
            </Button>
          }
        >
          <BuyerEditor buyer={buyer} onChange={onBuyer} idPrefix="sim-buyer" />
          <BuyerRules buyer={buyer} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="单次模拟：一种模式对一个买方">
          <SimOne d={withPrice} buyer={buyer} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={`九种模式对比（蒙特卡洛，总额 ${fmt(d.concession.total)}，${rounds} 轮）`}>
          <ComparePanel openingPrice={d.openingPrice} total={d.concession.total} rounds={rounds} />
        </Card>
      </Col>
    </Row>
  )
}
