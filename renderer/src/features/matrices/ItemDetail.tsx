import { Col, Form, Input, InputNumber, Row, Select, Table, Typography } from 'antd'
import type { Bid, Bidder, Material, Matrix, ScoringItem } from '@shared/schemas'
import { fmt, useLabels } from '@renderer/app/use-labels'
import type { Binder } from '@renderer/components/fields'
import { DETAIL, LEVEL } from './labels'

type Estimate = ScoringItem['estimates'][number]
const EST_KEYS = ['low', 'likely', 'high'] as const

export interface ItemDetailProps {
  m: Matrix
  index: number
  bid: Bid | null
  materials: readonly Material[]
  set: Binder<Matrix>['set']
}

const short = (s: string, n = 40) => (s.length > n ? s.slice(0, n) + '…' : s)

/** The expanded row of an item: the tender's criteria, our evidence links, and each competitor's estimate. */
export function ItemDetail({ m, index, bid, materials, set }: ItemDetailProps) {
  const L = useLabels(DETAIL)
  const LV = useLabels(LEVEL)
  const it = m.items[index]
  const base = `items.${index}` as const
  const competitors = m.bidders.filter((b) => !b.isUs)
  const isPrice = it.category === '价格'
  const setEstimate = (bidderId: string, key: 'low' | 'likely' | 'high', v: number | null) => {
    const cur = it.estimates.find((e) => e.bidderId === bidderId)
    const next: Estimate = { ...(cur ?? { bidderId, low: null, likely: null, high: null }), [key]: v }
    const list = cur ? it.estimates.map((e) => (e.bidderId === bidderId ? next : e)) : [...it.estimates, next]
    set(`${base}.estimates`, list)
  }
  return (
    <div data-testid={`item-detail-${index}`} style={{ padding: '4px 8px' }}>
      <Form layout="vertical" component="div">
        <Form.Item label={L.criteria} style={{ marginBottom: 8 }}>
          <Input.TextArea
            id={`f-items.${index}.criteria`}
            autoSize={{ minRows: 2, maxRows: 10 }}
            value={it.criteria}
            onChange={(e) => set(`${base}.criteria`, e.target.value)}
          />
        </Form.Item>
        {!isPrice && (
          <Row gutter={12} data-field={`items.${index}.evidence`}>
            <Col span={8}>
              <Form.Item label={L.sections} style={{ marginBottom: 8 }} help={bid ? undefined : L.needsBid}>
                <Select
                  id={`f-items.${index}.evidence.sectionIds`}
                  mode="multiple"
                  disabled={!bid}
                  value={it.evidence.sectionIds}
                  optionFilterProp="label"
                  options={(bid?.sections ?? []).map((s) => ({ value: s.id, label: s.title || s.id }))}
                  onChange={(v) => set(`${base}.evidence.sectionIds`, v)}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={L.materials} style={{ marginBottom: 8 }}>
                <Select
                  id={`f-items.${index}.evidence.materialIds`}
                  mode="multiple"
                  value={it.evidence.materialIds}
                  optionFilterProp="label"
                  options={materials.map((x) => ({ value: x.id, label: x.title }))}
                  onChange={(v) => set(`${base}.evidence.materialIds`, v)}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label={L.requirements}
                style={{ marginBottom: 8 }}
                help={bid ? undefined : L.needsBid}
              >
                <Select
                  id={`f-items.${index}.evidence.requirementIds`}
                  mode="multiple"
                  disabled={!bid}
                  value={it.evidence.requirementIds}
                  optionFilterProp="label"
                  options={(bid?.requirements ?? []).map((r) => ({
                    value: r.id,
                    label: short(`${r.no ? r.no + ' ' : ''}${r.text}`) || r.id,
                  }))}
                  onChange={(v) => set(`${base}.evidence.requirementIds`, v)}
                />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
      {!isPrice && (
        <>
          <Typography.Text strong>{fmt(L.estimates, { max: it.maxPoints })}</Typography.Text>
          {competitors.length === 0 ? (
            <Typography.Paragraph type="secondary">{L.noCompetitors}</Typography.Paragraph>
          ) : (
            <Table<Bidder>
              size="small"
              rowKey="id"
              pagination={false}
              style={{ maxWidth: 640 }}
              dataSource={competitors}
              columns={[
                { title: L.bidder, dataIndex: 'name' },
                ...EST_KEYS.map((k) => ({
                  title: LV[k],
                  width: 120,
                  render: (_: unknown, b: Bidder) => {
                    const bi = m.bidders.indexOf(b)
                    const e = it.estimates.find((x) => x.bidderId === b.id)
                    const v = e?.[k] ?? null
                    const bad = v != null && (v < 0 || v > it.maxPoints)
                    return (
                      <InputNumber
                        id={`f-items.${index}.est.${bi}.${k}`}
                        size="small"
                        min={0}
                        step={0.5}
                        status={bad ? 'error' : undefined}
                        style={{ width: '100%' }}
                        value={v}
                        onChange={(n) => setEstimate(b.id, k, n ?? null)}
                      />
                    )
                  },
                })),
              ]}
            />
          )}
        </>
      )}
    </div>
  )
}
