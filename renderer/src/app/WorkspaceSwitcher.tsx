import { FolderOpenOutlined } from '@ant-design/icons'
import { Button, Checkbox, Divider, Form, Input, List, Modal, Tabs, message } from 'antd'
import { useEffect, useState } from 'react'
import { formatTimestamp } from '@shared/i18n/dates'
import type { WorkspaceInfo } from '@shared/contract'
import { call } from '../api/client'
import { useI18n } from './i18n'
import { errorMessage } from '@renderer/api/error-text'

type Recent = { dir: string; name: string; openedAt: string }

/** Open a folder, create a new workspace, or pick a recent one. Paths are typed: the browser mode has no folder picker. */
export function WorkspaceSwitcher({
  current,
  onChanged,
}: {
  current: WorkspaceInfo | null
  onChanged(ws: WorkspaceInfo): void
}) {
  const { t, pick, lang } = useI18n()
  const [open, setOpen] = useState(false)
  const [recent, setRecent] = useState<Recent[]>([])
  const [dir, setDir] = useState('')
  const [readOnly, setReadOnly] = useState(false)
  const [newDir, setNewDir] = useState('')
  const [newName, setNewName] = useState('')
  const [demo, setDemo] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (open) void call('workspace.recent', {}).then(setRecent)
  }, [open])

  const run = async (f: () => Promise<WorkspaceInfo>) => {
    setBusy(true)
    try {
      onChanged(await f())
      setOpen(false)
    } catch (e) {
      message.error(pick(errorMessage(e)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button icon={<FolderOpenOutlined />} onClick={() => setOpen(true)} data-testid="ws-switch">
        {current ? current.name : t('ws.switch')}
        {current?.readOnly ? `（${t('ws.readOnly')}）` : ''}
      </Button>
      <Modal open={open} title={t('ws.switch')} footer={null} onCancel={() => setOpen(false)} width={640}>
        <Tabs
          items={[
            {
              key: 'open',
              label: t('ws.open'),
              children: (
                <Form layout="vertical" onFinish={() => run(() => call('workspace.open', { dir, readOnly }))}>
                  <Form.Item label={t('ws.dir')}>
                    <Input
                      value={dir}
                      onChange={(e) => setDir(e.target.value)}
                      placeholder="/home/me/投标资料"
                      data-testid="ws-open-dir"
                    />
                  </Form.Item>
                  <Checkbox checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)}>
                    {t('ws.openReadOnly')}
                  </Checkbox>
                  <Divider />
                  <Button type="primary" htmlType="submit" loading={busy} disabled={!dir.trim()}>
                    {t('action.open')}
                  </Button>
                </Form>
              ),
            },
            {
              key: 'create',
              label: t('ws.create'),
              children: (
                <Form
                  layout="vertical"
                  onFinish={() => run(() => call('workspace.create', { dir: newDir, name: newName, demo }))}
                >
                  <Form.Item label={t('ws.dir')}>
                    <Input
                      value={newDir}
                      onChange={(e) => setNewDir(e.target.value)}
                      data-testid="ws-create-dir"
                    />
                  </Form.Item>
                  <Form.Item label={t('ws.name')}>
                    <Input
                      value={newName}
                      onChange={(e) => setNewName(e.target.value)}
                      data-testid="ws-create-name"
                    />
                  </Form.Item>
                  <Checkbox checked={demo} onChange={(e) => setDemo(e.target.checked)}>
                    {t('ws.demo')}
                  </Checkbox>
                  <Divider />
                  <Button
                    type="primary"
                    htmlType="submit"
                    loading={busy}
                    disabled={!newDir.trim() || !newName.trim()}
                  >
                    {t('action.create')}
                  </Button>
                </Form>
              ),
            },
            {
              key: 'recent',
              label: t('ws.recent'),
              children: (
                <List
                  dataSource={recent}
                  locale={{ emptyText: t('list.empty') }}
                  renderItem={(r) => (
                    <List.Item
                      actions={[
                        <a key="o" onClick={() => run(() => call('workspace.open', { dir: r.dir }))}>
                          {t('action.open')}
                        </a>,
                      ]}
                    >
                      <List.Item.Meta
                        title={r.name}
                        description={`${r.dir} · ${formatTimestamp(r.openedAt, lang)}`}
                      />
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      </Modal>
    </>
  )
}
