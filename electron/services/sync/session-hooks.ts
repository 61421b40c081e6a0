import type { AppContext } from '../app-context'
import { readSettings } from './config'
import { runSync } from '.'

export { KeychainCredentials } from './credentials'

const CLOSE_SYNC_MS = 20_000

/**
 * Automatic sync when the app closes (when enabled): bounded, so an unreachable server never keeps the
 * window from closing; what is not pushed now is committed and goes out on the next sync. At the bound the
 * sync is stopped (its request aborted, no file half-written) and awaited: the caller closes the workspace
 * only after this returns, so nothing of the sync still runs then.
 */
export async function syncOnClose(ctx: AppContext, limitMs = CLOSE_SYNC_MS): Promise<void> {
  const ws = ctx.ws
  if (!ws || ws.readOnly) return
  try {
    if (!(await readSettings(ws.dir)).auto) return
  } catch {
    return
  }
  const stop = new AbortController()
  const timer = setTimeout(() => stop.abort(), limitMs)
  try {
    await runSync(ctx, {}, stop.signal)
  } catch {
    /* closing must not fail because the team server is down */
  } finally {
    clearTimeout(timer)
  }
}
