import { message } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { editIssues } from '@shared/domain/forms/edit-rules'
import { issuesByPath } from '@shared/i18n/zod-messages'
import { DOC_SCHEMAS, type DocKind, type DocOf } from '@shared/schemas'
import { ApiError } from '../api/client'
import { docsApi } from '../api/docs'
import { useI18n } from '../app/i18n'
import { registerFlusher } from '../app/flush-on-close'
import { reportSaveState, type SaveState } from '../app/save-state'
import { dropDraft, onPageLeave, stashDraft, takeDraft } from './drafts'
import { setIn, type Path } from './path'
import { useEditorSync, type RemoteEdit } from '../features/sync/useEditorSync'

const AUTOSAVE_MS = 600

export interface DocEditor<K extends DocKind> {
  doc: DocOf<K> | null
  error: ApiError | null
  state: SaveState
  /** Validation problems of the current edit, by dotted path; the edit is kept but not saved until fixed. */
  invalid: Record<string, string>
  set(path: Path, value: unknown): void
  replace(next: DocOf<K>): void
  saveNow(): Promise<void>
  /** Re-reads the saved document (after the server changed it, e.g. an export decision); pending edits are saved first. */
  reload(): Promise<void>
  /** Someone else's edit of this document that the last sync brought in (shown until dismissed). */
  remote: RemoteEdit | null
  dismissRemote(): void
}

/**
 * Loads one document and autosaves edits: debounced, validated against the shared schema first,
 * and saved with the last known updatedAt so an edit made elsewhere is never overwritten silently.
 */
export function useDocEditor<K extends DocKind>(kind: K, id: string): DocEditor<K> {
  const { t, pick, lang } = useI18n()
  const [doc, setDoc] = useState<DocOf<K> | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [state, setState] = useState<SaveState>('saved')
  const [invalid, setInvalid] = useState<Record<string, string>>({})
  const latest = useRef<DocOf<K> | null>(null)
  const savedAt = useRef<string>('')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saving = useRef<Promise<void> | null>(null)
  const dirty = useRef(false)
  const editorKey = `${kind}/${id}`
  const sync = useEditorSync(kind, id, {
    latest,
    savedAt,
    dirty,
    setDoc,
    flush: (): Promise<void> => flushRef.current(),
  })
  const syncBase = sync.base

  useEffect(() => {
    let live = true
    setDoc(null)
    setError(null)
    docsApi(kind)
      .get(id)
      .then((d) => {
        if (!live) return
        savedAt.current = d.updatedAt
        syncBase.current = d
        // An edit parked when the page went away before its save finished comes back, and is saved.
        const draft = takeDraft<DocOf<K>>(`${kind}/${id}`, d.updatedAt)
        latest.current = draft ?? d
        setDoc(latest.current)
        if (draft) {
          dirty.current = true
          void flushRef.current()
        }
      })
      .catch(
        (e) =>
          live &&
          setError(
            e instanceof ApiError
              ? e
              : new ApiError({ code: 'INTERNAL', message: { zh: String(e), en: String(e) } }),
          ),
      )
    return () => {
      live = false
    }
  }, [kind, id, syncBase])

  const update = useCallback(
    (s: SaveState) => {
      setState(s)
      reportSaveState(editorKey, s)
    },
    [editorKey],
  )

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (saving.current) await saving.current
    const current = latest.current
    if (!current || !dirty.current) return
    const parsed = DOC_SCHEMAS[kind].safeParse(current)
    if (!parsed.success) {
      setInvalid(issuesByPath(parsed.error.issues, lang))
      update('error')
      return
    }
    // Cross-field rules (开价 ≥ 目标 ≥ 底线, date ranges…): the edit stays on screen with the message
    // at its field and is not saved until fixed — nothing is clamped or swapped.
    const issues = editIssues(kind, current)
    if (issues.length) {
      setInvalid(Object.fromEntries(issues.map((i) => [i.path, pick(i)])))
      update('error')
      return
    }
    setInvalid({})
    dirty.current = false
    update('saving')
    const run = (async () => {
      try {
        const saved = await docsApi(kind).save(current, savedAt.current)
        savedAt.current = saved.updatedAt
        syncBase.current = saved
        // Edits typed while the save was in flight stay; only the server-owned timestamp moves.
        latest.current =
          latest.current === current
            ? saved
            : ({ ...latest.current!, updatedAt: saved.updatedAt } as DocOf<K>)
        setDoc(latest.current)
        if (!dirty.current) dropDraft(editorKey)
        update(dirty.current ? 'dirty' : 'saved')
      } catch (e) {
        if (e instanceof ApiError && e.code === 'CONFLICT') {
          const fresh = await docsApi(kind).get(id)
          latest.current = fresh
          savedAt.current = fresh.updatedAt
          syncBase.current = fresh
          setDoc(fresh)
          message.warning(t('conflict.reload'))
          update('saved')
        } else {
          dirty.current = true
          message.error(e instanceof ApiError ? `${e.zh} / ${e.en}` : String(e))
          update('error')
        }
      }
    })()
    saving.current = run
    await run
    saving.current = null
    if (dirty.current && !timer.current)
      timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_MS)
  }, [kind, id, editorKey, update, t, pick, lang, syncBase])
  const flushRef = useRef(flush)
  flushRef.current = flush
  // Closing the desktop window waits for this editor's pending save.
  useEffect(() => registerFlusher(() => flushRef.current()), [])

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_MS)
  }, [])

  const replace = useCallback(
    (next: DocOf<K>) => {
      latest.current = next
      dirty.current = true
      setDoc(next)
      update('dirty')
      schedule()
    },
    [schedule, update],
  )

  const set = useCallback(
    (path: Path, value: unknown) => {
      if (!latest.current) return
      replace(setIn(latest.current, path, value))
    },
    [replace],
  )

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void flush()
      }
    }
    // Leaving a field saves at once rather than after the debounce.
    const onBlur = () => {
      if (timer.current) void flush()
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('focusout', onBlur)
    // Reload, close, tab hidden: park the edit synchronously, then try to save it.
    const offLeave = onPageLeave(() => {
      if (!dirty.current || !latest.current) return
      stashDraft(editorKey, savedAt.current, latest.current)
      void flush()
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('focusout', onBlur)
      offLeave()
      // Leaving the page saves what is pending rather than dropping it.
      if (timer.current) void flush()
      reportSaveState(editorKey, null)
    }
  }, [flush, editorKey])

  const reload = useCallback(async () => {
    await flush()
    const fresh = await docsApi(kind).get(id)
    latest.current = fresh
    savedAt.current = fresh.updatedAt
    syncBase.current = fresh
    setDoc(fresh)
  }, [flush, kind, id, syncBase])

  return {
    doc,
    error,
    state,
    invalid,
    set,
    replace,
    saveNow: flush,
    reload,
    remote: sync.remote,
    dismissRemote: sync.dismissRemote,
  }
}
