import { DeleteOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Input, Select, Space, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { resolveChain, setPersonLevel, type ChainPerson } from '@shared/domain/customers'
import { CUSTOMER_ROLES, newId, type Bid, type Customer, type IndexEntry } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { docsApi } from '@renderer/api/docs'
import { useI18n } from '@renderer/app/i18n'
import { navigate } from '@renderer/app/router'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { CHAIN, CUSTOMER_ROLE } from './labels'
import { LevelPicker, LevelTag } from './LevelTag'
import { StrategiesCard } from './StrategiesCard'
import { errorMessage } from '@renderer/api/error-text'

type Ed = DocEditor<'bids'> & { doc: Bid }

function useCustomer(id: string | null, fail: (e: unknown) => void) {
  const [customer, setCustomer] = useState<Customer | null>(null)
  useEffect(() => {
    let live = true
    if (!id) return setCustomer(null)
    docsApi('customers')
      .get(id)
      .then(
        (c) => live && setCustomer(c),
        () => live && setCustomer(null),
      )
    return () => {
      live = false
    }
  }, [id])
  // Strategies and levels are the customer's record: saved to it at once, over the version shown.
  const save = (next: Customer) => {
    if (!customer) return
    setCustomer(next)
    docsApi('customers')
      .save(next, customer.updatedAt)
      .then(setCustomer, (e) => {
        setCustomer(customer)
        fail(e)
      })
  }
  return { customer, save }
}

/** The bid's decision chain: people of the customer archive, referenced (DOMAIN.md §7). */
export function DecisionChainTab({ ed }: { ed: Ed }) {
  const { lang, pick } = useI18n()
  const { message } = App.useApp()
  const L = useLabels(CHAIN)
  const d = ed.doc
  const [customers, setCustomers] = useState<IndexEntry[]>([])
  const fail = (e: unknown) => message.error(pick(errorMessage(e)))
  const { customer, save: saveCustomer } = useCustomer(d.customerId, fail)
  const chain = resolveChain(d, customer)

  const loadCustomers = useCallback(() => docsApi('customers').list().then(setCustomers), [])
  useEffect(() => {
    void loadCustomers()
  }, [loadCustomers])

  const createFromBuyer = async () => {
    try {
      const title = d.buyer.name.trim() || d.title
      const c = await docsApi('customers').create(title, { nature: d.buyer.type, region: d.buyer.region })
      await loadCustomers()
      ed.set('customerId', c.id)
    } catch (e) {
      fail(e)
    }
  }

  const moveLegacy = async () => {
    try {
      await ed.saveNow()
      const r = await call('customers.linkBid', { bidId: d.id })
      await ed.reload()
      await loadCustomers()
      const moved = r.bids[0]
      if (moved)
        message.success(fmt(L.moved, { name: (await docsApi('customers').get(moved.customerId)).title }))
    } catch (e) {
      fail(e)
    }
  }

  const linkIndex = (personId: string) => d.decisionChain.findIndex((l) => l.personId === personId)
  const inChain = new Set(d.decisionChain.map((l) => l.personId))
  const addable = (customer?.people ?? []).filter((p) => !p.left && !inChain.has(p.id))

  const columns = [
    {
      key: 'name',
      title: L.name,
      width: 110,
      render: (_: unknown, p: ChainPerson) => (
        <Space size={4}>
          <span>{p.name || p.id}</span>
          {p.source === 'legacy' && <Tag color="gold">{L.fromLegacy}</Tag>}
          {p.source === 'missing' && <Tag color="red">{L.missing}</Tag>}
          {p.left && <Tag>{L.left}</Tag>}
        </Space>
      ),
    },
    { key: 'position', title: L.position, dataIndex: 'position', width: 110 },
    {
      key: 'role',
      title: L.role,
      width: 180,
      render: (_: unknown, p: ChainPerson) => {
        const i = linkIndex(p.id)
        if (i < 0) return enumLabel(CUSTOMER_ROLE, p.role, lang)
        const own = customer?.people.find((c) => c.id === p.id)?.role
        return (
          <Select
            size="small"
            style={{ width: '100%' }}
            value={d.decisionChain[i].role ?? ''}
            data-testid={`chain-role-${p.id}`}
            options={[
              {
                value: '',
                label: fmt(L.customerRole, { role: own ? enumLabel(CUSTOMER_ROLE, own, lang) : '—' }),
              },
              ...CUSTOMER_ROLES.map((r) => ({ value: r, label: enumLabel(CUSTOMER_ROLE, r, lang) })),
            ]}
            onChange={(v) =>
              ed.set(`decisionChain.${i}.role`, (v || null) as Bid['decisionChain'][number]['role'])
            }
          />
        )
      },
    },
    {
      key: 'level',
      title: L.level,
      width: 190,
      render: (_: unknown, p: ChainPerson) =>
        customer && p.source === 'customer' ? (
          <LevelPicker
            person={p}
            onChange={(level) =>
              saveCustomer(setPersonLevel(customer, p.id, level, dayjs().format('YYYY-MM-DD'), newId('lv')))
            }
          />
        ) : (
          <LevelTag level={p.level} target={p.targetLevel} />
        ),
    },
    { key: 'valuePoints', title: L.valuePoints, dataIndex: 'valuePoints' },
    {
      key: 'note',
      title: L.note,
      width: 160,
      render: (_: unknown, p: ChainPerson) => {
        const i = linkIndex(p.id)
        return i < 0 ? null : (
          <Input.TextArea
            size="small"
            autoSize
            value={d.decisionChain[i].note}
            onChange={(e) => ed.set(`decisionChain.${i}.note`, e.target.value)}
          />
        )
      },
    },
    {
      key: 'remove',
      width: 48,
      render: (_: unknown, p: ChainPerson) => {
        const i = linkIndex(p.id)
        return i < 0 ? null : (
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            title={L.remove}
            onClick={() =>
              ed.set(
                'decisionChain',
                d.decisionChain.filter((_l, k) => k !== i),
              )
            }
          />
        )
      },
    },
  ]

  return (
    <div data-testid="decision-chain">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{L.customer}</span>
        <Select
          showSearch
          allowClear
          optionFilterProp="label"
          style={{ width: 320 }}
          placeholder={L.chooseCustomer}
          value={d.customerId ?? undefined}
          options={customers.map((c) => ({ value: c.id, label: c.title }))}
          onChange={(v) => ed.set('customerId', v ?? null)}
          data-testid="chain-customer"
        />
        {!d.customerId && <Button onClick={() => void createFromBuyer()}>{L.newCustomer}</Button>}
        {d.customerId && (
          <Button onClick={() => navigate('customers', d.customerId)}>{L.openCustomer}</Button>
        )}
      </Space>
      {d.legacyPeople.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={fmt(L.legacy, { n: d.legacyPeople.length })}
          action={
            <Button size="small" onClick={() => void moveLegacy()} data-testid="chain-move-legacy">
              {L.legacyMove}
            </Button>
          }
        />
      )}
      <Space wrap style={{ marginBottom: 12 }} data-testid="people-map">
        {CUSTOMER_ROLES.map((role) => (
          <Card
            key={role}
            size="small"
            title={enumLabel(CUSTOMER_ROLE, role, lang)}
            style={{ minWidth: 180 }}
          >
            {chain
              .filter((p) => p.role === role)
              .map((p) => (
                <div key={p.id}>
                  <LevelTag level={p.level} /> {p.name} <span style={{ color: '#888' }}>{p.position}</span>
                </div>
              ))}
          </Card>
        ))}
      </Space>
      {customer && (
        <StrategiesCard
          customer={customer}
          bidId={d.id}
          personIds={d.decisionChain.map((l) => l.personId)}
          save={saveCustomer}
        />
      )}
      {d.customerId ? (
        <Select
          style={{ width: 320, marginBottom: 12 }}
          placeholder={L.addPerson}
          value={null}
          options={addable.map((p) => ({ value: p.id, label: `${p.name} · ${p.position}` }))}
          onChange={(v) =>
            v && ed.set('decisionChain', [...d.decisionChain, { personId: v, role: null, note: '' }])
          }
          data-testid="chain-add"
        />
      ) : (
        <Alert type="info" message={L.noCustomer} style={{ marginBottom: 12 }} />
      )}
      {/* Fixed widths in a sideways-scrolling box: the level picker and role select never crush the names. */}
      <div style={{ overflowX: 'auto' }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          tableLayout="fixed"
          style={{ minWidth: 940 }}
          dataSource={chain}
          columns={columns}
        />
      </div>
    </div>
  )
}
