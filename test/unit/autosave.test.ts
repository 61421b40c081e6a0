/**
 * The one autosave loop every editor uses (renderer/src/hooks/autosave.ts): the document editors and the
 * react-hook-form forms (公司信息, customers) give it their values, rules and save; these tests drive it with a
 * fake page (window/document event targets) and a save that records what reached the "server".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@renderer/api/client'
import { flushAll } from '@renderer/app/flush-on-close'
import { createAutosaver, type AutosaveTarget } from '@renderer/hooks/autosave'
import { takeDraft, type PageEnv } from '@renderer/hooks/drafts'

const store = new Map<string, string>()
beforeEach(() => {
  store.clear()
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  })
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

interface Doc {
  text: string
  updatedAt: string
}

/** An editor over one document with a server that stamps each save and refuses a save of an old version. */
function editor(over: Partial<AutosaveTarget<Doc>> = {}) {
  const server = {
    doc: { text: '', updatedAt: 'v0' } as Doc,
    saves: [] as string[],
    fail: null as ApiError | null,
  }
  let value: Doc = { ...server.doc }
  let version = 'v0'
  const states: string[] = []
  const notes: string[] = []
  let valid = (d: Doc) => !d.text.includes('!')
  let gate: Promise<void> | null = null
  const target: AutosaveTarget<Doc> = {
    key: 'test/doc',
    current: () => value,
    version: () => version,
    validate: async () => valid(value),
    save: async (v) => {
      if (gate) await gate
      if (server.fail) throw server.fail
      if (version !== server.doc.updatedAt)
        throw new ApiError({ code: 'CONFLICT', message: { zh: '已被修改', en: 'changed' } })
      server.doc = { text: v.text, updatedAt: `v${server.saves.length + 1}` }
      server.saves.push(v.text)
      version = server.doc.updatedAt
    },
    reload: async () => {
      value = { ...server.doc }
      version = server.doc.updatedAt
    },
    notify: (what) => void notes.push(what),
    onState: (s) => void states.push(s),
    ...over,
  }
  const saver = createAutosaver(() => target)
  return {
    saver,
    server,
    states,
    notes,
    type(text: string) {
      value = { ...value, text }
      saver.changed()
    },
    get value() {
      return value
    },
    rules(f: (d: Doc) => boolean) {
      valid = f
    },
    hold() {
      let open!: () => void
      gate = new Promise((r) => (open = r))
      return () => {
        gate = null
        open()
      }
    },
  }
}

function fakePage() {
  const win = new EventTarget()
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState })
  const env = { win, doc } as unknown as PageEnv
  const fire = (t: EventTarget, type: string, extra: object = {}) =>
    t.dispatchEvent(Object.assign(new Event(type, { cancelable: true }), extra))
  return { env, win, doc, fire }
}

describe('autosave loop', () => {
  it('saves once after the pause, however many keystrokes came before it', async () => {
    const e = editor()
    for (const t of ['a', 'ab', 'abc']) {
      e.type(t)
      await vi.advanceTimersByTimeAsync(300)
    }
    expect(e.server.saves).toEqual([])
    expect(e.saver.dirty()).toBe(true)
    await vi.advanceTimersByTimeAsync(600)
    expect(e.server.saves).toEqual(['abc'])
    expect(e.saver.dirty()).toBe(false)
    expect(e.states.at(-1)).toBe('saved')
  })

  it('keeps an edit typed while a save is in flight and saves it next, over the version that save answered', async () => {
    const e = editor()
    e.type('first')
    const open = e.hold()
    const first = e.saver.flush()
    await vi.advanceTimersByTimeAsync(0)
    e.type('second')
    open()
    await first
    expect(e.server.saves).toEqual(['first'])
    expect(e.saver.dirty()).toBe(true)
    expect(e.states.at(-1)).toBe('dirty')
    await vi.advanceTimersByTimeAsync(600)
    expect(e.server.saves).toEqual(['first', 'second'])
    expect(e.notes).toEqual([])
  })

  it('does not save an edit the rules refuse, and saves it once fixed', async () => {
    const e = editor()
    e.type('bad!')
    await vi.advanceTimersByTimeAsync(600)
    expect(e.server.saves).toEqual([])
    expect(e.states.at(-1)).toBe('error')
    expect(e.saver.dirty()).toBe(true)
    e.type('good')
    await vi.advanceTimersByTimeAsync(600)
    expect(e.server.saves).toEqual(['good'])
  })

  it('a keystroke typed while the rules run is checked and saved by the next round', async () => {
    const e = editor()
    let typed = false
    e.rules((d) => {
      if (!typed) {
        typed = true
        e.type('later')
      }
      return !d.text.includes('!')
    })
    e.type('early')
    await e.saver.flush()
    expect(e.server.saves).toEqual([])
    await vi.advanceTimersByTimeAsync(600)
    expect(e.server.saves).toEqual(['later'])
  })

  it('on a CONFLICT reloads the saved version and says so; nothing is left pending', async () => {
    const e = editor()
    e.server.doc = { text: 'theirs', updatedAt: 'v9' }
    e.type('mine')
    await e.saver.flush()
    expect(e.notes).toEqual(['conflict'])
    expect(e.value.text).toBe('theirs')
    expect(e.saver.dirty()).toBe(false)
    expect(e.states.at(-1)).toBe('saved')
  })

  it('a failed save keeps the edit pending and reports it; the next flush saves it', async () => {
    const e = editor()
    e.server.fail = new ApiError({ code: 'IO', message: { zh: '磁盘已满', en: 'disk full' } })
    e.type('kept')
    await e.saver.flush()
    expect(e.notes).toEqual(['error'])
    expect(e.states.at(-1)).toBe('error')
    expect(e.saver.dirty()).toBe(true)
    e.server.fail = null
    await e.saver.flush()
    expect(e.server.saves).toEqual(['kept'])
  })

  it('on the page: leaving a field, Ctrl+S, hiding the page and closing the window save at once', async () => {
    const e = editor()
    const p = fakePage()
    const detach = e.saver.attach(p.env)

    e.type('blur')
    p.fire(p.doc, 'focusout')
    await vi.advanceTimersByTimeAsync(0)
    expect(e.server.saves).toEqual(['blur'])

    e.type('ctrl-s')
    p.fire(p.win, 'keydown', { key: 's', ctrlKey: true })
    await vi.advanceTimersByTimeAsync(0)
    expect(e.server.saves).toEqual(['blur', 'ctrl-s'])

    // Hidden: the edit is parked as a draft synchronously (the save may not finish), on the version it was made on.
    e.type('hidden')
    const open = e.hold()
    ;(p.doc as unknown as { visibilityState: string }).visibilityState = 'hidden'
    p.fire(p.doc, 'visibilitychange')
    expect(JSON.parse(store.get('bidbench.draft.test/doc')!)).toEqual({
      base: 'v2',
      value: { text: 'hidden', updatedAt: 'v0' },
    })
    open()
    await vi.advanceTimersByTimeAsync(0)
    expect(e.server.saves.at(-1)).toBe('hidden')
    // Saved: the draft is dropped.
    expect(takeDraft('test/doc', 'v2')).toBeNull()

    e.type('closing')
    await flushAll()
    expect(e.server.saves.at(-1)).toBe('closing')

    // Unmounting (navigating away) saves what is pending and stops listening.
    e.type('navigate')
    detach()
    await vi.advanceTimersByTimeAsync(0)
    expect(e.server.saves.at(-1)).toBe('navigate')
    e.type('after')
    p.fire(p.doc, 'focusout')
    p.fire(p.win, 'keydown', { key: 's', ctrlKey: true })
    await flushAll()
    expect(e.server.saves.at(-1)).toBe('navigate')
    await vi.advanceTimersByTimeAsync(600)
    expect(e.server.saves.at(-1)).toBe('after')
  })
})
