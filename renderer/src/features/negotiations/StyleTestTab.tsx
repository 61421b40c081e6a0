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
import { memo, useCallback, useMemo, useState } from 'react'
import {
  pairingAdvice,
  scoreStyleTest,
  STYLE_SCALE,
  STYLE_STATEMENTS,
  type StyleProfile,
} from '@shared/domain/negotiations'
import {
  NegotiationStyleSchema,
  type Negotiation,
  type NegotiationStyle,
  type StyleResult,
} from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { styleRadarOption } from './chart-options'
import { EChart } from './EChart'
import { STYLE, STYLE_TEST } from './labels'
import { errorText } from './plan-input'

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
        <Button size="small" onClick={() => ed.set(['ourStyle'], top)}>
          {L.setOurs}
        </Button>
        <Button size="small" onClick={() => ed.set(['counterpartStyle'], top)}>
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
  onAnswer,
}: {
  id: string
  n: number
  text: string
  value: number | undefined
  onAnswer(id: string, v: number): void
}) {
  const { lang } = useI18n()
  return (
    <List.Item data-testid={`statement-${id}`} style={{ display: 'block' }}>
      <div>{`${n}. ${text}`}</div>
      <Radio.Group
        size="small"
        value={value}
        onChange={(e) => onAnswer(id, e.target.value as number)}
        options={SCALE_OPTIONS[lang]}
      />
    </List.Item>
  )
})

/** The style self-test: 20 statements, a profile over the five styles, pairing advice; results saved per person. */
export function StyleTestTab({ ed }: { ed: Ed }) {
  const L = useLabels(STYLE_TEST)
  const { lang, pick } = useI18n()
  const d = ed.doc
  const [person, setPerson] = useState('')
  const [answers, setAnswers] = useState<Record<string, number>>({})
  const [shown, setShown] = useState<number | null>(null)
  const answered = Object.keys(answers).length
  const answer = useCallback((id: string, v: number) => setAnswers((a) => ({ ...a, [id]: v })), [])
  const names = useMemo(
    () => [...new Set([...d.counterpart.people, ...d.styleResults.map((r) => r.person)])].filter(Boolean),
    [d.counterpart.people, d.styleResults],
  )

  const submit = () => {
    if (!person.trim()) return void message.error(L.needPerson)
    let p: StyleProfile
    try {
      p = scoreStyleTest(answers)
    } catch (e) {
      return void message.error(pick(errorText(e)))
    }
    const result: StyleResult = {
      person: person.trim(),
      takenAt: new Date().toISOString(),
      answers: p.answers,
      profile: p.profile,
      dominant: p.dominant,
    }
    ed.set(['styleResults'], [...d.styleResults, result])
    setShown(d.styleResults.length)
    setAnswers({})
    message.success(L.saved)
  }
  const current = shown != null ? d.styleResults[shown] : null

  return (
    <Row gutter={12}>
      <Col span={14}>
        <Card size="small" title={fmt(L.title, { n: STYLE_STATEMENTS.length })}>
          <Form.Item label={L.person} style={{ marginBottom: 8 }}>
            <AutoComplete
              data-testid="style-person"
              value={person}
              onChange={setPerson}
              options={names.map((n) => ({ value: n }))}
              placeholder={L.personHint}
            />
          </Form.Item>
          <List
            size="small"
            dataSource={[...STYLE_STATEMENTS]}
            renderItem={(s, i) => (
              <Statement id={s.id} n={i + 1} text={pick(s)} value={answers[s.id]} onAnswer={answer} />
            )}
          />
          <Space style={{ marginTop: 8 }}>
            <Button
              type="primary"
              onClick={submit}
              disabled={answered < STYLE_STATEMENTS.length}
              data-testid="score-style"
            >
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
              { title: L.colDate, dataIndex: 'takenAt', render: (s: string) => s.slice(0, 10) },
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
                          ['styleResults'],
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
