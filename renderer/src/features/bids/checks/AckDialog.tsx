import { Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import type { Finding } from '../../../../../shared/domain/checks'
import { useI18n } from '../../../app/i18n'

/** Acknowledging a finding needs a reason: it stays listed, marked, with that reason beside it. */
export function AckDialog({
  finding,
  onCancel,
  onOk,
}: {
  finding: Finding
  onCancel(): void
  onOk(reason: string, by: string): void
}) {
  const { pick } = useI18n()
  const [reason, setReason] = useState('')
  const [by, setBy] = useState('')
  return (
    <Modal
      open
      title={`确认 ${finding.ruleId}`}
      okText="确认"
      cancelText="取消"
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'ack-ok' } as never}
      onCancel={onCancel}
      onOk={() => onOk(reason.trim(), by.trim())}
    >
      <Typography.Paragraph>{pick(finding.message)}</Typography.Paragraph>
      <Input.TextArea
        autoFocus
        rows={3}
        maxLength={2000}
        placeholder="理由（必填），例如：已与采购人澄清，此项不适用"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        id="ack-reason"
      />
      <Input
        style={{ marginTop: 8 }}
        placeholder="确认人（可选）"
        value={by}
        onChange={(e) => setBy(e.target.value)}
        maxLength={100}
      />
    </Modal>
  )
}
