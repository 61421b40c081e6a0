/**
 * What the Electron entry decides before and while it starts, as plain functions the fake-driven tests exercise:
 * which page the window loads, and what happens when starting fails after app.whenReady().
 */
import { isAppError } from '@shared/errors'

/**
 * The dev server URL, honoured only in a development build (electron-vite sets ELECTRON_RENDERER_URL for
 * `npm run dev`). A packaged app always loads its own bundled page: an environment variable must not be able to
 * point the window — and with it the IPC bridge — at another page. Only a loopback http URL is accepted.
 */
export function devRendererUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const raw = env.ELECTRON_RENDERER_URL
  if (isPackaged || !raw) return null
  try {
    const u = new URL(raw)
    const loopback = u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]'
    return u.protocol === 'http:' && loopback ? u.toString() : null
  } catch {
    return null
  }
}

export interface StartupUi {
  showErrorBox(title: string, content: string): void
  exit(code: number): void
  log(message: string): void
}

/** The dialog text for a failed start: Chinese first, then English, with the typed message when there is one. */
export function startupFailureText(e: unknown): { title: string; content: string } {
  const zh = isAppError(e) ? e.zh : e instanceof Error ? e.message : String(e)
  const en = isAppError(e) ? e.en : zh
  return {
    title: 'BidBench 无法启动 / BidBench cannot start',
    content: `${zh}\n\n${en === zh ? '' : `${en}\n\n`}应用将退出。/ The app will now quit.`,
  }
}

/**
 * Runs the start-up steps after whenReady; any failure (no workspace, a locked or damaged one, a missing page,
 * a window that cannot load) shows a dialog and exits with code 1 — never a process without a window or message.
 */
export async function runStartup(start: () => Promise<void>, ui: StartupUi): Promise<boolean> {
  try {
    await start()
    return true
  } catch (e) {
    const { title, content } = startupFailureText(e)
    ui.log(`${title}: ${content}`)
    try {
      ui.showErrorBox(title, content)
    } finally {
      ui.exit(1)
    }
    return false
  }
}
