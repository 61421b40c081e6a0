import { FileWordOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Checkbox, Radio, Space, Spin, Tag, Typography, Upload } from 'antd'
import { useState } from 'react'
import type { FormScan } from '../../../../shared/contract/jobs'
import { ApiError, call } from '../../api/client'
import { useI18n } from '../../app/i18n'
import { fileToBase64 } from '../../api/files'

export interface ExportOptions {
  format: 'docx' | 'xlsx'
  copy: '正本' | '副本'
  form: { name: string; base64: string; scan: FormScan } | null
  allowUnknown: boolean
}

export const DEFAULT_OPTIONS: ExportOptions = {
  format: 'docx',
  copy: '正本',
  form: null,
  allowUnknown: false,
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
  const tr = (zh: string, en: string) => (lang === 'zh' ? zh : en)
  const [scanning, setScanning] = useState(false)
  const [scanError, setScanError] = useState<string | null>(null)

  const pickForm = async (file: File) => {
    setScanError(null)
    if (!/\.docx$/i.test(file.name)) {
      setScanError(
        tr('请选择 .docx 文件（Word 2007 及以上格式）', 'Choose a .docx file (Word 2007 or later)'),
      )
      return
    }
    if (file.size > MAX_FORM_BYTES) {
      setScanError(tr('文件超过 30 MB', 'The file is larger than 30 MB'))
      return
    }
    setScanning(true)
    try {
      const base64 = await fileToBase64(file)
      const scan = await call('export.scanForm', { bidId, dataBase64: base64, copy: value.copy })
      onChange({ ...value, form: { name: file.name, base64, scan }, allowUnknown: false })
    } catch (e) {
      setScanError(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
    } finally {
      setScanning(false)
    }
  }

  const scan = value.form?.scan
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Radio.Group
        value={value.format}
        onChange={(e) => onChange({ ...value, format: e.target.value, form: null, allowUnknown: false })}
        data-testid="export-format"
      >
        <Radio.Button value="docx">
          <span data-testid="export-format-docx">{tr('Word 投标文件', 'Word tender response')}</span>
        </Radio.Button>
        <Radio.Button value="xlsx">
          <span data-testid="export-format-xlsx">
            {tr('Excel 报价及偏离表', 'Excel quote & deviation tables')}
          </span>
        </Radio.Button>
      </Radio.Group>

      {value.format === 'docx' && (
        <>
          <Space>
            <Typography.Text>{tr('份别：', 'Copy: ')}</Typography.Text>
            <Radio.Group
              value={value.copy}
              onChange={(e) => onChange({ ...value, copy: e.target.value })}
              data-testid="export-copy"
            >
              <Radio value="正本">{tr('正本', 'Original (正本)')}</Radio>
              <Radio value="副本">{tr('副本', 'Copy (副本)')}</Radio>
            </Radio.Group>
          </Space>
          <div>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {tr(
                '可选：上传招标文件中的 Word 表单（含 {{项目名称}} 等占位符），按原格式填写；不上传则按标准表单生成完整投标文件。',
                'Optional: upload the buyer’s Word form (with placeholders such as {{项目名称}}) to fill it as-is; otherwise the full response is generated from the standard forms.',
              )}
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
                  {tr('上传招标方表单（.docx）', 'Upload the buyer’s form (.docx)')}
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
              <Typography.Text strong>
                {tr(
                  `识别到 ${scan.known.length} 个可填写的占位符`,
                  `${scan.known.length} placeholders will be filled`,
                )}
              </Typography.Text>
              <div style={{ margin: '6px 0' }}>
                {scan.known.map((k) => (
                  <Tag
                    key={k.key}
                    color={k.value ? 'green' : 'gold'}
                    title={k.value || tr('无值：印为空线', 'no value: blank line')}
                  >
                    {`{{${k.key}}}`}
                    {k.value
                      ? ` → ${k.value.length > 24 ? `${k.value.slice(0, 24)}…` : k.value}`
                      : tr('（空）', ' (blank)')}
                  </Tag>
                ))}
              </div>
              {scan.unknown.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="export-form-unknown"
                  message={tr(
                    `无法识别的占位符：${scan.unknown.map((k) => `{{${k}}}`).join('、')}`,
                    `Unknown placeholders: ${scan.unknown.map((k) => `{{${k}}}`).join(', ')}`,
                  )}
                  description={
                    <Checkbox
                      checked={value.allowUnknown}
                      onChange={(e) => onChange({ ...value, allowUnknown: e.target.checked })}
                      data-testid="export-allow-unknown"
                    >
                      {tr(
                        '保留未识别的占位符原样，继续填写其余部分',
                        'Keep them as they are and fill the rest',
                      )}
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
