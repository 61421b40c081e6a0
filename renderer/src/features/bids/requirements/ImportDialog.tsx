import { bufferToBase64 } from '../../../api/files'
import { UploadOutlined } from '@ant-design/icons'
import { Alert, Descriptions, Input, Modal, Table, Typography } from 'antd'
import { useState } from 'react'
import type { RequirementImportPreview } from '../../../../../shared/contract/bids'
import type { Requirement } from '../../../../../shared/schemas'
import { ApiError, call } from '../../../api/client'
import { useI18n } from '../../../app/i18n'

const FIELD_LABEL: Record<string, string> = {
  no: '序号',
  chapter: '章节',
  page: '页码',
  kind: '类型',
  star: '★',
  text: '招标要求',
  responseText: '响应',
  deviation: '偏离',
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
  const { pick } = useI18n()
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
      title="从 Excel 导入招标要求"
      okText={preview ? `追加 ${preview.requirements.length} 条` : '追加'}
      cancelText="取消"
      confirmLoading={busy}
      okButtonProps={
        { disabled: !preview || preview.requirements.length === 0, 'data-testid': 'import-ok' } as never
      }
      onCancel={onCancel}
      onOk={() => preview && onOk(preview.requirements)}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
        <label className="ant-btn ant-btn-default" style={{ cursor: 'pointer' }}>
          <UploadOutlined /> 选择 .xlsx 文件
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
          placeholder="工作表名（默认自动识别）"
          enterButton="重新读取"
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
            <Descriptions.Item label="工作表">{preview.sheet}</Descriptions.Item>
            <Descriptions.Item label="表头行">第 {preview.headerRow} 行</Descriptions.Item>
            <Descriptions.Item label="识别的列">
              {Object.entries(preview.columns)
                .map(([k, c]) => `${FIELD_LABEL[k] ?? k}=${colName(c)}列`)
                .join('，')}
            </Descriptions.Item>
          </Descriptions>
          {preview.problems.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="warning"
              showIcon
              message={`${preview.problems.length} 行未导入或有无法识别的值`}
              description={
                <div style={{ maxHeight: 100, overflow: 'auto' }}>
                  {preview.problems.slice(0, 100).map((p, i) => (
                    <div key={i}>
                      第 {p.row} 行：{pick(p)}
                    </div>
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
              { title: '序号', dataIndex: 'no', width: 70 },
              { title: '章节', render: (_, r) => r.source.chapter, width: 100 },
              { title: '类型', dataIndex: 'kind', width: 70 },
              { title: '★', render: (_, r) => (r.star ? '★' : ''), width: 40 },
              { title: '招标要求', dataIndex: 'text', ellipsis: true },
              { title: '响应', dataIndex: 'responseText', ellipsis: true, width: 200 },
            ]}
          />
        </>
      )}
    </Modal>
  )
}
