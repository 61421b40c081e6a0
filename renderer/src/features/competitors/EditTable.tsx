import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Input, InputNumber, Select, Table, Tooltip } from 'antd'
import type { ReactNode } from 'react'
import { useLabels } from '@renderer/app/use-labels'
import { DateInput } from '@renderer/components/DateInput'
import { L as LABELS } from './labels'

export interface EditColumn<R> {
  key: string
  title: ReactNode
  width?: number
  render(row: R, set: (patch: Partial<R>) => void, index: number): ReactNode
}

/**
 * A table whose rows are a list of plain objects, edited in place. Unlike the shared ArrayTable it
 * takes render functions, so a cell may hold tags, a nullable number or a computed hint.
 */
export function EditTable<R extends object>(props: {
  rows: readonly R[]
  onChange(rows: R[]): void
  columns: EditColumn<R>[]
  newRow?: () => R
  addLabel?: string
  testId?: string
  empty?: ReactNode
}) {
  const L = useLabels(LABELS)
  const { rows, onChange, columns, newRow } = props
  const data = rows.map((r, i) => ({ r, i }))
  const setRow = (i: number, patch: Partial<R>) =>
    onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)))
  return (
    <div data-testid={props.testId}>
      <Table
        size="small"
        rowKey={(x) => String(x.i)}
        pagination={false}
        dataSource={data}
        locale={props.empty ? { emptyText: props.empty } : undefined}
        columns={[
          ...columns.map((c) => ({
            key: c.key,
            title: c.title,
            width: c.width,
            render: (_: unknown, x: { r: R; i: number }) => c.render(x.r, (p) => setRow(x.i, p), x.i),
          })),
          {
            key: '__del',
            width: 44,
            render: (_: unknown, x: { r: R; i: number }) => (
              <Button
                size="small"
                type="text"
                danger
                aria-label={L.remove}
                icon={<DeleteOutlined />}
                onClick={() => onChange(rows.filter((_r, k) => k !== x.i))}
              />
            ),
          },
        ]}
      />
      {newRow && (
        <Button
          style={{ marginTop: 8 }}
          icon={<PlusOutlined />}
          onClick={() => onChange([...rows, newRow()])}
        >
          {props.addLabel ?? L.add}
        </Button>
      )}
    </div>
  )
}

export function TextCell(p: {
  value: string
  onChange(v: string): void
  placeholder?: string
  area?: boolean
}) {
  return p.area ? (
    <Input.TextArea
      size="small"
      autoSize={{ minRows: 1, maxRows: 6 }}
      value={p.value}
      placeholder={p.placeholder}
      onChange={(e) => p.onChange(e.target.value)}
    />
  ) : (
    <Input
      size="small"
      value={p.value}
      placeholder={p.placeholder}
      onChange={(e) => p.onChange(e.target.value)}
    />
  )
}

/**
 * Empty stays null ("not known"), never 0. Where a range is a rule of the data (a score 0–10, a share 0–100)
 * pass no min/max: the value typed stays, and `error` (the schema's message for it) says why it is not saved.
 */
export function NumberCell(p: {
  value: number | null
  onChange(v: number | null): void
  min?: number
  max?: number
  placeholder?: string
  testId?: string
  precision?: number
  error?: string
}) {
  const input = (
    <InputNumber
      status={p.error ? 'error' : undefined}
      size="small"
      style={{ width: '100%' }}
      min={p.min}
      max={p.max}
      precision={p.precision}
      value={p.value}
      placeholder={p.placeholder}
      data-testid={p.testId}
      onChange={(n) => p.onChange(typeof n === 'number' && Number.isFinite(n) ? n : null)}
    />
  )
  if (!p.error) return input
  return (
    <Tooltip title={p.error} open>
      <div data-error={p.error}>{input}</div>
    </Tooltip>
  )
}

export function DateCell(p: { value: string | null; onChange(v: string | null): void }) {
  return <DateInput size="small" value={p.value} onChange={p.onChange} />
}

export function TagsCell(p: { value: string[]; onChange(v: string[]): void; placeholder?: string }) {
  return (
    <Select
      size="small"
      mode="tags"
      style={{ width: '100%' }}
      value={p.value}
      placeholder={p.placeholder}
      tokenSeparators={[',', '，', '、']}
      onChange={(v: string[]) => p.onChange(v)}
      open={false}
      suffixIcon={null}
    />
  )
}
