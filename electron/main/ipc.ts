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

/** Trusted: the main window's webContents, showing our own bundled page (file:// or the dev server). */
export function makeSenderCheck(getWindowWebContentsId: () => number | null, allowedUrlPrefixes: string[]) {
  return (event: IpcEventLike): boolean => {
    const id = getWindowWebContentsId()
    if (id === null || event.sender.id !== id) return false
    const url = event.senderFrame?.url ?? ''
    return allowedUrlPrefixes.some((p) => url.startsWith(p))
  }
}
