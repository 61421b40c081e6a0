import type { OutputOf } from '@shared/contract'

export type SyncResult = OutputOf<'sync.run'>

/**
 * How the sync reaches open editors without knowing them: each editor registers a flush (so pending
 * edits are saved before a sync) and whether it still holds unsaved edits (those documents the sync
 * must not write), and hears about every finished sync (to reload what others changed).
 */
interface EditorHook {
  flush(): Promise<void>
  unsaved(): boolean
}

const editors = new Map<string, EditorHook>()
const listeners = new Set<(r: SyncResult) => void>()

export function registerEditor(key: string, hook: EditorHook): () => void {
  editors.set(key, hook)
  return () => {
    if (editors.get(key) === hook) editors.delete(key)
  }
}

/** Saves what every open editor has pending; returns the documents that still have unsaved edits. */
export async function flushEditors(): Promise<{ kind: string; id: string }[]> {
  await Promise.all([...editors.values()].map((e) => e.flush().catch(() => undefined)))
  return [...editors.entries()]
    .filter(([, e]) => e.unsaved())
    .map(([key]) => {
      const [kind, id] = key.split('/')
      return { kind, id }
    })
}

export function onSynced(fn: (r: SyncResult) => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

export function emitSynced(r: SyncResult): void {
  for (const l of listeners) l(r)
}
