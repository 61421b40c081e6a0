import { bufferToBase64 } from '@renderer/api/files'
import { UploadOutlined } from '@ant-design/icons'
import { Alert, Descriptions, Input, Modal, Table, Typography } from 'antd'
import { useState } from 'react'
import { Controller } from 'react-hook-form'
import { z } from 'zod'
import { SheetNameSchema, type RequirementImportPreview } from '@shared/contract/bids'
import { XLSX_FILE } from '@shared/contract/define'
import type { Lang } from '@shared/i18n'
import { issueText } from '@shared/i18n/zod-messages'
import type { Requirement } from '@shared/schemas'
import { ApiError, call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { buttonWithTestId } from '@renderer/components/test-id'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { FIELD, L } from './labels'
import { errorMessage } from '@renderer/api/error-text'
import { FormError } from '@renderer/components/FormError'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { errorsByPath } from '@renderer/hooks/zod-resolver'
import { PickedFileSchema, pickedFileRule } from '@renderer/hooks/usePickedFile'

/** The file picked (checked by name and size before it is read) and the sheet to read, blank = detect. */
const ImportForm = z.object({
  picked: PickedFileSchema.nullable(),
  sheet: z.string(),
})
type ImportValues = z.infer<typeof ImportForm>

function importRules(v: ImportValues, lang: Lang): Record<string, string> {
  const out = pickedFileRule('picked', v.picked, XLSX_FILE, lang)
  const sheet = v.sheet.trim() ? SheetNameSchema.safeParse(v.sheet) : null
  if (sheet && !sheet.success) out.sheet = issueText(sheet.error.issues[0], lang)
  return out
}

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
  // The File itself stays out of the form; the form holds what is checked about it (name, size) and the sheet.
  const [file, setFile] = useState<File | null>(null)
  const form = useZodForm(ImportForm, { picked: null, sheet: '' }, 'onChange', importRules)
  const errors = errorsByPath(form.formState.errors)
  const [busy, setBusy] = useState(false)
  const [preview, setPreview] = useState<RequirementImportPreview | null>(null)

  // Read only what the form accepts; what the server refuses is said at the field it concerns.
  const read = (f: File | null) =>
    form.handleSubmit(async (v) => {
      if (!f) return
      setBusy(true)
      setPreview(null)
      try {
        const dataBase64 = bufferToBase64(await f.arrayBuffer())
        const sheet = v.sheet.trim()
        setPreview(await call('bids.importRequirements', { bidId, dataBase64, ...(sheet ? { sheet } : {}) }))
      } catch (e) {
        // A sheet name the workbook lacks is the sheet field's problem; anything else is the file's.
        const noSheet = e instanceof ApiError && e.code === 'SHEET_NOT_FOUND'
        form.setError(noSheet ? 'sheet' : 'picked', { type: 'server', message: pick(errorMessage(e)) })
      } finally {
        setBusy(false)
      }
    })()
  return (
    <Modal
      open
      width={960}
      title={t.importTitle}
      okText={preview ? fmt(t.importOkN, { n: preview.requirements.length }) : t.importOk}
      cancelText={t.cancel}
      confirmLoading={busy}
      okButtonProps={buttonWithTestId('import-ok', {
        disabled: !preview || preview.requirements.length === 0,
      })}
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
              e.target.value = ''
              if (!f) return
              setFile(f)
              setPreview(null)
              form.setValue('picked', { name: f.name, size: f.size })
              void read(f)
            }}
          />
        </label>
        <Typography.Text type={errors.picked ? 'danger' : undefined}>{file?.name}</Typography.Text>
        <Controller
          name="sheet"
          control={form.control}
          render={({ field }) => (
            <Input.Search
              style={{ width: 260 }}
              placeholder={t.sheetPlaceholder}
              enterButton={t.reread}
              value={field.value}
              status={errors.sheet ? 'error' : undefined}
              onChange={(e) => field.onChange(e.target.value)}
              onSearch={() => void read(file)}
              disabled={!file}
              data-testid="import-sheet"
            />
          )}
        />
      </div>
      <FormError m={errors.picked} testId="import-error" />
      <FormError m={errors.sheet} testId="import-sheet-error" />
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
