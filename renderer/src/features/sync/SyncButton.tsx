import { CloudSyncOutlined, SettingOutlined } from '@ant-design/icons'
import { Button, Checkbox, Form, Input, InputNumber, Modal, Space, Tag, Tooltip, message } from 'antd'
import { useEffect, useState } from 'react'
import { call } from '@renderer/api/client'
import { navigate } from '@renderer/app/router'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'
import { useSync, type Login } from './useSync'
import { errorMessage } from '@renderer/api/error-text'
import { useI18n } from '@renderer/app/i18n'

/** The header's 同步 button: state, conflicts, settings and the login prompt. */
export function SyncButton({ enabled }: { enabled: boolean }) {
  const L = useLabels(LABELS)
  const s = useSync(enabled)
  const [open, setOpen] = useState(false)
  const [conflicts, setConflicts] = useState(0)
  useEffect(() => {
    if (s.last) setConflicts(s.last.conflicts.length)
    else if (enabled)
      void call('sync.conflicts', {}).then(
        (c) => setConflicts(c.length),
        () => undefined,
      )
  }, [s.last, enabled])
  if (!enabled) return null
  const state = s.busy
    ? L.syncing
    : s.last?.offline
      ? L.offline
      : s.last
        ? L.synced
        : s.settings?.remote
          ? ''
          : L.notSetUp
  return (
    <Space size={4}>
      <Button
        icon={<CloudSyncOutlined spin={s.busy} />}
        size="small"
        loading={false}
        disabled={s.busy}
        onClick={() => void s.run()}
        data-testid="sync-run"
      >
        {L.sync}
      </Button>
      {state && (
        <Tag color={s.last?.offline ? 'orange' : 'default'} data-testid="sync-state">
          {state}
        </Tag>
      )}
      {conflicts > 0 && (
        <Tag
          color="red"
          style={{ cursor: 'pointer' }}
          onClick={() => navigate('sync')}
          data-testid="sync-conflicts"
        >
          {fmt(L.conflicts, { n: conflicts })}
        </Tag>
      )}
      <Tooltip title={L.settings}>
        <Button
          size="small"
          icon={<SettingOutlined />}
          onClick={() => setOpen(true)}
          data-testid="sync-settings"
        />
      </Tooltip>
      {open && <SettingsModal onClose={() => setOpen(false)} onSaved={() => void s.reload()} />}
      {s.needLogin && (
        <LoginModal
          onCancel={() => s.setNeedLogin(false)}
          onLogin={(login) => {
            s.setNeedLogin(false)
            void s.run(login)
          }}
        />
      )}
    </Space>
  )
}

function SettingsModal({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const L = useLabels(LABELS)
  const { pick } = useI18n()
  const [form] = Form.useForm()
  useEffect(() => {
    void call('sync.settings', {}).then((v) => form.setFieldsValue({ ...v, remote: v.remote ?? '' }))
  }, [form])
  const save = async () => {
    const v = await form.validateFields()
    try {
      await call('sync.configure', {
        remote: v.remote?.trim() ? v.remote.trim() : null,
        createRemote: !!v.createRemote,
        user: v.user ?? '',
        auto: !!v.auto,
        minutes: v.minutes ?? 10,
      })
      onSaved()
      onClose()
    } catch (e) {
      message.error(pick(errorMessage(e)))
    }
  }
  return (
    <Modal
      open
      title={L.settings}
      onCancel={onClose}
      onOk={() => void save()}
      okText={L.save}
      cancelText={L.cancel}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="remote" label={L.remote} extra={L.remoteHint}>
          <Input
            data-testid="sync-remote"
            placeholder="\\\\fileserver\\投标\\团队.git  /  https://git.example.com/team/bids.git"
          />
        </Form.Item>
        <Form.Item name="createRemote" valuePropName="checked">
          <Checkbox>{L.createRemote}</Checkbox>
        </Form.Item>
        <Form.Item name="user" label={L.user}>
          <Input data-testid="sync-user" />
        </Form.Item>
        <Space>
          <Form.Item name="auto" valuePropName="checked">
            <Checkbox>{L.auto}</Checkbox>
          </Form.Item>
          <Form.Item name="minutes" label={L.minutes}>
            <InputNumber min={1} max={1440} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  )
}

function LoginModal({ onCancel, onLogin }: { onCancel(): void; onLogin(l: Login): void }) {
  const L = useLabels(LABELS)
  const [form] = Form.useForm<Login>()
  return (
    <Modal
      open
      title={L.login}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(onLogin)}
      okText={L.syncNow}
      cancelText={L.cancel}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="username" label={L.username} rules={[{ required: true }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={L.password} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="remember" valuePropName="checked">
          <Checkbox>{L.remember}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  )
}
