import { Card, Col, Descriptions, Row, Space, Tag } from 'antd'
import { tryAmountToWords } from '../../../../shared/domain/amount'
import { computeQuote, toYuan } from '../../../../shared/domain/export/quote-math'
import type { Bid } from '../../../../shared/schemas'
import { ArrayTable } from '../../components/ArrayTable'
import {
  MoneyField,
  NumberField,
  SelectField,
  SwitchField,
  TextAreaField,
  TextField,
  type Binder,
} from '../../components/fields'

type B = Binder & { doc: Bid }

export function BidQuoteTab({ b }: { b: B }) {
  const q = b.doc.quote
  const totals = computeQuote(q)
  const words = tryAmountToWords(toYuan(totals.total, q.moneyUnit))
  return (
    <>
      <Row gutter={16}>
        <Col span={4}>
          <SelectField b={b} path={['quote', 'moneyUnit']} label="金额单位" options={['元', '万元']} />
        </Col>
        <Col span={4}>
          <SelectField
            b={b}
            path={['quote', 'currency']}
            label="币种"
            options={['CNY', 'USD', 'EUR', 'HKD']}
          />
        </Col>
        <Col span={4}>
          <SwitchField b={b} path={['quote', 'taxIncluded']} label="含税报价" />
        </Col>
        <Col span={4}>
          <SelectField
            b={b}
            path={['quote', 'rounding']}
            label="舍入方式"
            options={[
              { value: 'line', label: '逐行舍入' },
              { value: 'total', label: '仅合计舍入' },
            ]}
          />
        </Col>
      </Row>
      <ArrayTable
        b={b}
        path={['quote', 'items']}
        newRow={() => ({ name: '', spec: '', unit: '项', qty: 1, unitPrice: 0, taxRate: 13 })}
        columns={[
          { key: 'name', title: '名称' },
          { key: 'spec', title: '规格型号' },
          { key: 'unit', title: '单位', width: 70 },
          { key: 'qty', title: '数量', kind: 'number', width: 90 },
          { key: 'unitPrice', title: '单价', kind: 'number', width: 140 },
          { key: 'taxRate', title: '税率 %', kind: 'number', width: 90 },
        ]}
      />
      <Descriptions bordered size="small" column={2} style={{ marginTop: 12 }} data-testid="quote-totals">
        <Descriptions.Item label="合计（小写）">
          {totals.total.toLocaleString('zh-CN', { minimumFractionDigits: 2 })} {q.moneyUnit}
        </Descriptions.Item>
        <Descriptions.Item label="其中税额">
          {totals.taxTotal.toLocaleString('zh-CN', { minimumFractionDigits: 2 })} {q.moneyUnit}
        </Descriptions.Item>
        <Descriptions.Item label="合计（大写）" span={2}>
          {words.ok ? words.words : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={8}>
          <MoneyField b={b} path={['quote', 'statedTotal']} label="报价表所写合计" />
        </Col>
        <Col span={8}>
          <MoneyField b={b} path={['quote', 'bidLetterPrice']} label="投标函报价" />
        </Col>
        <Col span={8}>
          <TextField b={b} path={['quote', 'bidLetterPriceWords']} label="投标函报价大写" />
        </Col>
      </Row>
      <Card size="small" title="开标一览表">
        <Row gutter={16}>
          <Col span={6}>
            <SwitchField b={b} path={['quote', 'openingSummary', 'present']} label="已编制开标一览表" />
          </Col>
          <Col span={6}>
            <TextField b={b} path={['quote', 'openingSummary', 'lot']} label="包号" />
          </Col>
          <Col span={12} />
          <Col span={6}>
            <MoneyField b={b} path={['quote', 'openingSummary', 'price']} label="投标报价" />
          </Col>
          <Col span={10}>
            <TextField b={b} path={['quote', 'openingSummary', 'priceWords']} label="投标报价大写" />
          </Col>
          <Col span={8}>
            <TextField b={b} path={['quote', 'openingSummary', 'deliveryPeriod']} label="交货期 / 服务期" />
          </Col>
          <Col span={8}>
            <TextField b={b} path={['quote', 'openingSummary', 'warranty']} label="质保期" />
          </Col>
          <Col span={8}>
            <NumberField b={b} path={['quote', 'openingSummary', 'validityDays']} label="投标有效期（天）" />
          </Col>
        </Row>
      </Card>
      <TextAreaField
        b={b}
        path={['quote', 'costJustification']}
        label="成本说明（报价明显偏低时需提供）"
        rows={2}
      />
      <Row gutter={16} style={{ marginTop: 16 }}>
        {(['termsRequired', 'termsOffered'] as const).map((k) => (
          <Col span={12} key={k}>
            <Card size="small" title={k === 'termsRequired' ? '招标要求的商务条件' : '我方承诺'}>
              <NumberField b={b} path={[k, 'deliveryDays']} label="交货期（天）" min={0} />
              <NumberField b={b} path={[k, 'warrantyMonths']} label="质保期（月）" min={0} />
              <TextField b={b} path={[k, 'paymentTerms']} label="付款条件" />
              <NumberField b={b} path={[k, 'paymentDays']} label="付款天数" min={0} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  )
}

const LEVEL_COLOR: Record<string, string> = {
  CR1: 'green',
  CR2: 'lime',
  CR3: 'default',
  CR4: 'orange',
  CR5: 'red',
}

export function BidPeopleTab({ b }: { b: B }) {
  const people = b.doc.people
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }} data-testid="people-map">
        {(['KDM', 'KI', 'KU', '教练'] as const).map((role) => (
          <Card key={role} size="small" title={role} style={{ minWidth: 200 }}>
            {people
              .filter((p) => p.role === role)
              .map((p) => (
                <div key={p.id}>
                  <Tag color={LEVEL_COLOR[p.level]}>{p.level}</Tag>
                  {p.name} <span style={{ color: '#888' }}>{p.position}</span>
                  {p.targetLevel && p.targetLevel !== p.level && (
                    <span style={{ color: '#888' }}> → {p.targetLevel}</span>
                  )}
                </div>
              ))}
          </Card>
        ))}
      </Space>
      <ArrayTable
        b={b}
        path={['people']}
        newRow={() => ({ name: '', role: 'KI', level: 'CR3' })}
        columns={[
          { key: 'name', title: '姓名', width: 100 },
          { key: 'position', title: '职务', width: 130 },
          { key: 'role', title: '角色', kind: 'select', options: ['KDM', 'KI', 'KU', '教练'], width: 90 },
          {
            key: 'level',
            title: '关系',
            kind: 'select',
            options: ['CR1', 'CR2', 'CR3', 'CR4', 'CR5'],
            width: 90,
          },
          {
            key: 'targetLevel',
            title: '目标',
            kind: 'select',
            options: ['CR1', 'CR2', 'CR3', 'CR4', 'CR5'],
            width: 90,
          },
          { key: 'concerns', title: '关注点', kind: 'textarea' },
          { key: 'valuePoints', title: '价值点', kind: 'textarea' },
          { key: 'plan', title: '提升计划', kind: 'textarea' },
        ]}
      />
    </>
  )
}
