import { Alert, Col, Form, InputNumber, Row, Select, Table, Typography } from 'antd'
import { useEffect } from 'react'
import { Controller } from 'react-hook-form'
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
import { MoneyItem } from '@renderer/components/MoneyInput'
import { useOnValidChange, useZodForm } from '@renderer/hooks/useZodForm'
import { errorsByPath } from '@renderer/hooks/zod-resolver'

/** Why a buyer is not valid (one line per schema issue, as the schema words it), or null. */
export function buyerProblem(b: BuyerParams): string[] | null {
  const r = BuyerParamsSchema.safeParse(b)
  if (r.success) return null
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const sameBuyer = (a: BuyerParams, b: BuyerParams) =>
  a.target === b.target &&
  a.reservation === b.reservation &&
  a.patience === b.patience &&
  a.style === b.style &&
  a.trust === b.trust

/**
 * The five buyer parameters, every one visible and editable, on react-hook-form with the buyer's own schema:
 * a wrong value (an emptied patience, trust 1.5, a walk-away below the target) is said at its field in the UI
 * language and kept as typed, and the simulator and the rehearsal go on with the last buyer the form accepted.
 */
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
  const form = useZodForm(BuyerParamsSchema, buyer)
  // A buyer changed elsewhere (reset from the plan, the other tab) replaces what is shown here.
  useEffect(() => {
    if (!sameBuyer(form.getValues(), buyer)) form.reset(buyer)
  }, [buyer, form])
  useOnValidChange(form, (b) => {
    if (!sameBuyer(b, buyer)) onChange(b)
  })
  const errors = errorsByPath(form.formState.errors)
  // No min/max on the inputs: antd would clamp a typed 0 or 1.5 on blur; the schema refuses it at the field.
  const num = (key: 'patience' | 'trust', label: string, step: number) => (
    <Col span={4}>
      <Form.Item
        label={label}
        style={{ marginBottom: 8 }}
        help={errors[key]}
        validateStatus={errors[key] ? 'error' : undefined}
      >
        <Controller
          name={key}
          control={form.control}
          render={({ field }) => (
            <InputNumber
              id={`${idPrefix}-${key}`}
              style={{ width: '100%' }}
              step={step}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              onBlur={field.onBlur}
            />
          )}
        />
      </Form.Item>
    </Col>
  )
  // The buyer's target and walk-away are prices: typed as money (380万); a refused text is not a price, so the
  // form holds NaN for it (nothing runs) while the field says why.
  const money = (key: 'target' | 'reservation', label: string) => (
    <Col span={6}>
      <Controller
        name={key}
        control={form.control}
        render={({ field }) => (
          <MoneyItem
            id={`${idPrefix}-${key}`}
            label={label}
            marginBottom={8}
            value={field.value}
            error={errors[key]}
            onChange={(v) => field.onChange(v)}
            onRefused={() => field.onChange(Number.NaN)}
          />
        )}
      />
    </Col>
  )
  return (
    <Row gutter={12} data-testid={`${idPrefix}-form`}>
      {money('target', L.target)}
      {money('reservation', L.reservation)}
      {num('patience', L.patience, 1)}
      <Col span={4}>
        <Form.Item label={L.style} style={{ marginBottom: 8 }}>
          <Controller
            name="style"
            control={form.control}
            render={({ field }) => (
              <Select
                id={`${idPrefix}-style`}
                value={field.value}
                options={NegotiationStyleSchema.options.map((s) => ({
                  value: s,
                  label: enumLabel(STYLE, s, lang),
                }))}
                onChange={field.onChange}
              />
            )}
          />
        </Form.Item>
      </Col>
      {num('trust', L.trust, 0.05)}
    </Row>
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
