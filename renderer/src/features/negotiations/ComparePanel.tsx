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
import { histogramOption, patternCurvesOption } from './chart-options'
import { EChart } from './EChart'
import { fmt } from './plan-input'
import { useCompare } from './useCompare'

export const TRIAL_OPTIONS = [1_000, 10_000, 50_000, 100_000]
const RANGES: [keyof Omit<BuyerPopulation, 'styleWeights'>, string, number][] = [
  ['target', '目标价（元）', 1000],
  ['reservation', '保留价（元）', 1000],
  ['patience', '耐心（轮）', 1],
  ['trust', '信任度', 0.05],
]

function PopulationEditor({ pop, onChange }: { pop: BuyerPopulation; onChange(p: BuyerPopulation): void }) {
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
        dataSource={RANGES.map(([k, label, step]) => ({ k, label, step }))}
        columns={[
          { title: '买方群体（三角分布）', dataIndex: 'label', width: 160 },
          { title: '最低', render: (_, r) => cell(r.k, 'low', r.step) },
          { title: '最可能', render: (_, r) => cell(r.k, 'likely', r.step) },
          { title: '最高', render: (_, r) => cell(r.k, 'high', r.step) },
        ]}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <Typography.Text>风格权重：</Typography.Text>
        {NegotiationStyleSchema.options.map((s) => (
          <InputNumber
            key={s}
            size="small"
            min={0}
            addonBefore={s}
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
          <Form.Item label="模拟次数（每种模式）" style={{ marginBottom: 0 }}>
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
          <Form.Item label="随机种子" style={{ marginBottom: 0 }}>
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
              对比九种模式
            </Button>
            <Button icon={<ReloadOutlined />} onClick={() => setPop(initial)}>
              恢复默认群体
            </Button>
          </Space>
        </Col>
      </Row>
      {cmp.error && <Alert type="error" showIcon style={{ marginTop: 12 }} message={cmp.error.zh} />}
      {cmp.result && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {`每种模式与同一批 ${cmp.result.trials.toLocaleString('zh-CN')} 个模拟买方谈判（种子 ${cmp.result.seed}），差异来自模式本身；用时 ${cmp.ms ?? '—'} 毫秒。成交价统计只计成交的谈判。`}
          </Typography.Paragraph>
          <Table<PatternResult>
            size="small"
            rowKey="pattern"
            pagination={false}
            dataSource={results}
            data-testid="compare-table"
            columns={[
              { title: '模式', dataIndex: 'pattern', width: 110 },
              { title: '各轮让步', render: (_, r) => r.steps.map(fmt).join(' / ') },
              {
                title: '成交概率',
                align: 'right',
                sorter: (a, b) => a.dealProbability - b.dealProbability,
                render: (_, r) => (
                  <span style={{ fontWeight: r.dealProbability === best ? 600 : undefined }}>
                    {pct(r.dealProbability)}
                  </span>
                ),
              },
              {
                title: '平均成交价',
                align: 'right',
                sorter: (a, b) => (a.finalPrice?.mean ?? 0) - (b.finalPrice?.mean ?? 0),
                render: (_, r) => fmt(r.finalPrice?.mean),
              },
              { title: '标准差', align: 'right', render: (_, r) => fmt(r.finalPrice?.sd) },
              {
                title: 'P10 – P90',
                align: 'right',
                render: (_, r) =>
                  r.finalPrice ? `${fmt(r.finalPrice.p10)} – ${fmt(r.finalPrice.p90)}` : '—',
              },
              { title: '平均成交轮次', align: 'right', render: (_, r) => fmt(r.meanRounds) },
            ]}
          />
          <Row gutter={12} style={{ marginTop: 12 }}>
            <Col span={12}>
              <Typography.Text strong>各模式让步曲线</Typography.Text>
              <EChart
                option={patternCurvesOption(openingPrice, results)}
                height={320}
                testId="compare-curves"
              />
            </Col>
            <Col span={12}>
              <Typography.Text strong>成交价分布（点击图例切换模式）</Typography.Text>
              <EChart
                option={histogramOption(results, ['希望成交型', '刺激欲望型', '愚蠢缴枪型'])}
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
