import { Card, Col, Descriptions, Row } from 'antd'
import { tryAmountToWords } from '@shared/domain/amount'
import { computeQuote, toYuan } from '@shared/domain/export/quote-math'
import type { Bid } from '@shared/schemas'
import { ArrayTable } from '@renderer/components/ArrayTable'
import {
  MoneyField,
  NumberField,
  SelectField,
  SwitchField,
  TextAreaField,
  TextField,
  type Binder,
} from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { MONEY_UNIT, QUOTE } from './labels'
import { WordsField } from './WordsField'

type B = Binder<Bid>

export function BidQuoteTab({ b }: { b: B }) {
  const { lang } = useI18n()
  const L = useLabels(QUOTE)
  const q = b.doc.quote
  const totals = computeQuote(q)
  const words = tryAmountToWords(toYuan(totals.total, q.moneyUnit))
  const unit = enumLabel(MONEY_UNIT, q.moneyUnit, lang)
  return (
    <>
      <Row gutter={16}>
        <Col span={4}>
          <SelectField
            b={b}
            path={'quote.moneyUnit'}
            label={L.moneyUnit}
            options={(['元', '万元'] as const).map((u) => ({
              value: u,
              label: enumLabel(MONEY_UNIT, u, lang),
            }))}
          />
        </Col>
        <Col span={4}>
          <SelectField
            b={b}
            path={'quote.currency'}
            label={L.currency}
            options={['CNY', 'USD', 'EUR', 'HKD']}
          />
        </Col>
        <Col span={4}>
          <SwitchField b={b} path={'quote.taxIncluded'} label={L.taxIncluded} />
        </Col>
        <Col span={4}>
          <SelectField
            b={b}
            path={'quote.rounding'}
            label={L.rounding}
            options={[
              { value: 'line', label: L.roundLine },
              { value: 'total', label: L.roundTotal },
            ]}
          />
        </Col>
      </Row>
      <ArrayTable
        b={b}
        path="quote.items"
        newRow={() => ({ name: '', brand: '', spec: '', unit: '项', qty: 1, unitPrice: 0, taxRate: 13 })}
        columns={[
          { key: 'name', title: L.name },
          { key: 'brand', title: L.brand, width: 110 },
          { key: 'spec', title: L.spec },
          { key: 'unit', title: L.unit, width: 70 },
          { key: 'qty', title: L.qty, kind: 'number', width: 90 },
          {
            key: 'unitPrice',
            title: fmt(L.unitPriceIn, { unit: enumLabel(MONEY_UNIT, q.moneyUnit, lang) }),
            kind: 'money',
            unit: q.moneyUnit,
            width: 140,
          },
          { key: 'taxRate', title: L.taxRate, kind: 'number', width: 90 },
          { key: 'manufacturer', title: L.manufacturer, width: 150 },
          {
            key: 'manufacturerSize',
            title: L.manufacturerSize,
            kind: 'select',
            options: ['', '大型', '中型', '小型', '微型'].map((v) => ({ value: v, label: v || '—' })),
            width: 90,
          },
          ...(b.doc.lots.length
            ? [
                {
                  key: 'lotId',
                  title: L.lot,
                  kind: 'select' as const,
                  options: b.doc.lots.map((l) => ({ value: l.id, label: l.no || l.name })),
                  width: 90,
                },
              ]
            : []),
        ]}
      />
      <Descriptions bordered size="small" column={2} style={{ marginTop: 12 }} data-testid="quote-totals">
        <Descriptions.Item label={L.totalFigures}>
          {totals.total.toLocaleString('zh-CN', { minimumFractionDigits: 2 })} {unit}
        </Descriptions.Item>
        <Descriptions.Item label={L.taxTotal}>
          {totals.taxTotal.toLocaleString('zh-CN', { minimumFractionDigits: 2 })} {unit}
        </Descriptions.Item>
        <Descriptions.Item label={L.totalWords} span={2}>
          {words.ok ? words.words : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={8}>
          <MoneyField b={b} path={'quote.statedTotal'} unit={q.moneyUnit} label={L.statedTotal} />
        </Col>
        <Col span={8}>
          <MoneyField b={b} path={'quote.bidLetterPrice'} unit={q.moneyUnit} label={L.bidLetterPrice} />
        </Col>
        <Col span={8}>
          <WordsField
            b={b}
            figure={'quote.bidLetterPrice'}
            path={'quote.bidLetterPriceWords'}
            label={L.bidLetterPriceWords}
          />
        </Col>
      </Row>
      <Card size="small" title={L.openingSummary}>
        <Row gutter={16}>
          <Col span={6}>
            <SwitchField b={b} path={'quote.openingSummary.present'} label={L.openingPresent} />
          </Col>
          <Col span={6}>
            <TextField b={b} path={'quote.openingSummary.lot'} label={L.lot} />
          </Col>
          <Col span={12} />
          <Col span={6}>
            <MoneyField b={b} path={'quote.openingSummary.price'} unit={q.moneyUnit} label={L.bidPrice} />
          </Col>
          <Col span={10}>
            <WordsField
              b={b}
              figure={'quote.openingSummary.price'}
              path={'quote.openingSummary.priceWords'}
              label={L.bidPriceWords}
            />
          </Col>
          <Col span={8}>
            <TextField b={b} path={'quote.openingSummary.deliveryPeriod'} label={L.deliveryPeriod} />
          </Col>
          <Col span={8}>
            <TextField b={b} path={'quote.openingSummary.warranty'} label={L.warranty} />
          </Col>
          <Col span={8}>
            <NumberField b={b} path={'quote.openingSummary.validityDays'} label={L.validityDays} />
          </Col>
        </Row>
      </Card>
      <TextAreaField b={b} path={'quote.costJustification'} label={L.costJustification} rows={2} />
      <Row gutter={16} style={{ marginTop: 16 }}>
        {(['termsRequired', 'termsOffered'] as const).map((k) => (
          <Col span={12} key={k}>
            <Card size="small" title={k === 'termsRequired' ? L.termsRequired : L.termsOffered}>
              <NumberField b={b} path={`${k}.deliveryDays`} label={L.deliveryDays} min={0} />
              <NumberField b={b} path={`${k}.warrantyMonths`} label={L.warrantyMonths} min={0} />
              <TextField b={b} path={`${k}.paymentTerms`} label={L.paymentTerms} />
              <NumberField b={b} path={`${k}.paymentDays`} label={L.paymentDays} min={0} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  )
}
