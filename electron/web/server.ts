import { randomBytes, timingSafeEqual } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { AppError, type ErrorCode } from '@shared/errors'
import { MAX_JSON_DEPTH, jsonTextDepth } from '@shared/json-limits'
import type { AppContext } from '@services/app-context'
import { dispatch } from '@services/api/dispatch'

/** The largest import (50 MB) sent as base64 inside JSON, with room for the other fields. */
export const MAX_BODY_BYTES = 72 * 1024 * 1024

/** The same policy the Electron window uses; antd injects styles at run time, scripts stay 'self' only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'self' blob:; frame-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  BAD_AMOUNT: 400,
  IMPORT_REJECTED: 400,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  CONFLICT: 409,
  LOCKED: 409,
  READ_ONLY: 409,
  NO_WORKSPACE: 409,
  WORKSPACE_NOT_FOUND: 404,
  WORKSPACE_EXISTS: 409,
  NEWER_SCHEMA: 409,
  CORRUPT: 500,
  DISK_FULL: 507,
  PERMISSION: 500,
  IO: 500,
  UNSAFE_FILE: 403,
  RECOVERY_FAILED: 507,
  INTERNAL: 500,
  CANCELLED: 409,
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
}

export interface WebServerOptions {
  ctx: AppContext
  /** Folder of the built renderer (index.html + assets). */
  staticDir: string
  port?: number
  token?: string
}

export interface WebServer {
  /** The URL with the token, for printing (never for a command line). */
  url: string
  port: number
  token: string
  /**
   * A fresh one-time URL to hand to a browser-opening command: it holds no token, only a code that the server
   * exchanges once (within a minute) for the token in an HttpOnly, SameSite=Strict cookie.
   */
  launchUrl(): string
  close(): Promise<void>
}

const SESSION_COOKIE = 'bb_session'
const LAUNCH_TTL_MS = 60_000

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return undefined
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json; charset=utf-8',
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

function sendError(res: http.ServerResponse, code: ErrorCode, detail?: string, reason?: string): void {
  const err = new AppError(
    code,
    detail ? { zh: detail, en: detail } : undefined,
    reason ? { reason } : undefined,
  ).toJSON()
  send(res, STATUS[code] ?? 500, JSON.stringify({ ok: false, error: err }))
}

/** A percent-encoded path, or null when it is malformed (`/%E0%A4%A`): a 400, not an exception. */
function decodePath(p: string): string | null {
  try {
    return decodeURIComponent(p)
  } catch {
    return null
  }
}

/** The request's JSON body, or why it is refused: bad syntax or nesting deeper than MAX_JSON_DEPTH. */
function parseBody(
  body: Buffer,
): { ok: true; value: unknown } | { ok: false; detail: string; reason: string } {
  if (!body.length) return { ok: true, value: {} }
  const text = body.toString('utf8')
  if (jsonTextDepth(text) > MAX_JSON_DEPTH) {
    return { ok: false, detail: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, reason: 'JSON_TOO_DEEP' }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, detail: 'JSON', reason: 'JSON_SYNTAX' }
  }
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) return 'too-large'
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return 'too-large'
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * Browser mode: the renderer and the API over HTTP, for machines without the Electron binary.
 * Bound to 127.0.0.1 only. The Host check defeats DNS rebinding, the Origin check defeats other
 * pages in the same browser, and the per-run token means only whoever got the printed URL can call
 * the API. No CORS headers are ever sent.
 */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`])
  const root = path.resolve(opts.staticDir)
  const launchCodes = new Map<string, number>()

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(String(req.headers.host ?? ''))) return sendError(res, 'FORBIDDEN', 'Host')
      const origin = req.headers.origin
      if (origin !== undefined && !allowedOrigins().has(origin)) return sendError(res, 'FORBIDDEN', 'Origin')
      let url: URL
      try {
        url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
      } catch {
        return sendError(res, 'VALIDATION', 'URL', 'MALFORMED_URI')
      }
      const pathname = decodePath(url.pathname)
      if (pathname === null) return sendError(res, 'VALIDATION', 'URL', 'MALFORMED_URI')

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendError(res, 'VALIDATION', 'POST only')
        const auth = String(req.headers.authorization ?? '')
        const bearer = auth.startsWith('Bearer ') ? auth.slice(7) : undefined
        if (
          !tokenMatches(bearer, token) &&
          !tokenMatches(cookieValue(req.headers.cookie, SESSION_COOKIE), token)
        )
          return sendError(res, 'UNAUTHORIZED')
        const body = await readBody(req)
        if (body === 'too-large') {
          sendError(res, 'PAYLOAD_TOO_LARGE', `> ${MAX_BODY_BYTES} bytes`)
          req.destroy()
          return
        }
        const input = parseBody(body)
        if (!input.ok) return sendError(res, 'VALIDATION', input.detail, input.reason)
        const result = await dispatch(opts.ctx, pathname.slice(5), input.value)
        const status = result.ok ? 200 : (STATUS[result.error.code] ?? 500)
        return send(res, status, JSON.stringify(result))
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 'VALIDATION', 'GET only')
      const launch = /^\/launch\/([A-Za-z0-9_-]{16,64})$/.exec(pathname)
      if (launch) {
        const expires = launchCodes.get(launch[1])
        launchCodes.delete(launch[1]) // one use, whatever happens
        if (expires === undefined || expires < Date.now()) return sendError(res, 'UNAUTHORIZED', 'launch')
        res.writeHead(303, {
          Location: '/',
          'Set-Cookie': `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
        })
        return res.end()
      }
      const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
      const file = path.resolve(root, rel)
      if (!file.startsWith(root + path.sep)) return sendError(res, 'NOT_FOUND')
      let data: Buffer
      try {
        data = await fs.readFile(file)
      } catch {
        // Client-side routes fall back to the app shell.
        data = await fs.readFile(path.join(root, 'index.html'))
        return send(res, 200, data, MIME['.html'])
      }
      return send(res, 200, data, MIME[path.extname(file)] ?? 'application/octet-stream')
    } catch (e) {
      if (!res.headersSent) sendError(res, 'INTERNAL', e instanceof Error ? e.message : String(e))
    }
  })
  server.headersTimeout = 30_000
  server.requestTimeout = 120_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    launchUrl() {
      const code = randomBytes(24).toString('base64url')
      launchCodes.set(code, Date.now() + LAUNCH_TTL_MS)
      return `http://127.0.0.1:${port}/launch/${code}`
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
