import { HistoryOutlined } from '@ant-design/icons'
import { Alert, Button } from 'antd'
import { useState } from 'react'
import { describeChange } from '@shared/domain/merge'
import type { DocKind } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { ConflictTable } from './ConflictTable'
import { HistoryDrawer } from './HistoryDrawer'
import { L as LABELS } from './labels'

/** The history button of a detail page. */
export function HistoryButton<K extends DocKind>({ kind, ed }: { kind: K; ed: DocEditor<K> }) {
  const L = useLabels(LABELS)
  const [open, setOpen] = useState(false)
  if (!ed.doc) return null
  return (
    <>
      <Button icon={<HistoryOutlined />} onClick={() => setOpen(true)} data-testid="history-open">
        {L.history}
      </Button>
      {open && (
        <HistoryDrawer
          kind={kind}
          id={ed.doc.id}
          doc={ed.doc}
          onClose={() => setOpen(false)}
          onRestored={ed.reload}
        />
      )}
    </>
  )
}

/** Above a detail page: someone else's edit that a sync just loaded, and this document's open conflicts. */
export function DocSyncBar<K extends DocKind>({ kind, ed }: { kind: K; ed: DocEditor<K> }) {
  const { lang } = useI18n()
  const L = useLabels(LABELS)
  const doc = ed.doc
  if (!doc) return null
  const conflicts = doc.syncConflicts ?? []
  return (
    <>
      {ed.remote && (
        <Alert
          type="info"
          showIcon
          closable
          onClose={ed.dismissRemote}
          style={{ marginBottom: 8 }}
          data-testid="presence"
          message={fmt(L.presence, { by: ed.remote.by })}
          description={
            <>
              {ed.remote.changes.slice(0, 8).map((c) => (
                <div key={c.path}>{describeChange(c, [doc], lang).text}</div>
              ))}
              {ed.remote.kept && <div>{L.presenceKept}</div>}
            </>
          }
        />
      )}
      {conflicts.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="doc-conflicts"
          message={fmt(L.conflictTitle, { n: conflicts.length })}
          description={
            <>
              {kind === 'bids' && <div style={{ marginBottom: 6 }}>{L.conflictExport}</div>}
              <ConflictTable
                doc={doc}
                rows={conflicts.map((c) => ({
                  ...c,
                  kind,
                  id: doc.id,
                  title: doc.title,
                  oursBy: c.oursBy,
                  theirsBy: c.theirsBy,
                }))}
                onDecided={() => void ed.reload()}
              />
            </>
          }
        />
      )}
    </>
  )
}
