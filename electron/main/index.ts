import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell } from 'electron'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { AppContext } from '@services/app-context'
import { ensureSampleWorkspace } from '@services/sample-workspace'
import { KeychainCredentials, syncOnClose } from '@services/sync/session-hooks'
import { guardCloseUntilFlushed } from './close-flush'
import { makeSenderCheck, registerIpc } from './ipc'
import { applySessionPolicy, applyWindowPolicy, secureWebPreferences } from './security'
import { devRendererUrl, runStartup } from './startup'

// Electron entry only: lifecycle, window, security policy and IPC wiring. The application lives in
// electron/services, shared by the browser mode and the CLI.
const here = path.dirname(fileURLToPath(import.meta.url))
let win: BrowserWindow | null = null
const ctx = new AppContext('ipc', process.env.BIDBENCH_HOME || path.join(app.getPath('userData')))

async function createWindow(): Promise<void> {
  const rendererUrl = devRendererUrl(process.env, app.isPackaged)
  const indexFile = path.join(here, '../renderer/index.html')
  const allowed = rendererUrl ? [rendererUrl] : [pathToFileURL(indexFile).toString()]
  const isOurs = makeSenderCheck(() => win?.webContents.id ?? null, allowed)
  registerIpc(ipcMain as never, ctx, isOurs)
  applySessionPolicy(session.defaultSession as never)

  const dir = process.env.BIDBENCH_WORKSPACE || (await ensureSampleWorkspace(ctx.home))
  await ctx.open(dir).catch(() => ctx.open(dir, true))
  // Git server logins live in the OS keychain, never in the workspace.
  if (safeStorage?.isEncryptionAvailable?.())
    ctx.credentials = new KeychainCredentials(path.join(ctx.home, 'credentials.json'), {
      encrypt: (s) => safeStorage.encryptString(s),
      decrypt: (b) => safeStorage.decryptString(b),
    })

  win = new BrowserWindow({
    width: 1360,
    height: 860,
    title: 'BidBench 投标谈判工作台',
    show: false,
    webPreferences: secureWebPreferences(path.join(here, '../preload/index.cjs')),
  })
  applyWindowPolicy(win.webContents as never, (url) => void shell.openExternal(url))
  // Closing waits (bounded) for the page to save the edit typed a moment ago.
  guardCloseUntilFlushed(win, ipcMain as never, isOurs, { log: (m) => console.error(m) })
  win.once('ready-to-show', () => win?.show())
  if (rendererUrl) await win.loadURL(rendererUrl)
  else await win.loadFile(indexFile)
}

app.enableSandbox()
Menu.setApplicationMenu(null)
const startupUi = {
  showErrorBox: (title: string, content: string) => dialog.showErrorBox(title, content),
  exit: (code: number) => app.exit(code),
  log: (message: string) => console.error(message),
}
app.whenReady().then(
  () => runStartup(createWindow, startupUi),
  (e) => runStartup(() => Promise.reject(e), startupUi),
)
app.on('window-all-closed', async () => {
  await syncOnClose(ctx)
  await ctx.close()
  app.quit()
})
