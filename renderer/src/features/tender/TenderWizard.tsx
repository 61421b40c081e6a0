import { ArrowUpOutlined, DeleteOutlined, FileAddOutlined } from '@ant-design/icons'
import { Alert, Button, List, Modal, Space, Spin, Steps, Tabs, Tag, Typography } from 'antd'
import { useRef, useState } from 'react'
import type { TenderPreview } from '@shared/contract/tender'
import type { FactField } from '@shared/domain/tender/proposal'
import { call } from '@renderer/api/client'
import { bufferToBase64 } from '@renderer/api/files'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
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
import { acceptedProposal, initReview, type ReviewState } from './review-model'
import { errorMessage } from '@renderer/api/error-text'

interface Props {
  /** Update this bid; without it the import creates a new bid. */
  bidId?: string
  onCancel(): void
  onApplied(r: { bidId: string; created: boolean }): void
}

/**
 * 导入招标文件: choose the tender and its amendments (order = later wins), read them in the import worker, review
 * every item beside its excerpt (accept / edit / reject; on a re-import, against the bid), then write what was
 * accepted. Nothing is written before the last step.
 */
export function TenderWizard({ bidId, onCancel, onApplied }: Props) {
  const { pick } = useI18n()
  const L = useLabels(TI)
  const input = useRef<HTMLInputElement>(null)
  const [files, setFiles] = useState<{ name: string; base64: string }[]>([])
  const [preview, setPreview] = useState<TenderPreview | null>(null)
  const [state, setState] = useState<ReviewState | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const fail = (e: unknown) => setError(pick(errorMessage(e)))

  const read = async () => {
    setBusy(true)
    setError(null)
    try {
      const p = await call('tender.importPreview', {
        files: files.map((f) => ({ name: f.name, dataBase64: f.base64 })),
        ...(bidId ? { bidId } : {}),
      })
      setPreview(p)
      setState(initReview(p))
    } catch (e) {
      fail(e)
    } finally {
      setBusy(false)
    }
  }

  const apply = async () => {
    if (!preview || !state) return
    const proposal = acceptedProposal(preview, state)
    if (!bidId && !proposal.facts.title) return setError(L.needTitle)
    setBusy(true)
    setError(null)
    try {
      const r = await call('tender.importApply', { proposal, ...(bidId ? { bidId } : {}) })
      onApplied(r)
    } catch (e) {
      fail(e)
    } finally {
      setBusy(false)
    }
  }

  const setFact = (field: FactField, patch: { accepted?: boolean; value?: unknown }) =>
    setState((s) => s && { ...s, facts: { ...s.facts, [field]: { ...s.facts[field]!, ...patch } } })
  const set = (fn: (s: ReviewState) => ReviewState) => setState((s) => s && fn(s))

  const step = preview ? 1 : 0
  const nFacts = state ? Object.keys(state.facts).length : 0

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
          {preview && <Button onClick={() => (setPreview(null), setState(null))}>{L.back}</Button>}
          {preview ? (
            <Button type="primary" loading={busy} onClick={() => void apply()} data-testid="tender-apply">
              {bidId ? L.applyUpdate : L.applyNew}
            </Button>
          ) : (
            <Button
              type="primary"
              loading={busy}
              disabled={files.length === 0}
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
        current={step}
        items={[{ title: L.stepFiles }, { title: L.stepReview }]}
        style={{ marginBottom: 12 }}
      />
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} data-testid="tender-error" />
      )}
      {!preview && (
        <Spin spinning={busy} tip={L.reading}>
          <Typography.Paragraph type="secondary">{L.filesHelp}</Typography.Paragraph>
          <Button icon={<FileAddOutlined />} onClick={() => input.current?.click()}>
            {L.chooseFiles}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            multiple
            accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            data-testid="tender-file"
            onChange={(e) => {
              const chosen = [...(e.target.files ?? [])]
              e.target.value = ''
              void Promise.all(
                chosen.map(async (f) => ({ name: f.name, base64: bufferToBase64(await f.arrayBuffer()) })),
              ).then((add) => setFiles((old) => [...old, ...add]))
            }}
          />
          <List
            style={{ marginTop: 8 }}
            dataSource={files}
            renderItem={(f, i) => (
              <List.Item
                data-testid={`tender-file-${i}`}
                actions={[
                  <Button
                    key="up"
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={i === 0}
                    title={L.up}
                    onClick={() =>
                      setFiles((fs) => fs.map((x, j) => (j === i - 1 ? fs[i] : j === i ? fs[i - 1] : x)))
                    }
                  />,
                  <Button
                    key="rm"
                    size="small"
                    icon={<DeleteOutlined />}
                    title={L.remove}
                    onClick={() => setFiles((fs) => fs.filter((_, j) => j !== i))}
                  />,
                ]}
              >
                <Tag color={i === 0 ? 'blue' : 'orange'}>
                  {i === 0 ? L.roleTender : fmt(L.roleAmendment, { n: i })}
                </Tag>{' '}
                {f.name}
              </List.Item>
            )}
          />
        </Spin>
      )}
      {preview && state && (
        <Tabs
          items={[
            {
              key: 'facts',
              label: fmt(L.tabFacts, { n: nFacts }),
              children: <ReviewFacts preview={preview} state={state} setFact={setFact} />,
            },
            {
              key: 'requirements',
              label: (
                <span data-testid="tab-tender-requirements">
                  {fmt(L.tabRequirements, { n: state.requirements.length })}
                </span>
              ),
              children: <ReviewRequirements preview={preview} state={state} set={set} />,
            },
            {
              key: 'scoring',
              label: <span data-testid="tab-tender-scoring">{L.tabScoring}</span>,
              children: <ReviewScoring preview={preview} state={state} set={set} />,
            },
            {
              key: 'veto',
              label: fmt(L.tabVeto, { n: state.veto.length }),
              children: <ReviewVeto preview={preview} state={state} set={set} />,
            },
            {
              key: 'forms',
              label: <span data-testid="tab-tender-forms">{fmt(L.tabForms, { n: state.forms.length })}</span>,
              children: <ReviewForms preview={preview} state={state} set={set} />,
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
