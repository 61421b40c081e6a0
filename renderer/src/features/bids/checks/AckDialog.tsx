import { Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import type { Finding } from '@shared/domain/checks'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'

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
  const L = useLabels(LABELS)
  const [reason, setReason] = useState('')
  const [by, setBy] = useState('')
  return (
    <Modal
      open
      title={fmt(L.ackTitle, { rule: finding.ruleId })}
      okText={L.ackOk}
      cancelText={L.ackCancel}
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'ack-ok' } as never}
      onCancel={onCancel}
      onOk={() => onOk(reason.trim(), by.trim())}
    >
      <Typography.Paragraph>{pick(finding.message)}</Typography.Paragraph>
      <Input.TextArea
        autoFocus
        rows={3}
        maxLength={2000}
        placeholder={L.ackReasonPlaceholder}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        id="ack-reason"
      />
      <Input
        style={{ marginTop: 8 }}
        placeholder={L.ackByPlaceholder}
        value={by}
        onChange={(e) => setBy(e.target.value)}
        maxLength={100}
      />
    </Modal>
  )
}
