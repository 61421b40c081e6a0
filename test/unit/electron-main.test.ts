import { BID_SCHEMA_VERSION } from '@shared/schemas'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { METHOD_NAMES, type ApiResult } from '@shared/contract'
import { makeSenderCheck, registerIpc, type IpcEventLike } from '@main/ipc'
import {
  applySessionPolicy,
  applyWindowPolicy,
  CONTENT_SECURITY_POLICY,
  safeExternalUrl,
  secureWebPreferences,
} from '@main/security'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'

type Listener = (event: IpcEventLike, input: unknown) => Promise<ApiResult<unknown>>

class FakeIpc {
  handlers = new Map<string, Listener>()
  handle(channel: string, l: Listener) {
    if (this.handlers.has(channel)) throw new Error(`twice: ${channel}`)
    this.handlers.set(channel, l)
  }
}

const OUR_PAGE = 'file:///app/out/renderer/index.html'
const ok = (id = 7, url = OUR_PAGE): IpcEventLike => ({ sender: { id }, senderFrame: { url } })

let dir: string
let ctx: AppContext
let ipc: FakeIpc

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-ipc-'))
  ctx = new AppContext('ipc', path.join(dir, 'home'))
  await ctx.adopt(await createWorkspace(path.join(dir, 'ws'), { name: 'IPC 测试' }))
  ipc = new FakeIpc()
  registerIpc(
    ipc,
    ctx,
    makeSenderCheck(() => 7, ['file:///app/out/renderer/index.html']),
  )
})
afterEach(async () => {
  await ctx.close()
  await fs.rm(dir, { recursive: true, force: true })
})

describe('IPC registration', () => {
  it('registers exactly one channel per contract method and nothing generic', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `bb:${m}`).sort())
  })

  it('refuses a sender that is not our window or not our page', async () => {
    const h = ipc.handlers.get('bb:bids.list')!
    expect(await h(ok(8), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h(ok(7, 'https://evil.example/'), {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await h({ sender: { id: 7 }, senderFrame: null }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await h(ok(), {})).toEqual({ ok: true, value: [] })
  })

  it('parses input with the contract schema and maps errors to typed codes in zh and en', async () => {
    const create = ipc.handlers.get('bb:bids.create')!
    const bad = await create(ok(), { title: '' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (!bad.ok) {
      expect(bad.error.message.zh).toMatch(/输入不合法/)
      expect(bad.error.message.en).toMatch(/Invalid input/)
    }
    const extra = await create(ok(), { title: 'x', sneaky: 1 })
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const missing = await ipc.handlers.get('bb:bids.get')!(ok(), { id: 'nope' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const made = await create(ok(), { title: '经由 IPC 新建' })
    expect(made).toMatchObject({
      ok: true,
      value: { title: '经由 IPC 新建', schemaVersion: BID_SCHEMA_VERSION },
    })
  })
})

describe('window and session security', () => {
  it('creates windows isolated, sandboxed, without node or webviews', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    })
  })

  it('denies navigation, redirects, webviews and new windows; opens only http(s) outside', () => {
    const listeners: Record<string, (e: { preventDefault(): void }, url?: string) => void> = {}
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null
    const opened: string[] = []
    applyWindowPolicy(
      {
        on: (ev: string, l: never) => ((listeners[ev] = l), undefined),
        setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      } as never,
      (u) => opened.push(u),
    )
    for (const ev of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false
      listeners[ev]({ preventDefault: () => (prevented = true) }, 'https://elsewhere.example/')
      expect(prevented, ev).toBe(true)
    }
    expect(openHandler!({ url: 'https://www.ccgp.gov.cn/' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://www.ccgp.gov.cn/'])
    expect(safeExternalUrl('smb://host/share')).toBeNull()
  })

  it('denies every permission and sets the CSP header on responses', () => {
    let perm: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null
    let check: (() => boolean) | null = null
    let headers:
      | ((
          d: { responseHeaders?: Record<string, string[] | string> },
          cb: (r: { responseHeaders: Record<string, string[] | string> }) => void,
        ) => void)
      | null = null
    applySessionPolicy({
      setPermissionRequestHandler: (h) => (perm = h),
      setPermissionCheckHandler: (h) => (check = h),
      webRequest: { onHeadersReceived: (l) => (headers = l) },
    })
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | null = null
      perm!(null, p, (g) => (granted = g))
      expect(granted).toBe(false)
    }
    expect(check!()).toBe(false)
    let out: Record<string, string[] | string> = {}
    headers!({ responseHeaders: { 'X-A': ['1'] } }, (r) => (out = r.responseHeaders))
    expect(out['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/)
  })
})

describe('one IPC path only', () => {
  it('no file other than electron/main/ipc.ts calls ipcMain.handle', async () => {
    const offenders: string[] = []
    const walk = async (d: string) => {
      for (const e of await fs.readdir(d, { withFileTypes: true })) {
        const p = path.join(d, e.name)
        if (e.isDirectory()) await walk(p)
        else if (/\.tsx?$/.test(e.name) && p !== path.join('electron', 'main', 'ipc.ts')) {
          const text = await fs.readFile(p, 'utf8')
          if (/ipcMain\s*\.\s*handle(Once)?\s*\(/.test(text) || /\.handle\(\s*['"`]/.test(text))
            offenders.push(p)
        }
      }
    }
    await walk('electron')
    expect(offenders).toEqual([])
  })
})
