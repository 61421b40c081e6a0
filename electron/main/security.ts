import { CONTENT_SECURITY_POLICY } from '@web/server'

export { CONTENT_SECURITY_POLICY }

/** The webPreferences every BidBench window is created with (docs/ARCHITECTURE.md, security baseline). */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
  } as const
}

/** The slice of Electron's WebContents the policy needs, so tests can drive it with a fake. */
export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (e: { preventDefault(): void }, url: string) => void,
  ): unknown
  on(event: 'will-attach-webview', listener: (e: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void
  setPermissionCheckHandler(handler: () => boolean): void
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[] | string> },
        callback: (r: { responseHeaders: Record<string, string[] | string> }) => void,
      ) => void,
    ): void
  }
}

/** Only http(s) links leave the app, and only after parsing; everything else is dropped. */
export function safeExternalUrl(url: string): string | null {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null
  } catch {
    return null
  }
}

/**
 * Locks a window down: no navigation away from the app, no new windows (http(s) links go to the
 * system browser through openExternal), no webviews.
 */
export function applyWindowPolicy(wc: WebContentsLike, openExternal: (url: string) => void): void {
  wc.on('will-navigate', (e) => e.preventDefault())
  wc.on('will-redirect', (e) => e.preventDefault())
  wc.on('will-attach-webview', (e) => e.preventDefault())
  wc.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url)
    if (safe) openExternal(safe)
    return { action: 'deny' }
  })
}

/** Denies every permission request (camera, notifications, geolocation…) and adds the CSP header. */
export function applySessionPolicy(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...(details.responseHeaders ?? {}),
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    })
  })
}
