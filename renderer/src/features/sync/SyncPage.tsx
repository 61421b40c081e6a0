import { Button, Card, Empty, Space, Spin } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { call } from '@renderer/api/client'
import { navigate } from '@renderer/app/router'
import { useLabels } from '@renderer/app/use-labels'
import { onSynced } from './bus'
import { ConflictTable, type ConflictRow } from './ConflictTable'
import { L as LABELS } from './labels'

/** Every pending sync conflict of the workspace, by document. */
export function SyncPage() {
  const L = useLabels(LABELS)
  const [rows, setRows] = useState<ConflictRow[] | null>(null)
  const load = useCallback(() => void call('sync.conflicts', {}).then(setRows), [])
  useEffect(() => {
    load()
    return onSynced(load)
  }, [load])
  if (!rows) return <Spin />
  const docs = [...new Map(rows.map((r) => [`${r.kind}/${r.id}`, r])).values()]
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="sync-page">
      <h3 style={{ margin: 0 }}>{L.allConflicts}</h3>
      {docs.length === 0 && <Empty description={L.noConflicts} />}
      {docs.map((d) => (
        <Card
          key={`${d.kind}/${d.id}`}
          size="small"
          title={d.title}
          extra={
            <Button size="small" onClick={() => navigate(d.kind, d.id)}>
              {L.open}
            </Button>
          }
        >
          <ConflictTable rows={rows.filter((r) => r.kind === d.kind && r.id === d.id)} onDecided={load} />
        </Card>
      ))}
    </Space>
  )
}
