import { Card, Col, Row, Typography } from 'antd'
import type { Competitor } from '@shared/schemas'
import { useLabels } from '@renderer/app/use-labels'
import { DateCell, EditTable, NumberCell, TagsCell, TextCell } from './EditTable'
import { L as LABELS, PROFILE } from './labels'

type Segment = Competitor['segments'][number]
type Reference = Competitor['references'][number]
type Manager = Competitor['accountManagers'][number]

/** Segments with share, reference customers with ratings, account managers with visits. */
export function ProfileTables({
  doc,
  set,
  invalid = {},
}: {
  doc: Competitor
  /** The editor's validation messages by path: a share of 120 % is named at its cell, not clamped. */
  invalid?: Record<string, string>
  set<K extends 'segments' | 'references' | 'accountManagers'>(key: K, rows: Competitor[K]): void
}) {
  const L = useLabels(LABELS)
  const P = useLabels(PROFILE)
  return (
    <Row gutter={[16, 12]}>
      <Col span={24}>
        <Card size="small" title={P.segmentsTitle}>
          <EditTable<Segment>
            testId="segments"
            rows={doc.segments}
            onChange={(rows) => set('segments', rows)}
            newRow={() => ({ name: '', share: null, source: '', date: null })}
            columns={[
              {
                key: 'name',
                title: P.segment,
                width: 200,
                render: (r, s) => <TextCell value={r.name} onChange={(name) => s({ name })} />,
              },
              {
                key: 'share',
                title: P.share,
                width: 110,
                render: (r, s, i) => (
                  <NumberCell
                    error={invalid[`segments.${i}.share`]}
                    testId={`segment-share-${i}`}
                    value={r.share}
                    placeholder={L.missing}
                    onChange={(share) => s({ share })}
                  />
                ),
              },
              {
                key: 'source',
                title: P.source,
                render: (r, s) => <TextCell value={r.source} onChange={(source) => s({ source })} />,
              },
              {
                key: 'date',
                title: L.date,
                width: 150,
                render: (r, s) => <DateCell value={r.date} onChange={(date) => s({ date })} />,
              },
            ]}
          />
          <Typography.Text type="secondary">{P.shareNote}</Typography.Text>
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={P.referencesTitle}>
          <EditTable<Reference>
            testId="references"
            rows={doc.references}
            onChange={(rows) => set('references', rows)}
            newRow={() => ({ customer: '', rating: '', comment: '' })}
            columns={[
              {
                key: 'customer',
                title: P.customer,
                width: 220,
                render: (r, s) => <TextCell value={r.customer} onChange={(customer) => s({ customer })} />,
              },
              {
                key: 'rating',
                title: P.rating,
                width: 240,
                render: (r, s) => (
                  <TextCell
                    value={r.rating}
                    placeholder={P.ratingPlaceholder}
                    onChange={(rating) => s({ rating })}
                  />
                ),
              },
              {
                key: 'comment',
                title: P.comment,
                render: (r, s) => <TextCell area value={r.comment} onChange={(comment) => s({ comment })} />,
              },
            ]}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={P.managersTitle}>
          <EditTable<Manager>
            testId="account-managers"
            rows={doc.accountManagers}
            onChange={(rows) => set('accountManagers', rows)}
            newRow={() => ({ customer: '', name: '', visits: 0, leadersVisited: [] })}
            columns={[
              {
                key: 'customer',
                title: P.customer,
                width: 220,
                render: (r, s) => <TextCell value={r.customer} onChange={(customer) => s({ customer })} />,
              },
              {
                key: 'name',
                title: P.manager,
                width: 160,
                render: (r, s) => <TextCell value={r.name} onChange={(name) => s({ name })} />,
              },
              {
                key: 'visits',
                title: P.visits,
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
                title: P.leaders,
                render: (r, s) => (
                  <TagsCell
                    value={r.leadersVisited}
                    placeholder={P.leadersPlaceholder}
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
