import { DeleteOutlined } from '@ant-design/icons'
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  Col,
  Form,
  List,
  Radio,
  Row,
  Space,
  Table,
  Tag,
  Typography,
  message,
} from 'antd'
import { memo, useMemo, useState } from 'react'
import { Controller, useWatch } from 'react-hook-form'
import { z } from 'zod'
import {
  pairingAdvice,
  scoreStyleTest,
  STYLE_SCALE,
  STYLE_STATEMENTS,
  styleAnswerIssues,
  type StyleProfile,
} from '@shared/domain/negotiations'
import {
  NegotiationStyleSchema,
  type Negotiation,
  type NegotiationStyle,
  type StyleResult,
} from '@shared/schemas'
import { formatTimestamp } from '@shared/i18n/dates'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { styleRadarOption } from './chart-options'
import { EChart } from '@renderer/components/EChart'
import { STYLE, STYLE_TEST } from './labels'
import { errorMessage } from '@renderer/api/error-text'
import type { Lang } from '@shared/i18n'
import { FormError } from '@renderer/components/FormError'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { errorsByPath } from '@renderer/hooks/zod-resolver'

type Ed = DocEditor<'negotiations'> & { doc: Negotiation }

function Pairing({ ours, theirs }: { ours: NegotiationStyle; theirs: NegotiationStyle | null }) {
  const L = useLabels(STYLE_TEST)
  const { lang, pick } = useI18n()
  if (!theirs) return <Alert type="info" showIcon message={L.needTheirs} />
  return (
    <Alert
      data-testid="style-pairing"
      type="success"
      showIcon
      message={fmt(L.pairing, { style: enumLabel(STYLE, theirs, lang) })}
      description={pick(pairingAdvice(ours, theirs))}
    />
  )
}

function Result({ ed, result }: { ed: Ed; result: StyleResult }) {
  const L = useLabels(STYLE_TEST)
  const { lang } = useI18n()
  const top = result.dominant[0]
  return (
    <Card size="small" title={fmt(L.profile, { person: result.person })} data-testid="style-result">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{L.dominant}</Typography.Text>
        {result.dominant.map((s) => (
          <Tag color="blue" key={s}>
            {enumLabel(STYLE, s, lang)}
          </Tag>
        ))}
        <Button size="small" onClick={() => ed.set('ourStyle', top)}>
          {L.setOurs}
        </Button>
        <Button size="small" onClick={() => ed.set('counterpartStyle', top)}>
          {L.setTheirs}
        </Button>
      </Space>
      <EChart
        option={styleRadarOption(
          [{ name: result.person, profile: result.profile as Record<NegotiationStyle, number> }],
          lang,
        )}
        height={280}
        testId="style-radar"
      />
      <Table
        size="small"
        pagination={false}
        rowKey="s"
        dataSource={NegotiationStyleSchema.options.map((s) => ({ s, v: result.profile[s] }))}
        columns={[
          { title: L.colStyle, dataIndex: 's', render: (s: string) => enumLabel(STYLE, s, lang) },
          { title: L.colScore, dataIndex: 'v' },
        ]}
        style={{ marginBottom: 8 }}
      />
      <Pairing ours={top} theirs={ed.doc.counterpartStyle} />
    </Card>
  )
}

const SCALE_OPTIONS = {
  zh: STYLE_SCALE.map((o) => ({ value: o.value, label: o.zh })),
  en: STYLE_SCALE.map((o) => ({ value: o.value, label: o.en })),
}

/** One statement; memoised so answering one re-renders one row, not all twenty. */
const Statement = memo(function Statement({
  id,
  n,
  text,
  value,
  error,
  onAnswer,
}: {
  id: string
  n: number
  text: string
  value: number | undefined
  error?: string
  onAnswer(v: number): void
}) {
  const { lang } = useI18n()
  return (
    <List.Item data-testid={`statement-${id}`} style={{ display: 'block' }}>
      <div>{`${n}. ${text}`}</div>
      <Radio.Group
        size="small"
        value={value}
        onChange={(e) => onAnswer(e.target.value as number)}
        options={SCALE_OPTIONS[lang]}
      />
      <FormError m={error} testId="statement-error" />
    </List.Item>
  )
})

/** The test as typed: the person's name and an answer (1–5) per statement id. */
const StyleTestForm = z.object({
  person: z.string().max(2_000),
  answers: z.record(z.string(), z.number().nullable().optional()),
})
type StyleTestValues = z.infer<typeof StyleTestForm>

/** A name is needed to save a result; each statement needs an answer (styleAnswerIssues, as scoreStyleTest). */
function styleTestRules(v: StyleTestValues, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {}
  if (!v.person.trim()) out.person = STYLE_TEST.needPerson[lang === 'zh' ? 0 : 1]
  for (const i of styleAnswerIssues(v.answers)) out[`answers.${i.id}`] = lang === 'zh' ? i.zh : i.en
  return out
}

/** The style self-test: 20 statements, a profile over the five styles, pairing advice; results saved per person. */
export function StyleTestTab({ ed }: { ed: Ed }) {
  const L = useLabels(STYLE_TEST)
  const { lang, pick } = useI18n()
  const d = ed.doc
  // Checked when 计算并保存 is pressed, then as each answer is given: no twenty messages while answering the first.
  const form = useZodForm(StyleTestForm, { person: '', answers: {} }, 'onSubmit', styleTestRules)
  const errors = errorsByPath(form.formState.errors)
  const [shown, setShown] = useState<number | null>(null)
  const answers = useWatch({ control: form.control, name: 'answers' })
  const answered = Object.values(answers ?? {}).filter((v) => v != null).length
  const names = useMemo(
    () => [...new Set([...d.counterpart.people, ...d.styleResults.map((r) => r.person)])].filter(Boolean),
    [d.counterpart.people, d.styleResults],
  )

  // Saved only when the form accepts the name and every answer: nothing half-scored reaches the plan.
  const submit = form.handleSubmit((v) => {
    let p: StyleProfile
    try {
      p = scoreStyleTest(v.answers as Record<string, number>)
    } catch (e) {
      return void message.error(pick(errorMessage(e)))
    }
    const result: StyleResult = {
      person: v.person.trim(),
      takenAt: new Date().toISOString(),
      answers: p.answers,
      profile: p.profile,
      dominant: p.dominant,
    }
    ed.set('styleResults', [...d.styleResults, result])
    setShown(d.styleResults.length)
    form.reset({ person: v.person, answers: {} })
    message.success(L.saved)
  })
  const current = shown != null ? d.styleResults[shown] : null

  return (
    <Row gutter={12}>
      <Col span={14}>
        <Card size="small" title={fmt(L.title, { n: STYLE_STATEMENTS.length })}>
          <Form.Item
            label={L.person}
            style={{ marginBottom: 8 }}
            help={errors.person}
            validateStatus={errors.person ? 'error' : undefined}
          >
            <Controller
              name="person"
              control={form.control}
              render={({ field }) => (
                <AutoComplete
                  data-testid="style-person"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  options={names.map((n) => ({ value: n }))}
                  placeholder={L.personHint}
                />
              )}
            />
          </Form.Item>
          <List
            size="small"
            dataSource={[...STYLE_STATEMENTS]}
            renderItem={(s, i) => (
              <Controller
                name={`answers.${s.id}`}
                control={form.control}
                render={({ field }) => (
                  <Statement
                    id={s.id}
                    n={i + 1}
                    text={pick(s)}
                    value={field.value ?? undefined}
                    error={errors[`answers.${s.id}`]}
                    onAnswer={field.onChange}
                  />
                )}
              />
            )}
          />
          <Space style={{ marginTop: 8 }}>
            <Button type="primary" onClick={() => void submit()} data-testid="score-style">
              {L.score}
            </Button>
            <Typography.Text type="secondary">
              {fmt(L.answered, { n: answered, total: STYLE_STATEMENTS.length })}
            </Typography.Text>
          </Space>
        </Card>
      </Col>
      <Col span={10}>
        {current && <Result ed={ed} result={current} />}
        <Card
          size="small"
          title={fmt(L.savedTitle, { n: d.styleResults.length })}
          style={{ marginTop: current ? 12 : 0 }}
        >
          <Table
            size="small"
            rowKey={(r) => `${r.person}:${r.takenAt}`}
            pagination={false}
            dataSource={d.styleResults.map((r, i) => ({ ...r, i }))}
            columns={[
              { title: L.colPerson, dataIndex: 'person' },
              { title: L.colDate, dataIndex: 'takenAt', render: (s: string) => formatTimestamp(s, lang) },
              {
                title: L.colDominant,
                dataIndex: 'dominant',
                render: (x: string[]) => x.map((s) => enumLabel(STYLE, s, lang)).join(L.listSep),
              },
              {
                title: '',
                render: (_, r) => (
                  <Space>
                    <Button size="small" onClick={() => setShown(r.i)}>
                      {L.view}
                    </Button>
                    <Button
                      size="small"
                      type="text"
                      danger
                      aria-label={L.delete}
                      icon={<DeleteOutlined />}
                      onClick={() => {
                        ed.set(
                          'styleResults',
                          d.styleResults.filter((_, j) => j !== r.i),
                        )
                        setShown(null)
                      }}
                    />
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  )
}
