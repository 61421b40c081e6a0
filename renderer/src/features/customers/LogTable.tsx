import { DeleteOutlined } from '@ant-design/icons'
import { Button, Card, Popconfirm, Table, type TableColumnsType } from 'antd'
import { Controller, type Control, type FieldPath } from 'react-hook-form'
import type { Customer } from '@shared/schemas'
import { useLabels } from '@renderer/app/use-labels'
import { DateInput } from '@renderer/components/DateInput'
import { FormError } from '@renderer/components/FormError'
import { PROFILE } from './profile-labels'

/**
 * The customer record's dated logs (visits, competitor sightings): a card with an add button, a sideways-scrolling
 * fixed-layout table, a date column first and a remove button last — one shape, so the logs read and behave alike.
 */
export function LogTable<R extends object>(p: {
  title: string
  addLabel: string
  testId: string
  minWidth: number
  rows: R[]
  onAdd: () => void
  onRemove: (i: number) => void
  date: {
    control: Control<Customer>
    name: (i: number) => FieldPath<Customer>
    error: (i: number) => string | undefined
  }
  columns: TableColumnsType<R>
}) {
  const L = useLabels(PROFILE)
  const { control } = p.date
  return (
    <Card
      size="small"
      title={p.title}
      extra={
        <Button size="small" data-testid={`${p.testId}-add`} onClick={p.onAdd}>
          {p.addLabel}
        </Button>
      }
    >
      <div style={{ overflowX: 'auto' }}>
        <Table
          data-testid={`${p.testId}s`}
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={p.rows}
          style={{ minWidth: p.minWidth }}
          tableLayout="fixed"
          columns={[
            {
              title: L.date,
              width: 140,
              render: (_, __, i) => (
                <>
                  <Controller
                    name={p.date.name(i)}
                    control={control}
                    render={({ field }) => (
                      <DateInput
                        value={field.value as string | null}
                        onChange={field.onChange}
                        data-testid={`${p.testId}-date-${i}`}
                      />
                    )}
                  />
                  <FormError m={p.date.error(i)} testId="customer-error" />
                </>
              ),
            },
            ...p.columns,
            {
              width: 44,
              render: (_, __, i) => (
                <Popconfirm
                  title={L.remove}
                  okText={L.ok}
                  cancelText={L.cancel}
                  onConfirm={() => p.onRemove(i)}
                >
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={L.remove}
                    data-testid={`${p.testId}-remove-${i}`}
                  />
                </Popconfirm>
              ),
            },
          ]}
        />
      </div>
    </Card>
  )
}
