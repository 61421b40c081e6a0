import { CheckCircleFilled, DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Progress, Space, Typography } from 'antd'
import { useState } from 'react'
import { ApiError, call } from '../../api/client'
import { useI18n } from '../../app/i18n'
import { downloadBase64, formatBytes } from '../../api/files'
import type { ExportJob } from './useExportJob'

/** A running export: progress with the part being written, cancel; then the saved file with a download. */
export function JobStep({ jobId, job }: { jobId: string; job: ExportJob }) {
  const { lang, pick } = useI18n()
  const tr = (zh: string, en: string) => (lang === 'zh' ? zh : en)
  const [downloading, setDownloading] = useState(false)
  const [dlError, setDlError] = useState<string | null>(null)
  const s = job.status

  const download = async () => {
    setDownloading(true)
    setDlError(null)
    try {
      const f = await call('jobs.download', { jobId })
      downloadBase64(f.dataBase64, f.fileName)
    } catch (e) {
      setDlError(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
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
          {s && s.total > 0
            ? tr(`已完成：${s.label}（${s.done}/${s.total}）`, `Done: ${s.label} (${s.done}/${s.total})`)
            : tr('正在检查并准备…', 'Checking and preparing…')}
        </Typography.Text>
        <div style={{ marginTop: 12 }}>
          <Button
            danger
            onClick={() => void job.cancel()}
            loading={job.cancelling}
            data-testid="export-cancel"
          >
            {tr('取消导出', 'Cancel export')}
          </Button>
        </div>
      </div>
    )
  }
  if (s.state === 'cancelled')
    return (
      <Alert
        type="info"
        showIcon
        data-testid="export-cancelled"
        message={tr('已取消导出，未生成文件。', 'Export cancelled; no file was written.')}
      />
    )
  if (s.state === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        data-testid="export-failed"
        message={tr('导出失败', 'Export failed')}
        description={s.error ? pick(s.error.message) : undefined}
      />
    )
  const r = s.result!
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="export-done">
      <Progress percent={100} />
      <Typography.Text>
        <CheckCircleFilled style={{ color: '#52c41a', marginRight: 6 }} />
        {tr('导出完成：', 'Exported: ')}
        <Typography.Text strong data-testid="export-file-name">
          {r.fileName}
        </Typography.Text>
        {` (${formatBytes(r.bytes)})`}
      </Typography.Text>
      <Typography.Text type="secondary">
        {tr('已保存到：', 'Saved to: ')}
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
        {tr('下载', 'Download')}
      </Button>
      {dlError && <Alert type="error" showIcon message={dlError} />}
      {r.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="export-warnings"
          message={tr(`${r.warnings.length} 条提示`, `${r.warnings.length} warning(s)`)}
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
