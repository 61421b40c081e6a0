import { Button, Checkbox, Divider, Form, Input } from 'antd'
import { Controller } from 'react-hook-form'
import { workspaceContract, type WorkspaceInfo } from '@shared/contract/workspace'
import { call } from '../api/client'
import { errorMessage } from '../api/error-text'
import { itemError } from '../components/FormError'
import { useZodForm } from '../hooks/useZodForm'
import { useI18n } from './i18n'

// The API's own input rules: an empty folder or name is said here exactly as the server would refuse it.
const OpenForm = workspaceContract['workspace.open'].input
const CreateForm = workspaceContract['workspace.create'].input

/**
 * Open an existing workspace folder. The server's refusal (no such folder, not a workspace, locked) is said at
 * the folder field, and the typed path stays for the correction.
 */
export function OpenWorkspaceForm({ onOpened }: { onOpened(ws: WorkspaceInfo): void }) {
  const { t, pick } = useI18n()
  const { control, handleSubmit, formState, setError } = useZodForm(OpenForm, { dir: '', readOnly: false })
  const submit = handleSubmit(async (v) => {
    try {
      onOpened(await call('workspace.open', v))
    } catch (e) {
      setError('dir', { type: 'server', message: pick(errorMessage(e)) }, { shouldFocus: true })
    }
  })
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('ws.dir')} {...itemError(formState.errors.dir?.message, 'ws-open-dir-error')}>
        <Controller
          name="dir"
          control={control}
          render={({ field }) => (
            <Input
              {...field}
              placeholder="/home/me/投标资料"
              data-testid="ws-open-dir"
              onPressEnter={() => void submit()}
            />
          )}
        />
      </Form.Item>
      <Controller
        name="readOnly"
        control={control}
        render={({ field }) => (
          <Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)}>
            {t('ws.openReadOnly')}
          </Checkbox>
        )}
      />
      <Divider />
      <Button
        type="primary"
        loading={formState.isSubmitting}
        onClick={() => void submit()}
        data-testid="ws-open-submit"
      >
        {t('action.open')}
      </Button>
    </Form>
  )
}

/**
 * Create a workspace in an empty folder. An empty folder or name is said at its field before anything is sent;
 * the server's refusal (the folder already holds a workspace or files) at the folder field.
 */
export function CreateWorkspaceForm({ onCreated }: { onCreated(ws: WorkspaceInfo): void }) {
  const { t, pick } = useI18n()
  const { control, handleSubmit, formState, setError } = useZodForm(CreateForm, {
    dir: '',
    name: '',
    demo: false,
  })
  const submit = handleSubmit(async (v) => {
    try {
      onCreated(await call('workspace.create', v))
    } catch (e) {
      setError('dir', { type: 'server', message: pick(errorMessage(e)) }, { shouldFocus: true })
    }
  })
  const errors = formState.errors
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('ws.dir')} {...itemError(errors.dir?.message, 'ws-create-dir-error')}>
        <Controller
          name="dir"
          control={control}
          render={({ field }) => <Input {...field} data-testid="ws-create-dir" />}
        />
      </Form.Item>
      <Form.Item label={t('ws.name')} {...itemError(errors.name?.message, 'ws-create-name-error')}>
        <Controller
          name="name"
          control={control}
          render={({ field }) => (
            <Input {...field} data-testid="ws-create-name" onPressEnter={() => void submit()} />
          )}
        />
      </Form.Item>
      <Controller
        name="demo"
        control={control}
        render={({ field }) => (
          <Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)}>
            {t('ws.demo')}
          </Checkbox>
        )}
      />
      <Divider />
      <Button
        type="primary"
        loading={formState.isSubmitting}
        onClick={() => void submit()}
        data-testid="ws-create-submit"
      >
        {t('action.create')}
      </Button>
    </Form>
  )
}
