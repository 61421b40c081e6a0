import {
  Alert,
  Button,
  Col,
  Descriptions,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import type { ImportPreview } from '@shared/contract/matrices'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { categoryList, categoryOptions, colName, kindOptions } from './format'
import { METHOD, PREVIEW, ROLE, UNIT } from './labels'
import type { DraftItem, DraftProblem } from './merge'

export type Role = 'category' | 'name' | 'points' | 'criteria'
export interface Overrides {
  sheet?: string
  headerRow?: number
  columns?: Partial<Record<Role, number>>
}

const ROLES: Role[] = ['category', 'name', 'points', 'criteria']

interface Props {
  preview: ImportPreview
  overrides: Overrides
  setOverrides(o: Overrides): void
  redetect(): void
  busy: boolean
  drafts: DraftItem[]
  setDrafts(d: DraftItem[]): void
  problems: DraftProblem[]
}

/** What was detected, the controls to correct it, and the items as they will be saved (editable). */
export function ImportPreviewView({
  preview,
  overrides,
  setOverrides,
  redetect,
  busy,
  drafts,
  setDrafts,
  problems,
}: Props) {
  const { pick, lang } = useI18n()
  const L = useLabels(PREVIEW)
  const R = useLabels(ROLE)
  const U = useLabels(UNIT)
  const d = preview.detection
  const headerRow = overrides.headerRow ?? d?.headerRow ?? null
  const mapping: Partial<Record<Role, number>> = { ...d?.columns, ...overrides.columns }
  const width = Math.max(1, ...preview.grid.map((r) => r.length))
  const headerCells = headerRow ? (preview.grid[headerRow - 1] ?? []) : []
  const colOptions = Array.from({ length: width }, (_, i) => ({
    value: i + 1,
    label: headerCells[i]
      ? fmt(L.columnWithHeader, { col: colName(i + 1), header: headerCells[i].slice(0, 12) })
      : fmt(L.column, { col: colName(i + 1) }),
  }))
  const roleOf = new Map(Object.entries(mapping).map(([role, c]) => [c as number, role as Role]))
  const err = (i: number, field: 'name' | 'maxPoints') =>
    problems.find((p) => p.index === i && p.field === field && p.severity === 'error')
  const edit = (i: number, patch: Partial<DraftItem>) =>
    setDrafts(drafts.map((x, j) => (j === i ? { ...x, ...patch } : x)))
  return (
    <div data-testid="import-preview">
      <Row gutter={8} align="bottom" style={{ marginBottom: 8 }}>
        {preview.sheets.length > 1 && (
          <Col span={5}>
            <div>{L.sheet}</div>
            <Select
              id="import-sheet"
              style={{ width: '100%' }}
              value={overrides.sheet ?? preview.sheet}
              options={preview.sheets.map((s) => ({ value: s, label: s }))}
              onChange={(sheet) => setOverrides({ sheet })}
            />
          </Col>
        )}
        <Col span={3}>
          <div>{L.headerRow}</div>
          <InputNumber
            id="import-header-row"
            min={1}
            style={{ width: '100%' }}
            value={headerRow}
            onChange={(v) => setOverrides({ ...overrides, headerRow: v ?? undefined })}
          />
        </Col>
        {ROLES.map((role) => (
          <Col span={role === 'criteria' || role === 'name' ? 4 : 3} key={role}>
            <div>{fmt(L.roleColumn, { role: R[role] })}</div>
            <Select
              id={`import-col-${role}`}
              style={{ width: '100%' }}
              value={mapping[role]}
              placeholder={L.notDetected}
              options={colOptions}
              onChange={(c) =>
                setOverrides({ ...overrides, columns: { ...mapping, ...overrides.columns, [role]: c } })
              }
            />
          </Col>
        ))}
        <Col span={2}>
          <Button type="primary" ghost loading={busy} onClick={redetect} data-testid="redetect">
            {L.redetect}
          </Button>
        </Col>
      </Row>
      {d && d.continuedSheets.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={fmt(L.continued, {
            sheets: d.continuedSheets
              .map((c) => fmt(L.continuedSheet, { sheet: c.sheet, row: c.headerRow }))
              .join(U.listSep),
          })}
        />
      )}
      {preview.problem && (
        <Alert type="error" showIcon message={pick(preview.problem)} data-testid="import-problem" />
      )}
      <Typography.Text type="secondary">
        {fmt(L.gridNote, { sheet: preview.sheet, shown: preview.grid.length, total: preview.rowCount })}
      </Typography.Text>
      <div style={{ maxHeight: 180, overflow: 'auto', border: '1px solid #f0f0f0', marginBottom: 8 }}>
        <table
          data-testid="import-grid"
          style={{ borderCollapse: 'collapse', fontSize: 12, width: '100%', tableLayout: 'fixed' }}
        >
          <thead>
            <tr>
              <th style={{ width: 36 }} />
              {Array.from({ length: width }, (_, i) => (
                <th key={i} style={{ padding: '2px 6px', background: '#fafafa', textAlign: 'left' }}>
                  {colName(i + 1)} {roleOf.has(i + 1) && <Tag color="blue">{R[roleOf.get(i + 1)!]}</Tag>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.grid.map((r, ri) => (
              <tr key={ri} style={{ background: ri + 1 === headerRow ? '#e6f4ff' : undefined }}>
                <td
                  style={{ padding: '2px 6px', color: '#888', cursor: 'pointer', whiteSpace: 'nowrap' }}
                  title={L.setHeaderRow}
                  onClick={() => setOverrides({ ...overrides, headerRow: ri + 1 })}
                >
                  {ri + 1}
                </td>
                {Array.from({ length: width }, (_, ci) => (
                  <td
                    key={ci}
                    style={{
                      padding: '2px 6px',
                      borderTop: '1px solid #f5f5f5',
                      maxWidth: 220,
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {r[ci] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d && (
        <>
          <Descriptions size="small" column={4} bordered data-testid="import-summary">
            <Descriptions.Item label={L.items}>{fmt(L.itemCount, { n: drafts.length })}</Descriptions.Item>
            <Descriptions.Item label={L.total}>
              <span data-testid="import-total">
                {Math.round(
                  drafts.reduce((s, x) => s + (x.maxPoints != null && x.maxPoints > 0 ? x.maxPoints : 0), 0) *
                    100,
                ) / 100}
              </span>
              {d.statedTotal != null && fmt(L.statedTotal, { n: d.statedTotal })}
            </Descriptions.Item>
            <Descriptions.Item label={L.categories}>
              {categoryList(Object.entries(d.categories), lang)}
            </Descriptions.Item>
            <Descriptions.Item label={L.priceRule}>
              {d.priceRule?.method ? enumLabel(METHOD, d.priceRule.method, lang) : '—'}
              {d.priceRule?.weight != null && fmt(L.priceWeight, { n: d.priceRule.weight })}
            </Descriptions.Item>
          </Descriptions>
          {problems.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type={problems.some((p) => p.severity === 'error') ? 'error' : 'warning'}
              showIcon
              data-testid="import-warnings"
              message={
                <div style={{ maxHeight: 96, overflow: 'auto' }}>
                  {problems.map((p, i) => (
                    <div key={i}>{pick(p.message)}</div>
                  ))}
                </div>
              }
            />
          )}
          {d.warnings.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              data-testid="import-notes"
              message={
                <div style={{ maxHeight: 72, overflow: 'auto' }}>
                  <b>{L.notesTitle}</b>
                  {L.notesHint}
                  {d.warnings.map((w, i) => (
                    <div key={i}>{pick(w)}</div>
                  ))}
                </div>
              }
            />
          )}
          <Table<DraftItem & { __i: number }>
            style={{ marginTop: 8 }}
            size="small"
            rowKey="__i"
            pagination={false}
            scroll={{ y: 260 }}
            data-testid="import-items"
            dataSource={drafts.map((x, i) => ({ ...x, __i: i }))}
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
                    onChange={(category) => edit(r.__i, { category })}
                  />
                ),
              },
              {
                title: L.name,
                width: 200,
                render: (_, r) => (
                  <Input
                    size="small"
                    value={r.name}
                    status={err(r.__i, 'name') ? 'error' : undefined}
                    onChange={(e) => edit(r.__i, { name: e.target.value })}
                  />
                ),
              },
              {
                title: L.points,
                width: 90,
                render: (_, r) => (
                  <InputNumber
                    size="small"
                    style={{ width: '100%' }}
                    value={r.maxPoints}
                    status={err(r.__i, 'maxPoints') ? 'error' : undefined}
                    id={`import-points-${r.__i}`}
                    onChange={(v) => edit(r.__i, { maxPoints: v ?? null })}
                  />
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
                    onChange={(kind) => edit(r.__i, { kind })}
                  />
                ),
              },
              { title: L.criteria, dataIndex: 'criteria', ellipsis: true },
            ]}
          />
          <Space style={{ marginTop: 4 }}>
            <Button
              size="small"
              onClick={() =>
                setDrafts([
                  ...drafts,
                  { category: '技术', name: '', maxPoints: 0, criteria: '', kind: 'subjective' },
                ])
              }
            >
              {L.addRow}
            </Button>
          </Space>
        </>
      )}
    </div>
  )
}
