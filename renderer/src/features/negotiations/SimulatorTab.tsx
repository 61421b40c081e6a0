import { Alert, Button, Card, Col, Descriptions, Form, InputNumber, Row, Select, Table, Tag } from 'antd'
import { useMemo, useState } from 'react'
import {
  CONCESSION_PATTERNS,
  concessionTotal,
  concessionUnit,
  simulateOne,
  valueFloor,
  type BuyerParams,
  type SimOneResult,
} from '@shared/domain/negotiations'
import type { Negotiation } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt as fill, useLabels } from '@renderer/app/use-labels'
import { BuyerEditor, BuyerRules, buyerProblem } from './BuyerPanel'
import { simOneOption } from './chart-options'
import { ComparePanel } from './ComparePanel'
import { EChart } from './EChart'
import { ACTION, SIM } from './labels'
import { errorText, fmt, patternName, planSchedule, type Bi } from './plan-input'

/** Tag colour of each buyer action; its text is ACTION in labels.ts. */
export const ACTION_COLOR: Record<string, string> = {
  accept: 'green',
  push: 'orange',
  probe: 'blue',
  threaten: 'volcano',
  walk: 'red',
}

const PLAN = '__plan__'

function SimOne({ d, buyer }: { d: Negotiation & { openingPrice: number }; buyer: BuyerParams }) {
  const L = useLabels(SIM)
  const { lang, pick } = useI18n()
  const custom = d.concession.pattern === '自定义'
  const [choice, setChoice] = useState<string>(custom ? PLAN : d.concession.pattern)
  const [seed, setSeed] = useState(1)
  const plan = planSchedule(d)
  const rounds = custom ? d.concession.custom.length : d.concession.rounds
  const sim = useMemo((): { r: SimOneResult } | { error: Bi } => {
    if (buyerProblem(buyer)) return { error: { zh: SIM.fixBuyer[0], en: SIM.fixBuyer[1] } }
    try {
      const what = choice === PLAN ? plan.steps : choice
      return {
        r: simulateOne(
          what,
          { openingPrice: d.openingPrice, total: concessionTotal(d), rounds, unit: concessionUnit(d) },
          buyer,
          seed,
        ),
      }
    } catch (e) {
      return { error: errorText(e) }
    }
  }, [choice, plan.steps, d, rounds, buyer, seed])
  const options = [
    { value: PLAN, label: fill(L.thisPlan, { pattern: patternName(d.concession.pattern, lang) }) },
    ...CONCESSION_PATTERNS.map((p) => ({ value: p.name, label: pick({ zh: p.name, en: p.en }) })),
  ]
  return (
    <>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label={L.pattern} style={{ marginBottom: 8 }}>
            <Select data-testid="sim-one-pattern" value={choice} options={options} onChange={setChoice} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label={L.seed} style={{ marginBottom: 8 }}>
            <InputNumber min={0} precision={0} value={seed} onChange={(v) => setSeed(v ?? 1)} />
          </Form.Item>
        </Col>
      </Row>
      {'error' in sim ? (
        <Alert type="error" showIcon message={pick(sim.error)} />
      ) : (
        <Row gutter={12} data-testid="sim-one">
          <Col span={24}>
            <Descriptions size="small" bordered column={3} style={{ marginBottom: 8 }}>
              <Descriptions.Item label={L.result}>
                {sim.r.outcome.deal ? <Tag color="green">{L.deal}</Tag> : <Tag color="red">{L.walked}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={L.finalPrice}>{fmt(sim.r.outcome.finalPrice)}</Descriptions.Item>
              <Descriptions.Item label={L.rounds}>{sim.r.outcome.rounds}</Descriptions.Item>
            </Descriptions>
          </Col>
          <Col span={13}>
            <Table
              size="small"
              pagination={false}
              rowKey="round"
              dataSource={sim.r.rows}
              columns={[
                { title: L.colRound, dataIndex: 'round', width: 40 },
                { title: L.colConcession, dataIndex: 'concession', align: 'right', render: fmt },
                { title: L.colPrice, dataIndex: 'price', align: 'right', render: fmt },
                {
                  title: L.colBuyer,
                  dataIndex: 'action',
                  render: (a: string) => <Tag color={ACTION_COLOR[a]}>{enumLabel(ACTION, a, lang)}</Tag>,
                },
                { title: L.colCounter, dataIndex: 'counterOffer', align: 'right', render: fmt },
                { title: L.colTrust, dataIndex: 'trust', render: (t: number) => t.toFixed(2) },
                { title: L.colSays, render: (_, r) => pick(r.message) },
              ]}
            />
          </Col>
          <Col span={11}>
            <EChart
              option={simOneOption(d.openingPrice, sim.r.rows, buyer, lang)}
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
  const L = useLabels(SIM)
  if (d.openingPrice == null || !buyer) return <Alert type="info" showIcon message={L.needOpening} />
  const withPrice = d as Negotiation & { openingPrice: number }
  const rounds =
    d.concession.pattern === '自定义' ? Math.max(2, d.concession.custom.length) : d.concession.rounds
  return (
    <Row gutter={[12, 12]}>
      <Col span={24}>
        <Card
          size="small"
          title={L.buyerTitle}
          extra={
            <Button size="small" onClick={onResetBuyer}>
              {L.resetBuyer}
            </Button>
          }
        >
          <BuyerEditor buyer={buyer} onChange={onBuyer} idPrefix="sim-buyer" />
          <BuyerRules buyer={buyer} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={L.oneTitle}>
          <SimOne d={withPrice} buyer={buyer} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={fill(L.compareTitle, { total: fmt(concessionTotal(d)), rounds })}>
          <ComparePanel
            openingPrice={d.openingPrice}
            total={concessionTotal(d)}
            rounds={rounds}
            unit={concessionUnit(d)}
            {...valueFloor(d)}
          />
        </Card>
      </Col>
    </Row>
  )
}
