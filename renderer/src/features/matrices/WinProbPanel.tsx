import { Alert, Card, Col, Descriptions, Row, Select, Spin, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { Matrix } from '../../../../shared/schemas'
import { NumberField, type Binder } from '../../components/fields'
import { useI18n } from '../../app/i18n'
import { pct, yuan } from './format'
import { useWinProb } from './useWinProb'
import { WinProbChart } from './WinProbChart'

const TRIALS = [5_000, 20_000, 100_000]

/**
 * Monte Carlo win probability: competitor prices and subjective scores drawn from their low / likely /
 * high ranges, our rank-1 chance over a sweep of our price. Runs only when `scorable` (the live
 * results found no blocking error), since the engine needs exactly one "us" and a price.
 */
export function WinProbPanel({ b, matrix, scorable }: { b: Binder; matrix: Matrix; scorable: boolean }) {
  const { pick } = useI18n()
  const [trials, setTrials] = useState(20_000)
  const { result, error, running } = useWinProb(matrix, trials, scorable)
  const band = result?.sweep.band ?? null
  return (
    <Card
      size="small"
      title="中标概率（蒙特卡洛模拟）"
      extra={running && <Spin size="small" />}
      data-testid="winprob"
      data-running={String(running)}
      data-probability={result ? result.atOurPrice.probability.toFixed(4) : ''}
      data-band={band ? `${band.low}-${band.high}` : ''}
      data-curve={result ? result.sweep.points.map((p) => p.probability.toFixed(4)).join(',') : ''}
    >
      <Row gutter={12}>
        <Col span={8}>
          <div style={{ marginBottom: 12 }}>
            <div style={{ marginBottom: 4 }}>模拟次数</div>
            <Select
              id="winprob-trials"
              style={{ width: '100%' }}
              value={trials}
              onChange={setTrials}
              options={TRIALS.map((t) => ({ value: t, label: t.toLocaleString('zh-CN') + ' 次' }))}
            />
          </div>
        </Col>
        <Col span={8}>
          <NumberField
            b={b}
            path={['seed']}
            label="随机种子"
            nullable={false}
            step={1}
            help="同一种子结果可复现"
          />
        </Col>
      </Row>
      {!scorable && (
        <Alert
          type="info"
          showIcon
          message="先修正右侧“实时结果”中的错误（我方投标人、我方报价），再计算中标概率"
        />
      )}
      {error && <Alert type="error" showIcon message={pick(error)} />}
      {scorable && result && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="当前报价中标概率">
              <Typography.Text strong data-testid="winprob-at-price">
                {pct(result.atOurPrice.probability)}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                ± {pct(1.96 * result.atOurPrice.standardError)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="推荐报价">
              {band ? (
                <span data-testid="winprob-recommended">
                  {yuan(band.recommended)}（{pct(band.probabilityAtRecommended)}）
                </span>
              ) : (
                <Tag color="red">任何报价都无法排名第一</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="推荐区间">
              {band ? `${yuan(band.low)} – ${yuan(band.high)}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="模拟">
              {result.sweep.trials.toLocaleString('zh-CN')} 次 × {result.sweep.points.length} 个报价，种子{' '}
              {result.sweep.seed}，{result.ms} ms
            </Descriptions.Item>
          </Descriptions>
          <WinProbChart sweep={result.sweep} ourPrice={result.atOurPrice.ourPrice} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
            推荐区间：中标概率与最高值相差不超过 {Math.round((band?.tolerance ?? 0.02) * 100)}{' '}
            个百分点的报价，推荐其中最高者（同样的把握，更多利润）。
          </Typography.Paragraph>
        </>
      )}
    </Card>
  )
}
