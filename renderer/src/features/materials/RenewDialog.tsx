import { Alert, Form, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import type { RenewResult } from '@shared/contract/materials'
import type { Material } from '@shared/schemas'
import { ApiError, call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'

/** Renewing creates the successor material and relinks every open bid to it, in one server call. */
export function RenewDialog({
  material,
  onCancel,
  onDone,
}: {
  material: Material
  onCancel(): void
  onDone(r: RenewResult): void
}) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  const [validFrom, setValidFrom] = useState(material.validTo ?? '')
  const [validTo, setValidTo] = useState('')
  const [number, setNumber] = useState(material.number)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const badRange = Boolean(validFrom && validTo && validFrom > validTo)
  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      onDone(
        await call('materials.renew', { id: material.id, validFrom: validFrom || null, validTo, number }),
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
      title={fmt(L.renewTitle, { title: material.title })}
      okText={L.renew}
      cancelText={L.cancel}
      confirmLoading={busy}
      okButtonProps={{ disabled: !validTo || badRange, 'data-testid': 'renew-ok' } as never}
      onCancel={onCancel}
      onOk={() => void submit()}
    >
      <Typography.Paragraph type="secondary">
        {fmt(L.renewNote, { title: material.title })}
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={L.newNumber}>
          <Input value={number} onChange={(e) => setNumber(e.target.value)} />
        </Form.Item>
        <Form.Item label={L.validFrom}>
          <Input
            type="date"
            value={validFrom}
            onChange={(e) => setValidFrom(e.target.value)}
            id="renew-from"
          />
        </Form.Item>
        <Form.Item
          label={L.validTo}
          required
          validateStatus={badRange ? 'error' : undefined}
          help={badRange ? L.badRange : undefined}
        >
          <Input type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} id="renew-to" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  )
}
