import { Alert, Checkbox, Input, Table, Tag, Typography } from 'antd'
import type { TenderPreview } from '@shared/contract/tender'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { PART_KIND } from '@renderer/app/enum-labels'
import { CATEGORY } from '../matrices/labels'
import { TI } from './labels'
import { requirementDiff, requirementSource, type ReviewState } from './review-model'
import { SourceCell } from './SourceCell'
import { rowAttrs } from '@renderer/components/row-attrs'

type Set = (fn: (s: ReviewState) => ReviewState) => void

export function ReviewRequirements({
  preview,
  state,
  set,
}: {
  preview: TenderPreview
  state: ReviewState
  set: Set
}) {
  const { lang } = useI18n()
  const L = useLabels(TI)
  const rows = state.requirements.map((r, i) => ({ ...r, i }))
  const patch = (i: number, p: Partial<ReviewState['requirements'][number]>) =>
    set((s) => ({ ...s, requirements: s.requirements.map((r, j) => (j === i ? { ...r, ...p } : r)) }))
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
              onChange={(e) => patch(r.i, { accepted: e.target.checked })}
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
                  onChange={(e) => patch(r.i, { item: { ...r.item, text: e.target.value } })}
                  data-testid={`req-text-${r.i}`}
                />
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

export function ReviewScoring({
  preview,
  state,
  set,
}: {
  preview: TenderPreview
  state: ReviewState
  set: Set
}) {
  const { lang } = useI18n()
  const L = useLabels(TI)
  const sc = preview.proposal.scoring
  if (!sc) return <Alert type="info" showIcon message={L.noScoring} />
  const total = sc.items.reduce((n, i) => n + i.maxPoints, 0)
  return (
    <>
      <span data-testid="scoring-accept">
        <Checkbox checked={state.scoring} onChange={(e) => set((s) => ({ ...s, scoring: e.target.checked }))}>
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

export function ReviewVeto({
  preview,
  state,
  set,
}: {
  preview: TenderPreview
  state: ReviewState
  set: Set
}) {
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
              checked={state.veto[r.i]}
              onChange={(e) =>
                set((s) => ({ ...s, veto: s.veto.map((v, j) => (j === r.i ? e.target.checked : v)) }))
              }
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

export function ReviewForms({
  preview,
  state,
  set,
}: {
  preview: TenderPreview
  state: ReviewState
  set: Set
}) {
  const L = useLabels(TI)
  const patch = (i: number, p: Partial<ReviewState['forms'][number]>) =>
    set((s) => ({ ...s, forms: s.forms.map((f, j) => (j === i ? { ...f, ...p } : f)) }))
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={state.forms.map((f, i) => ({ ...f, i }))}
      columns={[
        {
          title: L.accept,
          width: 60,
          render: (_, r) => (
            <Checkbox
              checked={r.accepted}
              onChange={(e) => patch(r.i, { accepted: e.target.checked })}
              data-testid={`form-accept-${r.i}`}
            />
          ),
        },
        {
          title: L.formTitle,
          render: (_, r) => <Input value={r.title} onChange={(e) => patch(r.i, { title: e.target.value })} />,
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
