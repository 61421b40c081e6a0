import { DeleteOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Select, Space, Typography } from 'antd'
import { useRef, useState } from 'react'
import type { FormScan } from '@shared/contract/export'
import type { Bid } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { fileToBase64 } from '@renderer/api/files'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { AttachedBlanks } from './AttachedBlanks'
import { BUYER_FORMS } from './labels'
import { errorMessage } from '@renderer/api/error-text'

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
  const [error, setError] = useState<string | null>(null)
  const [last, setLast] = useState<{ name: string; scan: FormScan; matched: number } | null>(null)

  const run = async (fn: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await server.saveNow()
      await fn()
      await server.reload()
    } catch (e) {
      setError(pick(errorMessage(e)))
    } finally {
      setBusy(false)
    }
  }

  const upload = (file: File) => {
    if (!/\.docx$/i.test(file.name)) return setError(t.notDocx)
    void run(async () => {
      const r = await call('export.attachForm', {
        bidId: bid.id,
        name: file.name,
        dataBase64: await fileToBase64(file),
      })
      setLast({ name: file.name, scan: r.scan, matched: r.entry.forms.filter((f) => f.sectionId).length })
    })
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
              if (f) upload(f)
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
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} />}
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
                void run(() => call('export.detachForm', { bidId: bid.id, id: e.id }).then(() => {}))
              }
            >
              {t.remove}
            </Button>
          </Space>
          {e.forms.map((f, i) => (
            <div
              key={i}
              data-testid="buyer-form-row"
              data-section={f.sectionId ?? ''}
              style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 4 }}
            >
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
                options={[{ value: '', label: t.notPrinted }, ...sectionOptions]}
                onChange={(v: string) =>
                  void run(() =>
                    call('export.mapForm', {
                      bidId: bid.id,
                      id: e.id,
                      sections: { [String(i)]: v === '' ? null : v },
                    }).then(() => {}),
                  )
                }
              />
            </div>
          ))}
          <AttachedBlanks
            bidId={bid.id}
            entry={e}
            busy={busy}
            onOverrides={(overrides) =>
              void run(() => call('export.mapForm', { bidId: bid.id, id: e.id, overrides }).then(() => {}))
            }
          />
        </div>
      ))}
    </Card>
  )
}
