import { Form, Input, InputNumber, Select, Switch } from 'antd'
import type { ReactNode } from 'react'
import { get, type FieldPath, type FieldPathValue, type FieldValues } from 'react-hook-form'
import { DateInput } from './DateInput'
import { MoneyItem } from './MoneyInput'

/**
 * What every bound field needs from the document editor (the react-hook-form form of useDocEditor):
 * the values, a write by a dotted path the compiler checks against the document's type
 * ('goals.walkAway', `lots.${i}.name`), and the resolver's messages by path.
 */
export interface Binder<T extends FieldValues> extends Bound<T> {
  doc: T
}

/** What a field reads and writes: a Binder, or the document editor itself (its document may be loading). */
export interface Bound<T extends FieldValues> {
  doc: T | null
  set<P extends FieldPath<T>>(path: P, value: FieldPathValue<T, P>): void
  invalid?: Record<string, string>
}

interface FieldProps<T extends FieldValues> {
  b: Bound<T>
  path: FieldPath<T>
  label: ReactNode
  help?: ReactNode
  span?: number
}

/** Stable DOM id of a field, so a check finding can scroll to and focus it. */
export function fieldId(path: string): string {
  return 'f-' + path
}

/** The value at a field's path. */
export function valueAt<T extends FieldValues>(b: Bound<T>, path: string): unknown {
  return get(b.doc, path)
}

/**
 * Writes what a field of one kind produces (text, number, date…) at its checked path: the kind of the
 * control, not the compiler, knows the value fits there, as with react-hook-form's own Controller.
 */
export function put<T extends FieldValues>(b: Bound<T>, path: FieldPath<T>, value: unknown): void {
  b.set(path, value as FieldPathValue<T, FieldPath<T>>)
}

function Item<T extends FieldValues>({
  b,
  path,
  label,
  help,
  children,
}: FieldProps<T> & { children: ReactNode }) {
  const err = b.invalid?.[path]
  return (
    <Form.Item
      label={label}
      help={err ?? help}
      validateStatus={err ? 'error' : undefined}
      data-field={path}
      style={{ marginBottom: 12 }}
    >
      {children}
    </Form.Item>
  )
}

export function TextField<T extends FieldValues>(p: FieldProps<T> & { placeholder?: string }) {
  return (
    <Item {...p}>
      <Input
        id={fieldId(p.path)}
        value={(valueAt(p.b, p.path) as string) ?? ''}
        placeholder={p.placeholder}
        onChange={(e) => put(p.b, p.path, e.target.value)}
      />
    </Item>
  )
}

export function TextAreaField<T extends FieldValues>(p: FieldProps<T> & { rows?: number }) {
  return (
    <Item {...p}>
      <Input.TextArea
        id={fieldId(p.path)}
        autoSize={{ minRows: p.rows ?? 3, maxRows: 16 }}
        value={(valueAt(p.b, p.path) as string) ?? ''}
        onChange={(e) => put(p.b, p.path, e.target.value)}
      />
    </Item>
  )
}

/** Numbers; empty means "not set" (null), never zero. */
export function NumberField<T extends FieldValues>(
  p: FieldProps<T> & { min?: number; max?: number; step?: number; suffix?: string; nullable?: boolean },
) {
  const v = valueAt(p.b, p.path) as number | null
  return (
    <Item {...p}>
      <InputNumber
        id={fieldId(p.path)}
        style={{ width: '100%' }}
        value={v}
        min={p.min}
        max={p.max}
        step={p.step}
        suffix={p.suffix}
        onChange={(n) =>
          put(p.b, p.path, n === null || n === undefined ? (p.nullable === false ? 0 : null) : n)
        }
      />
    </Item>
  )
}

/**
 * Money typed as people write it (380万, 3,800,000, 3.8亿); negative amounts are refused unless
 * `allowNegative`. The 大写 shows under the field; a refused text says why and leaves the saved value.
 */
export function MoneyField<T extends FieldValues>(
  p: FieldProps<T> & { allowNegative?: boolean; unit?: '元' | '万元' },
) {
  return (
    <MoneyItem
      id={fieldId(p.path)}
      label={p.label}
      help={p.help}
      error={p.b.invalid?.[p.path]}
      dataField={p.path}
      value={valueAt(p.b, p.path) as number | null}
      allowNegative={p.allowNegative}
      unit={p.unit}
      onChange={(n) => put(p.b, p.path, n)}
    />
  )
}

/** A day (YYYY-MM-DD) or a Beijing-time deadline, picked on a calendar in the UI language; empty is null. */
export function DateField<T extends FieldValues>(p: FieldProps<T> & { withTime?: boolean }) {
  return (
    <Item {...p}>
      <DateInput
        id={fieldId(p.path)}
        withTime={p.withTime}
        value={valueAt(p.b, p.path) as string | null}
        onChange={(v) => put(p.b, p.path, v)}
      />
    </Item>
  )
}

export function SelectField<T extends FieldValues>(
  p: FieldProps<T> & {
    options: readonly (string | { value: string | number; label: string })[]
    allowClear?: boolean
  },
) {
  const opts = p.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o))
  return (
    <Item {...p}>
      <Select
        id={fieldId(p.path)}
        options={opts}
        allowClear={p.allowClear}
        value={valueAt(p.b, p.path) as string}
        onChange={(v) => put(p.b, p.path, v ?? null)}
      />
    </Item>
  )
}

export function SwitchField<T extends FieldValues>(p: FieldProps<T>) {
  return (
    <Item {...p}>
      <Switch
        id={fieldId(p.path)}
        checked={Boolean(valueAt(p.b, p.path))}
        onChange={(v) => put(p.b, p.path, v)}
      />
    </Item>
  )
}

export function TagsField<T extends FieldValues>(p: FieldProps<T> & { placeholder?: string }) {
  return (
    <Item {...p}>
      <Select
        id={fieldId(p.path)}
        mode="tags"
        placeholder={p.placeholder}
        value={(valueAt(p.b, p.path) as string[]) ?? []}
        onChange={(v) => put(p.b, p.path, v)}
        tokenSeparators={[',', '，', '、']}
      />
    </Item>
  )
}
