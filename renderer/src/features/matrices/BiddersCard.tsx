import { DeleteOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons'
import { Button, Card, Input, InputNumber, Radio, Space, Switch, Table, Tag, Tooltip } from 'antd'
import { newId, type Bidder, type Matrix } from '../../../../shared/schemas'

export interface BiddersCardProps {
  m: Matrix
  set(path: (string | number)[], v: unknown): void
  replace(m: Matrix): void
  /** Present when the matrix is linked to a bid with competitors. */
  onSync?: () => void
}

const PRICE_KEYS = [
  ['low', '最低'],
  ['likely', '最可能'],
  ['high', '最高'],
] as const

/** The bidders: which one is us, SME status, and each competitor's expected price as low / likely / high. */
export function BiddersCard({ m, set, replace, onSync }: BiddersCardProps) {
  const rows = m.bidders.map((b, i) => ({ ...b, __i: i }))
  const remove = (id: string) =>
    replace({
      ...m,
      bidders: m.bidders.filter((b) => b.id !== id),
      // Estimates for a bidder that is gone would only raise warnings: they go with it.
      items: m.items.map((it) => ({ ...it, estimates: it.estimates.filter((e) => e.bidderId !== id) })),
    })
  const makeUs = (id: string) =>
    replace({ ...m, bidders: m.bidders.map((b) => ({ ...b, isUs: b.id === id })) })
  return (
    <Card
      size="small"
      title="投标人"
      data-testid="bidders"
      extra={
        onSync && (
          <Button size="small" icon={<SyncOutlined />} onClick={onSync} data-testid="sync-bidders">
            从投标项目的竞争对手同步投标人
          </Button>
        )
      }
    >
      <Table<Bidder & { __i: number }>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        onRow={(r) => ({ 'data-testid': `bidder-${r.__i}` }) as never}
        columns={[
          {
            title: '名称',
            render: (_, r) => (
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  id={`f-bidders.${r.__i}.name`}
                  size="small"
                  value={r.name}
                  status={r.name.trim() ? undefined : 'error'}
                  onChange={(e) => set(['bidders', r.__i, 'name'], e.target.value)}
                />
                {r.competitorId && (
                  <Tooltip title="已关联竞争对手档案">
                    <Tag style={{ marginLeft: 4 }}>档案</Tag>
                  </Tooltip>
                )}
              </Space.Compact>
            ),
          },
          {
            title: '我方',
            width: 56,
            render: (_, r) => <Radio checked={r.isUs} onChange={() => makeUs(r.id)} aria-label="我方" />,
          },
          {
            title: '小微企业',
            width: 76,
            render: (_, r) => (
              <Switch
                size="small"
                checked={r.sme}
                onChange={(v) => set(['bidders', r.__i, 'sme'], v)}
                aria-label="小微企业"
              />
            ),
          },
          ...PRICE_KEYS.map(([k, label]) => ({
            title: `报价·${label}（元）`,
            width: 140,
            render: (_: unknown, r: Bidder & { __i: number }) =>
              r.isUs ? (
                k === 'likely' ? (
                  <span style={{ color: '#888' }}>见“我方报价”</span>
                ) : null
              ) : (
                <InputNumber
                  id={`f-bidders.${r.__i}.price.${k}`}
                  size="small"
                  min={0}
                  step={10_000}
                  style={{ width: '100%' }}
                  value={r.price[k]}
                  onChange={(v) => set(['bidders', r.__i, 'price', k], v ?? null)}
                />
              ),
          })),
          {
            width: 40,
            render: (_, r) => (
              <Button
                size="small"
                type="text"
                danger
                aria-label="删除"
                icon={<DeleteOutlined />}
                onClick={() => remove(r.id)}
              />
            ),
          },
        ]}
      />
      <Button
        style={{ marginTop: 8 }}
        icon={<PlusOutlined />}
        data-testid="bidder-add"
        onClick={() =>
          set(
            ['bidders'],
            [
              ...m.bidders,
              {
                id: newId('bd'),
                name: '',
                isUs: m.bidders.length === 0,
                competitorId: null,
                sme: false,
                price: { low: null, likely: null, high: null },
              },
            ],
          )
        }
      >
        添加投标人
      </Button>
    </Card>
  )
}
