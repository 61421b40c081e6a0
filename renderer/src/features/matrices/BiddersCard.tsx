import { DeleteOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons'
import { Button, Card, Input, Radio, Switch, Table, Tag, Tooltip } from 'antd'
import type { LinkedMatrix } from '@shared/domain/matrices/link'
import { newId, type Bidder, type Matrix } from '@shared/schemas'
import { fmt, useLabels } from '@renderer/app/use-labels'
import type { Binder } from '@renderer/components/fields'
import { MoneyCell } from '@renderer/components/MoneyInput'
import { BIDDERS, LEVEL } from './labels'
import { rowAttrs } from '@renderer/components/row-attrs'

export interface BiddersCardProps {
  m: Matrix
  /** 简称 of linked competitors and our name from 公司信息. */
  linked: LinkedMatrix
  set: Binder<Matrix>['set']
  replace(m: Matrix): void
  /** Present when the matrix is linked to a bid with competitors. */
  onSync?: () => void
}

const PRICE_KEYS = ['low', 'likely', 'high'] as const

/** The bidders: which one is us, SME status, and each competitor's expected price as low / likely / high. */
export function BiddersCard({ m, linked, set, replace, onSync }: BiddersCardProps) {
  const L = useLabels(BIDDERS)
  const LV = useLabels(LEVEL)
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
      title={L.title}
      data-testid="bidders"
      extra={
        onSync && (
          <Button size="small" icon={<SyncOutlined />} onClick={onSync} data-testid="sync-bidders">
            {L.sync}
          </Button>
        )
      }
    >
      {/* Fixed column widths and a minimum table width: the name keeps what is left after the narrow
          flag and price columns, and a narrow card scrolls sideways instead of crushing it. (Not antd's
          scroll.x, whose measure row would count as a bidder.) */}
      <div style={{ overflowX: 'auto' }}>
        <Table<Bidder & { __i: number }>
          size="small"
          rowKey="id"
          pagination={false}
          tableLayout="fixed"
          style={{ minWidth: 660 }}
          dataSource={rows}
          onRow={(r) => rowAttrs({ 'data-testid': `bidder-${r.__i}` })}
          columns={[
            {
              title: L.name,
              render: (_, r) => (
                <div data-testid="bidder-name-cell">
                  {r.isUs && linked.ourName ? (
                    <Tooltip title={fmt(L.ourName, { name: linked.ourName })}>
                      <Input id={`f-bidders.${r.__i}.name`} size="small" value={linked.ourName} disabled />
                    </Tooltip>
                  ) : (
                    <Input
                      id={`f-bidders.${r.__i}.name`}
                      size="small"
                      value={r.name}
                      status={r.name.trim() ? undefined : 'error'}
                      style={r.invalid ? { textDecoration: 'line-through' } : undefined}
                      onChange={(e) => set(`bidders.${r.__i}.name`, e.target.value)}
                    />
                  )}
                  {r.competitorId && (
                    <Tooltip title={L.linked}>
                      <Tag style={{ marginTop: 4 }} data-testid="bidder-short-name">
                        {linked.shortNames[r.id] ?? L.profile}
                      </Tag>
                    </Tooltip>
                  )}
                  {r.invalid && !r.isUs && (
                    <Input
                      size="small"
                      style={{ marginTop: 4 }}
                      placeholder={L.invalidReason}
                      value={r.invalidReason}
                      onChange={(e) => set(`bidders.${r.__i}.invalidReason`, e.target.value)}
                    />
                  )}
                </div>
              ),
            },
            {
              title: L.us,
              width: 44,
              render: (_, r) => <Radio checked={r.isUs} onChange={() => makeUs(r.id)} aria-label={L.us} />,
            },
            {
              title: L.sme,
              width: 56,
              render: (_, r) => (
                <Switch
                  size="small"
                  checked={r.sme}
                  onChange={(v) => set(`bidders.${r.__i}.sme`, v)}
                  aria-label={L.sme}
                />
              ),
            },
            {
              title: <Tooltip title={L.invalidHelp}>{L.invalid}</Tooltip>,
              width: 56,
              render: (_, r) =>
                r.isUs ? null : (
                  <Switch
                    size="small"
                    checked={r.invalid}
                    onChange={(v) => set(`bidders.${r.__i}.invalid`, v)}
                    aria-label={L.invalid}
                    data-testid={`bidder-invalid-${r.__i}`}
                  />
                ),
            },
            ...PRICE_KEYS.map((k) => ({
              title: fmt(L.priceCol, { level: LV[k] }),
              width: 106,
              render: (_: unknown, r: Bidder & { __i: number }) =>
                r.isUs ? (
                  k === 'likely' ? (
                    <span style={{ color: '#888' }}>{L.seeOurPrice}</span>
                  ) : null
                ) : (
                  <MoneyCell
                    id={`f-bidders.${r.__i}.price.${k}`}
                    value={r.price[k]}
                    onChange={(v) => set(`bidders.${r.__i}.price.${k}`, v)}
                  />
                ),
            })),
            {
              width: 36,
              render: (_, r) => (
                <Button
                  size="small"
                  type="text"
                  danger
                  aria-label={L.remove}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(r.id)}
                />
              ),
            },
          ]}
        />
      </div>
      <Button
        style={{ marginTop: 8 }}
        icon={<PlusOutlined />}
        data-testid="bidder-add"
        onClick={() =>
          set('bidders', [
            ...m.bidders,
            {
              id: newId('bd'),
              name: '',
              isUs: m.bidders.length === 0,
              competitorId: null,
              sme: false,
              price: { low: null, likely: null, high: null },
              invalid: false,
              invalidReason: '',
            },
          ])
        }
      >
        {L.add}
      </Button>
    </Card>
  )
}
