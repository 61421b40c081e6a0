import { Alert, Button, Card, Col, Form, List, Row, Select, Typography } from 'antd'
import { useMemo } from 'react'
import { LEVERS, strategyIssues, type Lever } from '../../../../../shared/domain/competitors'
import {
  DIFFERENTIATION_LEVERS,
  newId,
  type Bid,
  type Competitor,
  type StrategyAction,
  type StrategySheet,
} from '../../../../../shared/schemas'
import { useI18n } from '../../../app/i18n'
import { DateCell, EditTable, TextCell } from '../EditTable'
import { localToday } from '../format'

const STATUSES = ['未开始', '进行中', '已完成', '已取消'] as const

/**
 * The differentiation strategy of the bid: the levers chosen (in priority order) and concrete
 * actions with owner and due date; the sheet's problems (no owner, past due, unknown competitor…)
 * are listed live. Stored as bid.strategy.
 */
export function StrategyPanel({
  bid,
  competitors,
  setStrategy,
}: {
  bid: Bid
  competitors: Competitor[]
  setStrategy(next: StrategySheet | null): void
}) {
  const { pick } = useI18n()
  const sheet = bid.strategy
  const today = localToday()
  const { issues } = useMemo(
    () => (sheet ? strategyIssues(sheet, { today, competitorIds: bid.competitorIds }) : { issues: [] }),
    [sheet, today, bid.competitorIds],
  )
  if (!sheet) {
    return (
      <Button
        type="primary"
        data-testid="strategy-start"
        onClick={() =>
          setStrategy({ bidId: bid.id, levers: [], actions: [], updatedAt: new Date().toISOString() })
        }
      >
        开始制定差异化策略
      </Button>
    )
  }
  const update = (p: Partial<StrategySheet>) =>
    setStrategy({ ...sheet, ...p, updatedAt: new Date().toISOString() })
  const names = new Map(competitors.map((c) => [c.id, c.title]))
  return (
    <Row gutter={[16, 12]}>
      <Col span={24}>
        <Form.Item label="选用的差异化手段（按优先级）" style={{ marginBottom: 8 }}>
          <Select
            mode="multiple"
            data-testid="strategy-levers"
            value={sheet.levers}
            options={LEVERS.map((l) => ({ value: l.lever, label: `${l.lever}（${l.en}）` }))}
            onChange={(levers: Lever[]) => update({ levers })}
          />
        </Form.Item>
      </Col>
      {sheet.levers.length > 0 && (
        <Col span={24}>
          <Card size="small" title="思考提示">
            {sheet.levers.map((l) => (
              <div key={l}>
                <b>{l}</b>：
                {LEVERS.find((x) => x.lever === l)!
                  .prompts.map((p) => pick(p))
                  .join(' ')}
              </div>
            ))}
          </Card>
        </Col>
      )}
      <Col span={24}>
        <EditTable<StrategyAction>
          testId="strategy-actions"
          rows={sheet.actions}
          onChange={(actions) => update({ actions })}
          addLabel="添加措施"
          newRow={() => ({
            id: newId('a'),
            lever: sheet.levers[0] ?? DIFFERENTIATION_LEVERS[0],
            competitorIds: [],
            action: '',
            owner: '',
            due: null,
            status: '未开始',
            note: '',
          })}
          columns={[
            {
              key: 'lever',
              title: '手段',
              width: 110,
              render: (r, s) => (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  value={r.lever}
                  options={DIFFERENTIATION_LEVERS.map((l) => ({ value: l, label: l }))}
                  onChange={(lever) => s({ lever })}
                />
              ),
            },
            {
              key: 'action',
              title: '具体措施',
              render: (r, s) => (
                <TextCell
                  area
                  value={r.action}
                  placeholder="具体做什么、做到什么程度"
                  onChange={(action) => s({ action })}
                />
              ),
            },
            {
              key: 'target',
              title: '针对',
              width: 180,
              render: (r, s) => (
                <Select
                  size="small"
                  mode="multiple"
                  style={{ width: '100%' }}
                  placeholder="全部对手"
                  value={r.competitorIds}
                  options={[...new Set([...bid.competitorIds, ...r.competitorIds])].map((id) => ({
                    value: id,
                    label: names.get(id) ?? id,
                  }))}
                  onChange={(competitorIds: string[]) => s({ competitorIds })}
                />
              ),
            },
            {
              key: 'owner',
              title: '负责人',
              width: 110,
              render: (r, s) => (
                <TextCell value={r.owner} placeholder="姓名" onChange={(owner) => s({ owner })} />
              ),
            },
            {
              key: 'due',
              title: '完成日期',
              width: 140,
              render: (r, s) => <DateCell value={r.due} onChange={(due) => s({ due })} />,
            },
            {
              key: 'status',
              title: '状态',
              width: 100,
              render: (r, s) => (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  value={r.status}
                  options={STATUSES.map((x) => ({ value: x, label: x }))}
                  onChange={(status) => s({ status })}
                />
              ),
            },
          ]}
        />
      </Col>
      <Col span={24}>
        {issues.length === 0 ? (
          sheet.actions.length > 0 && (
            <Alert type="success" showIcon message="策略表完整：每条措施都有负责人和完成日期。" />
          )
        ) : (
          <List
            size="small"
            data-testid="strategy-issues"
            dataSource={issues}
            renderItem={(i) => (
              <List.Item>
                <Typography.Text type={i.severity === 'error' ? 'danger' : 'warning'}>
                  {i.severity === 'error' ? '错误' : '提醒'}：{pick({ zh: i.zh, en: i.en })}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Col>
    </Row>
  )
}
