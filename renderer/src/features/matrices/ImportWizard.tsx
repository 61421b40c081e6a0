import { bufferToBase64 } from '@renderer/api/files'
import { UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Input, Modal, Radio, Space, Tabs, Typography } from 'antd'
import { useMemo, useRef, useState } from 'react'
import { XLSX_FILE } from '@shared/contract/define'
import type { ImportPreview } from '@shared/contract/matrices'
import { parsePastedTable, splitTsv } from '@shared/domain/matrices/import'
import { PriceRuleSchema, type Matrix } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import { applyImport, draftToItems, validateDraft, type DraftItem } from './merge'
import { ImportPreviewView, type Overrides } from './ImportPreviewView'
import { IMPORT } from './labels'
import { errorMessage } from '@renderer/api/error-text'
import { FormError } from '@renderer/components/FormError'
import { usePickedFile } from '@renderer/hooks/usePickedFile'

type Target = 'replace' | 'append' | 'new'

/** A pasted table previewed the same way as a file: detection (or why none) plus the grid. */
function pastePreview(text: string, o: Overrides, sheetName: string): ImportPreview {
  const rows = splitTsv(text)
  const base = {
    sheets: [sheetName],
    sheet: sheetName,
    grid: rows.slice(0, 40).map((r) => r.slice(0, 12)),
    rowCount: rows.length,
  }
  try {
    const detection = parsePastedTable(text, { headerRow: o.headerRow, columns: o.columns })
    return { ...base, detection, problem: null }
  } catch (e) {
    return { ...base, detection: null, problem: errorMessage(e) }
  }
}

export interface ImportWizardProps {
  matrix: Matrix
  onCancel(): void
  /** Replace or append into the open matrix: the page's editor saves it. */
  onApply(next: Matrix): void
}

/**
 * Import of the tender's scoring table from an .xlsx (read on the server behind the import guard) or
 * from text pasted out of Excel. The user sees what was detected, corrects sheet, header row and
 * columns, fixes rows, and saves into this matrix or as a new one.
 */
export function ImportWizard({ matrix, onCancel, onApply }: ImportWizardProps) {
  const { pick } = useI18n()
  const L = useLabels(IMPORT)
  const [source, setSource] = useState<'xlsx' | 'paste' | 'manual'>('xlsx')
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null)
  const [paste, setPaste] = useState('')
  const [overrides, setOverridesState] = useState<Overrides>({})
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [drafts, setDrafts] = useState<DraftItem[]>([])
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const picked = usePickedFile(XLSX_FILE)
  const [error, setError] = useState<string | null>(null)
  const [target, setTarget] = useState<Target>('replace')
  const [newTitle, setNewTitle] = useState(() => fmt(L.newTitle, { title: matrix.title }))
  const problems = useMemo(() => validateDraft(drafts), [drafts])
  const blocking = problems.some((p) => p.severity === 'error')

  const show = (p: ImportPreview) => {
    setPreview(p)
    setDrafts(
      p.detection
        ? p.detection.items.map(({ category, name, maxPoints, criteria, kind }) => ({
            category,
            name,
            maxPoints,
            criteria,
            kind,
          }))
        : [],
    )
  }

  const detect = async (o: Overrides, f = file, text = paste, src = source) => {
    setError(null)
    if (src === 'paste') {
      if (!text.trim()) return setError(L.pasteFirst)
      return show(pastePreview(text, o, L.pastedSheet))
    }
    if (!f) return
    setBusy(true)
    try {
      show(await call('matrices.importPreview', { dataBase64: f.base64, ...o }))
    } catch (e) {
      setPreview(null)
      setError(pick(errorMessage(e)))
    } finally {
      setBusy(false)
    }
  }

  // Another sheet is a new start: detect at once, without the corrections made for the old one.
  const setOverrides = (o: Overrides) => {
    setOverridesState(o)
    if (o.sheet !== overrides.sheet) void detect(o)
  }

  const save = async () => {
    if (!preview?.detection) return
    const rule = preview.detection.priceRule
    if (target !== 'new') return onApply(applyImport(matrix, drafts, rule, target))
    setBusy(true)
    try {
      const created = await call('matrices.create', {
        title: newTitle.trim() || fmt(L.newTitle, { title: matrix.title }),
        init: {
          bidId: matrix.bidId,
          procurementCategory: matrix.procurementCategory,
          bidders: matrix.bidders,
          ourPrice: matrix.ourPrice,
          items: draftToItems(drafts),
          priceRule: PriceRuleSchema.parse({ ...matrix.priceRule, ...(rule ?? {}) }),
        },
      })
      onCancel()
      navigate('matrices', created.id)
    } catch (e) {
      setError(pick(errorMessage(e)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      width={1180}
      title={L.title}
      onCancel={onCancel}
      footer={
        source === 'manual' ? null : (
          <Space>
            <Radio.Group
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              data-testid="import-target"
            >
              <Radio value="replace">{L.replace}</Radio>
              <Radio value="append">{L.append}</Radio>
              <Radio value="new">{L.asNew}</Radio>
            </Radio.Group>
            {target === 'new' && (
              <Input
                style={{ width: 240 }}
                value={newTitle}
                onChange={(e) => setNewTitle(e.target.value)}
                data-testid="import-new-title"
              />
            )}
            <Button onClick={onCancel}>{L.cancel}</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={!preview?.detection || drafts.length === 0 || blocking}
              title={blocking ? L.fixFirst : undefined}
              onClick={() => void save()}
              data-testid="import-save"
            >
              {fmt(L.save, { n: drafts.length })}
            </Button>
          </Space>
        )
      }
    >
      <Tabs
        activeKey={source}
        onChange={(k) => {
          setSource(k as typeof source)
          setPreview(null)
          setDrafts([])
          setOverridesState({})
          setError(null)
        }}
        items={[
          {
            key: 'xlsx',
            label: L.tabXlsx,
            children: (
              <>
                <Space>
                  <Button icon={<UploadOutlined />} onClick={() => fileInput.current?.click()}>
                    {L.chooseXlsx}
                  </Button>
                  <input
                    ref={fileInput}
                    type="file"
                    hidden
                    accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    data-testid="matrix-import-file"
                    onChange={(e) => {
                      const f = e.target.files?.[0]
                      e.target.value = ''
                      if (!f) return
                      // A file that is not an .xlsx the server accepts is refused here, never read or sent.
                      setFile(null)
                      setPreview(null)
                      setDrafts([])
                      setOverridesState({})
                      void picked.pick(f).then(async (ok) => {
                        if (!ok) return
                        const next = { name: f.name, base64: bufferToBase64(await f.arrayBuffer()) }
                        setFile(next)
                        void detect({}, next)
                      })
                    }}
                  />
                  <Typography.Text
                    type={picked.error ? 'danger' : undefined}
                    data-testid="matrix-import-name"
                  >
                    {picked.picked?.name ?? L.xlsxHint}
                  </Typography.Text>
                </Space>
                <FormError m={picked.error} testId="matrix-import-file-error" />
              </>
            ),
          },
          {
            key: 'paste',
            label: L.tabPaste,
            children: (
              <div>
                <Input.TextArea
                  rows={5}
                  placeholder={L.pastePlaceholder}
                  value={paste}
                  data-testid="matrix-paste"
                  onChange={(e) => setPaste(e.target.value)}
                />
                <Button
                  style={{ marginTop: 8 }}
                  onClick={() => void detect({}, file, paste, 'paste')}
                  data-testid="paste-detect"
                >
                  {L.detect}
                </Button>
              </div>
            ),
          },
          {
            key: 'manual',
            label: L.tabManual,
            children: (
              <div>
                <Typography.Paragraph>{L.manualHelp}</Typography.Paragraph>
                <Button type="primary" onClick={onCancel}>
                  {L.goManual}
                </Button>
              </div>
            ),
          },
        ]}
      />
      {error && (
        <Alert type="error" showIcon message={error} data-testid="import-error" style={{ marginBottom: 8 }} />
      )}
      {preview && source !== 'manual' && (
        <ImportPreviewView
          preview={preview}
          overrides={overrides}
          setOverrides={setOverrides}
          redetect={() => void detect(overrides)}
          busy={busy}
          drafts={drafts}
          setDrafts={setDrafts}
          problems={problems}
        />
      )}
    </Modal>
  )
}
