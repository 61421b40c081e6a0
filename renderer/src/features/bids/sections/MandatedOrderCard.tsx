import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Input, Space, Tag, Typography } from 'antd'
import type { Bid } from '@shared/schemas'
import type { Binder } from '@renderer/components/fields'
import { mandatedOrderView, type OrderStatus } from '@shared/domain/bids/section-order'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L, ORDER_STATUS } from './labels'

type B = Binder<Bid>

const STATUS_COLOR: Record<OrderStatus, string> = { ok: 'green', misplaced: 'orange', missing: 'red' }

/** The tender's mandated order (目录) as an editable list, beside where each item actually is. */
export function MandatedOrderCard({ b }: { b: B }) {
  const t = useLabels(L)
  const status = useLabels(ORDER_STATUS)
  const { mandatedOrder, sections } = b.doc
  const view = mandatedOrderView(b.doc)
  const sortToMandated = () => {
    const order = [...view.rows.filter((r) => r.section >= 0).map((r) => r.section), ...view.extra]
    b.set(
      'sections',
      order.map((i) => sections[i]),
    )
  }
  return (
    <Card
      size="small"
      title={t.mandatedTitle}
      data-field="mandatedOrder"
      data-testid="mandated-order"
      extra={
        <Space size={4}>
          <Button
            size="small"
            onClick={() =>
              b.set(
                'mandatedOrder',
                sections.map((s) => s.title),
              )
            }
            disabled={sections.length === 0}
          >
            {t.takeSections}
          </Button>
          <Button
            size="small"
            type="primary"
            onClick={sortToMandated}
            disabled={!view.rows.some((r) => r.status === 'misplaced')}
            data-testid="sort-mandated"
          >
            {t.sortToMandated}
          </Button>
        </Space>
      }
    >
      {mandatedOrder.length === 0 && <Typography.Text type="secondary">{t.mandatedEmpty}</Typography.Text>}
      {view.rows.map((r) => (
        <div
          key={r.index}
          data-testid="mandated-row"
          data-status={r.status}
          style={{
            display: 'flex',
            gap: 4,
            alignItems: 'center',
            marginBottom: 4,
            padding: 2,
            background: r.status === 'ok' ? undefined : r.status === 'missing' ? '#fff1f0' : '#fff7e6',
          }}
        >
          <Tag style={{ marginInlineEnd: 0 }}>{r.index + 1}</Tag>
          <Input
            id={`f-mandatedOrder.${r.index}`}
            size="small"
            value={r.title}
            onChange={(e) => b.set(`mandatedOrder.${r.index}`, e.target.value)}
            style={{ flex: 1 }}
          />
          <Tag
            color={STATUS_COLOR[r.status]}
            style={{ marginInlineEnd: 0 }}
            title={
              r.section >= 0
                ? fmt(t.actualAtTitle, { n: r.section + 1, title: sections[r.section].title })
                : undefined
            }
          >
            {r.section >= 0 ? fmt(t.actualAt, { n: r.section + 1 }) : ''} {status[r.status]}
          </Tag>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t.delete}
            onClick={() =>
              b.set(
                'mandatedOrder',
                mandatedOrder.filter((_, k) => k !== r.index),
              )
            }
          />
        </div>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => b.set('mandatedOrder', [...mandatedOrder, ''])}
        style={{ marginTop: 4 }}
      >
        {t.addItem}
      </Button>
      {view.extra.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t.notInOrder}</Typography.Text>
          {view.extra.map((i) => (
            <Tag key={i} style={{ marginTop: 4 }}>
              {i + 1}. {sections[i].title || t.untitled}
            </Tag>
          ))}
        </div>
      )}
    </Card>
  )
}
