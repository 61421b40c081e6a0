import { Alert, Button, Col, Descriptions, InputNumber, Row, Select, Tag, Typography } from 'antd'
import { useWatch, type FieldPath, type FieldPathValue, type UseFormReturn } from 'react-hook-form'
import type { ImportPreview } from '@shared/contract/matrices'
import { draftTotal, draftTotalWarning } from '@shared/domain/matrices/import'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { FormError } from '@renderer/components/FormError'
import { errorsByPath } from '@renderer/hooks/zod-resolver'
import { categoryList, colName } from './format'
import { ROLES, type DetectValues, type Role, type SaveValues } from './import-form'
import { ImportItemsTable } from './ImportItemsTable'
import { METHOD, PREVIEW, ROLE, UNIT } from './labels'

interface Props {
  preview: ImportPreview
  /** The corrections to the detection (sheet, header row, columns). */
  detect: UseFormReturn<DetectValues>
  /** Read again with the corrections, once the form accepts them. */
  redetect(): void
  /** Another sheet is a new start: read at once, without the corrections made for the old one. */
  changeSheet(sheet: string): void
  busy: boolean
  /** The rows as they will be saved. */
  save: UseFormReturn<SaveValues>
}

/** What was detected, the controls to correct it, and the items as they will be saved (editable). */
export function ImportPreviewView({ preview, detect, redetect, changeSheet, busy, save }: Props) {
  const { pick, lang } = useI18n()
  const L = useLabels(PREVIEW)
  const R = useLabels(ROLE)
  const U = useLabels(UNIT)
  const d = preview.detection
  const corrections = useWatch({ control: detect.control })
  const detectErrors = errorsByPath(detect.formState.errors)
  const items = useWatch({ control: save.control, name: 'items' })
  const saveErrors = errorsByPath(save.formState.errors)
  const setCorrection = <P extends FieldPath<DetectValues>>(
    name: P,
    value: FieldPathValue<DetectValues, P>,
  ) => {
    detect.setValue(name, value, { shouldDirty: true })
    void detect.trigger()
  }
  // What the form holds when corrected (-1 stays shown with its message), else what was detected.
  const headerRow = corrections.headerRow ?? d?.headerRow ?? null
  const mapping: Partial<Record<Role, number>> = { ...d?.columns, ...corrections.columns }
  const width = Math.max(1, ...preview.grid.map((r) => r.length))
  const validHeader = headerRow !== null && !detectErrors.headerRow ? headerRow : null
  const headerCells = validHeader ? (preview.grid[validHeader - 1] ?? []) : []
  const colOptions = Array.from({ length: width }, (_, i) => ({
    value: i + 1,
    label: headerCells[i]
      ? fmt(L.columnWithHeader, { col: colName(i + 1), header: headerCells[i].slice(0, 12) })
      : fmt(L.column, { col: colName(i + 1) }),
  }))
  const roleOf = new Map(Object.entries(mapping).map(([role, c]) => [c as number, role as Role]))
  const totalWarning = draftTotalWarning(items)
  // Each row's messages with the row named, so one far down a long table is found from here.
  const rowProblems = Object.entries(saveErrors).flatMap(([path, msg]) => {
    const m = /^items\.(\d+)\./.exec(path)
    if (!m) return []
    const n = Number(m[1])
    const name = items[n]?.name.trim()
    return [fmt(L.rowProblem, { n: n + 1, name: name ? fmt(L.quotedName, { name }) : '', msg })]
  })
  return (
    <div data-testid="import-preview">
      <Row gutter={8} align="top" style={{ marginBottom: 8 }}>
        {preview.sheets.length > 1 && (
          <Col span={5}>
            <div>{L.sheet}</div>
            <Select
              id="import-sheet"
              style={{ width: '100%' }}
              value={corrections.sheet ?? preview.sheet}
              options={preview.sheets.map((s) => ({ value: s, label: s }))}
              onChange={changeSheet}
            />
          </Col>
        )}
        <Col span={3}>
          <div>{L.headerRow}</div>
          {/* No min: antd would turn a typed 0 into 1 unsaid; the form refuses it here instead. */}
          <InputNumber
            id="import-header-row"
            style={{ width: '100%' }}
            value={headerRow}
            status={detectErrors.headerRow ? 'error' : undefined}
            onChange={(v) => setCorrection('headerRow', v ?? null)}
          />
          <FormError m={detectErrors.headerRow} testId="import-header-row-error" />
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
              status={detectErrors[`columns.${role}`] ? 'error' : undefined}
              onChange={(c: number) => setCorrection('columns', { ...mapping, [role]: c })}
            />
            <FormError m={detectErrors[`columns.${role}`]} testId={`import-col-${role}-error`} />
          </Col>
        ))}
        <Col span={2}>
          <div>&nbsp;</div>
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
                  onClick={() => setCorrection('headerRow', ri + 1)}
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
            <Descriptions.Item label={L.items}>{fmt(L.itemCount, { n: items.length })}</Descriptions.Item>
            <Descriptions.Item label={L.total}>
              <Typography.Text type={totalWarning ? 'warning' : undefined} data-testid="import-total">
                {draftTotal(items)}
              </Typography.Text>
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
          {(rowProblems.length > 0 || totalWarning) && (
            <Alert
              style={{ marginTop: 8 }}
              type={rowProblems.length > 0 ? 'error' : 'warning'}
              showIcon
              data-testid="import-warnings"
              message={
                <div style={{ maxHeight: 96, overflow: 'auto' }}>
                  {rowProblems.map((p, i) => (
                    <div key={i}>{p}</div>
                  ))}
                  {totalWarning && <div data-testid="import-total-warning">{pick(totalWarning)}</div>}
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
          <ImportItemsTable form={save} />
        </>
      )}
    </div>
  )
}
