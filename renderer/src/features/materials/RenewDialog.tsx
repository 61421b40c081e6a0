import { Alert, Form, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import type { RenewResult } from '../../../../shared/contract/bids'
import type { Material } from '../../../../shared/schemas'
import { ApiError, call } from '../../api/client'
import { useI18n } from '../../app/i18n'

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
      title={`续期：${material.title}`}
      okText="续期"
      cancelText="取消"
      confirmLoading={busy}
      okButtonProps={{ disabled: !validTo || badRange, 'data-testid': 'renew-ok' } as never}
      onCancel={onCancel}
      onOk={() => void submit()}
    >
      <Typography.Paragraph type="secondary">
        将新建一份资料（沿用原资料的类型、标签、发证机构等，并标注“替代 {material.title}
        ”），所有进行中（结果未定）的投标项目中对原资料的引用都会改为新资料。请在新资料中上传新证书扫描件。
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label="新证书编号">
          <Input value={number} onChange={(e) => setNumber(e.target.value)} />
        </Form.Item>
        <Form.Item label="生效日期">
          <Input
            type="date"
            value={validFrom}
            onChange={(e) => setValidFrom(e.target.value)}
            id="renew-from"
          />
        </Form.Item>
        <Form.Item
          label="有效期至"
          required
          validateStatus={badRange ? 'error' : undefined}
          help={badRange ? '有效期至不能早于生效日期' : undefined}
        >
          <Input type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} id="renew-to" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  )
}
