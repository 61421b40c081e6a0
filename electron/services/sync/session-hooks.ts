import type { AppContext } from '../app-context'
import { readSettings } from './config'
import { runSync } from '.'

export { KeychainCredentials } from './credentials'

const CLOSE_SYNC_MS = 20_000

/**
 * Automatic sync when the app closes (when enabled): bounded, so an unreachable server never keeps the
 * window from closing; what is not pushed now is committed and goes out on the next sync.
 */
export async function syncOnClose(ctx: AppContext, limitMs = CLOSE_SYNC_MS): Promise<void> {
  const ws = ctx.ws
  if (!ws || ws.readOnly) return
  try {
    if (!(await readSettings(ws.dir)).auto) return
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      runSync(ctx, {}),
      new Promise((resolve) => {
        timer = setTimeout(resolve, limitMs)
      }),
    ])
    clearTimeout(timer)
  } catch {
    /* closing must not fail because the team server is down */
  }
}
