import { PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Col, Form, InputNumber, Row, Select, Space, Table, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import {
  defaultPopulation,
  type BuyerPopulation,
  type PatternResult,
  type Range3,
} from '../../../../shared/domain/concession'
import { NegotiationStyleSchema } from '../../../../shared/schemas'
import { useI18n } from '../../app/i18n'
import { enumLabel, fmt as fill, useLabels } from '../../app/use-labels'
import { histogramOption, patternCurvesOption } from './chart-options'
import { EChart } from './EChart'
import { COMPARE, STYLE } from './labels'
import { fmt, patternName } from './plan-input'
import { useCompare } from './useCompare'

export const TRIAL_OPTIONS = [1_000, 10_000, 50_000, 100_000]
const RANGES: [keyof Omit<BuyerPopulation, 'styleWeights'>, keyof typeof COMPARE, number][] = [
  ['target', 'rangeTarget', 1000],
  ['reservation', 'rangeReservation', 1000],
  ['patience', 'rangePatience', 1],
  ['trust', 'rangeTrust', 0.05],
]
/** Stored names of the patterns the histogram shows at first; the legend brings in the others. */
const HISTOGRAM_SHOWN = ['希望成交型', '刺激欲望型', '愚蠢缴枪型']

function PopulationEditor({ pop, onChange }: { pop: BuyerPopulation; onChange(p: BuyerPopulation): void }) {
  const L = useLabels(COMPARE)
  const { lang } = useI18n()
  const cell = (k: (typeof RANGES)[number][0], part: keyof Range3, step: number) => (
    <InputNumber
      size="small"
      aria-label={`${k}-${part}`}
      style={{ width: '100%' }}
      step={step}
      value={pop[k][part]}
      onChange={(v) => onChange({ ...pop, [k]: { ...pop[k], [part]: v ?? 0 } })}
    />
  )
  return (
    <>
      <Table
        size="small"
        pagination={false}
        rowKey="k"
        dataSource={RANGES.map(([k, label, step]) => ({ k, label: L[label], step }))}
        columns={[
          { title: L.popTitle, dataIndex: 'label', width: 160 },
          { title: L.low, render: (_, r) => cell(r.k, 'low', r.step) },
          { title: L.likely, render: (_, r) => cell(r.k, 'likely', r.step) },
          { title: L.high, render: (_, r) => cell(r.k, 'high', r.step) },
        ]}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <Typography.Text>{L.styleWeights}</Typography.Text>
        {NegotiationStyleSchema.options.map((s) => (
          <InputNumber
            key={s}
            size="small"
            min={0}
            addonBefore={enumLabel(STYLE, s, lang)}
            style={{ width: 140 }}
            value={pop.styleWeights[s] ?? 0}
            onChange={(v) => onChange({ ...pop, styleWeights: { ...pop.styleWeights, [s]: v ?? 0 } })}
          />
        ))}
      </Space>
    </>
  )
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

/** All nine patterns against a seeded buyer population: deal probability, final price, rounds, charts. */
export function ComparePanel({
  openingPrice,
  total,
  rounds,
}: {
  openingPrice: number
  total: number
  rounds: number
}) {
  const L = useLabels(COMPARE)
  const { lang, pick } = useI18n()
  const initial = useMemo(() => defaultPopulation(openingPrice, total), [openingPrice, total])
  const [pop, setPop] = useState<BuyerPopulation>(initial)
  const [trials, setTrials] = useState(10_000)
  const [seed, setSeed] = useState(1)
  const cmp = useCompare()
  // A new opening price or budget makes the old population meaningless: start again from the default.
  useEffect(() => setPop(initial), [initial])
  const run = () => cmp.run(pop, { openingPrice, total, rounds, trials, seed })
  const results = cmp.result?.results ?? []
  const best = results.length ? Math.max(...results.map((r) => r.dealProbability)) : 0
  return (
    <div data-testid="compare-panel">
      <PopulationEditor pop={pop} onChange={setPop} />
      <Row gutter={12} style={{ marginTop: 12 }} align="bottom">
        <Col>
          <Form.Item label={L.trials} style={{ marginBottom: 0 }}>
            <Select
              data-testid="trials"
              style={{ width: 140 }}
              value={trials}
              onChange={setTrials}
              options={TRIAL_OPTIONS.map((n) => ({ value: n, label: n.toLocaleString('zh-CN') }))}
            />
          </Form.Item>
        </Col>
        <Col>
          <Form.Item label={L.seed} style={{ marginBottom: 0 }}>
            <InputNumber min={0} step={1} precision={0} value={seed} onChange={(v) => setSeed(v ?? 1)} />
          </Form.Item>
        </Col>
        <Col>
          <Space>
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              loading={cmp.running}
              onClick={run}
              data-testid="run-compare"
            >
              {L.run}
            </Button>
            <Button icon={<ReloadOutlined />} onClick={() => setPop(initial)}>
              {L.reset}
            </Button>
          </Space>
        </Col>
      </Row>
      {cmp.error && <Alert type="error" showIcon style={{ marginTop: 12 }} message={pick(cmp.error)} />}
      {cmp.result && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {fill(L.summary, {
              trials: cmp.result.trials.toLocaleString('zh-CN'),
              seed: cmp.result.seed,
              ms: cmp.ms ?? '—',
            })}
          </Typography.Paragraph>
          <Table<PatternResult>
            size="small"
            rowKey="pattern"
            pagination={false}
            dataSource={results}
            data-testid="compare-table"
            columns={[
              {
                title: L.colPattern,
                dataIndex: 'pattern',
                width: 110,
                render: (p: string) => patternName(p, lang),
              },
              { title: L.colSteps, render: (_, r) => r.steps.map(fmt).join(' / ') },
              {
                title: L.colDealProb,
                align: 'right',
                sorter: (a, b) => a.dealProbability - b.dealProbability,
                render: (_, r) => (
                  <span style={{ fontWeight: r.dealProbability === best ? 600 : undefined }}>
                    {pct(r.dealProbability)}
                  </span>
                ),
              },
              {
                title: L.colMean,
                align: 'right',
                sorter: (a, b) => (a.finalPrice?.mean ?? 0) - (b.finalPrice?.mean ?? 0),
                render: (_, r) => fmt(r.finalPrice?.mean),
              },
              { title: L.colSd, align: 'right', render: (_, r) => fmt(r.finalPrice?.sd) },
              {
                title: 'P10 – P90',
                align: 'right',
                render: (_, r) =>
                  r.finalPrice ? `${fmt(r.finalPrice.p10)} – ${fmt(r.finalPrice.p90)}` : '—',
              },
              { title: L.colRounds, align: 'right', render: (_, r) => fmt(r.meanRounds) },
            ]}
          />
          <Row gutter={12} style={{ marginTop: 12 }}>
            <Col span={12}>
              <Typography.Text strong>{L.curves}</Typography.Text>
              <EChart
                option={patternCurvesOption(openingPrice, results, lang)}
                height={320}
                testId="compare-curves"
              />
            </Col>
            <Col span={12}>
              <Typography.Text strong>{L.histogram}</Typography.Text>
              <EChart
                option={histogramOption(results, HISTOGRAM_SHOWN, lang)}
                height={320}
                testId="compare-histogram"
              />
            </Col>
          </Row>
        </>
      )}
    </div>
  )
}
