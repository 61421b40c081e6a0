import { bufferToBase64 } from '@renderer/api/files'
import { UploadOutlined } from '@ant-design/icons'
import { Alert, Descriptions, Input, Modal, Table, Typography } from 'antd'
import { useState } from 'react'
import type { RequirementImportPreview } from '@shared/contract/bids'
import type { Requirement } from '@shared/schemas'
import { ApiError, call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { FIELD, L } from './labels'

function colName(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** Import requirements from the buyer's .xlsx: the server reads it (behind the import guard), the user sees the detected header and rows, then confirms. */
export function ImportDialog({
  bidId,
  onCancel,
  onOk,
}: {
  bidId: string
  onCancel(): void
  onOk(rs: Requirement[]): void
}) {
  const { pick, lang } = useI18n()
  const t = useLabels(L)
  const field = useLabels(FIELD)
  const [file, setFile] = useState<File | null>(null)
  const [sheet, setSheet] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<RequirementImportPreview | null>(null)

  const read = async (f: File, sheetName: string) => {
    setBusy(true)
    setError(null)
    setPreview(null)
    try {
      const dataBase64 = bufferToBase64(await f.arrayBuffer())
      setPreview(
        await call('bids.importRequirements', {
          bidId,
          dataBase64,
          ...(sheetName.trim() ? { sheet: sheetName.trim() } : {}),
        }),
      )
    } catch (e) {
      setError(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      width={960}
      title={t.importTitle}
      okText={preview ? fmt(t.importOkN, { n: preview.requirements.length }) : t.importOk}
      cancelText={t.cancel}
      confirmLoading={busy}
      okButtonProps={
        { disabled: !preview || preview.requirements.length === 0, 'data-testid': 'import-ok' } as never
      }
      onCancel={onCancel}
      onOk={() => preview && onOk(preview.requirements)}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
        <label className="ant-btn ant-btn-default" style={{ cursor: 'pointer' }}>
          <UploadOutlined /> {t.chooseFile}
          <input
            type="file"
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="import-file"
            onChange={(e) => {
              const f = e.target.files?.[0]
              if (!f) return
              setFile(f)
              void read(f, sheet)
            }}
          />
        </label>
        <Typography.Text>{file?.name}</Typography.Text>
        <Input.Search
          style={{ width: 260 }}
          placeholder={t.sheetPlaceholder}
          enterButton={t.reread}
          value={sheet}
          onChange={(e) => setSheet(e.target.value)}
          onSearch={() => file && void read(file, sheet)}
          disabled={!file}
        />
      </div>
      {error && <Alert type="error" showIcon message={error} data-testid="import-error" />}
      {preview && (
        <>
          <Descriptions size="small" column={3} bordered data-testid="import-header">
            <Descriptions.Item label={t.sheet}>{preview.sheet}</Descriptions.Item>
            <Descriptions.Item label={t.headerRow}>{fmt(t.rowN, { n: preview.headerRow })}</Descriptions.Item>
            <Descriptions.Item label={t.detectedColumns}>
              {Object.entries(preview.columns)
                .map(([k, c]) =>
                  fmt(t.columnIs, { field: (field as Record<string, string>)[k] ?? k, col: colName(c) }),
                )
                .join(t.listSep)}
            </Descriptions.Item>
          </Descriptions>
          {preview.problems.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="warning"
              showIcon
              message={fmt(t.problems, { n: preview.problems.length })}
              description={
                <div style={{ maxHeight: 100, overflow: 'auto' }}>
                  {preview.problems.slice(0, 100).map((p, i) => (
                    <div key={i}>{fmt(t.rowProblem, { row: p.row, msg: pick(p) })}</div>
                  ))}
                </div>
              }
            />
          )}
          <Table
            style={{ marginTop: 8 }}
            size="small"
            rowKey="id"
            dataSource={preview.requirements}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: field.no, dataIndex: 'no', width: 70 },
              { title: field.chapter, render: (_, r) => r.source.chapter, width: 100 },
              { title: field.kind, render: (_, r) => enumLabel(KIND, r.kind, lang), width: 70 },
              { title: field.star, render: (_, r) => (r.star ? '★' : ''), width: 40 },
              { title: field.text, dataIndex: 'text', ellipsis: true },
              { title: field.responseText, dataIndex: 'responseText', ellipsis: true, width: 200 },
            ]}
          />
        </>
      )}
    </Modal>
  )
}
