import { FileWordOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Checkbox, Radio, Space, Spin, Tag, Typography, Upload } from 'antd'
import { useEffect, useState } from 'react'
import type { FormScan } from '@shared/contract/export'
import { ApiError, call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { fileToBase64 } from '@renderer/api/files'
import { BlankPreview } from './BlankPreview'
import { COPY, L as LABELS } from './labels'

export interface ExportOptions {
  format: 'docx' | 'xlsx' | 'pdf'
  copy: '正本' | '副本'
  form: { name: string; base64: string; scan: FormScan } | null
  allowUnknown: boolean
  /** Word: write the 目录 / 评分索引表 page numbers (LibreOffice layout). */
  pages: boolean
  /** Buyer form blanks: id → the field chosen in the preview, or null to leave it blank. */
  overrides: Record<string, string | null>
}

export const DEFAULT_OPTIONS: ExportOptions = {
  format: 'docx',
  copy: '正本',
  form: null,
  allowUnknown: false,
  pages: true,
  overrides: {},
}

/** Whether LibreOffice is on this machine (null while asking): PDF and Word page numbers need it. */
function useLibreOffice(): boolean | null {
  const [installed, setInstalled] = useState<boolean | null>(null)
  useEffect(() => {
    let live = true
    void call('export.capabilities', {}).then(
      (c) => live && setInstalled(c.libreoffice.installed),
      () => live && setInstalled(false),
    )
    return () => {
      live = false
    }
  }, [])
  return installed
}

/** Largest buyer form accepted from the picker (the server checks again). */
const MAX_FORM_BYTES = 30 * 1024 * 1024

/** What to export: Word (正本/副本, optionally into the buyer's own form) or the Excel tables. */
export function ChooseStep({
  bidId,
  value,
  onChange,
}: {
  bidId: string
  value: ExportOptions
  onChange(next: ExportOptions): void
}) {
  const { lang, pick } = useI18n()
  const L = useLabels(LABELS)
  const [scanning, setScanning] = useState(false)
  const [scanError, setScanError] = useState<string | null>(null)
  const libreOffice = useLibreOffice()

  const pickForm = async (file: File) => {
    setScanError(null)
    if (!/\.docx$/i.test(file.name)) {
      setScanError(L.notDocx)
      return
    }
    if (file.size > MAX_FORM_BYTES) {
      setScanError(L.tooLarge)
      return
    }
    setScanning(true)
    try {
      const base64 = await fileToBase64(file)
      const scan = await call('export.scanForm', { bidId, dataBase64: base64, copy: value.copy })
      onChange({ ...value, form: { name: file.name, base64, scan }, allowUnknown: false, overrides: {} })
    } catch (e) {
      setScanError(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
    } finally {
      setScanning(false)
    }
  }

  const scan = value.form?.scan
  const override = async (id: string, key: string | null | undefined) => {
    if (!value.form) return
    const overrides = { ...value.overrides }
    if (key === undefined) delete overrides[id]
    else overrides[id] = key
    setScanning(true)
    try {
      const next = await call('export.scanForm', {
        bidId,
        dataBase64: value.form.base64,
        copy: value.copy,
        overrides,
      })
      onChange({ ...value, form: { ...value.form, scan: next }, overrides })
    } catch (e) {
      setScanError(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
    } finally {
      setScanning(false)
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Radio.Group
        value={value.format}
        onChange={(e) => onChange({ ...value, format: e.target.value, form: null, allowUnknown: false })}
        data-testid="export-format"
      >
        <Radio.Button value="docx">
          <span data-testid="export-format-docx">{L.formatWord}</span>
        </Radio.Button>
        <Radio.Button value="pdf" disabled={libreOffice === false}>
          <span data-testid="export-format-pdf">{L.formatPdf}</span>
        </Radio.Button>
        <Radio.Button value="xlsx">
          <span data-testid="export-format-xlsx">{L.formatExcel}</span>
        </Radio.Button>
      </Radio.Group>

      {libreOffice === false && value.format !== 'xlsx' && (
        <Alert type="warning" showIcon message={L.noLibreOffice} data-testid="export-no-libreoffice" />
      )}
      {value.format === 'pdf' && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid="export-pdf-hint">
          {L.pdfHint}
        </Typography.Paragraph>
      )}
      {value.format !== 'xlsx' && (
        <Space>
          <Typography.Text>{L.copyLabel}</Typography.Text>
          <Radio.Group
            value={value.copy}
            onChange={(e) => onChange({ ...value, copy: e.target.value })}
            data-testid="export-copy"
          >
            <Radio value="正本">{enumLabel(COPY, '正本', lang)}</Radio>
            <Radio value="副本">{enumLabel(COPY, '副本', lang)}</Radio>
          </Radio.Group>
        </Space>
      )}
      {value.format === 'docx' && !value.form && (
        <Checkbox
          checked={value.pages && libreOffice !== false}
          disabled={libreOffice === false}
          onChange={(e) => onChange({ ...value, pages: e.target.checked })}
          data-testid="export-pages"
        >
          {L.pages}
        </Checkbox>
      )}

      {value.format === 'docx' && (
        <>
          <div>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {L.formHint}
            </Typography.Paragraph>
            <Space wrap>
              <Upload
                accept=".docx"
                showUploadList={false}
                beforeUpload={(f) => {
                  void pickForm(f)
                  return false
                }}
              >
                <Button icon={<UploadOutlined />} data-testid="export-form-upload" loading={scanning}>
                  {L.uploadForm}
                </Button>
              </Upload>
              {value.form && (
                <Tag
                  icon={<FileWordOutlined />}
                  closable
                  onClose={() => onChange({ ...value, form: null, allowUnknown: false })}
                  data-testid="export-form-name"
                >
                  {value.form.name}
                </Tag>
              )}
            </Space>
          </div>
          {scanning && <Spin size="small" />}
          {scanError && <Alert type="error" showIcon message={scanError} data-testid="export-form-error" />}
          {scan && (
            <div data-testid="export-form-scan">
              <Typography.Text strong>{fmt(L.knownCount, { n: scan.known.length })}</Typography.Text>
              <div style={{ margin: '6px 0' }}>
                {scan.known.map((k) => (
                  <Tag key={k.key} color={k.value ? 'green' : 'gold'} title={k.value || L.noValue}>
                    {`{{${k.key}}}`}
                    {k.value ? ` → ${k.value.length > 24 ? `${k.value.slice(0, 24)}…` : k.value}` : L.blank}
                  </Tag>
                ))}
              </div>
              {scan.blanks.length > 0 && (
                <BlankPreview
                  blanks={scan.blanks}
                  overrides={value.overrides}
                  onOverride={(id, key) => void override(id, key)}
                />
              )}
              {scan.unknown.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="export-form-unknown"
                  message={fmt(L.unknown, {
                    list: scan.unknown.map((k) => `{{${k}}}`).join(L.listSep),
                  })}
                  description={
                    <Checkbox
                      checked={value.allowUnknown}
                      onChange={(e) => onChange({ ...value, allowUnknown: e.target.checked })}
                      data-testid="export-allow-unknown"
                    >
                      {L.keepUnknown}
                    </Checkbox>
                  }
                />
              )}
            </div>
          )}
        </>
      )}
    </Space>
  )
}

/** The start button stays disabled while an uploaded form has unknown placeholders the user has not accepted. */
export function canStart(o: ExportOptions): boolean {
  return !o.form || o.form.scan.unknown.length === 0 || o.allowUnknown
}
