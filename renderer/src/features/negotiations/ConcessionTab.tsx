import { MinusOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Descriptions, Row, Space, Table, Tooltip, Typography } from 'antd'
import { useMemo, useState } from 'react'
import {
  CONCESSION_PATTERNS,
  concessionTotal,
  concessionUnit,
  getPattern,
  MAX_ROUNDS,
  schedule,
} from '@shared/domain/negotiations'
import { CONCESSION_PATTERN_NAMES, type Negotiation } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { fmt as fill, useLabels } from '@renderer/app/use-labels'
import { MoneyField, NumberField, SelectField } from '@renderer/components/fields'
import { MoneyInput } from '@renderer/components/MoneyInput'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { planCurveOption } from './chart-options'
import { EChart } from '@renderer/components/EChart'
import { CONCESSION } from './labels'
import { fmt, patternName, planSchedule } from './plan-input'

type Ed = DocEditor<'negotiations'> & { doc: Negotiation }

function CustomSteps({ ed }: { ed: Ed }) {
  const L = useLabels(CONCESSION)
  const steps = ed.doc.concession.custom
  const set = (next: number[]) => ed.set('concession.custom', next)
  const [problems, setProblems] = useState<Record<number, string | null>>({})
  return (
    <div data-field="concession.custom" style={{ marginBottom: 12 }}>
      <Typography.Text>{L.customSteps}</Typography.Text>
      <Space wrap style={{ display: 'flex', marginTop: 4 }}>
        {steps.map((s, i) => (
          // A step may be negative (虚伪报价型 takes a concession back); typed as money all the same.
          <Tooltip key={i} title={problems[i]} open={problems[i] ? true : false}>
            <div style={{ width: 220 }} data-error={problems[i] ?? undefined}>
              <MoneyInput
                id={`f-concession.custom.${i}`}
                aria-label={fill(L.stepAria, { n: i + 1 })}
                addonBefore={fill(L.stepAddon, { n: i + 1 })}
                allowNegative
                status={problems[i] ? 'error' : undefined}
                value={s}
                onProblem={(p) => setProblems((ps) => ({ ...ps, [i]: p }))}
                onChange={(v) => set(steps.map((x, j) => (j === i ? (v ?? 0) : x)))}
              />
            </div>
          </Tooltip>
        ))}
        <Button
          icon={<PlusOutlined />}
          disabled={steps.length >= MAX_ROUNDS}
          onClick={() => set([...steps, 0])}
        >
          {L.addRound}
        </Button>
        <Button
          icon={<MinusOutlined />}
          disabled={steps.length === 0}
          onClick={() => set(steps.slice(0, -1))}
        >
          {L.removeRound}
        </Button>
      </Space>
    </div>
  )
}

/** Every pattern at this plan's budget and rounds, so the user can compare shapes and pick one. */
function PatternTable({ ed }: { ed: Ed }) {
  const L = useLabels(CONCESSION)
  const { pick } = useI18n()
  const { rounds } = ed.doc.concession
  const total = concessionTotal(ed.doc)
  const unit = concessionUnit(ed.doc)
  const rows = useMemo(
    () =>
      CONCESSION_PATTERNS.map((p) => {
        let steps: number[] | null = null
        try {
          steps = schedule(p.name, total, rounds, unit)
        } catch {
          steps = null
        }
        return {
          key: p.name,
          name: p.name,
          label: pick({ zh: p.name, en: p.en }),
          steps,
          signal: pick(p.signal),
        }
      }),
    [total, rounds, unit, pick],
  )
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="pattern-table"
      columns={[
        { title: L.colPattern, dataIndex: 'label', width: 110 },
        {
          title: fill(L.colSteps, { total: fmt(total), rounds }),
          render: (_, r) => (r.steps ? r.steps.map(fmt).join(' / ') : '—'),
        },
        { title: L.signal, dataIndex: 'signal' },
        {
          title: '',
          width: 80,
          render: (_, r) => (
            <Button
              size="small"
              disabled={ed.doc.concession.pattern === r.name}
              onClick={() => ed.set('concession.pattern', r.name)}
            >
              {L.adopt}
            </Button>
          ),
        },
      ]}
    />
  )
}

/** The concession plan: pattern or custom steps, the resulting schedule and curve, and its warnings. */
export function ConcessionTab({ ed }: { ed: Ed }) {
  const L = useLabels(CONCESSION)
  const { lang, pick } = useI18n()
  const d = ed.doc
  const c = d.concession
  const custom = c.pattern === '自定义'
  const plan = useMemo(() => planSchedule(d), [d])
  const info = custom ? null : getPattern(c.pattern)
  let cum = 0
  const rows = plan.steps.map((s, i) => {
    cum += s
    return { key: i, round: i + 1, step: s, cum, price: d.openingPrice == null ? null : d.openingPrice - cum }
  })
  const option = useMemo(
    () =>
      planCurveOption(
        d.openingPrice,
        plan.steps,
        { target: d.goals.target, walkAway: d.goals.walkAway },
        lang,
      ),
    [d.openingPrice, plan.steps, d.goals.target, d.goals.walkAway, lang],
  )
  const switchToCustom = (v: Negotiation['concession']['pattern']) => {
    // Switching to 自定义 starts from the pattern's schedule, so the user edits rather than retypes.
    if (v === '自定义' && c.custom.length === 0 && plan.steps.length)
      ed.set('concession', { ...c, pattern: v, custom: plan.steps })
    else ed.set('concession.pattern', v)
  }
  return (
    <Row gutter={16}>
      <Col span={8}>
        <SelectField
          b={{ ...ed, set: (_p, v) => switchToCustom(v as Negotiation['concession']['pattern']) }}
          path={'concession.pattern'}
          label={L.pattern}
          options={[...CONCESSION_PATTERN_NAMES, '自定义'].map((v) => ({
            value: v,
            label: patternName(v, lang),
          }))}
        />
      </Col>
      <Col span={8}>
        <MoneyField
          b={ed}
          path={'concession.total'}
          label={L.total}
          help={c.total == null ? fill(L.totalDefault, { v: fmt(concessionTotal(d)) }) : undefined}
        />
      </Col>
      <Col span={8}>
        {!custom && <NumberField b={ed} path={'concession.rounds'} label={L.rounds} nullable={false} />}
      </Col>
      {custom && (
        <Col span={24}>
          <CustomSteps ed={ed} />
        </Col>
      )}
      {info && (
        <Col span={24}>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={L.signal}>{pick(info.signal)}</Descriptions.Item>
            <Descriptions.Item label={L.pros}>{pick(info.pros)}</Descriptions.Item>
            <Descriptions.Item label={L.cons}>{pick(info.cons)}</Descriptions.Item>
          </Descriptions>
        </Col>
      )}
      {d.openingPrice == null && (
        <Col span={24}>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={L.noOpening} />
        </Col>
      )}
      <Col span={24}>
        {plan.error ? (
          <Alert data-testid="plan-error" type="error" showIcon message={pick(plan.error)} />
        ) : (
          <div data-testid="plan-warnings">
            {plan.warnings.length === 0 ? (
              <Alert type="success" showIcon message={L.planOk} />
            ) : (
              plan.warnings.map((w) => (
                <Alert
                  key={w.code}
                  type={
                    w.code === 'BREAKS_WALK_AWAY' || w.code === 'OPENING_BELOW_WALK_AWAY'
                      ? 'error'
                      : 'warning'
                  }
                  showIcon
                  style={{ marginBottom: 6 }}
                  message={pick(w)}
                />
              ))
            )}
          </div>
        )}
      </Col>
      <Col span={10} style={{ marginTop: 12 }}>
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="schedule-table"
          columns={[
            { title: L.colRound, dataIndex: 'round', render: (n: number) => fill(L.roundN, { n }) },
            {
              title: L.colStep,
              dataIndex: 'step',
              align: 'right',
              render: (v: number) => <span style={{ color: v < 0 ? '#cf1322' : undefined }}>{fmt(v)}</span>,
            },
            { title: L.colCum, dataIndex: 'cum', align: 'right', render: fmt },
            { title: L.colPrice, dataIndex: 'price', align: 'right', render: fmt },
          ]}
        />
      </Col>
      <Col span={14} style={{ marginTop: 12 }}>
        <EChart option={option} height={300} testId="plan-curve" />
      </Col>
      <Col span={24} style={{ marginTop: 12 }}>
        <Card size="small" title={L.nineTitle}>
          <PatternTable ed={ed} />
        </Card>
      </Col>
    </Row>
  )
}
