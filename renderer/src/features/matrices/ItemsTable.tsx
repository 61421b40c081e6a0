import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Input, InputNumber, Select, Space, Table, Tag, Tooltip } from 'antd'
import type { MatrixFinding } from '@shared/domain/matrices/matrix'
import { newId, type Bid, type Material, type Matrix, type ScoringItem } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import type { Binder } from '@renderer/components/fields'
import { categoryOptions, kindOptions } from './format'
import { ItemDetail } from './ItemDetail'
import { ITEMS } from './labels'
import { rowAttrs } from '@renderer/components/row-attrs'

export interface ItemsTableProps {
  m: Matrix
  findings: readonly MatrixFinding[]
  bid: Bid | null
  materials: readonly Material[]
  expanded: string[]
  setExpanded(keys: string[]): void
  set: Binder<Matrix>['set']
}

type Row = ScoringItem & { __i: number }

function evidenceCount(it: ScoringItem): number {
  const e = it.evidence
  return e.sectionIds.length + e.materialIds.length + e.requirementIds.length
}

/**
 * The items of the matrix, one editable row each; a row expands to the criteria, evidence links and
 * competitor estimates. Findings of the matrix validation mark the field they are about.
 */
export function ItemsTable({ m, findings, bid, materials, expanded, setExpanded, set }: ItemsTableProps) {
  const { pick, lang } = useI18n()
  const L = useLabels(ITEMS)
  const byItem = new Map<string, Map<string, string>>()
  for (const f of findings) {
    if (!f.itemId || f.severity !== 'error' || !f.field) continue
    const cur = byItem.get(f.itemId) ?? new Map<string, string>()
    if (!cur.has(f.field)) cur.set(f.field, pick(f.message))
    byItem.set(f.itemId, cur)
  }
  const problem = (r: Row, field: string) => byItem.get(r.id)?.get(field)
  const cell = <S extends string>(r: Row, key: S) => `items.${r.__i}.${key}` as const
  const competitors = m.bidders.filter((b) => !b.isUs)
  return (
    <div data-testid="items">
      <Table<Row>
        size="small"
        rowKey="id"
        pagination={false}
        locale={{ emptyText: L.empty }}
        dataSource={m.items.map((it, i) => ({ ...it, __i: i }))}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys as string[]),
          expandedRowRender: (r) => (
            <ItemDetail m={m} index={r.__i} bid={bid} materials={materials} set={set} />
          ),
        }}
        onRow={(r) => rowAttrs({ 'data-testid': `item-${r.__i}`, 'data-field': `items.${r.__i}` })}
        columns={[
          {
            title: L.category,
            width: 86,
            render: (_, r) => (
              <Select
                id={`f-items.${r.__i}.category`}
                size="small"
                style={{ width: '100%' }}
                value={r.category}
                options={categoryOptions(lang)}
                onChange={(v) => set(cell(r, 'category'), v)}
              />
            ),
          },
          {
            title: L.name,
            // the fixed columns beside it would otherwise squeeze the name to a few characters
            minWidth: 180,
            render: (_, r) => (
              <Tooltip title={problem(r, 'name')}>
                <Input
                  id={`f-items.${r.__i}.name`}
                  size="small"
                  value={r.name}
                  status={problem(r, 'name') ? 'error' : undefined}
                  onChange={(e) => set(cell(r, 'name'), e.target.value)}
                />
              </Tooltip>
            ),
          },
          {
            title: L.points,
            width: 80,
            render: (_, r) => (
              <Tooltip title={problem(r, 'maxPoints')}>
                <InputNumber
                  id={`f-items.${r.__i}.maxPoints`}
                  size="small"
                  style={{ width: '100%' }}
                  step={1}
                  value={r.maxPoints}
                  status={problem(r, 'maxPoints') || r.maxPoints < 0 ? 'error' : undefined}
                  onChange={(v) => set(cell(r, 'maxPoints'), v ?? 0)}
                />
              </Tooltip>
            ),
          },
          {
            title: L.kind,
            width: 76,
            render: (_, r) => (
              <Select
                id={`f-items.${r.__i}.kind`}
                size="small"
                style={{ width: '100%' }}
                value={r.kind}
                options={kindOptions(lang)}
                onChange={(v) => set(cell(r, 'kind'), v)}
              />
            ),
          },
          {
            title: L.selfScore,
            width: 84,
            render: (_, r) =>
              r.category === '价格' ? (
                <Tag>{L.byPrice}</Tag>
              ) : (
                <Tooltip title={problem(r, 'selfScore')}>
                  <InputNumber
                    id={`f-items.${r.__i}.selfScore`}
                    size="small"
                    style={{ width: '100%' }}
                    min={0}
                    step={0.5}
                    value={r.selfScore}
                    status={problem(r, 'selfScore') ? 'error' : undefined}
                    onChange={(v) => set(cell(r, 'selfScore'), v ?? null)}
                  />
                </Tooltip>
              ),
          },
          {
            title: L.evidence,
            width: 70,
            render: (_, r) =>
              r.category === '价格' ? null : evidenceCount(r) > 0 ? (
                <Tag color="green">{fmt(L.evidenceCount, { n: evidenceCount(r) })}</Tag>
              ) : (
                <Tag color={r.maxPoints > 0 ? 'orange' : undefined} data-testid={`no-evidence-${r.__i}`}>
                  {L.noEvidence}
                </Tag>
              ),
          },
          {
            title: L.estimates,
            width: 150,
            render: (_, r) =>
              r.category === '价格' ? null : (
                <Space size={2} wrap>
                  {competitors.map((b) => {
                    const e = r.estimates.find((x) => x.bidderId === b.id)
                    const v = e?.likely ?? e?.low ?? e?.high ?? null
                    return (
                      <Tooltip key={b.id} title={b.name}>
                        <Tag color={v == null ? undefined : 'geekblue'} style={{ marginInlineEnd: 0 }}>
                          {b.name.slice(0, 2)} {v ?? '—'}
                        </Tag>
                      </Tooltip>
                    )
                  })}
                </Space>
              ),
          },
          {
            width: 40,
            render: (_, r) => (
              <Button
                size="small"
                type="text"
                danger
                aria-label={L.remove}
                icon={<DeleteOutlined />}
                onClick={() =>
                  set(
                    'items',
                    m.items.filter((x) => x.id !== r.id),
                  )
                }
              />
            ),
          },
        ]}
      />
      <Button
        style={{ marginTop: 8 }}
        icon={<PlusOutlined />}
        data-testid="item-add"
        onClick={() => {
          const id = newId('si')
          set('items', [
            ...m.items,
            {
              id,
              category: '技术',
              name: '',
              maxPoints: 0,
              criteria: '',
              kind: 'subjective',
              selfScore: null,
              evidence: { sectionIds: [], materialIds: [], requirementIds: [] },
              estimates: [],
            },
          ])
          setExpanded([...expanded, id])
        }}
      >
        {L.add}
      </Button>
    </div>
  )
}
