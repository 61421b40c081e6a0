import { Select, Table, Tag, Typography } from 'antd'
import type { FormScan } from '@shared/contract/export'
import { ITEM_FIELDS, QTY_CHOICES, QTY_FORM, isQtyBlank } from '@shared/domain/blanks'
import { PLACEHOLDERS } from '@shared/domain/export'
import { defineLabels } from '@renderer/app/label-pairs'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { FormError } from '@renderer/components/FormError'
import { rowAttrs } from '@renderer/components/row-attrs'

const BL = defineLabels({
  title: [
    '表单空白：已填 {filled} 处，未填 {unfilled} 处，留待签字 {manual} 处',
    'Blanks in the form: {filled} filled, {unfilled} unfilled, {manual} left for signatures',
  ],
  where: ['位置', 'Where'],
  label: ['栏目', 'Label'],
  key: ['对应字段（可改）', 'Field (editable)'],
  value: ['将填入', 'Will be filled with'],
  filled: ['已填', 'Filled'],
  unfilled: ['未填', 'Unfilled'],
  manual: ['留空', 'Left blank'],
  leave: ['（留空）', '(leave blank)'],
  auto: ['（自动）', '(automatic)'],
  noLabel: ['（无标签）', '(no label)'],
  qtyAll: ['数量与报价不同的行：', 'Rows whose quantity differs from the quote: '],
  qtyEach: ['逐行选择', 'choose per row'],
  qtyKeepAll: ['全部按原样保留', 'keep all as printed'],
})

const STATUS_COLOR = { filled: 'green', unfilled: 'red', manual: 'default' } as const
const KEYS = PLACEHOLDERS.map((p) => p.zh)
const ITEMS = Object.values(ITEM_FIELDS)

const QTY = Object.entries(QTY_CHOICES).map(([key, t]) => ({ key, ...t }))

/**
 * The fields a blank can take: item columns take a quote-line field, check boxes follow the facts (auto or none),
 * a row whose printed 数量 differs from the quote takes our quantity or the buyer's.
 */
function keyOptions(id: string, kind: string, pick: (t: { zh: string; en: string }) => string) {
  if (kind === 'checkbox') return []
  if (isQtyBlank(id)) return QTY.map((q) => ({ value: q.key, label: pick(q) }))
  if (kind === 'column') return ITEMS.map((f) => ({ value: f.key, label: pick(f) }))
  return KEYS.map((k) => ({ value: k, label: k }))
}
const keyLabel = (key: string, pick: (t: { zh: string; en: string }) => string) => {
  const item = ITEMS.find((f) => f.key === key) ?? QTY.find((q) => q.key === key)
  return item ? pick(item) : key
}

/**
 * The blanks of the buyer's form with what each will get: value, the field it comes from (changeable, or left
 * blank), unfilled ones in red with the reason. A change re-plans on the server (onOverride); a change the server
 * refused is said at its blank (`errors`, by blank id; QTY_FORM for the choice of all quantity rows).
 */
export function BlankPreview({
  blanks,
  overrides,
  onOverride,
  errors = {},
}: {
  blanks: FormScan['blanks']
  overrides: Record<string, string | null>
  onOverride(id: string, key: string | null | undefined): void
  errors?: Record<string, string>
}) {
  const { pick } = useI18n()
  const L = useLabels(BL)
  const n = (s: string) => blanks.filter((b) => b.status === s).length
  return (
    <div data-testid="form-blanks">
      <Typography.Text strong>
        {fmt(L.title, { filled: n('filled'), unfilled: n('unfilled'), manual: n('manual') })}
      </Typography.Text>
      {blanks.some((b) => isQtyBlank(b.id)) && (
        <div style={{ marginTop: 6 }}>
          <Typography.Text>{L.qtyAll}</Typography.Text>
          <Select
            size="small"
            style={{ width: 180 }}
            data-testid="blank-qty-all"
            value={Object.hasOwn(overrides, QTY_FORM) ? (overrides[QTY_FORM] ?? '__leave') : '__auto'}
            onChange={(v: string) =>
              onOverride(QTY_FORM, v === '__auto' ? undefined : v === '__leave' ? null : v)
            }
            options={[
              { value: '__auto', label: L.qtyEach },
              ...QTY.map((q) => ({ value: q.key, label: pick(q) })),
              { value: '__leave', label: L.qtyKeepAll },
            ]}
            status={errors[QTY_FORM] ? 'error' : undefined}
          />
          <FormError m={errors[QTY_FORM]} testId="blank-error-qty-all" />
        </div>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={blanks.length > 40 ? { pageSize: 40 } : false}
        dataSource={blanks}
        style={{ marginTop: 6 }}
        onRow={(b) => rowAttrs({ 'data-testid': `blank-${b.id}`, 'data-status': b.status })}
        rowClassName={(b) => (b.status === 'unfilled' ? 'bb-blank-unfilled' : '')}
        columns={[
          { title: L.where, width: 110, render: (_, b) => pick(b.where) },
          {
            title: L.label,
            width: 170,
            render: (_, b) => b.label || <Typography.Text type="secondary">{L.noLabel}</Typography.Text>,
          },
          {
            title: L.key,
            width: 190,
            render: (_, b) => (
              <>
                <Select
                  size="small"
                  style={{ width: 170 }}
                  value={Object.hasOwn(overrides, b.id) ? (overrides[b.id] ?? '__leave') : '__auto'}
                  onChange={(v: string) =>
                    onOverride(b.id, v === '__auto' ? undefined : v === '__leave' ? null : v)
                  }
                  options={[
                    {
                      value: '__auto',
                      label:
                        b.key && !Object.hasOwn(overrides, b.id)
                          ? `${keyLabel(b.key, pick)} ${L.auto}`
                          : L.auto,
                    },
                    { value: '__leave', label: L.leave },
                    ...keyOptions(b.id, b.kind, pick),
                  ]}
                  showSearch
                  status={errors[b.id] ? 'error' : undefined}
                  data-testid={`blank-key-${b.id}`}
                />
                <FormError m={errors[b.id]} testId={`blank-error-${b.id}`} />
              </>
            ),
          },
          {
            title: L.value,
            render: (_, b) => (
              <>
                <Tag color={STATUS_COLOR[b.status]}>{L[b.status]}</Tag>
                {b.status === 'filled' ? (
                  <span data-testid={`blank-value-${b.id}`}>{b.value}</span>
                ) : (
                  <Typography.Text type={b.status === 'unfilled' ? 'danger' : 'secondary'}>
                    {b.why ? pick(b.why) : ''}
                  </Typography.Text>
                )}
                {b.status === 'filled' && b.warning && (
                  <div data-testid={`blank-warning-${b.id}`}>
                    <Typography.Text type="warning">{pick(b.warning)}</Typography.Text>
                  </div>
                )}
                {b.status === 'filled' && b.reason && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {`${pick(b.reason)} · ${Math.round(b.confidence * 100)}%`}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
        ]}
      />
    </div>
  )
}
