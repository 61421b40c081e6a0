import { DeleteOutlined } from '@ant-design/icons'
import { Button, Input, InputNumber, Select, Space, Table } from 'antd'
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import type { Binder } from '@renderer/components/fields'
import { FormError } from '@renderer/components/FormError'
import { errorsByPath } from '@renderer/hooks/zod-resolver'
import { categoryOptions, kindOptions } from './format'
import type { SaveValues } from './import-form'
import { PREVIEW } from './labels'

/**
 * The rows as they will be saved, each cell a field of the save form: an emptied name or points that are missing,
 * negative or over 1000 are said at the cell (and block the save) until corrected.
 */
export function ImportItemsTable({ form }: { form: UseFormReturn<SaveValues> }) {
  const { lang } = useI18n()
  const L = useLabels(PREVIEW)
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'items' })
  const items = useWatch({ control: form.control, name: 'items' })
  const errors = errorsByPath(form.formState.errors)
  // Every edit re-checks the whole form, so the save button and the summary follow at once.
  const b: Binder<SaveValues> = {
    doc: form.getValues(),
    invalid: errors,
    set: (path, value) => {
      form.setValue(path, value, { shouldDirty: true })
      void form.trigger()
    },
  }
  const rows = fields.map((f, i) => ({ key: f.id, i, ...items[i] }))
  return (
    <>
      <Table
        style={{ marginTop: 8 }}
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ y: 260 }}
        data-testid="import-items"
        dataSource={rows}
        columns={[
          {
            title: L.category,
            width: 90,
            render: (_, r) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                value={r.category}
                options={categoryOptions(lang)}
                onChange={(v) => b.set(`items.${r.i}.category`, v)}
              />
            ),
          },
          {
            title: L.name,
            width: 200,
            render: (_, r) => (
              <>
                <Input
                  size="small"
                  value={r.name}
                  status={errors[`items.${r.i}.name`] ? 'error' : undefined}
                  onChange={(e) => b.set(`items.${r.i}.name`, e.target.value)}
                  data-testid={`import-name-${r.i}`}
                />
                <FormError m={errors[`items.${r.i}.name`]} testId={`import-name-error-${r.i}`} />
              </>
            ),
          },
          {
            title: L.points,
            width: 110,
            render: (_, r) => (
              <>
                {/* No min or precision: antd would clamp a typed -1 to 0; the form refuses it here instead. */}
                <InputNumber
                  size="small"
                  style={{ width: '100%' }}
                  value={r.maxPoints}
                  status={errors[`items.${r.i}.maxPoints`] ? 'error' : undefined}
                  id={`import-points-${r.i}`}
                  onChange={(v) => b.set(`items.${r.i}.maxPoints`, v ?? null)}
                />
                <FormError m={errors[`items.${r.i}.maxPoints`]} testId={`import-points-error-${r.i}`} />
              </>
            ),
          },
          {
            title: L.kind,
            width: 80,
            render: (_, r) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                value={r.kind}
                options={kindOptions(lang)}
                onChange={(v) => b.set(`items.${r.i}.kind`, v)}
              />
            ),
          },
          { title: L.criteria, dataIndex: 'criteria', ellipsis: true },
          {
            width: 40,
            render: (_, r) => (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                title={L.removeRow}
                aria-label={L.removeRow}
                data-testid={`import-remove-${r.i}`}
                onClick={() => (remove(r.i), void form.trigger())}
              />
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 4 }}>
        <Button
          size="small"
          data-testid="import-add-row"
          onClick={() => {
            append({ category: '技术', name: '', maxPoints: 0, criteria: '', kind: 'subjective' })
            void form.trigger()
          }}
        >
          {L.addRow}
        </Button>
      </Space>
    </>
  )
}
