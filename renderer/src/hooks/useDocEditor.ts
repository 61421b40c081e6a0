import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useForm, type FieldPath, type FieldPathValue, type FieldValues } from 'react-hook-form'
import type { z } from 'zod'
import { editIssues } from '@shared/domain/forms/edit-rules'
import { DOC_SCHEMAS, type DocKind, type DocOf } from '@shared/schemas'
import { shareUnchanged } from '@shared/json-share'
import { ApiError } from '../api/client'
import { docsApi } from '../api/docs'
import { useI18n } from '../app/i18n'
import { type SaveState } from '../app/save-state'
import { takeDraft } from './drafts'
import { pathSegments, setIn } from './path'
import { useAutosave } from './useAutosave'
import { errorsByPath, zodFormResolver } from './zod-resolver'
import { useEditorSync, type RemoteEdit } from '../features/sync/useEditorSync'

/** The saved copy differs from what was sent in its timestamp only (its other parts are shared). */
function onlyStampMoved(sent: object, echo: object): boolean {
  const a = sent as Record<string, unknown>
  const b = echo as Record<string, unknown>
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const k of keys) if (k !== 'updatedAt' && a[k] !== b[k]) return false
  return true
}

export interface DocEditor<K extends DocKind> {
  doc: DocOf<K> | null
  error: ApiError | null
  state: SaveState
  /** Validation problems of the current edit, by dotted path; the edit is kept but not saved until fixed. */
  invalid: Record<string, string>
  /** One field of the document, by a path the compiler checks against the document's type. */
  set<P extends FieldPath<DocOf<K>>>(path: P, value: FieldPathValue<DocOf<K>, P>): void
  replace(next: DocOf<K>): void
  saveNow(): Promise<void>
  /** Re-reads the saved document (after the server changed it, e.g. an export decision); pending edits are saved first. */
  reload(): Promise<void>
  /** Someone else's edit of this document that the last sync brought in (shown until dismissed). */
  remote: RemoteEdit | null
  dismissRemote(): void
}

/**
 * Loads one document into a react-hook-form form and autosaves edits: debounced, validated by the
 * form's resolver (the shared zod schema, then the cross-field rules) with the messages at the fields,
 * and saved with the last known updatedAt so an edit made elsewhere is never overwritten silently.
 * Beside the form's values the page renders from an immutable copy that changes only along the edited
 * path, so memoised views (the live checks, the virtualised requirement rows) see what changed.
 */
export function useDocEditor<K extends DocKind>(kind: K, id: string): DocEditor<K> {
  const { pick, lang } = useI18n()
  const resolver = useMemo(
    () =>
      zodFormResolver<DocOf<K>>(DOC_SCHEMAS[kind] as unknown as z.ZodType<DocOf<K>, FieldValues>, lang, (v) =>
        Object.fromEntries(editIssues(kind, v).map((i) => [i.path, pick(i)])),
      ),
    [kind, lang, pick],
  )
  const form = useForm<DocOf<K>>({ resolver, mode: 'onSubmit', reValidateMode: 'onSubmit' })
  const [doc, setDocState] = useState<DocOf<K> | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [state, setState] = useState<SaveState>('saved')
  // Read during render so the form re-renders this editor when its resolver reports.
  const invalid = errorsByPath(form.formState.errors)
  // K is generic here, so the compiler cannot spell the document's paths; callers get the typed `set`.
  const setRaw = useCallback(
    (path: string, value: unknown, dirty: boolean) =>
      form.setValue(path as FieldPath<DocOf<K>>, value as FieldPathValue<DocOf<K>, FieldPath<DocOf<K>>>, {
        shouldDirty: dirty,
      }),
    [form],
  )
  const latest = useRef<DocOf<K> | null>(null)
  const savedAt = useRef<string>('')
  const editorKey = `${kind}/${id}`
  // A whole document from the server (load, conflict, sync): the form starts over from it.
  const setDoc = useCallback(
    (d: DocOf<K>) => {
      form.reset(d)
      setDocState(d)
    },
    [form],
  )
  const sync = useEditorSync(kind, id, {
    latest,
    savedAt,
    unsaved: () => saver.dirty(),
    setDoc,
    flush: () => saver.flush(),
  })
  const syncBase = sync.base

  const fresh = async () => {
    const d = await docsApi(kind).get(id)
    latest.current = d
    savedAt.current = d.updatedAt
    syncBase.current = d
    setDoc(d)
  }
  const saver = useAutosave<DocOf<K>>({
    key: editorKey,
    current: () => latest.current,
    version: () => savedAt.current,
    // Schema and cross-field rules (开价 ≥ 目标 ≥ 底线, date ranges…): nothing is clamped or swapped.
    validate: () => form.trigger(),
    save: async (current) => {
      const saved = await docsApi(kind).save(current, savedAt.current)
      savedAt.current = saved.updatedAt
      syncBase.current = saved
      // Edits typed while the save was in flight stay; only the server-owned timestamp moves.
      if (latest.current === current) {
        // The echo shares what it did not change, so memoised views of a big document do not render again; when
        // only the timestamp moved, the form keeps its values rather than being reset from a copy.
        const echo = shareUnchanged(current, saved)
        latest.current = echo
        if (onlyStampMoved(current, echo)) {
          setRaw('updatedAt', echo.updatedAt, false)
          setDocState(echo)
        } else setDoc(echo)
      } else {
        latest.current = { ...latest.current!, updatedAt: saved.updatedAt } as DocOf<K>
        setRaw('updatedAt', saved.updatedAt, false)
        setDocState(latest.current)
      }
    },
    reload: fresh,
    onState: setState,
  })

  useEffect(() => {
    let live = true
    setDocState(null)
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
          saver.changed()
          void saver.flush()
        }
      })
      .catch((e) => live && setError(ApiError.from(e)))
    return () => {
      live = false
    }
  }, [kind, id, syncBase, setDoc, saver])

  const edited = useCallback(
    (next: DocOf<K>) => {
      latest.current = next
      setDocState(next)
      saver.changed()
    },
    [saver],
  )

  const set = useCallback(
    <P extends FieldPath<DocOf<K>>>(path: P, value: FieldPathValue<DocOf<K>, P>) => {
      if (!latest.current) return
      form.setValue(path, value, { shouldDirty: true })
      edited(setIn(latest.current, pathSegments(path), value))
    },
    [form, edited],
  )

  /** A whole edited document (a tool rewrote it): only the top-level fields that changed go to the form. */
  const replace = useCallback(
    (next: DocOf<K>) => {
      const prev = latest.current as Record<string, unknown> | null
      for (const [k, v] of Object.entries(next as Record<string, unknown>))
        if (!prev || prev[k] !== v) setRaw(k, v, true)
      edited(next)
    },
    [setRaw, edited],
  )

  const reload = useCallback(async () => {
    await saver.flush()
    await fresh()
    saver.clean()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fresh reads refs, kind and id only
  }, [saver, kind, id])

  return {
    doc,
    error,
    state,
    invalid,
    set,
    replace,
    saveNow: saver.flush,
    reload,
    remote: sync.remote,
    dismissRemote: sync.dismissRemote,
  }
}
