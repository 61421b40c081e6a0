import { randomUUID } from 'node:crypto'
import { FLUSH_DONE, FLUSH_REQUEST } from '@shared/lifecycle'
import type { IpcEventLike } from './ipc'

/** How long a close waits for the page to save before closing anyway (a hung or crashed page). */
export const FLUSH_TIMEOUT_MS = 5_000

export interface CloseEventLike {
  preventDefault(): void
}

/** The parts of a BrowserWindow the guard uses. */
export interface ClosableWindowLike {
  on(event: 'close', listener: (e: CloseEventLike) => void): unknown
  close(): void
  isDestroyed(): boolean
  webContents: { send(channel: string, nonce: string): void }
}

export interface IpcMainOnLike {
  on(channel: string, listener: (event: IpcEventLike, nonce: unknown) => void): unknown
  removeListener(channel: string, listener: (event: IpcEventLike, nonce: unknown) => void): unknown
}

/**
 * Holds the window's close until the page has saved its pending edits: the close is prevented, the page
 * is asked (FLUSH_REQUEST with a fresh nonce), and the window closes when our own page answers with that
 * nonce, or after `timeoutMs` whatever happens. A second close while waiting does not ask again.
 */
export function guardCloseUntilFlushed(
  win: ClosableWindowLike,
  ipc: IpcMainOnLike,
  isTrustedSender: (event: IpcEventLike) => boolean,
  opts: { timeoutMs?: number; log?: (message: string) => void } = {},
): void {
  let released = false
  let waiting = false
  win.on('close', (e) => {
    if (released) return
    e.preventDefault()
    if (waiting) return
    waiting = true
    const nonce = randomUUID()
    const finish = () => {
      if (released) return
      released = true
      clearTimeout(timer)
      ipc.removeListener(FLUSH_DONE, onDone)
      if (!win.isDestroyed()) win.close()
    }
    const onDone = (event: IpcEventLike, answer: unknown) => {
      if (answer === nonce && isTrustedSender(event)) finish()
    }
    ipc.on(FLUSH_DONE, onDone)
    const timer = setTimeout(() => {
      opts.log?.(
        `BidBench: the page did not confirm saving within ${opts.timeoutMs ?? FLUSH_TIMEOUT_MS} ms; closing`,
      )
      finish()
    }, opts.timeoutMs ?? FLUSH_TIMEOUT_MS)
    try {
      win.webContents.send(FLUSH_REQUEST, nonce)
    } catch {
      finish()
    }
  })
}
