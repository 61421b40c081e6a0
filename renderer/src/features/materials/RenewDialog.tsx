import { Alert, Form, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { Controller } from 'react-hook-form'
import { z } from 'zod'
import type { RenewResult } from '@shared/contract/materials'
import { materialIssues } from '@shared/domain/forms/edit-rules'
import { MaterialSchema, type Material } from '@shared/schemas'
import { DateSchema } from '@shared/schemas/common'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { DateInput } from '@renderer/components/DateInput'
import { buttonWithTestId } from '@renderer/components/test-id'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { L as LABELS } from './labels'
import { errorMessage } from '@renderer/api/error-text'

/**
 * The successor's dates and number under the material's own rules: 有效期至 is required, and the range
 * check is the one the material editor applies (materialIssues), so both say the same thing.
 */
const RenewForm = z
  .object({
    number: MaterialSchema.shape.number,
    validFrom: z.union([z.literal(''), DateSchema]),
    // Empty says 必填 rather than the date format's message.
    validTo: z.string().min(1).pipe(DateSchema),
  })
  .superRefine((v, ctx) => {
    for (const i of materialIssues({ validFrom: v.validFrom || null, validTo: v.validTo } as Material))
      ctx.addIssue({ code: 'custom', path: [i.path], message: `${i.zh} / ${i.en}` })
  })

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
  const [error, setError] = useState<string | null>(null)
  const { control, handleSubmit, formState } = useZodForm(RenewForm, {
    number: material.number,
    validFrom: material.validTo ?? '',
    validTo: '',
  })
  const submit = handleSubmit(async (v) => {
    setError(null)
    try {
      onDone(
        await call('materials.renew', {
          id: material.id,
          validFrom: v.validFrom || null,
          validTo: v.validTo,
          number: v.number,
        }),
      )
    } catch (e) {
      setError(pick(errorMessage(e)))
    }
  })
  const err = formState.errors
  const at = (k: keyof typeof err) => ({
    validateStatus: err[k] ? ('error' as const) : undefined,
    help: err[k]?.message,
  })
  return (
    <Modal
      open
      title={fmt(L.renewTitle, { title: material.title })}
      okText={L.renew}
      cancelText={L.cancel}
      confirmLoading={formState.isSubmitting}
      okButtonProps={buttonWithTestId('renew-ok', { disabled: !formState.isValid })}
      onCancel={onCancel}
      onOk={() => void submit()}
    >
      <Typography.Paragraph type="secondary">
        {fmt(L.renewNote, { title: material.title })}
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={L.newNumber} {...at('number')}>
          <Controller name="number" control={control} render={({ field }) => <Input {...field} />} />
        </Form.Item>
        <Form.Item label={L.validFrom} {...at('validFrom')}>
          <Controller
            name="validFrom"
            control={control}
            render={({ field }) => (
              <DateInput
                id="renew-from"
                value={field.value}
                onBlur={field.onBlur}
                onChange={(v) => field.onChange(v ?? '')}
              />
            )}
          />
        </Form.Item>
        <Form.Item label={L.validTo} required {...at('validTo')}>
          <Controller
            name="validTo"
            control={control}
            render={({ field }) => (
              <DateInput
                id="renew-to"
                value={field.value}
                onBlur={field.onBlur}
                onChange={(v) => field.onChange(v ?? '')}
              />
            )}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  )
}
