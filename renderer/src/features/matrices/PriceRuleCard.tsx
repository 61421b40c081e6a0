import { Alert, Card, Col, Row } from 'antd'
import { lintPriceWeight } from '@shared/domain/matrices/price'
import type { Matrix } from '@shared/schemas'
import { NumberField, SelectField, type Binder } from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, useLabels } from '@renderer/app/use-labels'
import { methodOptions } from './format'
import { RULE, TIE_BREAK } from './labels'

const rule = <S extends string>(k: S) => `priceRule.${k}` as const
const TIE_BREAKS = ['技术分高者优先', '报价低者优先', '抽签'] as const

/** The price formula of the tender with its options, and the price-weight lint against DOMAIN.md §5. */
export function PriceRuleCard({ b, m }: { b: Binder<Matrix>; m: Matrix }) {
  const { pick, lang } = useI18n()
  const L = useLabels(RULE)
  const r = m.priceRule
  const lint = lintPriceWeight(r.weight, m.procurementCategory, r.method)
  return (
    <Card size="small" title={L.title} data-testid="price-rule">
      <Row gutter={12}>
        <Col span={8}>
          <SelectField b={b} path={rule('method')} label={L.method} options={methodOptions(lang)} />
        </Col>
        {r.method !== 'lowestEvaluated' && (
          <Col span={5}>
            <NumberField
              b={b}
              path={rule('weight')}
              label={L.weight}
              min={0}
              max={100}
              nullable={false}
              suffix={L.points}
            />
          </Col>
        )}
        <Col span={5}>
          <NumberField
            b={b}
            path={rule('smeDeductionPct')}
            label={L.sme}
            min={0}
            max={50}
            nullable={false}
            suffix="%"
          />
        </Col>
        <Col span={6}>
          <SelectField
            b={b}
            path={rule('tieBreak')}
            label={L.tieBreak}
            options={TIE_BREAKS.map((v) => ({ value: v, label: enumLabel(TIE_BREAK, v, lang) }))}
          />
        </Col>
      </Row>
      {r.method === 'average' && (
        <Row gutter={12}>
          <Col span={7}>
            <NumberField
              b={b}
              path={rule('dropExtremesWhenAtLeast')}
              label={L.dropExtremes}
              min={3}
              step={1}
              suffix={L.dropExtremesSuffix}
              help={L.dropExtremesHelp}
            />
          </Col>
          <Col span={5}>
            <NumberField b={b} path={rule('k')} label={L.k} min={0.5} max={2} step={0.01} nullable={false} />
          </Col>
          <Col span={6}>
            <NumberField
              b={b}
              path={rule('pointsPerPctAbove')}
              label={L.above}
              min={0}
              step={0.1}
              nullable={false}
              suffix={L.points}
            />
          </Col>
          <Col span={6}>
            <NumberField
              b={b}
              path={rule('pointsPerPctBelow')}
              label={L.below}
              min={0}
              step={0.1}
              nullable={false}
              suffix={L.points}
            />
          </Col>
        </Row>
      )}
      {r.method === 'lowestEvaluated' && <Alert type="info" showIcon message={L.lowestEvaluated} />}
      {lint.map((f) => (
        <Alert
          key={f.code}
          style={{ marginTop: 8 }}
          type={f.severity === 'warning' ? 'warning' : 'info'}
          showIcon
          data-testid={`lint-${f.code}`}
          message={pick(f.message)}
        />
      ))}
    </Card>
  )
}
