import { Alert, Button, Card, Col, Form, List, Row, Select, Typography } from 'antd'
import { useMemo } from 'react'
import { LEVERS, leverInfo, strategyIssues, type Lever } from '@shared/domain/competitors'
import {
  DIFFERENTIATION_LEVERS,
  newId,
  StrategyStatusSchema,
  type Bid,
  type Competitor,
  type StrategyAction,
  type StrategySheet,
} from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, useLabels } from '@renderer/app/use-labels'
import { DateCell, EditTable, TextCell } from '../EditTable'
import { localToday } from '../format'
import { ACTION_STATUS, STRATEGY } from './labels'

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
  const { lang, pick } = useI18n()
  const S = useLabels(STRATEGY)
  // Levers are stored as the Chinese value; shared/ carries their English name.
  const leverName = (l: Lever) => pick({ zh: l, en: leverInfo(l).en })
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
        {S.start}
      </Button>
    )
  }
  const update = (p: Partial<StrategySheet>) =>
    setStrategy({ ...sheet, ...p, updatedAt: new Date().toISOString() })
  const names = new Map(competitors.map((c) => [c.id, c.title]))
  return (
    <Row gutter={[16, 12]}>
      <Col span={24}>
        <Form.Item label={S.levers} style={{ marginBottom: 8 }}>
          <Select
            mode="multiple"
            data-testid="strategy-levers"
            value={sheet.levers}
            options={LEVERS.map((l) => ({
              value: l.lever,
              label: pick({ zh: `${l.lever}（${l.en}）`, en: l.en }),
            }))}
            onChange={(levers: Lever[]) => update({ levers })}
          />
        </Form.Item>
      </Col>
      {sheet.levers.length > 0 && (
        <Col span={24}>
          <Card size="small" title={S.prompts}>
            {sheet.levers.map((l) => (
              <div key={l}>
                <b>{leverName(l)}</b>
                {S.colon}
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
          addLabel={S.addAction}
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
              title: S.lever,
              width: 110,
              render: (r, s) => (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  value={r.lever}
                  options={DIFFERENTIATION_LEVERS.map((l) => ({ value: l, label: leverName(l) }))}
                  onChange={(lever) => s({ lever })}
                />
              ),
            },
            {
              key: 'action',
              title: S.action,
              render: (r, s) => (
                <TextCell
                  area
                  value={r.action}
                  placeholder={S.actionPlaceholder}
                  onChange={(action) => s({ action })}
                />
              ),
            },
            {
              key: 'target',
              title: S.target,
              width: 180,
              render: (r, s) => (
                <Select
                  size="small"
                  mode="multiple"
                  style={{ width: '100%' }}
                  placeholder={S.allCompetitors}
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
              title: S.owner,
              width: 110,
              render: (r, s) => (
                <TextCell
                  value={r.owner}
                  placeholder={S.ownerPlaceholder}
                  onChange={(owner) => s({ owner })}
                />
              ),
            },
            {
              key: 'due',
              title: S.due,
              width: 140,
              render: (r, s) => <DateCell value={r.due} onChange={(due) => s({ due })} />,
            },
            {
              key: 'status',
              title: S.status,
              width: 100,
              render: (r, s) => (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  value={r.status}
                  options={StrategyStatusSchema.options.map((x) => ({
                    value: x,
                    label: enumLabel(ACTION_STATUS, x, lang),
                  }))}
                  onChange={(status) => s({ status })}
                />
              ),
            },
          ]}
        />
      </Col>
      <Col span={24}>
        {issues.length === 0 ? (
          sheet.actions.length > 0 && <Alert type="success" showIcon message={S.complete} />
        ) : (
          <List
            size="small"
            data-testid="strategy-issues"
            dataSource={issues}
            renderItem={(i) => (
              <List.Item>
                <Typography.Text type={i.severity === 'error' ? 'danger' : 'warning'}>
                  {i.severity === 'error' ? S.error : S.warning}
                  {S.colon}
                  {pick({ zh: i.zh, en: i.en })}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Col>
    </Row>
  )
}
