import { ApiError } from '../api/client'
import { registerFlusher } from '../app/flush-on-close'
import { reportSaveState, type SaveState } from '../app/save-state'
import { dropDraft, onPageLeave, stashDraft, type PageEnv } from './drafts'

export const AUTOSAVE_MS = 600

/** What one editor (a document, a form) gives the autosave loop. */
export interface AutosaveTarget<V> {
  /** Names the editor in the top bar's save state and its parked draft. */
  key: string
  /** The edit as it stands: what is saved, and what is parked as a draft when the page goes away. */
  current(): V | null
  /** The saved version the edit is made on (a draft of another version is dropped on load). */
  version(): string
  /** The schema and cross-field rules; a refused edit stays on screen with its messages and is not saved. */
  validate(): Promise<boolean>
  /** Saves `v` over version() and takes in what the server answered (its own fields, the new version). */
  save(v: V): Promise<void>
  /** After a CONFLICT (someone saved meanwhile): loads the saved version, which replaces the edit. */
  reload(): Promise<void>
  /** Tells the person: a save failed, or a CONFLICT replaced their edit with the saved version. */
  notify(what: 'conflict' | 'error', e?: unknown): void
  onState?(s: SaveState): void
}

export interface Autosaver {
  /** An edit was made: the editor is dirty now and is saved after the pause. */
  changed(): void
  /** Saves what is pending now (one save at a time, each over the version the previous one answered). */
  flush(): Promise<void>
  /** Whether an edit has not been saved yet. */
  dirty(): boolean
  /** The whole edit was replaced by a saved version (load, sync, conflict): nothing is pending. */
  clean(): void
  /** Starts saving on Ctrl+S, on leaving a field, when the page goes away and when the window closes; answers the stop. */
  attach(env?: PageEnv): () => void
}

/**
 * The one autosave loop of every editor: each change marks the top bar dirty and saves after a pause, at once
 * when a field is left, on Ctrl+S, when the page is hidden or left (with the edit parked as a draft in case that
 * last save does not finish) and when the desktop window closes (flush-on-close registry). Edits typed while a
 * save or the rules run are saved by the next round, never dropped; a save over someone else's newer save is
 * refused by the server (CONFLICT) and the editor reloads the saved version.
 */
export function createAutosaver<V>(target: () => AutosaveTarget<V>, delayMs = AUTOSAVE_MS): Autosaver {
  // Edits are counted: the editor is dirty while the count is past the one last saved.
  let edits = 0
  let savedEdits = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  let queue: Promise<void> = Promise.resolve()
  const dirty = () => edits !== savedEdits
  const state = (s: SaveState) => {
    const t = target()
    t.onState?.(s)
    reportSaveState(t.key, s)
  }
  const stop = () => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  const schedule = () => {
    stop()
    timer = setTimeout(() => void flush(), delayMs)
  }

  const once = async () => {
    const t = target()
    if (!dirty()) return
    const at = edits
    if (!(await t.validate())) return state('error')
    // A keystroke typed while the rules ran is saved (and checked) by the next round.
    if (edits !== at) return schedule()
    const v = t.current()
    if (v === null) return
    state('saving')
    try {
      await t.save(v)
      savedEdits = at
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'CONFLICT')) {
        t.notify('error', e)
        return state('error')
      }
      await t.reload()
      savedEdits = edits
      t.notify('conflict')
    }
    if (dirty()) {
      state('dirty')
      schedule()
    } else {
      dropDraft(t.key)
      state('saved')
    }
  }

  const flush = () => {
    stop()
    // A save that failed unexpectedly (the reload after a CONFLICT) must not stop the ones after it.
    queue = queue.then(once).catch((e: unknown) => {
      target().notify('error', e)
      state('error')
    })
    return queue
  }

  const attach = (env?: PageEnv) => {
    const { win, doc } = env ?? { win: window, doc: document }
    const key = target().key
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void flush()
      }
    }
    // Leaving a field saves at once rather than after the pause.
    const onBlur = () => {
      if (timer) void flush()
    }
    win.addEventListener('keydown', onKey as EventListener)
    doc.addEventListener('focusout', onBlur)
    // Reload, close, tab hidden: park the edit synchronously, then try to save it.
    const offLeave = onPageLeave(
      () => {
        if (!dirty()) return
        const t = target()
        const v = t.current()
        if (v !== null) stashDraft(t.key, t.version(), v)
        void flush()
      },
      { win, doc },
    )
    const offClose = registerFlusher(flush)
    return () => {
      win.removeEventListener('keydown', onKey as EventListener)
      doc.removeEventListener('focusout', onBlur)
      offLeave()
      offClose()
      // Leaving the page saves what is pending rather than dropping it.
      void (dirty() ? flush() : Promise.resolve()).then(() => reportSaveState(key, null))
    }
  }

  return {
    changed: () => {
      edits++
      state('dirty')
      schedule()
    },
    flush,
    dirty,
    clean: () => {
      savedEdits = edits
    },
    attach,
  }
}
