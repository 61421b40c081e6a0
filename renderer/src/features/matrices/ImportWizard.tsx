import { bufferToBase64 } from '@renderer/api/files'
import { UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Input, Modal, Radio, Space, Tabs, Typography } from 'antd'
import { useRef, useState } from 'react'
import {
  Controller,
  useWatch,
  type FieldPath,
  type FieldPathValue,
  type UseFormReturn,
} from 'react-hook-form'
import { XLSX_FILE } from '@shared/contract/define'
import type { ImportPreview } from '@shared/contract/matrices'
import { draftsOf, parsePastedTable, splitTsv } from '@shared/domain/matrices/import'
import { PriceRuleSchema, type Matrix } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import { applyImport, draftToItems } from './merge'
import { ImportPreviewView } from './ImportPreviewView'
import {
  DetectForm,
  NO_CORRECTIONS,
  overridesOf,
  SaveForm,
  type DetectValues,
  type SaveValues,
  type Source,
  type Target,
} from './import-form'
import { IMPORT } from './labels'
import { errorMessage } from '@renderer/api/error-text'
import { FormError } from '@renderer/components/FormError'
import { usePickedFile } from '@renderer/hooks/usePickedFile'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { errorsByPath } from '@renderer/hooks/zod-resolver'

/** A pasted table previewed the same way as a file: detection (or why none) plus the grid. */
function pastePreview(text: string, o: ReturnType<typeof overridesOf>, sheetName: string): ImportPreview {
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
 * columns, fixes rows, and saves into this matrix or as a new one. Both steps are forms (import-form.ts):
 * what is wrong is said at its field and nothing is read or saved until the form accepts it.
 */
export function ImportWizard({ matrix, onCancel, onApply }: ImportWizardProps) {
  const { pick } = useI18n()
  const L = useLabels(IMPORT)
  const detect = useZodForm(DetectForm, { source: 'xlsx', paste: '', ...NO_CORRECTIONS })
  const save = useZodForm(SaveForm, {
    target: 'replace',
    newTitle: fmt(L.newTitle, { title: matrix.title }),
    items: [],
  })
  const source = useWatch({ control: detect.control, name: 'source' })
  const target = useWatch({ control: save.control, name: 'target' })
  const count = useWatch({ control: save.control, name: 'items' }).length
  const saveErrors = errorsByPath(save.formState.errors)
  const blocking = Object.keys(saveErrors).length > 0
  // The file itself stays out of the forms (like the requirements import): its bytes, read once it is accepted.
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const picked = usePickedFile(XLSX_FILE)
  /** A save the server refused (the rows and the name were accepted by the form). */
  const [error, setError] = useState<string | null>(null)

  // A new detection starts the rows afresh; what it left wrong (points it could not read) is said at once.
  const show = (p: ImportPreview | null) => {
    setPreview(p)
    save.reset({ ...save.getValues(), items: p?.detection ? draftsOf(p.detection.items) : [] })
    if (p) void save.trigger()
  }

  const read = async (v: DetectValues, f: typeof file) => {
    setError(null)
    if (v.source === 'paste') return show(pastePreview(v.paste, overridesOf(v), L.pastedSheet))
    if (!f) return
    setBusy(true)
    try {
      show(await call('matrices.importPreview', { dataBase64: f.base64, ...overridesOf(v) }))
    } catch (e) {
      // What the server cannot read is the file's problem: said at the picker.
      show(null)
      picked.refuse(pick(errorMessage(e)))
    } finally {
      setBusy(false)
    }
  }
  const detectNow = (f = file) => detect.handleSubmit((v) => read(v, f))()

  /** Back to what the detection decides (a new file, another sheet, another tab), then read if asked. */
  const restart = (patch: Partial<DetectValues>) =>
    detect.reset({ ...detect.getValues(), ...NO_CORRECTIONS, ...patch })

  const submit = save.handleSubmit(async (v) => {
    if (!preview?.detection) return
    const rule = preview.detection.priceRule
    if (v.target !== 'new') return onApply(applyImport(matrix, v.items, rule, v.target))
    setBusy(true)
    setError(null)
    try {
      const created = await call('matrices.create', {
        title: v.newTitle.trim(),
        init: {
          bidId: matrix.bidId,
          procurementCategory: matrix.procurementCategory,
          bidders: matrix.bidders,
          ourPrice: matrix.ourPrice,
          items: draftToItems(v.items),
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
  })
  const setSave = <P extends FieldPath<SaveValues>>(name: P, value: FieldPathValue<SaveValues, P>) => {
    save.setValue(name, value, { shouldDirty: true })
    void save.trigger()
  }

  return (
    <Modal
      open
      width={1180}
      title={L.title}
      onCancel={onCancel}
      footer={
        source === 'manual' ? null : (
          <Space align="start">
            <Radio.Group
              value={target}
              onChange={(e) => setSave('target', e.target.value as Target)}
              data-testid="import-target"
            >
              <Radio value="replace">{L.replace}</Radio>
              <Radio value="append">{L.append}</Radio>
              <Radio value="new">{L.asNew}</Radio>
            </Radio.Group>
            {target === 'new' && (
              <div style={{ width: 240, textAlign: 'left' }}>
                <Controller
                  name="newTitle"
                  control={save.control}
                  render={({ field }) => (
                    <Input
                      value={field.value}
                      placeholder={L.newTitleLabel}
                      aria-label={L.newTitleLabel}
                      status={saveErrors.newTitle ? 'error' : undefined}
                      onChange={(e) => setSave('newTitle', e.target.value)}
                      onBlur={field.onBlur}
                      data-testid="import-new-title"
                    />
                  )}
                />
                <FormError m={saveErrors.newTitle} testId="import-new-title-error" />
              </div>
            )}
            <Button onClick={onCancel}>{L.cancel}</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={!preview?.detection || count === 0 || blocking}
              title={blocking ? L.fixFirst : undefined}
              onClick={() => void submit()}
              data-testid="import-save"
            >
              {fmt(L.save, { n: count })}
            </Button>
          </Space>
        )
      }
    >
      <Tabs
        activeKey={source}
        onChange={(k) => {
          restart({ source: k as Source })
          show(null)
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
                      show(null)
                      restart({})
                      void picked.pick(f).then(async (ok) => {
                        if (!ok) return
                        const next = { name: f.name, base64: bufferToBase64(await f.arrayBuffer()) }
                        setFile(next)
                        void detectNow(next)
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
            children: <PasteSource form={detect} onDetect={() => void detectNow()} />,
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
          detect={detect}
          redetect={() => void detectNow()}
          changeSheet={(sheet) => (restart({ sheet }), void detectNow())}
          busy={busy}
          save={save}
        />
      )}
    </Modal>
  )
}

/** The text pasted out of Excel; detecting with nothing pasted is refused at the text box. */
function PasteSource({ form, onDetect }: { form: UseFormReturn<DetectValues>; onDetect(): void }) {
  const L = useLabels(IMPORT)
  const message = errorsByPath(form.formState.errors).paste
  return (
    <div>
      <Controller
        name="paste"
        control={form.control}
        render={({ field }) => (
          <Input.TextArea
            rows={5}
            placeholder={L.pastePlaceholder}
            value={field.value}
            status={message ? 'error' : undefined}
            data-testid="matrix-paste"
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
          />
        )}
      />
      <FormError m={message} testId="matrix-paste-error" />
      <Button style={{ marginTop: 8 }} onClick={onDetect} data-testid="paste-detect">
        {L.detect}
      </Button>
    </div>
  )
}
