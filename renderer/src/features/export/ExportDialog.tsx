import { Alert, Button, Modal, Space } from 'antd'
import { useState, type ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import type { Finding } from '@shared/domain/checks'
import { ApiError, call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { downloadBase64 } from '@renderer/api/files'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
import { ChooseStep, DEFAULT_OPTIONS, ExportForm, exportRules, type ExportOptions } from './ChooseStep'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { JobStep } from './JobStep'
import { L as LABELS } from './labels'
import { useExportJob } from './useExportJob'
import { VetoStep } from './VetoStep'
import { errorMessage } from '@renderer/api/error-text'

type Step = { kind: 'choose' } | { kind: 'veto'; findings: Finding[] } | { kind: 'job'; jobId: string }

export interface ExportDialogProps {
  bidId: string
  open: boolean
  onClose(): void
  /** Runs before the export starts, e.g. the bid editor's saveNow, so the checks see the latest edits. */
  beforeExport?: () => Promise<void>
  /** The user chose 返回修改: the dialog has closed; the page may jump to the first finding. */
  onGoBack?: (findings: Finding[]) => void
  /** The server saved a decision into the bid (its updatedAt moved): an open editor should reload it. */
  onBidChanged?: () => void
}

/** Export flow: choose → (否决风险 findings: go back or export anyway) → progress with cancel → download. */
export function ExportDialog({
  bidId,
  open,
  onClose,
  beforeExport,
  onGoBack,
  onBidChanged,
}: ExportDialogProps) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const form = useZodForm(ExportForm, DEFAULT_OPTIONS, 'onChange', exportRules)
  const options = useWatch({ control: form.control }) as ExportOptions
  const [busy, setBusy] = useState<null | 'start' | 'back' | 'checklist'>(null)
  const [error, setError] = useState<string | null>(null)
  const [checklistNote, setChecklistNote] = useState<string | null>(null)
  const job = useExportJob(step.kind === 'job' ? step.jobId : null)
  const running = step.kind === 'job' && (!job.status || job.status.state === 'running') && !job.error

  const reset = () => {
    setStep({ kind: 'choose' })
    setError(null)
    setBusy(null)
  }
  const close = () => {
    // Closing while it runs would leave an export nobody watches: cancel it (its partial file is removed).
    if (running) void job.cancel()
    reset()
    onClose()
  }

  // A refused pick or an unaccepted unknown placeholder is said at its field and nothing is sent.
  const start = (decision?: 'export-anyway') => void form.handleSubmit((o) => send(o, decision))()
  const send = async (options: ExportOptions, decision?: 'export-anyway') => {
    setBusy('start')
    setError(null)
    try {
      await beforeExport?.()
      const { jobId } = await call('export.start', {
        bidId,
        format: options.format,
        ...(options.format !== 'xlsx' ? { copy: options.copy } : {}),
        ...(options.format === 'docx' && options.form
          ? {
              buyerFormBase64: options.form.base64,
              allowUnknown: options.allowUnknown,
              overrides: options.overrides,
            }
          : {}),
        // Without LibreOffice the server still says where the page numbers are left (a warning).
        ...(options.format === 'docx' && !options.form ? { pages: options.pages } : {}),
        ...(decision ? { decision } : {}),
      })
      if (decision) onBidChanged?.()
      setStep({ kind: 'job', jobId })
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VETO_FINDINGS') {
        const findings = ((e.details as { findings?: Finding[] } | undefined)?.findings ?? []) as Finding[]
        setStep({ kind: 'veto', findings })
      } else setError(pick(errorMessage(e)))
    } finally {
      setBusy(null)
    }
  }

  const goBack = async (findings: Finding[]) => {
    setBusy('back')
    setError(null)
    try {
      await call('export.recordDecision', { bidId, choice: 'go-back' })
      onBidChanged?.()
      reset()
      onClose()
      onGoBack?.(findings)
    } catch (e) {
      setError(pick(errorMessage(e)))
      setBusy(null)
    }
  }

  // The 封装 checklist: from the same print and findings as `check --phase 封装`, for the people packing the bid.
  async function sealChecklist() {
    setBusy('checklist')
    setError(null)
    setChecklistNote(null)
    try {
      await beforeExport?.()
      const f = await call('checks.sealChecklist', { bidId })
      downloadBase64(f.dataBase64, f.fileName, DOCX_MIME)
      setChecklistNote(
        f.pdfPageCount === null
          ? L.checklistNoPages
          : L.checklistPages.replace('{n}', String(f.pdfPageCount)),
      )
    } catch (e) {
      setError(pick(errorMessage(e)))
    } finally {
      setBusy(null)
    }
  }

  let footer: ReactNode
  if (step.kind === 'choose')
    footer = (
      <Space>
        <Button
          onClick={() => void sealChecklist()}
          loading={busy === 'checklist'}
          title={L.sealChecklistHint}
          data-testid="export-seal-checklist"
        >
          {L.sealChecklist}
        </Button>
        <Button onClick={close}>{L.cancel}</Button>
        <Button type="primary" onClick={() => start()} loading={busy === 'start'} data-testid="export-start">
          {L.checkAndExport}
        </Button>
      </Space>
    )
  else if (step.kind === 'veto')
    footer = (
      <Space>
        <Button
          type="primary"
          onClick={() => void goBack(step.findings)}
          loading={busy === 'back'}
          disabled={busy === 'start'}
          data-testid="veto-back"
        >
          {L.goBack}
        </Button>
        <Button
          danger
          onClick={() => start('export-anyway')}
          loading={busy === 'start'}
          disabled={busy === 'back'}
          data-testid="veto-anyway"
        >
          {L.exportAnyway}
        </Button>
      </Space>
    )
  else
    footer = running ? null : (
      <Space>
        <Button onClick={reset} data-testid="export-again">
          {L.exportAgain}
        </Button>
        <Button type="primary" onClick={close} data-testid="export-close">
          {L.close}
        </Button>
      </Space>
    )

  return (
    <Modal
      open={open}
      title={L.title}
      onCancel={close}
      maskClosable={!running}
      footer={footer}
      width={options.form?.scan.blanks.length ? 1080 : 640}
      destroyOnHidden
      data-testid="export-dialog"
    >
      <div data-testid="export-dialog-body">
        {step.kind === 'choose' && <ChooseStep bidId={bidId} form={form} />}
        {step.kind === 'veto' && <VetoStep findings={step.findings} />}
        {step.kind === 'job' && <JobStep jobId={step.jobId} job={job} />}
        {step.kind === 'choose' && checklistNote && (
          <Alert
            type="info"
            showIcon
            message={checklistNote}
            style={{ marginTop: 12 }}
            data-testid="export-seal-checklist-note"
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            message={error}
            style={{ marginTop: 12 }}
            data-testid="export-start-error"
          />
        )}
      </div>
    </Modal>
  )
}
