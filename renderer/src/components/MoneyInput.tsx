import { Form, Input, Tooltip, type InputRef } from 'antd'
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { fenToWords, formatMoney, parseMoney, regroupTyping } from '@shared/domain/amount'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'

export interface MoneyInputProps {
  id?: string
  value: number | null | undefined
  /** Called with every amount the text reads as exactly (null when emptied); never with a refused one. */
  onChange(value: number | null): void
  /** Why the text is refused (in the UI language), or null once it reads as an amount. */
  onProblem?(problem: string | null): void
  /** Discounts and concession steps may be negative; prices and budgets may not (default). */
  allowNegative?: boolean
  placeholder?: string
  /** The unit the stored value is in (a quote may be kept in 万元); what is typed is read in 元 or with its unit. */
  unit?: '元' | '万元'
  'data-testid'?: string
  'aria-label'?: string
  addonBefore?: ReactNode
  size?: 'small' | 'middle'
  status?: 'error'
  /** Tables name the unit in the column title: no 元 after each figure there. */
  noSuffix?: boolean
}

const SCALE = { 元: 1, 万元: 10_000 } as const

/**
 * The one money field: groups digits as they are typed (3,800,000), reads 380万 / 3.8亿 / full-width
 * digits / 大写 exactly (shared parseMoney, the same as `cli amount parse`), refuses a negative price or
 * an amount finer than 1 分 with the reason instead of rounding or clamping, and shows the typed text
 * as the canonical figure once the field is left.
 */
export function MoneyInput(p: MoneyInputProps) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  const scale = SCALE[p.unit ?? '元']
  // Stored value → text in 元; what is read back → the stored unit (万元 keeps up to 6 decimals: 分).
  const text = (v: number | null | undefined) => (v == null ? '' : formatMoney(v * scale))
  const toStored = (fen: number) => (scale === 1 ? fen / 100 : fen / (100 * scale))
  const [raw, setRaw] = useState(() => text(p.value))
  const focused = useRef(false)
  const ref = useRef<InputRef>(null)
  const caret = useRef<number | null>(null)

  // A value changed elsewhere (another field, a reload) shows here unless the user is typing.
  useEffect(() => {
    if (!focused.current) setRaw(text(p.value))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.value, scale])

  useLayoutEffect(() => {
    const el = ref.current?.input
    if (el && caret.current != null && document.activeElement === el) {
      el.setSelectionRange(caret.current, caret.current)
      caret.current = null
    }
  })

  const read = (t: string) => {
    if (t.trim() === '') {
      p.onProblem?.(null)
      p.onChange(null)
      return
    }
    // "3." is on its way to "3.5": neither an amount yet nor an error.
    if (/[.．]\s*$/.test(t)) return
    const r = parseMoney(t, { allowNegative: p.allowNegative })
    if (r.ok) {
      p.onProblem?.(null)
      const v = toStored(r.fen)
      if (v !== p.value) p.onChange(v)
    } else p.onProblem?.(pick(r.error))
  }

  return (
    <Input
      ref={ref}
      id={p.id}
      data-testid={p['data-testid']}
      aria-label={p['aria-label']}
      addonBefore={p.addonBefore}
      inputMode="decimal"
      size={p.size}
      status={p.status}
      placeholder={p.placeholder}
      suffix={p.noSuffix ? undefined : L.yuan}
      value={raw}
      onFocus={() => {
        focused.current = true
      }}
      onChange={(e) => {
        const pos = e.target.selectionStart ?? e.target.value.length
        const g = regroupTyping(e.target.value, pos)
        caret.current = g.caret
        setRaw(g.text)
        read(g.text)
      }}
      onBlur={() => {
        focused.current = false
        const r = raw.trim() === '' ? null : parseMoney(raw, { allowNegative: p.allowNegative })
        if (r?.ok) setRaw(text(toStored(r.fen)))
        else if (r) p.onProblem?.(pick(r.error))
      }}
    />
  )
}

/** 大写 of an amount (in `unit`) for the hint beside a money field; null when there is nothing to write. */
export function amountWords(value: number | null | undefined, unit: '元' | '万元' = '元'): string | null {
  if (value == null || value <= 0) return null
  const exact = value * 100 * SCALE[unit]
  const fen = Math.round(exact)
  return Math.abs(fen - exact) < 1e-6 && fen <= 99_999_999_999_999 ? fenToWords(fen) : null
}

/**
 * MoneyInput as a labelled form item: the reason a text is refused under it, else the 大写 of the amount
 * (else `help`). `error` is a message from elsewhere (the form's resolver) shown when typing is fine.
 */
export function MoneyItem(
  p: Omit<MoneyInputProps, 'onProblem' | 'status'> & {
    label: ReactNode
    help?: ReactNode
    error?: string
    /** The document path, for a check finding to scroll to. */
    dataField?: string
    marginBottom?: number
    /** The text was refused (the reason shows here): a form can hold "no amount" instead of the last one. */
    onRefused?(): void
  },
) {
  const L = useLabels(LABELS)
  const [problem, setProblem] = useState<string | null>(null)
  const { label, help, error, dataField, marginBottom = 12, onRefused, ...input } = p
  const words = amountWords(p.value, p.unit)
  const err = problem ?? error
  return (
    <Form.Item
      label={label}
      help={err ?? (words ? `${L.inWords}${words}` : help)}
      validateStatus={err ? 'error' : undefined}
      data-field={dataField}
      style={{ marginBottom }}
    >
      <MoneyInput
        {...input}
        onProblem={(m) => {
          setProblem(m)
          if (m) onRefused?.()
        }}
      />
    </Form.Item>
  )
}

/**
 * MoneyInput in a table cell: the same parsing and refusals as the form fields, the reason in a tooltip at
 * the cell (data-error for tests) and the 大写 on hover. The input is never remounted when a problem
 * appears, so typing "-" does not lose the caret.
 */
export function MoneyCell(
  p: Omit<MoneyInputProps, 'onProblem' | 'size' | 'status'> & {
    /** A message from elsewhere (the form's resolver), shown when the typing itself is fine. */
    error?: string
    /** The text was refused: a form can hold "no amount" instead of the last one (see MoneyItem). */
    onRefused?(): void
  },
) {
  const [problem, setProblem] = useState<string | null>(null)
  const { error, onRefused, ...input } = p
  const words = amountWords(p.value, p.unit)
  const shown = problem ?? error ?? null
  return (
    <Tooltip title={shown} open={shown ? true : false}>
      <div data-error={shown ?? undefined} title={shown ? undefined : (words ?? undefined)}>
        <MoneyInput
          {...input}
          size="small"
          noSuffix
          status={shown ? 'error' : undefined}
          onProblem={(m) => {
            setProblem(m)
            if (m) onRefused?.()
          }}
        />
      </div>
    </Tooltip>
  )
}
