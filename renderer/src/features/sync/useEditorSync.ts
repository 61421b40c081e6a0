import { useEffect, useRef, useState, type MutableRefObject } from 'react'
import { mergeDocs, type FieldChange } from '@shared/domain/merge'
import type { DocKind, DocOf } from '@shared/schemas'
import { docsApi } from '@renderer/api/docs'
import { onSynced, registerEditor } from './bus'

export interface RemoteEdit {
  by: string
  changes: FieldChange[]
  /** The reader had unsaved edits, which were kept on top of the incoming version. */
  kept: boolean
}

interface EditorRefs<K extends DocKind> {
  latest: MutableRefObject<DocOf<K> | null>
  savedAt: MutableRefObject<string>
  /** Whether the editor holds edits not saved yet. */
  unsaved(): boolean
  flush(): Promise<void>
  setDoc(d: DocOf<K>): void
}

/**
 * Connects one editor to sync: it is saved before a sync and held back while it has unsaved edits;
 * when a sync brings someone else's edit of this document, the changed fields are reloaded and any
 * edit typed meanwhile is merged on top (the same field-level merge the sync uses), never dropped.
 */
export function useEditorSync<K extends DocKind>(kind: K, id: string, refs: EditorRefs<K>) {
  const [remote, setRemote] = useState<RemoteEdit | null>(null)
  /** The document as last loaded or saved: the base for merging an incoming version with local edits. */
  const base = useRef<DocOf<K> | null>(null)
  const r = useRef(refs)
  r.current = refs

  useEffect(
    () =>
      registerEditor(`${kind}/${id}`, {
        flush: () => r.current.flush(),
        unsaved: () => r.current.unsaved(),
      }),
    [kind, id],
  )

  useEffect(
    () =>
      onSynced(async (res) => {
        const inc = res.incoming.find((d) => d.kind === kind && d.id === id && !d.removed)
        if (!inc) return
        const fresh = await docsApi(kind).get(id)
        const { latest, savedAt, unsaved, setDoc } = r.current
        const local = latest.current
        const kept = unsaved() && !!local && !!base.current
        const next = kept
          ? ({
              ...mergeDocs(base.current!, local!, fresh, { now: fresh.updatedAt }).doc,
              updatedAt: fresh.updatedAt,
              syncConflicts: fresh.syncConflicts,
            } as DocOf<K>)
          : fresh
        latest.current = next
        savedAt.current = fresh.updatedAt
        base.current = fresh
        setDoc(next)
        // Only a conflict record came in (e.g. the document was deleted elsewhere): the conflict bar says it.
        if (inc.changes.length) setRemote({ by: inc.by, changes: inc.changes, kept })
      }),
    [kind, id],
  )

  return { remote, dismissRemote: () => setRemote(null), base }
}
