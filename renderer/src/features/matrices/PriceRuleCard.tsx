import { Alert, Card, Col, Row } from 'antd'
import { lintPriceWeight } from '../../../../shared/domain/scoring/price'
import type { Matrix } from '../../../../shared/schemas'
import { NumberField, SelectField, type Binder } from '../../components/fields'
import { useI18n } from '../../app/i18n'
import { METHOD_OPTIONS } from './format'

const rule = (k: string) => ['priceRule', k]

/** The price formula of the tender with its options, and the price-weight lint against DOMAIN.md §5. */
export function PriceRuleCard({ b, m }: { b: Binder; m: Matrix }) {
  const { pick } = useI18n()
  const r = m.priceRule
  const lint = lintPriceWeight(r.weight, m.procurementCategory, r.method)
  return (
    <Card size="small" title="价格分规则" data-testid="price-rule">
      <Row gutter={12}>
        <Col span={8}>
          <SelectField b={b} path={rule('method')} label="计算方法" options={[...METHOD_OPTIONS]} />
        </Col>
        {r.method !== 'lowestEvaluated' && (
          <Col span={5}>
            <NumberField
              b={b}
              path={rule('weight')}
              label="价格分值"
              min={0}
              max={100}
              nullable={false}
              suffix="分"
            />
          </Col>
        )}
        <Col span={5}>
          <NumberField
            b={b}
            path={rule('smeDeductionPct')}
            label="小微企业价格扣除"
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
            label="同分排序"
            options={['技术分高者优先', '报价低者优先', '抽签']}
          />
        </Col>
      </Row>
      {r.method === 'average' && (
        <Row gutter={12}>
          <Col span={7}>
            <NumberField
              b={b}
              path={rule('dropExtremesWhenAtLeast')}
              label="去掉最高、最低报价"
              min={3}
              step={1}
              suffix="家及以上时"
              help="留空：不去掉"
            />
          </Col>
          <Col span={5}>
            <NumberField
              b={b}
              path={rule('k')}
              label="基准价系数 K"
              min={0.5}
              max={2}
              step={0.01}
              nullable={false}
            />
          </Col>
          <Col span={6}>
            <NumberField
              b={b}
              path={rule('pointsPerPctAbove')}
              label="高于基准价每 1% 扣"
              min={0}
              step={0.1}
              nullable={false}
              suffix="分"
            />
          </Col>
          <Col span={6}>
            <NumberField
              b={b}
              path={rule('pointsPerPctBelow')}
              label="低于基准价每 1% 扣"
              min={0}
              step={0.1}
              nullable={false}
              suffix="分"
            />
          </Col>
        </Row>
      )}
      {r.method === 'lowestEvaluated' && (
        <Alert
          type="info"
          showIcon
          message="最低评标价法：按评审价（扣除后）从低到高排序，不计价格分；商务、技术项仅作符合性参考。"
        />
      )}
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
