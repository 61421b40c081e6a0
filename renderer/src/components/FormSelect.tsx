import { Select } from 'antd'
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form'

/** An antd Select bound to a react-hook-form field (a stored enum value, shown by its label). */
export function FormSelect<T extends FieldValues>(p: {
  control: Control<T>
  name: FieldPath<T>
  options: { value: string; label: string }[]
  mode?: 'multiple'
  allowClear?: boolean
  /** The field stores "nothing chosen" as null (an option with value "" stands for it, or clearing). */
  nullable?: boolean
  testId?: string
}) {
  const blank = p.options.some((o) => o.value === '') ? '' : undefined
  return (
    <Controller
      name={p.name}
      control={p.control}
      render={({ field }) => (
        <Select
          mode={p.mode}
          allowClear={p.allowClear}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
          value={field.value ?? blank}
          onChange={(v) => field.onChange(p.nullable ? v || null : v)}
          options={p.options}
          data-testid={p.testId}
        />
      )}
    />
  )
}
