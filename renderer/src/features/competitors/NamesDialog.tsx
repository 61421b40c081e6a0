import { Alert, Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { Controller } from 'react-hook-form'
import { z } from 'zod'
import { CompetitorSchema } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { L as LABELS } from './labels'

/** The name and aliases under the competitor document's own rules. */
const NamesForm = z.object({ title: CompetitorSchema.shape.title, aliases: CompetitorSchema.shape.aliases })

/**
 * Name (and, when creating, aliases) of a competitor. The submit goes to the server, which refuses
 * a name or alias another competitor already goes by; the reason stays in the dialog so the user can
 * change the name or close and merge instead.
 */
export function NamesDialog(props: {
  title: string
  initial: string
  withAliases: boolean
  onCancel(): void
  /** Resolves to an error text to show, or null when done. */
  onSubmit(v: { title: string; aliases: string[] }): Promise<string | null>
}) {
  const { t } = useI18n()
  const L = useLabels(LABELS)
  const [error, setError] = useState<string | null>(null)
  const { control, handleSubmit, formState } = useZodForm(
    NamesForm,
    { title: props.initial, aliases: [] },
    'onSubmit',
  )
  const submit = handleSubmit(async (v) => setError(await props.onSubmit(v)))
  const err = formState.errors
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onCancel}
      onOk={() => void submit()}
      okText={t('action.ok')}
      cancelText={t('action.cancel')}
      confirmLoading={formState.isSubmitting}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={L.companyFullName}
          validateStatus={err.title ? 'error' : undefined}
          help={err.title?.message}
        >
          <Controller
            name="title"
            control={control}
            render={({ field }) => (
              <Input {...field} autoFocus data-testid="title-input" onPressEnter={() => void submit()} />
            )}
          />
        </Form.Item>
        {props.withAliases && (
          <Form.Item
            label={L.aliasesEnter}
            validateStatus={err.aliases ? 'error' : undefined}
            help={err.aliases?.message}
          >
            <Controller
              name="aliases"
              control={control}
              render={({ field }) => (
                <Select
                  mode="tags"
                  open={false}
                  suffixIcon={null}
                  data-testid="aliases-input"
                  value={field.value}
                  onChange={(v: string[]) => field.onChange(v)}
                  onBlur={field.onBlur}
                  tokenSeparators={[',', '，', '、']}
                />
              )}
            />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="names-error" />}
    </Modal>
  )
}
