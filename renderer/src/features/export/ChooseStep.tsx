import { FileWordOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Checkbox, Radio, Space, Spin, Tag, Typography, Upload } from 'antd'
import { useEffect, useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { BUYER_FORM_FILE, pickedFileIssue } from '@shared/contract/define'
import { CopySchema, ExportFormatSchema, type FormScan } from '@shared/contract/export'
import type { Lang } from '@shared/i18n'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { fileToBase64 } from '@renderer/api/files'
import { BlankPreview } from './BlankPreview'
import { COPY, L as LABELS } from './labels'
import { errorMessage } from '@renderer/api/error-text'
import { FormError } from '@renderer/components/FormError'
import { errorsByPath } from '@renderer/hooks/zod-resolver'
import { PickedFileSchema, pickedFileRule } from '@renderer/hooks/usePickedFile'

/** The choose step as a form: what to export and how; a refused file or an unaccepted unknown is said at its field. */
export const ExportForm = z.object({
  format: ExportFormatSchema,
  copy: CopySchema,
  /** The file last picked for the buyer's form (kept when refused, so the message stays until it is removed). */
  picked: PickedFileSchema.nullable(),
  form: z.custom<{ name: string; base64: string; scan: FormScan } | null>(),
  allowUnknown: z.boolean(),
  /** Word: write the 目录 / 评分索引表 page numbers (LibreOffice layout). */
  pages: z.boolean(),
  /** Buyer form blanks: id → the field chosen in the preview, or null to leave it blank. */
  overrides: z.record(z.string(), z.string().nullable()),
})
export type ExportOptions = z.infer<typeof ExportForm>

export const DEFAULT_OPTIONS: ExportOptions = {
  format: 'docx',
  copy: '正本',
  picked: null,
  form: null,
  allowUnknown: false,
  pages: true,
  overrides: {},
}

/**
 * A picked buyer form must be a .docx the server accepts (the contract's limit), and a form with placeholders
 * the bid cannot fill is exported only once the user says to keep them (the server refuses it otherwise).
 */
export function exportRules(v: ExportOptions, lang: Lang): Record<string, string> {
  if (v.format !== 'docx') return {}
  const out = pickedFileRule('picked', v.picked, BUYER_FORM_FILE, lang)
  if (v.form && v.form.scan.unknown.length > 0 && !v.allowUnknown)
    out.allowUnknown = LABELS.needKeepUnknown[lang === 'zh' ? 0 : 1]
  return out
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

/** What to export: Word (正本/副本, optionally into the buyer's own form) or the Excel tables. */
export function ChooseStep({ bidId, form }: { bidId: string; form: UseFormReturn<ExportOptions> }) {
  const { lang, pick } = useI18n()
  const L = useLabels(LABELS)
  const [scanning, setScanning] = useState(false)
  const [scanError, setScanError] = useState<string | null>(null)
  const libreOffice = useLibreOffice()
  const value = useWatch({ control: form.control }) as ExportOptions
  const errors = errorsByPath(form.formState.errors)
  const opt = { shouldValidate: true, shouldDirty: true }

  const pickForm = async (file: File) => {
    setScanError(null)
    // A refused file is kept as picked, with the reason at the field; it is never read or sent.
    form.setValue('picked', { name: file.name, size: file.size }, opt)
    form.setValue('form', null, opt)
    form.setValue('allowUnknown', false, opt)
    form.setValue('overrides', {}, opt)
    if (pickedFileIssue(file, BUYER_FORM_FILE)) return
    setScanning(true)
    try {
      const base64 = await fileToBase64(file)
      const scan = await call('export.scanForm', { bidId, dataBase64: base64, copy: value.copy })
      form.setValue('form', { name: file.name, base64, scan }, opt)
    } catch (e) {
      setScanError(pick(errorMessage(e)))
    } finally {
      setScanning(false)
    }
  }
  const removeForm = () => {
    setScanError(null)
    form.setValue('picked', null, opt)
    form.setValue('form', null, opt)
    form.setValue('allowUnknown', false, opt)
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
      form.setValue('form', { ...value.form, scan: next }, opt)
      form.setValue('overrides', overrides, opt)
    } catch (e) {
      setScanError(pick(errorMessage(e)))
    } finally {
      setScanning(false)
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Radio.Group
        value={value.format}
        onChange={(e) => {
          form.setValue('format', e.target.value as ExportOptions['format'], opt)
          removeForm()
        }}
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
            onChange={(e) => form.setValue('copy', e.target.value as ExportOptions['copy'], opt)}
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
          onChange={(e) => form.setValue('pages', e.target.checked, opt)}
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
              {value.picked && (
                <Tag
                  icon={<FileWordOutlined />}
                  color={errors.picked ? 'error' : undefined}
                  closable
                  onClose={removeForm}
                  data-testid="export-form-name"
                >
                  {value.picked.name}
                </Tag>
              )}
            </Space>
            <FormError m={errors.picked ?? scanError ?? undefined} testId="export-form-error" />
          </div>
          {scanning && <Spin size="small" />}
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
                    <>
                      <Checkbox
                        checked={value.allowUnknown}
                        onChange={(e) => form.setValue('allowUnknown', e.target.checked, opt)}
                        data-testid="export-allow-unknown"
                      >
                        {L.keepUnknown}
                      </Checkbox>
                      <FormError m={errors.allowUnknown} testId="export-allow-unknown-error" />
                    </>
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
