import type { LifecycleBridge } from '@shared/lifecycle'

declare global {
  interface Window {
    bidbenchLifecycle?: LifecycleBridge
  }
}

/**
 * Every editor with pending edits registers its flush here; closing the desktop window runs them all and
 * the main process closes once they are done (shared/lifecycle.ts, electron/main/close-flush.ts).
 */
const flushers = new Set<() => Promise<void>>()

export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush)
  return () => flushers.delete(flush)
}

/** Saves what every open editor has pending; one failing editor does not stop the others. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()))
}

/** In the desktop app, answers the window's close with flushAll; the browser mode has no bridge. */
export function connectCloseFlush(bridge: LifecycleBridge | undefined): void {
  bridge?.onFlushRequest(flushAll)
}
