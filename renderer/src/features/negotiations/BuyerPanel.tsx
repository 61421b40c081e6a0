import { Alert, Col, Form, InputNumber, Row, Select, Table, Typography } from 'antd'
import {
  acceptLine,
  BUYER_RULES,
  effectivePatience,
  STYLE_TRAITS,
  type BuyerParams,
} from '../../../../shared/domain/concession'
import { BuyerParamsSchema, NegotiationStyleSchema } from '../../../../shared/schemas'
import { fmt } from './plan-input'

/** Why a buyer is not valid, in Chinese, or null. */
export function buyerProblem(b: BuyerParams): string | null {
  const r = BuyerParamsSchema.safeParse(b)
  if (r.success) return null
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；')
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
        {num('target', '买方目标价（希望付）', { min: 0, step: 1000 })}
        {num('reservation', '买方保留价（最多付）', { min: 0, step: 1000 })}
        {num('patience', '耐心（轮）', { min: 1, max: 30, step: 1 })}
        <Col span={4}>
          <Form.Item label="买方风格" style={{ marginBottom: 8 }}>
            <Select
              id={`${idPrefix}-style`}
              value={buyer.style}
              options={NegotiationStyleSchema.options.map((s) => ({ value: s, label: s }))}
              onChange={(s) => onChange({ ...buyer, style: s })}
            />
          </Form.Item>
        </Col>
        {num('trust', '信任度（0–1）', { min: 0, max: 1, step: 0.05 })}
      </Row>
      {problem && (
        <Alert type="error" showIcon message={`买方参数不合法：${problem}`} style={{ marginBottom: 8 }} />
      )}
    </>
  )
}

const yesNo = (b: boolean) => (b ? '是' : '否')

/** BUYER_RULES in plain words with the style table and what they mean for the buyer being edited. */
export function BuyerRules({ buyer }: { buyer: BuyerParams }) {
  const traits = STYLE_TRAITS[buyer.style]
  const valid = !buyerProblem(buyer)
  const rows = NegotiationStyleSchema.options.map((s) => ({ key: s, style: s, ...STYLE_TRAITS[s] }))
  return (
    <div data-testid="buyer-rules">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        模拟买方怎样决定
      </Typography.Title>
      <ol style={{ paddingLeft: 20, marginTop: 0 }}>
        {BUYER_RULES.map((r) => (
          <li key={r.id} style={{ marginBottom: 4 }}>
            {r.zh}
          </li>
        ))}
      </ol>
      {valid && (
        <Alert
          type="info"
          style={{ marginBottom: 8 }}
          message={`当前买方：${buyer.style}，实际谈 ${effectivePatience(buyer.patience, traits)} 轮后必须决定；接受线 = ${fmt(buyer.target)} + (${fmt(buyer.reservation)} − ${fmt(buyer.target)}) × ${traits.acceptShare} × ${buyer.trust} = ${fmt(Math.round(acceptLine(buyer.target, buyer.reservation, traits, buyer.trust)))} 元。`}
        />
      )}
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '风格', dataIndex: 'style' },
          {
            title: '耐心增减（轮）',
            dataIndex: 'patienceDelta',
            render: (v: number) => (v > 0 ? `+${v}` : String(v)),
          },
          { title: '风格系数（接受线）', dataIndex: 'acceptShare' },
          { title: '对剩余空间的估计', dataIndex: 'roomBelief', render: (v: number) => `× ${v}` },
          { title: '收回让步时信任下降', dataIndex: 'trustLoss' },
          { title: '卖方停滞即离场', dataIndex: 'walkOnStall', render: yesNo },
        ]}
      />
    </div>
  )
}
