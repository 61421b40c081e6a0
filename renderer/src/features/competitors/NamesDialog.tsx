import { Alert, Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'

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
  const [title, setTitle] = useState(props.initial)
  const [aliases, setAliases] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    const name = title.trim()
    if (!name) return setError(L.enterName)
    setBusy(true)
    try {
      setError(await props.onSubmit({ title: name, aliases }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onCancel}
      onOk={() => void submit()}
      okText={t('action.ok')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label={L.companyFullName}>
          <Input
            autoFocus
            data-testid="title-input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            onPressEnter={() => void submit()}
          />
        </Form.Item>
        {props.withAliases && (
          <Form.Item label={L.aliasesEnter}>
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              data-testid="aliases-input"
              value={aliases}
              tokenSeparators={[',', '，', '、']}
              onChange={(v: string[]) => setAliases(v)}
            />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="names-error" />}
    </Modal>
  )
}
