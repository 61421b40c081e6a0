import { Alert, Card, Col, Descriptions, Row, Select, Spin, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { profitFloor } from '@shared/domain/matrices/profit'
import { DEFAULT_TRIALS, MAX_TRIALS } from '@shared/domain/matrices/winprob'
import type { Matrix } from '@shared/schemas'
import { MoneyField, NumberField, type Binder } from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { locale, pct, yuan } from './format'
import { WINPROB } from './labels'
import { useWinProb } from './useWinProb'
import { WinProbChart } from './WinProbChart'

// The app offers a few sizes around the one default every transport uses, none above the one limit.
const TRIALS = [5_000, DEFAULT_TRIALS, 100_000].filter((t) => t <= MAX_TRIALS)

/**
 * Monte Carlo win probability: competitor prices and subjective scores drawn from their low / likely /
 * high ranges, our rank-1 chance over a sweep of our price, and the price of highest expected profit
 * between the floor (our cost or the linked plan's 底线) and the bid's budget. Runs only when
 * `scorable` (the live results found no blocking error), since the engine needs one "us" and a price.
 */
export function WinProbPanel({
  b,
  matrix,
  scorable,
  walkAway,
  budget,
}: {
  b: Binder<Matrix>
  matrix: Matrix
  scorable: boolean
  /** The 底线 of the negotiation plans linked to the same bid. */
  walkAway: number | null
  /** The linked bid's budget: the price ceiling. */
  budget: number | null
}) {
  const { pick, lang } = useI18n()
  const L = useLabels(WINPROB)
  const [trials, setTrials] = useState(DEFAULT_TRIALS)
  const limits = useMemo(
    () => ({ floor: profitFloor(matrix.cost, walkAway), ceiling: budget }),
    [matrix.cost, walkAway, budget],
  )
  const { result, error, running } = useWinProb(matrix, trials, scorable, limits)
  const band = result?.sweep.band ?? null
  const best = result?.sweep.profit.best ?? null
  const floor = limits.floor
  const floorText = floor
    ? fmt(floor.source === 'cost' ? L.floorCost : L.floorWalkAway, { v: yuan(floor.value, lang) })
    : null
  return (
    <Card
      size="small"
      title={L.title}
      extra={running && <Spin size="small" />}
      data-testid="winprob"
      data-running={String(running)}
      data-probability={result ? result.atOurPrice.probability.toFixed(4) : ''}
      data-band={band ? `${band.low}-${band.high}` : ''}
      data-recommended={best ? String(best.price) : ''}
      data-floor={floor ? String(floor.value) : ''}
      data-curve={result ? result.sweep.points.map((p) => p.probability.toFixed(4)).join(',') : ''}
    >
      <Row gutter={12}>
        <Col span={8}>
          <div style={{ marginBottom: 12 }}>
            <div style={{ marginBottom: 4 }}>{L.trials}</div>
            <Select
              id="winprob-trials"
              style={{ width: '100%' }}
              value={trials}
              onChange={setTrials}
              options={TRIALS.map((t) => ({
                value: t,
                label: fmt(L.trialsOption, { n: t.toLocaleString(locale(lang)) }),
              }))}
            />
          </div>
        </Col>
        <Col span={8}>
          <NumberField b={b} path={'seed'} label={L.seed} nullable={false} step={1} help={L.seedHelp} />
        </Col>
        <Col span={8}>
          <MoneyField b={b} path={'cost'} label={L.cost} help={L.costHelp} />
        </Col>
      </Row>
      {!scorable && <Alert type="info" showIcon message={L.notScorable} />}
      {error && <Alert type="error" showIcon message={pick(error)} />}
      {scorable && result && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={L.atPrice}>
              <Typography.Text strong data-testid="winprob-at-price">
                {pct(result.atOurPrice.probability)}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                ± {pct(1.96 * result.atOurPrice.standardError)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={L.recommended}>
              {best ? (
                <span data-testid="winprob-recommended">
                  {fmt(L.recommendedValue, {
                    price: yuan(best.price, lang),
                    p: pct(best.probability),
                    profit: yuan(best.expectedProfit, lang),
                  })}
                </span>
              ) : floor ? (
                <Tag color="red">{fmt(L.noneAboveFloor, { floor: yuan(floor.value, lang) })}</Tag>
              ) : (
                <Typography.Text type="warning" data-testid="winprob-need-floor">
                  {L.needFloor}
                </Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={L.floor}>{floorText ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={L.ceiling}>
              {budget != null ? fmt(L.ceilingValue, { v: yuan(budget, lang) }) : L.noCeiling}
            </Descriptions.Item>
            <Descriptions.Item label={L.run} span={2}>
              {fmt(L.runValue, {
                trials: result.sweep.trials.toLocaleString(locale(lang)),
                points: result.sweep.points.length,
                seed: result.sweep.seed,
                ms: result.ms,
              })}
            </Descriptions.Item>
          </Descriptions>
          <WinProbChart sweep={result.sweep} ourPrice={result.atOurPrice.ourPrice} />
          <Typography.Paragraph
            type="secondary"
            style={{ fontSize: 12, marginBottom: 0 }}
            data-testid="winprob-caption"
          >
            {L.profitNote}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  )
}
