import { useSyncExternalStore } from 'react'

export type SaveState = 'saved' | 'saving' | 'dirty' | 'error'

/** App-wide save indicator: each editor reports its state; the header shows the worst one. */
const states = new Map<string, SaveState>()
const listeners = new Set<() => void>()
let snapshot: SaveState = 'saved'

const RANK: Record<SaveState, number> = { saved: 0, dirty: 1, saving: 2, error: 3 }

export function reportSaveState(editor: string, state: SaveState | null): void {
  if (state === null) states.delete(editor)
  else states.set(editor, state)
  let worst: SaveState = 'saved'
  for (const s of states.values()) if (RANK[s] > RANK[worst]) worst = s
  if (worst !== snapshot) {
    snapshot = worst
    for (const l of listeners) l()
  }
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => snapshot,
  )
}
