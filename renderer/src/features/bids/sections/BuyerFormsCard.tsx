import { DeleteOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Select, Space, Tag, Typography } from 'antd'
import { useRef, useState } from 'react'
import { BUYER_FORM_FILE } from '@shared/contract/define'
import type { FormScan } from '@shared/contract/export'
import type { Bid } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { fileToBase64 } from '@renderer/api/files'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { AttachedBlanks } from './AttachedBlanks'
import { BUYER_FORMS } from './labels'
import { errorMessage } from '@renderer/api/error-text'
import { FormError } from '@renderer/components/FormError'
import { usePickedFile } from '@renderer/hooks/usePickedFile'

/** What the card needs from the bid's editor: save pending edits first, read the bid back after the server's change. */
export interface ServerEdits {
  saveNow(): Promise<void>
  reload(): Promise<void>
}

/**
 * The buyer's own forms kept with the bid (export.attachForm/mapForm/detachForm): each form of the uploaded
 * chapter, the section it is printed instead of (changeable, or not printed), and the blanks left for the hand.
 */
export function BuyerFormsCard({ bid, server }: { bid: Bid; server: ServerEdits }) {
  const t = useLabels(BUYER_FORMS)
  const { pick } = useI18n()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<{ at: string; message: string } | null>(null)
  const [last, setLast] = useState<{ name: string; scan: FormScan; matched: number } | null>(null)
  const file = usePickedFile(BUYER_FORM_FILE)
  /** The server's refusal of the change made at `at` (a file, a form row, a blank), said there. */
  const refused = (at: string) => (refusal?.at === at ? refusal.message : undefined)

  /**
   * Each control here is one immediate change (nothing typed waits for a save), so it is sent at once; `at` is
   * the row whose change it is, where a refusal is said (the picker says an upload's itself).
   */
  const run = async (
    fn: () => Promise<void>,
    at: string,
    onError = (message: string) => setRefusal({ at, message }),
  ) => {
    setBusy(true)
    setRefusal(null)
    try {
      await server.saveNow()
      await fn()
      await server.reload()
    } catch (e) {
      onError(pick(errorMessage(e)))
    } finally {
      setBusy(false)
    }
  }

  // A file that is not a .docx the server accepts is refused at the picker before it is read or sent.
  const upload = async (f: File) => {
    setLast(null)
    if (!(await file.pick(f))) return
    await run(
      async () => {
        const r = await call('export.attachForm', {
          bidId: bid.id,
          name: f.name,
          dataBase64: await fileToBase64(f),
        })
        file.clear()
        setLast({ name: f.name, scan: r.scan, matched: r.entry.forms.filter((x) => x.sectionId).length })
      },
      'upload',
      file.refuse,
    )
  }

  const sectionOptions = bid.sections.map((s) => ({ value: s.id, label: s.title || s.id }))
  const unfilled = last?.scan.blanks.filter((b) => b.status === 'unfilled') ?? []

  return (
    <Card
      size="small"
      title={t.title}
      style={{ marginTop: 12 }}
      data-testid="buyer-forms"
      extra={
        <>
          <input
            ref={input}
            type="file"
            accept=".docx"
            hidden
            data-testid="buyer-forms-file"
            onChange={(e) => {
              const f = e.target.files?.[0]
              e.target.value = ''
              if (f) void upload(f)
            }}
          />
          <Button
            size="small"
            icon={<UploadOutlined />}
            loading={busy}
            onClick={() => input.current?.click()}
          >
            {busy ? t.uploading : t.upload}
          </Button>
        </>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t.help}
      </Typography.Paragraph>
      {file.picked && (
        <div style={{ marginBottom: 8 }}>
          <Tag
            icon={<FileWordOutlined />}
            color={file.error ? 'error' : undefined}
            closable
            onClose={file.clear}
            data-testid="buyer-forms-picked"
          >
            {file.picked.name}
          </Tag>
          <FormError m={file.error} testId="buyer-forms-file-error" />
        </div>
      )}
      {last && (
        <Alert
          type={unfilled.length ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="buyer-forms-result"
          message={fmt(t.attached, {
            name: last.name,
            n: last.scan.forms.length,
            m: last.matched,
            u: unfilled.length,
          })}
          description={
            unfilled.length || last.scan.droppedPictures ? (
              <>
                {unfilled.length > 0 && (
                  <div>
                    {t.unfilled}
                    {unfilled.map((b) => `${pick(b.where)}“${b.label || '—'}”`).join('、')}
                  </div>
                )}
                {last.scan.droppedPictures > 0 && (
                  <div>{fmt(t.pictures, { n: last.scan.droppedPictures })}</div>
                )}
              </>
            ) : undefined
          }
        />
      )}
      {bid.buyerForms.length === 0 && <Typography.Text type="secondary">{t.none}</Typography.Text>}
      {bid.buyerForms.map((e) => (
        <div key={e.id} data-testid="buyer-form-file" style={{ marginBottom: 12 }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text strong>{e.file.name}</Typography.Text>
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              disabled={busy}
              data-testid="buyer-form-remove"
              onClick={() =>
                void run(
                  () => call('export.detachForm', { bidId: bid.id, id: e.id }).then(() => {}),
                  `file:${e.id}`,
                )
              }
            >
              {t.remove}
            </Button>
          </Space>
          <FormError m={refused(`file:${e.id}`)} testId="buyer-form-file-error" />
          {e.forms.map((f, i) => (
            <div
              key={i}
              data-testid="buyer-form-row"
              data-section={f.sectionId ?? ''}
              style={{ marginTop: 4 }}
            >
              <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                <span
                  style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}
                  title={f.title}
                >
                  {i + 1}. {f.title || '—'}
                </span>
                <Select
                  size="small"
                  style={{ width: 150, flex: 'none' }}
                  aria-label={`${t.replaces} ${i + 1}`}
                  data-testid="buyer-form-section"
                  value={f.sectionId ?? ''}
                  disabled={busy}
                  status={refused(`form:${e.id}:${i}`) ? 'error' : undefined}
                  options={[{ value: '', label: t.notPrinted }, ...sectionOptions]}
                  onChange={(v: string) =>
                    void run(
                      () =>
                        call('export.mapForm', {
                          bidId: bid.id,
                          id: e.id,
                          sections: { [String(i)]: v === '' ? null : v },
                        }).then(() => {}),
                      `form:${e.id}:${i}`,
                    )
                  }
                />
              </div>
              <FormError m={refused(`form:${e.id}:${i}`)} testId="buyer-form-row-error" />
            </div>
          ))}
          <AttachedBlanks
            bidId={bid.id}
            entry={e}
            busy={busy}
            onOverrides={(overrides, blankId) =>
              void run(
                () => call('export.mapForm', { bidId: bid.id, id: e.id, overrides }).then(() => {}),
                `blank:${e.id}:${blankId}`,
              )
            }
            refusals={blankRefusals(refusal, e.id)}
          />
        </div>
      ))}
    </Card>
  )
}

/** The refusal of a blank's choice of this file, by blank id (what the blanks' table shows at the row). */
function blankRefusals(r: { at: string; message: string } | null, entryId: string): Record<string, string> {
  const prefix = `blank:${entryId}:`
  return r?.at.startsWith(prefix) ? { [r.at.slice(prefix.length)]: r.message } : {}
}
