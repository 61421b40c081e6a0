import { Form, Input, Modal, Typography } from 'antd'
import { Controller } from 'react-hook-form'
import type { Finding } from '@shared/domain/checks'
import { AcknowledgementSchema } from '@shared/schemas/bid-parts'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { buttonWithTestId } from '@renderer/components/test-id'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { L as LABELS } from './labels'

/** What the dialog edits: the reason and who, under the rules the saved acknowledgement must meet. */
const AckForm = AcknowledgementSchema.pick({ reason: true, by: true })

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
  const { control, handleSubmit, formState } = useZodForm(AckForm, { reason: '', by: '' })
  const submit = handleSubmit((v) => onOk(v.reason, v.by.trim()))
  const err = formState.errors
  return (
    <Modal
      open
      title={fmt(L.ackTitle, { rule: finding.ruleId })}
      okText={L.ackOk}
      cancelText={L.ackCancel}
      okButtonProps={buttonWithTestId('ack-ok', { disabled: !formState.isValid })}
      onCancel={onCancel}
      onOk={() => void submit()}
    >
      <Typography.Paragraph>{pick(finding.message)}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item
          validateStatus={err.reason ? 'error' : undefined}
          help={err.reason?.message}
          style={{ marginBottom: 8 }}
        >
          <Controller
            name="reason"
            control={control}
            render={({ field }) => (
              <Input.TextArea
                {...field}
                autoFocus
                rows={3}
                maxLength={2000}
                placeholder={L.ackReasonPlaceholder}
                id="ack-reason"
              />
            )}
          />
        </Form.Item>
        <Form.Item validateStatus={err.by ? 'error' : undefined} help={err.by?.message}>
          <Controller
            name="by"
            control={control}
            render={({ field }) => <Input {...field} placeholder={L.ackByPlaceholder} maxLength={100} />}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
