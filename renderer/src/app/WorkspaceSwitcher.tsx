import { FolderOpenOutlined } from '@ant-design/icons'
import { Button, List, Modal, Tabs, message } from 'antd'
import { useEffect, useState } from 'react'
import { formatTimestamp } from '@shared/i18n/dates'
import type { WorkspaceInfo } from '@shared/contract'
import { call } from '../api/client'
import { useI18n } from './i18n'
import { CreateWorkspaceForm, OpenWorkspaceForm } from './WorkspaceForms'
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

  useEffect(() => {
    if (open) void call('workspace.recent', {}).then(setRecent)
  }, [open])

  const done = (ws: WorkspaceInfo) => {
    onChanged(ws)
    setOpen(false)
  }
  // A recent entry has no field to speak at: its refusal (the folder moved, another process holds it) is a toast.
  const openRecent = async (dir: string) => {
    try {
      done(await call('workspace.open', { dir }))
    } catch (e) {
      message.error(pick(errorMessage(e)))
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
              children: <OpenWorkspaceForm onOpened={done} />,
            },
            {
              key: 'create',
              label: t('ws.create'),
              children: <CreateWorkspaceForm onCreated={done} />,
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
                        <a key="o" onClick={() => void openRecent(r.dir)}>
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
