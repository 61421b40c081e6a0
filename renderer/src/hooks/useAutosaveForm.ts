import { useEffect, useRef } from 'react'
import type { DefaultValues, FieldValues, Path, PathValue } from 'react-hook-form'
import type { z } from 'zod'
import { takeDraft } from './drafts'
import { useAutosave } from './useAutosave'
import { useZodForm } from './useZodForm'

export interface AutosaveOptions<T extends FieldValues> {
  /** Names the editor in the top bar's save state and its parked draft. */
  key: string
  schema: z.ZodType<T, FieldValues>
  /** The saved values the form starts from. */
  saved: T
  /** The version a draft is parked on (a saved document's updatedAt): a draft of another version is dropped. */
  versionOf(v: T): string
  /** Saves the values; answers what was saved (the server's own fields, such as updatedAt, included). */
  save(v: T): Promise<T>
  /** After a CONFLICT (someone saved meanwhile): the values saved now, which replace the edit. */
  reload(): Promise<T>
  onSaved?(v: T): void
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * A react-hook-form form on the app's one autosave loop (useAutosave): saved after a pause, when a field is left,
 * on Ctrl+S, when the page is left (parked as a draft too) and when the window closes. An edit the shared schema
 * refuses stays on screen with its message and is not saved; a CONFLICT reloads the saved values.
 */
export function useAutosaveForm<T extends FieldValues>(o: AutosaveOptions<T>) {
  const opts = useRef(o)
  opts.current = o
  const savedJson = useRef(JSON.stringify(o.saved))
  const version = useRef(o.versionOf(o.saved))
  const draft = useRef(takeDraft<T>(o.key, version.current))
  const form = useZodForm(o.schema, (draft.current ?? o.saved) as DefaultValues<T>)
  const isDirty = () => JSON.stringify(form.getValues()) !== savedJson.current

  const saver = useAutosave<T>({
    key: o.key,
    // A copy: getValues() shares its nested objects with the live form, which typing goes on changing.
    current: () => JSON.parse(JSON.stringify(form.getValues())) as T,
    version: () => version.current,
    validate: () => form.trigger(),
    save: async (sent) => {
      const saved = await opts.current.save(sent)
      // Only what the server changed of its own is put back (updatedAt…), never a field the person edited (a
      // name trimmed while they type a space would eat it): rows being typed in stay mounted, and an edit typed
      // while the save was in flight stays (and is saved next).
      const before = JSON.parse(savedJson.current) as T
      const changed = (Object.keys(saved) as Path<T>[]).filter(
        (k) => !same(saved[k], sent[k]) && (!(k in before) || same(sent[k], before[k])),
      )
      const merged: T = { ...sent }
      for (const k of changed) merged[k] = saved[k]
      savedJson.current = JSON.stringify(merged)
      for (const k of changed) form.setValue(k, saved[k] as PathValue<T, typeof k>)
      version.current = opts.current.versionOf(saved)
      opts.current.onSaved?.(saved)
    },
    reload: async () => {
      const fresh = await opts.current.reload()
      savedJson.current = JSON.stringify(fresh)
      version.current = opts.current.versionOf(fresh)
      form.reset(fresh)
    },
  })

  // The form's change feed drives autosave; values the loop itself put back (the server's fields, a reload)
  // equal the saved ones and are not edits.
  useEffect(() => {
    const sub = form.watch(() => {
      if (isDirty()) saver.changed()
    })
    // A draft brought back from a page that went away is saved at once.
    if (draft.current && isDirty()) {
      saver.changed()
      void saver.flush()
    }
    draft.current = null
    return () => sub.unsubscribe()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- isDirty reads refs and the stable form only
  }, [form, saver])

  return { form, saveNow: saver.flush }
}
