import { PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Col, Form, InputNumber, Row, Select, Space, Table, Typography } from 'antd'
import { useEffect, useMemo } from 'react'
import { Controller, useWatch } from 'react-hook-form'
import { z } from 'zod'
import {
  defaultPopulation,
  type BuyerPopulation,
  patternValues,
  type PatternResult,
  type PatternValue,
  populationIssues,
  type Range3,
} from '@shared/domain/negotiations'
import type { Lang } from '@shared/i18n'
import { NegotiationStyleSchema, SeedSchema } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt as fill, useLabels } from '@renderer/app/use-labels'
import { histogramOption, patternCurvesOption } from './chart-options'
import { EChart } from '@renderer/components/EChart'
import { COMPARE, STYLE } from './labels'
import { fmt, patternName } from './plan-input'
import { useCompare } from './useCompare'
import { MoneyCell } from '@renderer/components/MoneyInput'
import { FormError } from '@renderer/components/FormError'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { errorsByPath } from '@renderer/hooks/zod-resolver'

/** The comparison's settings; the population's own rules (populationIssues) are checked across its fields. */
const CompareForm = z.object({
  pop: z.custom<BuyerPopulation>((v) => typeof v === 'object' && v !== null),
  trials: z.number().int(),
  seed: SeedSchema,
})
type CompareValues = z.infer<typeof CompareForm>

function compareRules(v: CompareValues, lang: Lang): Record<string, string> {
  const at = (path: string) => (path === 'trials' ? path : `pop.${path}`)
  return Object.fromEntries(
    populationIssues(v.pop, v.trials).map((i) => [at(i.path), lang === 'zh' ? i.zh : i.en]),
  )
}

export const TRIAL_OPTIONS = [1_000, 10_000, 50_000, 100_000]
const RANGES: [keyof Omit<BuyerPopulation, 'styleWeights'>, keyof typeof COMPARE, number][] = [
  ['target', 'rangeTarget', 1000],
  ['reservation', 'rangeReservation', 1000],
  ['patience', 'rangePatience', 1],
  ['trust', 'rangeTrust', 0.05],
]
/** Stored names of the patterns the histogram shows at first; the legend brings in the others. */
const HISTOGRAM_SHOWN = ['希望成交型', '刺激欲望型', '愚蠢缴枪型']

function PopulationEditor({
  pop,
  onChange,
  errors,
}: {
  pop: BuyerPopulation
  onChange(p: BuyerPopulation): void
  /** Messages by path inside the population ('target.low', 'styleWeights.竞争型'). */
  errors: Record<string, string>
}) {
  const L = useLabels(COMPARE)
  const { lang } = useI18n()
  const cell = (k: (typeof RANGES)[number][0], part: keyof Range3, step: number) => (
    <>
      {input(k, part, step)}
      <FormError m={errors[`${k}.${part}`]} testId="population-error" />
    </>
  )
  // An emptied cell stays empty (the form says 请填写数字) rather than turning into 0.
  const input = (k: (typeof RANGES)[number][0], part: keyof Range3, step: number) =>
    k === 'target' || k === 'reservation' ? (
      <MoneyCell
        aria-label={`${k}-${part}`}
        value={pop[k][part]}
        onChange={(v) => onChange({ ...pop, [k]: { ...pop[k], [part]: v as number } })}
      />
    ) : (
      <InputNumber
        size="small"
        aria-label={`${k}-${part}`}
        style={{ width: '100%' }}
        step={step}
        status={errors[`${k}.${part}`] ? 'error' : undefined}
        value={pop[k][part]}
        onChange={(v) => onChange({ ...pop, [k]: { ...pop[k], [part]: v as number } })}
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
          <div key={s}>
            <InputNumber
              size="small"
              addonBefore={enumLabel(STYLE, s, lang)}
              style={{ width: 140 }}
              status={errors[`styleWeights.${s}`] ? 'error' : undefined}
              value={pop.styleWeights[s] ?? null}
              onChange={(v) => onChange({ ...pop, styleWeights: { ...pop.styleWeights, [s]: v as number } })}
            />
            <FormError m={errors[`styleWeights.${s}`]} testId="population-error" />
          </div>
        ))}
      </Space>
      <FormError m={errors.styleWeights} testId="population-error" />
    </>
  )
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

/** The nine patterns by expected value, with the price statistics and what each gives away. */
function ValueTable({
  values,
  results,
  over,
}: {
  values: PatternValue[]
  results: PatternResult[]
  over: 'cost' | 'walkAway' | null
}) {
  const L = useLabels(COMPARE)
  const { lang, pick } = useI18n()
  const stats = new Map(results.map((r) => [r.pattern, r]))
  const best = values.length ? values[0].expectedValue : 0
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        message={over ? L.valueNote : L.valueNoteRevenue}
        data-testid="value-note"
      />
      <Table<PatternValue>
        size="small"
        rowKey="pattern"
        pagination={false}
        dataSource={values}
        data-testid="compare-table"
        columns={[
          {
            title: L.colPattern,
            dataIndex: 'pattern',
            width: 110,
            render: (p: string) => patternName(p, lang),
          },
          { title: L.colSteps, render: (_, r) => r.steps.map(fmt).join(' / ') },
          { title: L.colDealProb, align: 'right', render: (_, r) => pct(r.dealProbability) },
          { title: L.colMean, align: 'right', render: (_, r) => fmt(r.meanPrice) },
          ...(over
            ? [
                {
                  title: fill(L.colMargin, { over: over === 'cost' ? L.overCost : L.overWalkAway }),
                  align: 'right' as const,
                  render: (_: unknown, r: PatternValue) => fmt(r.meanMargin),
                },
              ]
            : []),
          {
            title: over ? L.colValue : L.colValueRevenue,
            align: 'right',
            render: (_, r) => (
              <span
                data-ev={r.expectedValue}
                style={{ fontWeight: r.expectedValue === best ? 600 : undefined }}
              >
                {fmt(r.expectedValue)}
              </span>
            ),
          },
          {
            title: L.colLeaks,
            render: (_, r) =>
              r.leaks.length === 0 ? (
                <Typography.Text type="success">{L.noLeak}</Typography.Text>
              ) : (
                <Space direction="vertical" size={0}>
                  {r.leaks.map((w) => (
                    <Typography.Text key={w.code} type="warning" data-leak={w.code}>
                      {pick(w)}
                    </Typography.Text>
                  ))}
                </Space>
              ),
          },
          {
            title: 'P10 – P90',
            align: 'right',
            render: (_, r) => {
              const f = stats.get(r.pattern)?.finalPrice
              return f ? `${fmt(f.p10)} – ${fmt(f.p90)}` : '—'
            },
          },
          { title: L.colRounds, align: 'right', render: (_, r) => fmt(stats.get(r.pattern)?.meanRounds) },
        ]}
      />
    </>
  )
}

/** All nine patterns against a seeded buyer population: deal probability, final price, rounds, charts. */
export function ComparePanel({
  openingPrice,
  total,
  rounds,
  unit,
  floor,
  over,
}: {
  openingPrice: number
  total: number
  rounds: number
  unit: number
  /** Our cost or walk-away: margins are measured over it; null ranks by revenue. */
  floor: number | null
  over: 'cost' | 'walkAway' | null
}) {
  const L = useLabels(COMPARE)
  const { lang, pick } = useI18n()
  const initial = useMemo(() => defaultPopulation(openingPrice, total), [openingPrice, total])
  const form = useZodForm(CompareForm, { pop: initial, trials: 10_000, seed: 1 }, 'onChange', compareRules)
  const pop = useWatch({ control: form.control, name: 'pop' })
  // The whole form is checked: the population's rules reach inside it, below any one registered field.
  const setPop = (p: BuyerPopulation) => {
    form.setValue('pop', p)
    void form.trigger()
  }
  const errors = errorsByPath(form.formState.errors)
  const popErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith('pop.'))
      .map(([k, m]) => [k.slice(4), m]),
  )
  const cmp = useCompare()
  // A new opening price or budget makes the old population meaningless: start again from the default.
  useEffect(() => form.setValue('pop', initial, { shouldValidate: true }), [initial, form])
  // Refused settings keep their values with the message at the field; nothing runs until they are fixed.
  const run = () =>
    void form.handleSubmit((v) =>
      cmp.run(v.pop, { openingPrice, total, rounds, unit, trials: v.trials, seed: v.seed }),
    )()
  const results = cmp.result?.results ?? []
  const values = useMemo(() => (cmp.result ? patternValues(cmp.result, { floor }) : []), [cmp.result, floor])
  return (
    <div data-testid="compare-panel">
      <PopulationEditor pop={pop} onChange={setPop} errors={popErrors} />
      <Row gutter={12} style={{ marginTop: 12 }} align="bottom">
        <Col>
          <Form.Item label={L.trials} style={{ marginBottom: 0 }}>
            <Controller
              name="trials"
              control={form.control}
              render={({ field }) => (
                <Select
                  data-testid="trials"
                  style={{ width: 140 }}
                  value={field.value}
                  onChange={field.onChange}
                  options={TRIAL_OPTIONS.map((n) => ({ value: n, label: n.toLocaleString('zh-CN') }))}
                />
              )}
            />
            <FormError m={errors.trials} testId="compare-error" />
          </Form.Item>
        </Col>
        <Col>
          <Form.Item label={L.seed} style={{ marginBottom: 0 }}>
            <Controller
              name="seed"
              control={form.control}
              render={({ field }) => (
                <InputNumber
                  step={1}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  status={errors.seed ? 'error' : undefined}
                  data-testid="compare-seed"
                />
              )}
            />
            <FormError m={errors.seed} testId="compare-error" />
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
            <Button icon={<ReloadOutlined />} onClick={() => setPop(initial)} data-testid="compare-reset">
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
          <ValueTable values={values} results={results} over={over} />
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
