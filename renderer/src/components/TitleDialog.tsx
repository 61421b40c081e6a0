import { zodResolver } from '@hookform/resolvers/zod'
import { Form, Input, Modal } from 'antd'
import { Controller, useForm } from 'react-hook-form'
import { z } from 'zod'
import { useI18n } from '../app/i18n'
import { useLabels } from '../app/use-labels'
import { L as LABELS } from './labels'

const TitleForm = z.object({ title: z.string().trim().min(1).max(500) })

/** Name entry for create and rename, validated with the same rule the API applies. */
export function TitleDialog(props: {
  title: string
  initial: string
  onCancel(): void
  onSubmit(title: string): Promise<void>
}) {
  const { t } = useI18n()
  const L = useLabels(LABELS)
  const { control, handleSubmit, formState } = useForm<z.infer<typeof TitleForm>>({
    resolver: zodResolver(TitleForm),
    defaultValues: { title: props.initial },
  })
  const submit = handleSubmit((v) => props.onSubmit(v.title.trim()))
  // An empty name is the error people meet, so it is worded in their language; the length cap keeps zod's text.
  const err = formState.errors.title
  const titleError = err?.type === 'too_small' ? L.nameRequired : err?.message
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onCancel}
      onOk={submit}
      okText={t('action.ok')}
      cancelText={t('action.cancel')}
      confirmLoading={formState.isSubmitting}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={submit}>
        <Form.Item
          label={t('field.title')}
          validateStatus={formState.errors.title ? 'error' : undefined}
          help={titleError}
        >
          <Controller
            name="title"
            control={control}
            render={({ field }) => (
              <Input {...field} autoFocus data-testid="title-input" onPressEnter={submit} />
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
