import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Input, Space, Tag, Typography } from 'antd'
import type { Bid } from '../../../../../shared/schemas'
import type { Binder } from '../../../components/fields'
import { mandatedOrderView, type OrderStatus } from '../../../../../shared/domain/bid-workbench/section-order'

type B = Binder & { doc: Bid }

const STATUS: Record<OrderStatus, { color: string; label: string }> = {
  ok: { color: 'green', label: '顺序正确' },
  misplaced: { color: 'orange', label: '位置不符' },
  missing: { color: 'red', label: '缺少' },
}

/** The tender's mandated order (目录) as an editable list, beside where each item actually is. */
export function MandatedOrderCard({ b }: { b: B }) {
  const { mandatedOrder, sections } = b.doc
  const view = mandatedOrderView(b.doc)
  const sortToMandated = () => {
    const order = [...view.rows.filter((r) => r.section >= 0).map((r) => r.section), ...view.extra]
    b.set(
      ['sections'],
      order.map((i) => sections[i]),
    )
  }
  return (
    <Card
      size="small"
      title="招标文件规定的顺序"
      data-field="mandatedOrder"
      data-testid="mandated-order"
      extra={
        <Space size={4}>
          <Button
            size="small"
            onClick={() =>
              b.set(
                ['mandatedOrder'],
                sections.map((s) => s.title),
              )
            }
            disabled={sections.length === 0}
          >
            取现有章节
          </Button>
          <Button
            size="small"
            type="primary"
            onClick={sortToMandated}
            disabled={!view.rows.some((r) => r.status === 'misplaced')}
            data-testid="sort-mandated"
          >
            按规定排序
          </Button>
        </Space>
      }
    >
      {mandatedOrder.length === 0 && (
        <Typography.Text type="secondary">
          未填写：把招标文件“投标文件格式”目录逐项填入，便于核对顺序。
        </Typography.Text>
      )}
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
            onChange={(e) => b.set(['mandatedOrder', r.index], e.target.value)}
            style={{ flex: 1 }}
          />
          <Tag
            color={STATUS[r.status].color}
            style={{ marginInlineEnd: 0 }}
            title={r.section >= 0 ? `实际第 ${r.section + 1} 章：${sections[r.section].title}` : undefined}
          >
            {r.section >= 0 ? `实际第 ${r.section + 1}` : ''} {STATUS[r.status].label}
          </Tag>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label="删除"
            onClick={() =>
              b.set(
                ['mandatedOrder'],
                mandatedOrder.filter((_, k) => k !== r.index),
              )
            }
          />
        </div>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => b.set(['mandatedOrder'], [...mandatedOrder, ''])}
        style={{ marginTop: 4 }}
      >
        添加一项
      </Button>
      {view.extra.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">目录中没有的章节：</Typography.Text>
          {view.extra.map((i) => (
            <Tag key={i} style={{ marginTop: 4 }}>
              {i + 1}. {sections[i].title || '（未命名）'}
            </Tag>
          ))}
        </div>
      )}
    </Card>
  )
}
