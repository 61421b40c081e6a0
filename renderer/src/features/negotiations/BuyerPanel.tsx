import { Alert, Col, Form, InputNumber, Row, Select, Table, Typography } from 'antd'
import {
  acceptLine,
  BUYER_RULES,
  effectivePatience,
  STYLE_TRAITS,
  type BuyerParams,
} from '@shared/domain/negotiations'
import { BuyerParamsSchema, NegotiationStyleSchema } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt as fill, useLabels } from '@renderer/app/use-labels'
import { BUYER, STYLE } from './labels'
import { fmt } from './plan-input'

/** Why a buyer is not valid (one line per schema issue, as the schema words it), or null. */
export function buyerProblem(b: BuyerParams): string[] | null {
  const r = BuyerParamsSchema.safeParse(b)
  if (r.success) return null
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

/** The five buyer parameters, every one visible and editable. */
export function BuyerEditor({
  buyer,
  onChange,
  idPrefix,
}: {
  buyer: BuyerParams
  onChange(b: BuyerParams): void
  idPrefix: string
}) {
  const L = useLabels(BUYER)
  const { lang } = useI18n()
  const num = (
    key: 'target' | 'reservation' | 'patience' | 'trust',
    label: string,
    opts: { min: number; max?: number; step: number },
  ) => (
    <Col span={key === 'trust' || key === 'patience' ? 4 : 6}>
      <Form.Item label={label} style={{ marginBottom: 8 }}>
        <InputNumber
          id={`${idPrefix}-${key}`}
          style={{ width: '100%' }}
          min={opts.min}
          max={opts.max}
          step={opts.step}
          value={buyer[key]}
          onChange={(v) => onChange({ ...buyer, [key]: v ?? opts.min })}
        />
      </Form.Item>
    </Col>
  )
  const problem = buyerProblem(buyer)
  return (
    <>
      <Row gutter={12}>
        {num('target', L.target, { min: 0, step: 1000 })}
        {num('reservation', L.reservation, { min: 0, step: 1000 })}
        {num('patience', L.patience, { min: 1, max: 30, step: 1 })}
        <Col span={4}>
          <Form.Item label={L.style} style={{ marginBottom: 8 }}>
            <Select
              id={`${idPrefix}-style`}
              value={buyer.style}
              options={NegotiationStyleSchema.options.map((s) => ({
                value: s,
                label: enumLabel(STYLE, s, lang),
              }))}
              onChange={(s) => onChange({ ...buyer, style: s })}
            />
          </Form.Item>
        </Col>
        {num('trust', L.trust, { min: 0, max: 1, step: 0.05 })}
      </Row>
      {problem && (
        <Alert
          type="error"
          showIcon
          message={fill(L.invalid, { problem: problem.join(L.issueSep) })}
          style={{ marginBottom: 8 }}
        />
      )}
    </>
  )
}

/** BUYER_RULES in plain words with the style table and what they mean for the buyer being edited. */
export function BuyerRules({ buyer }: { buyer: BuyerParams }) {
  const L = useLabels(BUYER)
  const { lang, pick } = useI18n()
  const styleName = (s: string) => enumLabel(STYLE, s, lang)
  const traits = STYLE_TRAITS[buyer.style]
  const valid = !buyerProblem(buyer)
  const rows = NegotiationStyleSchema.options.map((s) => ({ key: s, style: s, ...STYLE_TRAITS[s] }))
  return (
    <div data-testid="buyer-rules">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {L.rulesTitle}
      </Typography.Title>
      <ol style={{ paddingLeft: 20, marginTop: 0 }}>
        {BUYER_RULES.map((r) => (
          <li key={r.id} style={{ marginBottom: 4 }}>
            {pick(r)}
          </li>
        ))}
      </ol>
      {valid && (
        <Alert
          type="info"
          style={{ marginBottom: 8 }}
          message={fill(L.current, {
            style: styleName(buyer.style),
            rounds: effectivePatience(buyer.patience, traits),
            target: fmt(buyer.target),
            reservation: fmt(buyer.reservation),
            share: traits.acceptShare,
            trust: buyer.trust,
            line: fmt(Math.round(acceptLine(buyer.target, buyer.reservation, traits, buyer.trust))),
          })}
        />
      )}
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: L.colStyle, dataIndex: 'style', render: styleName },
          {
            title: L.colPatience,
            dataIndex: 'patienceDelta',
            render: (v: number) => (v > 0 ? `+${v}` : String(v)),
          },
          { title: L.colShare, dataIndex: 'acceptShare' },
          { title: L.colRoom, dataIndex: 'roomBelief', render: (v: number) => `× ${v}` },
          { title: L.colTrustLoss, dataIndex: 'trustLoss' },
          { title: L.colWalk, dataIndex: 'walkOnStall', render: (b: boolean) => (b ? L.yes : L.no) },
        ]}
      />
    </div>
  )
}
