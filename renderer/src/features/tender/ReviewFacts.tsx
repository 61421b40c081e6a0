import { Checkbox, DatePicker, Input, InputNumber, Select, Switch, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import type { TenderPreview } from '@shared/contract/tender'
import { formatMoney } from '@shared/domain/export/format'
import { FACT_SOURCE, type FactField } from '@shared/domain/tender/proposal'
import { showWhen } from '@shared/domain/tender/when'
import {
  BondFormSchema,
  EvaluationMethodSchema,
  ProcurementCategorySchema,
  TenderFormSchema,
} from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumOptions, fmt, useLabels } from '@renderer/app/use-labels'
import { BOND_FORM, CATEGORY, EVAL_METHOD, TENDER_FORM } from '../bids/labels'
import { FACT, TI } from './labels'
import { MoneyCell } from '@renderer/components/MoneyInput'
import { put, type Binder } from '@renderer/components/fields'
import { FormError } from '@renderer/components/FormError'
import { FACT_ORDER, type ReviewValues } from './review-model'
import { SourceCell } from './SourceCell'
import { rowAttrs } from '@renderer/components/row-attrs'

const MONEY: FactField[] = ['budget', 'priceCeiling', 'bondRequired']
const COUNT: FactField[] = ['validityDaysRequired', 'originalRequired', 'copiesRequired']
const WHEN: FactField[] = ['submissionDeadline', 'opening', 'bondDeadline']

/** zh-CN as a 招标文件 writes it; typing 2026-12-18 09:30 works too. The clock is Beijing time as written. */
const WHEN_FORMATS = {
  zh: ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD HH:mm'],
  en: ['D MMM YYYY, HH:mm', 'YYYY-MM-DD HH:mm'],
}

/** A value as the user reads it: ¥ with grouping, times as 2026年12月18日 09:30, lists joined. */
export function showFact(field: FactField, v: unknown, empty: string, lang: 'zh' | 'en' = 'zh'): string {
  if (v === null || v === undefined || v === '') return empty
  if (MONEY.includes(field) && typeof v === 'number') return `¥${formatMoney(v)}`
  if (Array.isArray(v)) return v.join('、') || empty
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (WHEN.includes(field) && typeof v === 'string') return showWhen(v, lang)
  return String(v)
}

interface Props {
  preview: TenderPreview
  b: Binder<ReviewValues>
  /** A new bid: its name cannot be rejected. */
  isNew: boolean
}

/**
 * Every proposed project fact beside its excerpt: accept or not, edit the value, see what the bid has now. A
 * value the import would refuse is said at its field (in the UI language) and nothing is clamped.
 */
export function ReviewFacts({ preview, b, isNew }: Props) {
  const { lang } = useI18n()
  const L = useLabels(TI)
  const F = useLabels(FACT)
  const rows = FACT_ORDER.filter((f) => b.doc.facts[f]).map((field) => ({ field, ...b.doc.facts[field]! }))
  const current = new Map((preview.diff?.facts ?? []).map((d) => [d.field, d.current]))

  const editor = (field: FactField, value: unknown) => {
    const path = `facts.${field}.value` as const
    const on = (v: unknown) => put(b, path, v)
    const error = b.invalid?.[path]
    const testid = `fact-value-${field}`
    if (MONEY.includes(field))
      return (
        // 380万 reads as 3,800,000; a negative or sub-分 amount is refused at the cell (and not sent), never clamped.
        <div style={{ width: 180 }}>
          <MoneyCell
            value={value as number | null}
            onChange={on}
            onRefused={() => on(Number.NaN)}
            error={error}
            data-testid={testid}
          />
        </div>
      )
    if (COUNT.includes(field))
      return (
        // No min/max/precision: antd would clamp or round a typed -2 or 1.5; the form refuses it at the field.
        <InputNumber
          value={value as number | null}
          style={{ width: 180 }}
          status={error ? 'error' : undefined}
          onChange={on}
          data-testid={testid}
        />
      )
    if (WHEN.includes(field)) {
      const raw = typeof value === 'string' ? value : ''
      const parsed = raw ? dayjs(raw.slice(0, 16)) : null
      return (
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format={WHEN_FORMATS[lang]}
          value={parsed?.isValid() ? parsed : null}
          style={{ width: 220 }}
          status={error ? 'error' : undefined}
          data-testid={testid}
          // Stored as the tender says it, ISO with Beijing's offset: 2026-12-18T09:30:00+08:00.
          onChange={(d) => on(d ? `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00` : null)}
        />
      )
    }
    if (field === 'electronicRequired') return <Switch checked={!!value} onChange={on} data-testid={testid} />
    if (field === 'bondForms')
      return (
        <Select
          mode="multiple"
          style={{ minWidth: 200 }}
          value={value as string[]}
          onChange={on}
          options={enumOptions(BondFormSchema.options, BOND_FORM, lang)}
        />
      )
    const enums = {
      tenderForm: [TenderFormSchema.options, TENDER_FORM],
      evaluationMethod: [EvaluationMethodSchema.options, EVAL_METHOD],
      category: [ProcurementCategorySchema.options, CATEGORY],
    } as const
    if (field in enums) {
      const [values, pairs] = enums[field as keyof typeof enums]
      return (
        <Select
          style={{ width: 200 }}
          value={value as string}
          onChange={on}
          options={enumOptions(values, pairs, lang)}
          data-testid={testid}
        />
      )
    }
    return (
      <Input
        value={String(value ?? '')}
        status={error ? 'error' : undefined}
        onChange={(e) => on(e.target.value)}
        data-testid={testid}
      />
    )
  }

  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      onRow={(r) => rowAttrs({ 'data-testid': `fact-${r.field}` })}
      columns={[
        {
          title: L.accept,
          width: 60,
          render: (_, r) => (
            <Checkbox
              checked={r.accepted}
              disabled={isNew && r.field === 'title'}
              onChange={(e) => b.set(`facts.${r.field}.accepted`, e.target.checked)}
              data-testid={`fact-accept-${r.field}`}
            />
          ),
        },
        { title: L.field, width: 150, render: (_, r) => F[r.field] },
        {
          title: L.value,
          width: 280,
          render: (_, r) => (
            <>
              {editor(r.field, r.value)}
              {!MONEY.includes(r.field) && (
                <FormError m={b.invalid?.[`facts.${r.field}.value`]} testId={`fact-error-${r.field}`} />
              )}
            </>
          ),
        },
        ...(preview.diff
          ? [
              {
                title: L.current,
                width: 200,
                render: (_: unknown, r: (typeof rows)[number]) =>
                  current.has(r.field) ? (
                    <Tag color="orange" data-testid={`fact-current-${r.field}`}>
                      {showFact(r.field, current.get(r.field), L.empty, lang)}
                    </Tag>
                  ) : (
                    <Typography.Text type="secondary">=</Typography.Text>
                  ),
              },
            ]
          : []),
        {
          title: L.source,
          render: (_, r) => <SourceCell source={preview.import.sources[FACT_SOURCE[r.field]]} />,
        },
      ]}
      footer={() =>
        preview.diff
          ? fmt(L.diffSummary, {
              facts: preview.diff.facts.length,
              added: preview.diff.requirements.added.length,
              changed: preview.diff.requirements.changed.length,
              missing: preview.diff.requirements.missing.length,
            })
          : null
      }
    />
  )
}
