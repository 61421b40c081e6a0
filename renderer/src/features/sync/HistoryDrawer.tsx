import { Button, Drawer, Empty, List, Popconfirm, Space, Spin, Tag, Typography, message } from 'antd'
import { useEffect, useState } from 'react'
import type { OutputOf } from '@shared/contract'
import { describeChange } from '@shared/domain/merge'
import { formatTimestamp } from '@shared/i18n/dates'
import type { DocKind } from '@shared/schemas'
import { ApiError, call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'
import { errorMessage, type MessagePair } from '@renderer/api/error-text'

type Version = OutputOf<'sync.history'>[number]

/**
 * Every version of one document (who, when, the sync message) with what changed in field labels;
 * the whole document or one field can be brought back, as a new edit the next sync shares.
 */
export function HistoryDrawer({
  kind,
  id,
  doc,
  onClose,
  onRestored,
}: {
  kind: DocKind
  id: string
  doc: unknown
  onClose(): void
  onRestored(): Promise<void>
}) {
  const { lang, pick } = useI18n()
  const L = useLabels(LABELS)
  const [versions, setVersions] = useState<Version[] | null>(null)
  const [error, setError] = useState<MessagePair | null>(null)
  useEffect(() => {
    call('sync.history', { kind, id }).then(setVersions, (e) => {
      setVersions([])
      if (!(e instanceof ApiError && e.code === 'SYNC_NOT_SET_UP')) setError(errorMessage(e))
    })
  }, [kind, id])
  const restore = async (version: string, path?: string) => {
    try {
      await call('sync.restore', { kind, id, version, path })
      await onRestored()
      message.success(L.restored)
    } catch (e) {
      message.error(pick(errorMessage(e)))
    }
  }
  return (
    <Drawer open width={620} title={L.history} onClose={onClose} data-testid="history-drawer">
      {versions === null ? (
        <Spin />
      ) : versions.length === 0 ? (
        <Empty description={error ? pick(error) : L.historyEmpty} />
      ) : (
        <List
          dataSource={versions}
          renderItem={(v) => (
            <List.Item data-testid="history-version" style={{ display: 'block' }}>
              <Space wrap style={{ marginBottom: 4 }}>
                <Tag>{v.version.slice(0, 8)}</Tag>
                <Typography.Text strong>{v.author}</Typography.Text>
                <Typography.Text type="secondary">{formatTimestamp(v.date, lang)}</Typography.Text>
                <Popconfirm title={L.restoreDoc} onConfirm={() => void restore(v.version)}>
                  <Button size="small" data-testid="history-restore-doc">
                    {L.restoreDoc}
                  </Button>
                </Popconfirm>
              </Space>
              <div>
                <Typography.Text type="secondary">{v.message.split('\n')[0]}</Typography.Text>
              </div>
              {v.changes.length === 0 && (
                <Typography.Text type="secondary">{v.created ? L.created : L.noChanges}</Typography.Text>
              )}
              {v.changes.map((c) => (
                <div key={c.path + c.op} style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
                  <span data-testid="history-change" style={{ flex: 1 }}>
                    {describeChange(c, [doc], lang).text}
                  </span>
                  {c.op !== 'order' && c.op !== 'add' && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => void restore(v.version, c.path)}
                      data-testid="history-restore-field"
                    >
                      {L.restoreField}
                    </Button>
                  )}
                </div>
              ))}
            </List.Item>
          )}
        />
      )}
    </Drawer>
  )
}
