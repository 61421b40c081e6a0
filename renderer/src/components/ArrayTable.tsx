import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Input, InputNumber, Select, Switch, Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { FieldPath, FieldValues } from 'react-hook-form'
import { newId } from '@shared/schemas'
import { useI18n } from '../app/i18n'
import { DateInput } from './DateInput'
import { put, valueAt, type Bound } from './fields'
import { MoneyCell } from './MoneyInput'

export interface ColumnDef {
  key: string
  title: string
  /** 'tags': a list of free texts (typed, split at 、，；). */
  kind?: 'text' | 'textarea' | 'number' | 'money' | 'select' | 'multi' | 'tags' | 'switch' | 'date'
  /** A stored value, or a stored value with the label shown for it (enum values stay Chinese as data). */
  options?: readonly (string | { value: string; label: string })[]
  width?: number
  /** Money columns: the unit the stored value is in (a quote may be kept in 万元). */
  unit?: '元' | '万元'
}

interface Props<T extends FieldValues> {
  b: Bound<T>
  /** An array of rows in the document. */
  path: FieldPath<T>
  columns: ColumnDef[]
  /** Fields of a new row besides its id. */
  newRow?: () => Record<string, unknown>
  rowKey?: string
  size?: 'small' | 'middle'
}

/** Width a column without its own keeps at least (a name, a specification). */
const FREE_COLUMN_MIN = 140
const ACTIONS_WIDTH = 48

/** An editable table bound to an array of the document; each cell edits one field of one row. */
export function ArrayTable<T extends FieldValues>({
  b,
  path,
  columns,
  newRow,
  rowKey = 'id',
  size = 'small',
}: Props<T>) {
  const { t } = useI18n()
  const rows = ((valueAt(b, path) as Record<string, unknown>[]) ?? []).map((r, i) => ({ ...r, __i: i }))
  // A cell's path is the table's checked path, a row index and one of the columns' keys.
  const setCell = (i: number, key: string, v: unknown) => put(b, `${path}.${i}.${key}` as FieldPath<T>, v)
  const cols: ColumnsType<Record<string, unknown> & { __i: number }> = columns.map((c) => ({
    key: c.key,
    title: c.title,
    width: c.width,
    render: (_: unknown, r) => {
      const v = r[c.key]
      const id = `f-${path}.${r.__i}.${c.key}`
      switch (c.kind) {
        case 'number':
          return (
            <InputNumber
              id={id}
              size="small"
              style={{ width: '100%' }}
              value={v as number}
              onChange={(n) => setCell(r.__i, c.key, n ?? null)}
            />
          )
        case 'money':
          return (
            <MoneyCell
              id={id}
              unit={c.unit}
              value={v as number | null}
              onChange={(n) => setCell(r.__i, c.key, n)}
            />
          )
        case 'select':
          return (
            <Select
              id={id}
              size="small"
              style={{ width: '100%' }}
              value={v as string}
              options={(c.options ?? []).map((o) => (typeof o === 'string' ? { value: o, label: o } : o))}
              onChange={(x) => setCell(r.__i, c.key, x)}
            />
          )
        case 'multi':
          return (
            <Select
              id={id}
              size="small"
              mode="multiple"
              style={{ width: '100%' }}
              optionFilterProp="label"
              value={(v as string[]) ?? []}
              options={(c.options ?? []).map((o) => (typeof o === 'string' ? { value: o, label: o } : o))}
              onChange={(x) => setCell(r.__i, c.key, x)}
            />
          )
        case 'tags':
          return (
            <Select
              id={id}
              size="small"
              mode="tags"
              style={{ width: '100%' }}
              tokenSeparators={['、', '，', ',', '；', ';']}
              open={false}
              suffixIcon={null}
              value={(v as string[]) ?? []}
              onChange={(x: string[]) => setCell(r.__i, c.key, x.map((s) => s.trim()).filter(Boolean))}
            />
          )
        case 'switch':
          return (
            <Switch id={id} size="small" checked={Boolean(v)} onChange={(x) => setCell(r.__i, c.key, x)} />
          )
        case 'date':
          return (
            <DateInput
              id={id}
              size="small"
              value={v as string | null}
              onChange={(d) => setCell(r.__i, c.key, d)}
            />
          )
        case 'textarea':
          return (
            <Input.TextArea
              id={id}
              size="small"
              autoSize={{ minRows: 1, maxRows: 6 }}
              value={(v as string) ?? ''}
              onChange={(e) => setCell(r.__i, c.key, e.target.value)}
            />
          )
        default:
          return (
            <Input
              id={id}
              size="small"
              value={(v as string) ?? ''}
              onChange={(e) => setCell(r.__i, c.key, e.target.value)}
            />
          )
      }
    },
  }))
  cols.push({
    key: '__actions',
    width: ACTIONS_WIDTH,
    render: (_: unknown, r) => (
      <Button
        size="small"
        type="text"
        danger
        aria-label={t('action.remove')}
        icon={<DeleteOutlined />}
        onClick={() =>
          put(
            b,
            path,
            rows.filter((x) => x.__i !== r.__i).map(({ __i: _i, ...x }) => x),
          )
        }
      />
    ),
  })
  const minWidth = columns.reduce((w, c) => w + (c.width ?? FREE_COLUMN_MIN), ACTIONS_WIDTH)
  return (
    <div data-field={path}>
      {/* Fixed widths and a minimum table width: many columns beside the check panel scroll sideways
          instead of crushing the free-width ones (name, specification) to a few pixels. Not antd's
          scroll.x, whose hidden measure row would be counted as a row. */}
      <div style={{ overflowX: 'auto' }}>
        <Table
          size={size}
          rowKey={(r) => `${String((r as Record<string, unknown>)[rowKey] ?? '')}:${r.__i}`}
          columns={cols}
          dataSource={rows}
          pagination={false}
          tableLayout="fixed"
          style={{ minWidth }}
        />
      </div>
      {newRow && (
        <Button
          style={{ marginTop: 8 }}
          icon={<PlusOutlined />}
          onClick={() => put(b, path, [...rows.map(({ __i: _i, ...x }) => x), { id: newId(), ...newRow() }])}
        >
          {t('action.add')}
        </Button>
      )}
    </div>
  )
}
