import { Alert, Button, Card, Col, Descriptions, Form, InputNumber, Row, Select, Table, Tag } from 'antd'
import { useMemo, useState } from 'react'
import { Controller } from 'react-hook-form'
import { z } from 'zod'
import {
  CONCESSION_PATTERNS,
  concessionTotal,
  concessionUnit,
  simulateOne,
  valueFloor,
  type BuyerParams,
  type SimOneResult,
} from '@shared/domain/negotiations'
import { ConcessionPatternNameSchema, SeedSchema, type Negotiation } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt as fill, useLabels } from '@renderer/app/use-labels'
import { BuyerEditor, BuyerRules, buyerProblem } from './BuyerPanel'
import { simOneOption } from './chart-options'
import { ComparePanel } from './ComparePanel'
import { EChart } from '@renderer/components/EChart'
import { ACTION, SIM } from './labels'
import { fmt, patternName, planSchedule, type Bi } from './plan-input'
import { errorMessage } from '@renderer/api/error-text'
import { FormError } from '@renderer/components/FormError'
import { useOnValidChange, useZodForm } from '@renderer/hooks/useZodForm'
import { errorsByPath } from '@renderer/hooks/zod-resolver'

/** Tag colour of each buyer action; its text is ACTION in labels.ts. */
export const ACTION_COLOR: Record<string, string> = {
  accept: 'green',
  push: 'orange',
  probe: 'blue',
  threaten: 'volcano',
  walk: 'red',
}

const PLAN = '__plan__'

/** The single run's settings: the plan's own steps or a named pattern, and a seed the generator can use. */
const SimOneForm = z.object({
  choice: z.union([z.literal(PLAN), ConcessionPatternNameSchema]),
  seed: SeedSchema,
})
type SimOneValues = z.infer<typeof SimOneForm>

function SimOne({ d, buyer }: { d: Negotiation & { openingPrice: number }; buyer: BuyerParams }) {
  const L = useLabels(SIM)
  const { lang, pick } = useI18n()
  const custom = d.concession.pattern === '自定义'
  const initial: SimOneValues = {
    choice: custom ? PLAN : (d.concession.pattern as SimOneValues['choice']),
    seed: 1,
  }
  const form = useZodForm(SimOneForm, initial)
  // The run follows the last settings the form accepted: an emptied or negative seed is said at the field and
  // runs nothing, rather than silently becoming 1.
  const [settings, setSettings] = useState<SimOneValues>(initial)
  useOnValidChange(form, setSettings)
  const errors = errorsByPath(form.formState.errors)
  const { choice, seed } = settings
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
      return { error: errorMessage(e) }
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
            <Controller
              name="choice"
              control={form.control}
              render={({ field }) => (
                <Select
                  data-testid="sim-one-pattern"
                  value={field.value}
                  options={options}
                  onChange={field.onChange}
                  status={errors.choice ? 'error' : undefined}
                />
              )}
            />
            <FormError m={errors.choice} testId="sim-one-error" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label={L.seed} style={{ marginBottom: 8 }}>
            <Controller
              name="seed"
              control={form.control}
              render={({ field }) => (
                // No min/precision: antd would clamp or round a typed -3 or 1.5 on blur; the form refuses it.
                <InputNumber
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  onBlur={field.onBlur}
                  status={errors.seed ? 'error' : undefined}
                  data-testid="sim-one-seed"
                />
              )}
            />
            <FormError m={errors.seed} testId="sim-one-error" />
          </Form.Item>
        </Col>
      </Row>
      {'error' in sim ? (
        <Alert type="error" showIcon message={pick(sim.error)} />
      ) : (
        <Row gutter={12} data-testid="sim-one">
          <Col span={24}>
            <Descriptions size="small" bordered column={4} style={{ marginBottom: 8 }}>
              <Descriptions.Item label={L.result}>
                {sim.r.outcome.deal ? <Tag color="green">{L.deal}</Tag> : <Tag color="red">{L.walked}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={L.finalPrice}>{fmt(sim.r.outcome.finalPrice)}</Descriptions.Item>
              <Descriptions.Item label={L.rounds}>{sim.r.outcome.rounds}</Descriptions.Item>
              {/* The seed this run used: while a typed seed is refused, the last accepted one still runs. */}
              <Descriptions.Item label={L.seedUsed}>
                <span data-testid="sim-one-seed-used">{seed}</span>
              </Descriptions.Item>
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
