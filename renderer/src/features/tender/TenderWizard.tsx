import { Alert, Button, Modal, Space, Spin, Steps, Tabs, Typography } from 'antd'
import { useMemo, useState, type ReactNode } from 'react'
import type { TenderPreview } from '@shared/contract/tender'
import { call } from '@renderer/api/client'
import { fileToBase64 } from '@renderer/api/files'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import type { Binder } from '@renderer/components/fields'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { errorsByPath } from '@renderer/hooks/zod-resolver'
import { FilesForm, filesRules, FilesStep } from './FilesStep'
import { TI } from './labels'
import { ReviewFacts } from './ReviewFacts'
import {
  ReviewChanges,
  ReviewForms,
  ReviewRequirements,
  ReviewScoring,
  ReviewVeto,
  ReviewWarnings,
} from './ReviewItems'
import { acceptedProposal, errorsPerTab, initReview, reviewSchema, type ReviewValues } from './review-model'
import { errorMessage } from '@renderer/api/error-text'

interface Props {
  /** Update this bid; without it the import creates a new bid. */
  bidId?: string
  onCancel(): void
  onApplied(r: { bidId: string; created: boolean }): void
}

const NO_REVIEW: ReviewValues = { facts: {}, requirements: [], scoring: false, veto: [], forms: [] }

/**
 * 导入招标文件: choose the tender and its amendments (order = later wins), read them in the import worker, review
 * every item beside its excerpt (accept / edit / reject; on a re-import, against the bid), then write what was
 * accepted. Both steps are forms on the shared schemas: a file that cannot be read, an emptied name or a count
 * out of range is said at its field, and nothing is read or written until the form accepts it.
 */
export function TenderWizard({ bidId, onCancel, onApplied }: Props) {
  const { pick } = useI18n()
  const L = useLabels(TI)
  const isNew = !bidId
  const files = useZodForm(FilesForm, { files: [] }, 'onChange', filesRules)
  const schema = useMemo(() => reviewSchema(isNew), [isNew])
  const review = useZodForm(schema, NO_REVIEW)
  const values = review.watch()
  const errors = errorsByPath(review.formState.errors)
  const perTab = errorsPerTab(errors)
  const [preview, setPreview] = useState<TenderPreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const fail = (e: unknown) => setError(pick(errorMessage(e)))

  const read = files.handleSubmit(async (v) => {
    setBusy(true)
    setError(null)
    try {
      const sent = await Promise.all(
        v.files.map(async (f) => ({ name: f.name, dataBase64: await fileToBase64(f.file) })),
      )
      const p = await call('tender.importPreview', { files: sent, ...(bidId ? { bidId } : {}) })
      review.reset(initReview(p, isNew))
      setPreview(p)
      // What the tender left wrong or empty (a new bid without its name) is said at once, not on first edit.
      void review.trigger()
    } catch (e) {
      fail(e)
    } finally {
      setBusy(false)
    }
  })

  const apply = review.handleSubmit(async (v) => {
    if (!preview) return
    setBusy(true)
    setError(null)
    try {
      const proposal = acceptedProposal(preview, v)
      onApplied(await call('tender.importApply', { proposal, ...(bidId ? { bidId } : {}) }))
    } catch (e) {
      fail(e)
    } finally {
      setBusy(false)
    }
  })

  // Every edit re-checks the whole review: accepting or rejecting an item changes which messages apply.
  const b: Binder<ReviewValues> = {
    doc: values,
    invalid: errors,
    set: (path, value) => {
      review.setValue(path, value, { shouldDirty: true })
      void review.trigger()
    },
  }
  const filesErrors = errorsByPath(files.formState.errors)
  const fileCount = files.watch('files').length
  /** A tab's label, marked with how many of its fields need a change. */
  const tab = (key: string, label: ReactNode) => (
    <span>
      {label}
      {perTab[key] ? (
        <Typography.Text type="danger" data-testid={`tab-errors-${key}`}>
          {' '}
          {fmt(L.tabErrors, { n: perTab[key] })}
        </Typography.Text>
      ) : null}
    </span>
  )
  const nFacts = Object.keys(values.facts).length

  return (
    <Modal
      open
      width={1280}
      title={bidId ? L.titleUpdate : L.titleNew}
      onCancel={onCancel}
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onCancel}>{L.cancel}</Button>
          {preview && <Button onClick={() => (setPreview(null), review.reset(NO_REVIEW))}>{L.back}</Button>}
          {preview ? (
            <Button
              type="primary"
              loading={busy}
              disabled={Object.keys(errors).length > 0}
              title={Object.keys(errors).length > 0 ? L.fixFirst : undefined}
              onClick={() => void apply()}
              data-testid="tender-apply"
            >
              {bidId ? L.applyUpdate : L.applyNew}
            </Button>
          ) : (
            <Button
              type="primary"
              loading={busy}
              disabled={fileCount === 0 || Object.keys(filesErrors).length > 0}
              onClick={() => void read()}
              data-testid="tender-read"
            >
              {L.read}
            </Button>
          )}
        </Space>
      }
    >
      <Steps
        size="small"
        current={preview ? 1 : 0}
        items={[{ title: L.stepFiles }, { title: L.stepReview }]}
        style={{ marginBottom: 12 }}
      />
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} data-testid="tender-error" />
      )}
      {!preview && (
        <Spin spinning={busy} tip={L.reading}>
          <FilesStep form={files} />
        </Spin>
      )}
      {preview && (
        <Tabs
          items={[
            {
              key: 'facts',
              label: tab('facts', fmt(L.tabFacts, { n: nFacts })),
              children: <ReviewFacts preview={preview} b={b} isNew={isNew} />,
            },
            {
              key: 'requirements',
              label: tab(
                'requirements',
                <span data-testid="tab-tender-requirements">
                  {fmt(L.tabRequirements, { n: values.requirements.length })}
                </span>,
              ),
              children: <ReviewRequirements preview={preview} b={b} />,
            },
            {
              key: 'scoring',
              label: <span data-testid="tab-tender-scoring">{L.tabScoring}</span>,
              children: <ReviewScoring preview={preview} b={b} />,
            },
            {
              key: 'veto',
              label: fmt(L.tabVeto, { n: values.veto.length }),
              children: <ReviewVeto preview={preview} b={b} />,
            },
            {
              key: 'forms',
              label: tab(
                'forms',
                <span data-testid="tab-tender-forms">{fmt(L.tabForms, { n: values.forms.length })}</span>,
              ),
              children: <ReviewForms preview={preview} b={b} />,
            },
            {
              key: 'changes',
              label: fmt(L.tabChanges, { n: preview.import.changes.length }),
              children: <ReviewChanges preview={preview} />,
            },
            {
              key: 'warnings',
              label: (
                <span data-testid="tab-tender-warnings">
                  {fmt(L.tabWarnings, { n: preview.import.warnings.length })}
                </span>
              ),
              children: <ReviewWarnings preview={preview} />,
            },
          ]}
        />
      )}
    </Modal>
  )
}
