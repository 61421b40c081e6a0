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
} from '../../../../shared/domain/concession'
import {
  NegotiationStyleSchema,
  type Negotiation,
  type NegotiationStyle,
  type StyleResult,
} from '../../../../shared/schemas'
import type { DocEditor } from '../../hooks/useDocEditor'
import { styleRadarOption } from './chart-options'
import { EChart } from './EChart'
import { errorText } from './plan-input'

type Ed = DocEditor<'negotiations'> & { doc: Negotiation }

function Pairing({ ours, theirs }: { ours: NegotiationStyle; theirs: NegotiationStyle | null }) {
  if (!theirs) return <Alert type="info" showIcon message="在“方案”页填写对方风格后，这里给出搭配建议。" />
  return (
    <Alert
      data-testid="style-pairing"
      type="success"
      showIcon
      message={`与对方（${theirs}）的搭配建议`}
      description={pairingAdvice(ours, theirs).zh}
    />
  )
}

function Result({ ed, result }: { ed: Ed; result: StyleResult }) {
  const top = result.dominant[0]
  return (
    <Card size="small" title={`${result.person} 的风格画像`} data-testid="style-result">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>主导风格：</Typography.Text>
        {result.dominant.map((s) => (
          <Tag color="blue" key={s}>
            {s}
          </Tag>
        ))}
        <Button size="small" onClick={() => ed.set(['ourStyle'], top)}>
          设为我方风格
        </Button>
        <Button size="small" onClick={() => ed.set(['counterpartStyle'], top)}>
          设为对方风格
        </Button>
      </Space>
      <EChart
        option={styleRadarOption([
          { name: result.person, profile: result.profile as Record<NegotiationStyle, number> },
        ])}
        height={280}
        testId="style-radar"
      />
      <Table
        size="small"
        pagination={false}
        rowKey="s"
        dataSource={NegotiationStyleSchema.options.map((s) => ({ s, v: result.profile[s] }))}
        columns={[
          { title: '风格', dataIndex: 's' },
          { title: '得分（0–100）', dataIndex: 'v' },
        ]}
        style={{ marginBottom: 8 }}
      />
      <Pairing ours={top} theirs={ed.doc.counterpartStyle} />
    </Card>
  )
}

const SCALE_OPTIONS = STYLE_SCALE.map((o) => ({ value: o.value, label: o.zh }))

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
  return (
    <List.Item data-testid={`statement-${id}`} style={{ display: 'block' }}>
      <div>{`${n}. ${text}`}</div>
      <Radio.Group
        size="small"
        value={value}
        onChange={(e) => onAnswer(id, e.target.value as number)}
        options={SCALE_OPTIONS}
      />
    </List.Item>
  )
})

/** The style self-test: 20 statements, a profile over the five styles, pairing advice; results saved per person. */
export function StyleTestTab({ ed }: { ed: Ed }) {
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
    if (!person.trim()) return void message.error('请填写被测人员姓名')
    let p: StyleProfile
    try {
      p = scoreStyleTest(answers)
    } catch (e) {
      return void message.error(errorText(e).zh)
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
    message.success('已保存测试结果')
  }
  const current = shown != null ? d.styleResults[shown] : null

  return (
    <Row gutter={12}>
      <Col span={14}>
        <Card size="small" title={`谈判风格自测（${STYLE_STATEMENTS.length} 题，按同意程度 1–5 作答）`}>
          <Form.Item label="被测人员" style={{ marginBottom: 8 }}>
            <AutoComplete
              data-testid="style-person"
              value={person}
              onChange={setPerson}
              options={names.map((n) => ({ value: n }))}
              placeholder="姓名（我方或对方人员）"
            />
          </Form.Item>
          <List
            size="small"
            dataSource={[...STYLE_STATEMENTS]}
            renderItem={(s, i) => (
              <Statement id={s.id} n={i + 1} text={s.zh} value={answers[s.id]} onAnswer={answer} />
            )}
          />
          <Space style={{ marginTop: 8 }}>
            <Button
              type="primary"
              onClick={submit}
              disabled={answered < STYLE_STATEMENTS.length}
              data-testid="score-style"
            >
              计算并保存
            </Button>
            <Typography.Text type="secondary">{`已答 ${answered} / ${STYLE_STATEMENTS.length}`}</Typography.Text>
          </Space>
        </Card>
      </Col>
      <Col span={10}>
        {current && <Result ed={ed} result={current} />}
        <Card
          size="small"
          title={`已保存的测试结果（${d.styleResults.length}）`}
          style={{ marginTop: current ? 12 : 0 }}
        >
          <Table
            size="small"
            rowKey={(r) => `${r.person}:${r.takenAt}`}
            pagination={false}
            dataSource={d.styleResults.map((r, i) => ({ ...r, i }))}
            columns={[
              { title: '人员', dataIndex: 'person' },
              { title: '日期', dataIndex: 'takenAt', render: (s: string) => s.slice(0, 10) },
              { title: '主导风格', dataIndex: 'dominant', render: (x: string[]) => x.join('、') },
              {
                title: '',
                render: (_, r) => (
                  <Space>
                    <Button size="small" onClick={() => setShown(r.i)}>
                      查看
                    </Button>
                    <Button
                      size="small"
                      type="text"
                      danger
                      aria-label="删除结果"
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
