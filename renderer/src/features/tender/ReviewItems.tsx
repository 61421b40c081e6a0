import { Alert, Checkbox, Input, Table, Tag, Typography } from 'antd'
import type { TenderPreview } from '@shared/contract/tender'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { PART_KIND } from '@renderer/app/enum-labels'
import { CATEGORY } from '../matrices/labels'
import { TI } from './labels'
import { requirementDiff, requirementSource, type ReviewValues } from './review-model'
import { SourceCell } from './SourceCell'
import { rowAttrs } from '@renderer/components/row-attrs'
import type { Binder } from '@renderer/components/fields'
import { FormError } from '@renderer/components/FormError'

interface Props {
  preview: TenderPreview
  b: Binder<ReviewValues>
}

/** Each requirement beside its excerpt: accept or not, edit the text (an accepted one may not be emptied). */
export function ReviewRequirements({ preview, b }: Props) {
  const { lang } = useI18n()
  const L = useLabels(TI)
  const rows = b.doc.requirements.map((r, i) => ({ accepted: r.accepted, item: r.value, i }))
  return (
    <Table
      size="small"
      rowKey="i"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      onRow={(r) => rowAttrs({ 'data-testid': `req-${r.i}` })}
      columns={[
        {
          title: L.accept,
          width: 60,
          render: (_, r) => (
            <Checkbox
              checked={r.accepted}
              onChange={(e) => b.set(`requirements.${r.i}.accepted`, e.target.checked)}
              data-testid={`req-accept-${r.i}`}
            />
          ),
        },
        { title: L.clause, width: 70, render: (_, r) => r.item.no },
        {
          title: L.mark,
          width: 60,
          render: (_, r) =>
            r.item.star ? <Tag color="red">★</Tag> : r.item.scored ? <Tag color="gold">▲</Tag> : null,
        },
        { title: L.kind, width: 70, render: (_, r) => enumLabel(PART_KIND, r.item.kind, lang) },
        {
          title: L.text,
          render: (_, r) => {
            const d = requirementDiff(preview, r.item)
            return (
              <>
                {d.status && (
                  <Tag color={d.status === 'new' ? 'green' : 'orange'}>
                    {d.status === 'new' ? L.diffNew : L.diffChanged}
                  </Tag>
                )}
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  value={r.item.text}
                  status={b.invalid?.[`requirements.${r.i}.value.text`] ? 'error' : undefined}
                  onChange={(e) => b.set(`requirements.${r.i}.value.text`, e.target.value)}
                  data-testid={`req-text-${r.i}`}
                />
                <FormError m={b.invalid?.[`requirements.${r.i}.value.text`]} testId={`req-error-${r.i}`} />
                {d.was && (
                  <Typography.Text type="secondary" delete style={{ fontSize: 12 }}>
                    {fmt(L.was, { v: d.was })}
                  </Typography.Text>
                )}
              </>
            )
          },
        },
        {
          title: L.source,
          width: 320,
          render: (_, r) => <SourceCell source={preview.import.sources[requirementSource(r.i)]} />,
        },
      ]}
    />
  )
}

export function ReviewScoring({ preview, b }: Props) {
  const { lang } = useI18n()
  const L = useLabels(TI)
  const sc = preview.proposal.scoring
  if (!sc) return <Alert type="info" showIcon message={L.noScoring} />
  const total = sc.items.reduce((n, i) => n + i.maxPoints, 0)
  return (
    <>
      <span data-testid="scoring-accept">
        <Checkbox checked={b.doc.scoring} onChange={(e) => b.set('scoring', e.target.checked)}>
          {fmt(L.scoringAccept, { n: sc.items.length, p: Math.round(total * 100) / 100 })}
        </Checkbox>
      </span>
      <SourceCell source={preview.import.sources.scoring} />
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={sc.items}
        columns={[
          { title: L.kind, width: 70, render: (_, r) => enumLabel(CATEGORY, r.category, lang) },
          { title: L.field, width: 160, dataIndex: 'name' },
          { title: L.points, width: 60, dataIndex: 'maxPoints' },
          { title: L.criteria, dataIndex: 'criteria' },
        ]}
      />
    </>
  )
}

export function ReviewVeto({ preview, b }: Props) {
  const L = useLabels(TI)
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={preview.import.vetoClauses.map((v, i) => ({ ...v, i }))}
      columns={[
        {
          title: L.accept,
          width: 60,
          render: (_, r) => (
            <Checkbox
              checked={b.doc.veto[r.i]}
              onChange={(e) => b.set(`veto.${r.i}`, e.target.checked)}
              data-testid={`veto-accept-${r.i}`}
            />
          ),
        },
        { title: L.text, dataIndex: 'text' },
        { title: L.source, width: 320, render: (_, r) => <SourceCell source={r.source} /> },
      ]}
    />
  )
}

export function ReviewForms({ preview, b }: Props) {
  const L = useLabels(TI)
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={b.doc.forms.map((f, i) => ({ accepted: f.accepted, ...f.value, i }))}
      columns={[
        {
          title: L.accept,
          width: 60,
          render: (_, r) => (
            <Checkbox
              checked={r.accepted}
              onChange={(e) => b.set(`forms.${r.i}.accepted`, e.target.checked)}
              data-testid={`form-accept-${r.i}`}
            />
          ),
        },
        {
          title: L.formTitle,
          render: (_, r) => {
            const error = b.invalid?.[`forms.${r.i}.value.title`]
            return (
              <>
                <Input
                  value={r.title}
                  status={error ? 'error' : undefined}
                  onChange={(e) => b.set(`forms.${r.i}.value.title`, e.target.value)}
                  data-testid={`form-title-${r.i}`}
                />
                <FormError m={error} testId={`form-error-${r.i}`} />
              </>
            )
          },
        },
        {
          title: L.standardForm,
          width: 160,
          render: (_, r) => r.formKey ?? <Typography.Text type="secondary">{L.ownForm}</Typography.Text>,
        },
        {
          title: L.source,
          width: 320,
          render: (_, r) => <SourceCell source={preview.import.forms[r.i]?.source} />,
        },
      ]}
    />
  )
}

export function ReviewChanges({ preview }: { preview: TenderPreview }) {
  const L = useLabels(TI)
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={preview.import.changes}
      columns={[
        { title: L.changePath, width: 200, render: (_, c) => c.label || c.path },
        {
          title: L.changeBefore,
          render: (_, c) => <Typography.Text delete>{show(c.before)}</Typography.Text>,
        },
        { title: L.changeAfter, render: (_, c) => <Typography.Text strong>{show(c.after)}</Typography.Text> },
        { title: L.source, width: 320, render: (_, c) => <SourceCell source={c.source} /> },
      ]}
    />
  )
}

export function ReviewWarnings({ preview }: { preview: TenderPreview }) {
  const { pick } = useI18n()
  return (
    <div data-testid="tender-warnings">
      {preview.import.warnings.map((w, i) => (
        <Alert key={i} type="warning" showIcon message={pick(w)} style={{ marginBottom: 6 }} />
      ))}
    </div>
  )
}
