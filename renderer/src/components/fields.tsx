import { Form, Input, InputNumber, Select, Switch } from 'antd'
import { useState, type ReactNode } from 'react'
import { useLabels } from '../app/use-labels'
import { getIn, type Path } from '../hooks/path'
import { L as LABELS } from './labels'
import { DateInput } from './DateInput'
import { amountWords, MoneyInput } from './MoneyInput'

/** What every bound field needs from the document editor. */
export interface Binder {
  doc: unknown
  set(path: Path, value: unknown): void
  invalid?: Record<string, string>
}

interface FieldProps {
  b: Binder
  path: Path
  label: ReactNode
  help?: ReactNode
  span?: number
}

/** Stable DOM id of a field, so a check finding can scroll to and focus it. */
export function fieldId(path: Path): string {
  return 'f-' + path.join('.')
}

function Item({ b, path, label, help, children }: FieldProps & { children: ReactNode }) {
  const err = b.invalid?.[path.join('.')]
  return (
    <Form.Item
      label={label}
      help={err ?? help}
      validateStatus={err ? 'error' : undefined}
      data-field={path.join('.')}
      style={{ marginBottom: 12 }}
    >
      {children}
    </Form.Item>
  )
}

export function TextField(p: FieldProps & { placeholder?: string }) {
  return (
    <Item {...p}>
      <Input
        id={fieldId(p.path)}
        value={(getIn(p.b.doc, p.path) as string) ?? ''}
        placeholder={p.placeholder}
        onChange={(e) => p.b.set(p.path, e.target.value)}
      />
    </Item>
  )
}

export function TextAreaField(p: FieldProps & { rows?: number }) {
  return (
    <Item {...p}>
      <Input.TextArea
        id={fieldId(p.path)}
        autoSize={{ minRows: p.rows ?? 3, maxRows: 16 }}
        value={(getIn(p.b.doc, p.path) as string) ?? ''}
        onChange={(e) => p.b.set(p.path, e.target.value)}
      />
    </Item>
  )
}

/** Numbers; empty means "not set" (null), never zero. */
export function NumberField(
  p: FieldProps & { min?: number; max?: number; step?: number; suffix?: string; nullable?: boolean },
) {
  const v = getIn(p.b.doc, p.path) as number | null
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
          p.b.set(p.path, n === null || n === undefined ? (p.nullable === false ? 0 : null) : n)
        }
      />
    </Item>
  )
}

/**
 * Money typed as people write it (380万, 3,800,000, 3.8亿); negative amounts are refused unless
 * `allowNegative`. The 大写 shows under the field; a refused text says why and leaves the saved value.
 */
export function MoneyField(p: FieldProps & { allowNegative?: boolean; unit?: '元' | '万元' }) {
  const L = useLabels(LABELS)
  const [problem, setProblem] = useState<string | null>(null)
  const v = getIn(p.b.doc, p.path) as number | null
  const words = amountWords(v, p.unit)
  const err = problem ?? p.b.invalid?.[p.path.join('.')]
  return (
    <Form.Item
      label={p.label}
      help={err ?? (words ? `${L.inWords}${words}` : p.help)}
      validateStatus={err ? 'error' : undefined}
      data-field={p.path.join('.')}
      style={{ marginBottom: 12 }}
    >
      <MoneyInput
        id={fieldId(p.path)}
        value={v}
        allowNegative={p.allowNegative}
        unit={p.unit}
        onProblem={setProblem}
        onChange={(n) => p.b.set(p.path, n)}
      />
    </Form.Item>
  )
}

/** A day (YYYY-MM-DD) or a Beijing-time deadline, picked on a calendar in the UI language; empty is null. */
export function DateField(p: FieldProps & { withTime?: boolean }) {
  return (
    <Item {...p}>
      <DateInput
        id={fieldId(p.path)}
        withTime={p.withTime}
        value={getIn(p.b.doc, p.path) as string | null}
        onChange={(v) => p.b.set(p.path, v)}
      />
    </Item>
  )
}

export function SelectField(
  p: FieldProps & {
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
        value={getIn(p.b.doc, p.path) as string}
        onChange={(v) => p.b.set(p.path, v ?? null)}
      />
    </Item>
  )
}

export function SwitchField(p: FieldProps) {
  return (
    <Item {...p}>
      <Switch
        id={fieldId(p.path)}
        checked={Boolean(getIn(p.b.doc, p.path))}
        onChange={(v) => p.b.set(p.path, v)}
      />
    </Item>
  )
}

export function TagsField(p: FieldProps & { placeholder?: string }) {
  return (
    <Item {...p}>
      <Select
        id={fieldId(p.path)}
        mode="tags"
        placeholder={p.placeholder}
        value={(getIn(p.b.doc, p.path) as string[]) ?? []}
        onChange={(v) => p.b.set(p.path, v)}
        tokenSeparators={[',', '，', '、']}
      />
    </Item>
  )
}
