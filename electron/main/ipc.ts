import { METHOD_NAMES, type ApiResult } from '@shared/contract'
import { AppError } from '@shared/errors'
import type { AppContext } from '@services/app-context'
import { dispatch } from '@services/api/dispatch'

export const IPC_PREFIX = 'bb:'

/** The part of an IPC event the sender check needs. */
export interface IpcEventLike {
  senderFrame: { url: string } | null
  sender: { id: number }
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcEventLike, input: unknown) => Promise<ApiResult<unknown>>,
  ): void
}

/**
 * Registers one channel per contract method (never a generic "call anything" channel). Each call
 * checks the sender is our own window and page, then goes through the same dispatcher as HTTP:
 * schema parsing, typed errors.
 */
export function registerIpc(
  ipc: IpcMainLike,
  ctx: AppContext,
  isTrustedSender: (event: IpcEventLike) => boolean,
): string[] {
  const channels: string[] = []
  for (const name of METHOD_NAMES) {
    const channel = IPC_PREFIX + name
    ipc.handle(channel, async (event, input) => {
      if (!isTrustedSender(event))
        return {
          ok: false,
          error: new AppError('FORBIDDEN', { zh: 'IPC 发送方', en: 'IPC sender' }).toJSON(),
        }
      return dispatch(ctx, name, input)
    })
    channels.push(channel)
  }
  return channels
}

/**
 * Whether a frame's URL is one of our pages. An http(s) entry is an ORIGIN compared exactly (scheme, host and
 * port: 'http://localhost:5173' does not admit 'http://localhost:51730' or 'http://localhost:5173.evil.example');
 * a file: entry is our index.html compared by path (its query and hash are the app's own routing).
 */
export function isOurPage(url: string, allowed: readonly string[]): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  return allowed.some((a) => {
    const ok = new URL(a)
    if (ok.protocol === 'file:')
      return u.protocol === 'file:' && u.host === ok.host && u.pathname === ok.pathname
    return (ok.protocol === 'http:' || ok.protocol === 'https:') && u.origin === ok.origin
  })
}

/** Trusted: the main window's webContents, showing our own bundled page (file:// or the dev server). */
export function makeSenderCheck(getWindowWebContentsId: () => number | null, allowed: string[]) {
  return (event: IpcEventLike): boolean => {
    const id = getWindowWebContentsId()
    if (id === null || event.sender.id !== id) return false
    return isOurPage(event.senderFrame?.url ?? '', allowed)
  }
}
