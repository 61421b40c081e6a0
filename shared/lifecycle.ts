/**
 * The desktop window's close handshake (Electron): the main process holds the close, asks the page to
 * save what is still pending (the autosave debounce, an edit typed a moment ago), and closes when the page
 * answers or after a bound. Channel names and the page-side half live here, with no Electron import, so
 * the preload bundle and the tests use the same code.
 */
export const FLUSH_REQUEST = 'bb-lifecycle:flush'
export const FLUSH_DONE = 'bb-lifecycle:flushed'

/** What the page's bridge can do with the handshake: register the one function that saves everything. */
export interface LifecycleBridge {
  onFlushRequest(flush: () => Promise<void>): void
}

/** The renderer-side IPC the handshake needs (Electron's ipcRenderer has this shape). */
export interface RendererIpcLike {
  on(channel: string, listener: (event: unknown, nonce: string) => void): unknown
  send(channel: string, nonce: string): void
}

/**
 * The page-side half: on a flush request, run the page's flush and answer with the request's nonce, also
 * when the flush failed (the main process must not wait for a page that cannot save; the localStorage
 * draft written on pagehide still holds the edit for the next start).
 */
export function makeLifecycleBridge(ipc: RendererIpcLike): LifecycleBridge {
  let registered: (() => Promise<void>) | null = null
  ipc.on(FLUSH_REQUEST, (_event, nonce) => {
    const flush = registered ?? (() => Promise.resolve())
    void Promise.resolve()
      .then(flush)
      .catch(() => undefined)
      .finally(() => ipc.send(FLUSH_DONE, nonce))
  })
  return {
    onFlushRequest(flush) {
      registered = flush
    },
  }
}
