/**
 * Unsaved edits parked in localStorage when the page goes away (reload, close, crash of the tab):
 * the save request started at that moment may not finish, so the edit is also written here,
 * synchronously, with the version it was made on. The next load applies it only if the saved document
 * is still that version — if the save did land (or someone else saved since), the draft is dropped.
 */
const PREFIX = 'bidbench.draft.'

interface Draft<T> {
  base: string
  value: T
}

export function stashDraft<T>(key: string, base: string, value: T): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ base, value } satisfies Draft<T>))
  } catch {
    // Storage full or disabled: the save request started with it is the only chance left.
  }
}

/** The draft made on `base`, removed from storage; null when there is none or it is stale. */
export function takeDraft<T>(key: string, base: string): T | null {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(PREFIX + key)
    localStorage.removeItem(PREFIX + key)
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const d = JSON.parse(raw) as Draft<T>
    return d.base === base ? d.value : null
  } catch {
    return null
  }
}

export function dropDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key)
  } catch {
    // nothing to drop
  }
}

/** The page's event sources (window and document in the app; fakes in the tests). */
export interface PageEnv {
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>
  doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>
}

/**
 * Runs `onLeave` when the page is hidden or unloaded (tab switch, reload, close, Electron window
 * close): the moment to flush, and to stash what may not make it.
 */
export function onPageLeave(onLeave: () => void, env?: PageEnv): () => void {
  const { win, doc } = env ?? { win: window, doc: document }
  const hidden = () => {
    if (doc.visibilityState === 'hidden') onLeave()
  }
  win.addEventListener('pagehide', onLeave)
  win.addEventListener('beforeunload', onLeave)
  doc.addEventListener('visibilitychange', hidden)
  return () => {
    win.removeEventListener('pagehide', onLeave)
    win.removeEventListener('beforeunload', onLeave)
    doc.removeEventListener('visibilitychange', hidden)
  }
}
