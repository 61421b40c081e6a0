import { Card, Col, Row, Typography } from 'antd'
import type { Competitor } from '../../../../shared/schemas'
import { DateCell, EditTable, NumberCell, TagsCell, TextCell } from './EditTable'

type Segment = Competitor['segments'][number]
type Reference = Competitor['references'][number]
type Manager = Competitor['accountManagers'][number]

/** Segments with share, reference customers with ratings, account managers with visits. */
export function ProfileTables({
  doc,
  set,
}: {
  doc: Competitor
  set<K extends 'segments' | 'references' | 'accountManagers'>(key: K, rows: Competitor[K]): void
}) {
  return (
    <Row gutter={[16, 12]}>
      <Col span={24}>
        <Card size="small" title="细分市场与份额">
          <EditTable<Segment>
            testId="segments"
            rows={doc.segments}
            onChange={(rows) => set('segments', rows)}
            newRow={() => ({ name: '', share: null, source: '', date: null })}
            columns={[
              {
                key: 'name',
                title: '细分市场',
                width: 200,
                render: (r, s) => <TextCell value={r.name} onChange={(name) => s({ name })} />,
              },
              {
                key: 'share',
                title: '份额 %',
                width: 110,
                render: (r, s) => (
                  <NumberCell
                    min={0}
                    max={100}
                    value={r.share}
                    placeholder="缺失"
                    onChange={(share) => s({ share })}
                  />
                ),
              },
              {
                key: 'source',
                title: '数据来源',
                render: (r, s) => <TextCell value={r.source} onChange={(source) => s({ source })} />,
              },
              {
                key: 'date',
                title: '日期',
                width: 150,
                render: (r, s) => <DateCell value={r.date} onChange={(date) => s({ date })} />,
              },
            ]}
          />
          <Typography.Text type="secondary">不知道份额请留空：显示为“缺失”，不会当作 0%。</Typography.Text>
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="样板客户及其评价">
          <EditTable<Reference>
            testId="references"
            rows={doc.references}
            onChange={(rows) => set('references', rows)}
            newRow={() => ({ customer: '', rating: '', comment: '' })}
            columns={[
              {
                key: 'customer',
                title: '客户',
                width: 220,
                render: (r, s) => <TextCell value={r.customer} onChange={(customer) => s({ customer })} />,
              },
              {
                key: 'rating',
                title: '客户评价',
                width: 240,
                render: (r, s) => (
                  <TextCell
                    value={r.rating}
                    placeholder="如：满意 / 实施慢"
                    onChange={(rating) => s({ rating })}
                  />
                ),
              },
              {
                key: 'comment',
                title: '说明',
                render: (r, s) => <TextCell area value={r.comment} onChange={(comment) => s({ comment })} />,
              },
            ]}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="客户经理与拜访（按客户）">
          <EditTable<Manager>
            testId="account-managers"
            rows={doc.accountManagers}
            onChange={(rows) => set('accountManagers', rows)}
            newRow={() => ({ customer: '', name: '', visits: 0, leadersVisited: [] })}
            columns={[
              {
                key: 'customer',
                title: '客户',
                width: 220,
                render: (r, s) => <TextCell value={r.customer} onChange={(customer) => s({ customer })} />,
              },
              {
                key: 'name',
                title: '对方客户经理',
                width: 160,
                render: (r, s) => <TextCell value={r.name} onChange={(name) => s({ name })} />,
              },
              {
                key: 'visits',
                title: '拜访次数',
                width: 100,
                render: (r, s) => (
                  <NumberCell
                    min={0}
                    precision={0}
                    value={r.visits}
                    onChange={(v) => s({ visits: v ?? 0 })}
                  />
                ),
              },
              {
                key: 'leaders',
                title: '拜访过的对方领导',
                render: (r, s) => (
                  <TagsCell
                    value={r.leadersVisited}
                    placeholder="职务/姓名，回车添加"
                    onChange={(leadersVisited) => s({ leadersVisited })}
                  />
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  )
}
