import { CheckCircleFilled, DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Progress, Space, Typography } from 'antd'
import { useState } from 'react'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { downloadBase64, formatBytes } from '@renderer/api/files'
import { L as LABELS } from './labels'
import type { ExportJob } from './useExportJob'
import { errorMessage } from '@renderer/api/error-text'

/** A running export: progress with the part being written, cancel; then the saved file with a download. */
export function JobStep({ jobId, job }: { jobId: string; job: ExportJob }) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  const [downloading, setDownloading] = useState(false)
  const [dlError, setDlError] = useState<string | null>(null)
  const s = job.status

  const download = async () => {
    setDownloading(true)
    setDlError(null)
    try {
      const f = await call('export.download', { jobId })
      downloadBase64(f.dataBase64, f.fileName)
    } catch (e) {
      setDlError(pick(errorMessage(e)))
    } finally {
      setDownloading(false)
    }
  }

  if (job.error)
    return (
      <Alert
        type="error"
        showIcon
        message={pick({ zh: job.error.zh, en: job.error.en })}
        data-testid="export-error"
      />
    )
  if (!s || s.state === 'running') {
    const percent = s && s.total > 0 ? Math.floor((s.done / s.total) * 100) : 0
    return (
      <div data-testid="export-running">
        <Progress percent={percent} status="active" data-testid="export-progress" />
        <Typography.Text type="secondary" data-testid="export-label">
          {s && s.total > 0 ? fmt(L.progress, { label: s.label, done: s.done, total: s.total }) : L.preparing}
        </Typography.Text>
        <div style={{ marginTop: 12 }}>
          <Button
            danger
            onClick={() => void job.cancel()}
            loading={job.cancelling}
            data-testid="export-cancel"
          >
            {L.cancelExport}
          </Button>
        </div>
      </div>
    )
  }
  if (s.state === 'cancelled')
    return <Alert type="info" showIcon data-testid="export-cancelled" message={L.cancelled} />
  if (s.state === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        data-testid="export-failed"
        message={L.failed}
        description={s.error ? pick(s.error.message) : undefined}
      />
    )
  const r = s.result!
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="export-done">
      <Progress percent={100} />
      <Typography.Text>
        <CheckCircleFilled style={{ color: '#52c41a', marginRight: 6 }} />
        {L.done}
        <Typography.Text strong data-testid="export-file-name">
          {r.fileName}
        </Typography.Text>
        {` (${formatBytes(r.bytes)})`}
      </Typography.Text>
      <Typography.Text type="secondary">
        {L.savedTo}
        <Typography.Text copyable code data-testid="export-path">
          {r.path}
        </Typography.Text>
      </Typography.Text>
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        onClick={() => void download()}
        loading={downloading}
        data-testid="export-download"
      >
        {L.download}
      </Button>
      {r.pageNumbers === 'libreoffice' && (
        <Typography.Text type="success" data-testid="export-pages-written">
          {fmt(L.pagesWritten, { n: r.pageCount ?? '?' })}
        </Typography.Text>
      )}
      {dlError && <Alert type="error" showIcon message={dlError} />}
      {r.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="export-warnings"
          message={fmt(L.warnings, { n: r.warnings.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {r.warnings.map((w, i) => (
                <li key={i}>{pick(w)}</li>
              ))}
            </ul>
          }
        />
      )}
    </Space>
  )
}
