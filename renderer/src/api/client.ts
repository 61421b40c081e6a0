import type { ApiResult, InputOf, MethodName, OutputOf } from '@shared/contract'
import type { ApiErrorShape, ErrorCode } from '@shared/errors'
import { errorMessage } from './error-text'

type Bridge = Record<string, (input: unknown) => Promise<ApiResult<unknown>>>

declare global {
  interface Window {
    bidbench?: Bridge
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode
  readonly zh: string
  readonly en: string
  readonly details?: unknown
  constructor(e: ApiErrorShape) {
    super(e.message.en)
    this.code = e.code
    this.zh = e.message.zh
    this.en = e.message.en
    this.details = e.details
  }

  /** The thrown value as an ApiError, for state that keeps the code (CONFLICT, NOT_FOUND, …). */
  static from(e: unknown): ApiError {
    if (e instanceof ApiError) return e
    const code = (e as { code?: ErrorCode } | null)?.code
    return new ApiError({ code: typeof code === 'string' ? code : 'INTERNAL', message: errorMessage(e) })
  }
}

const TOKEN_KEY = 'bidbench.token'

/** The browser mode's token arrives once in the URL; keep it for reloads, then drop it from the address bar. */
function token(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.toString())
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}
const httpToken = typeof window !== 'undefined' && !window.bidbench ? token() : ''

/**
 * Whether the UTF-8 form of `s` is shorter than `limit` bytes, without encoding a whole bid on every save: each UTF-16
 * unit is 1–3 bytes, so the length alone decides unless it falls between limit/3 and limit.
 */
export function utf8Below(s: string, limit: number): boolean {
  if (s.length >= limit) return false
  if (s.length * 3 < limit) return true
  return new TextEncoder().encode(s).length < limit
}

async function overHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const body = JSON.stringify(input ?? {})
  const res = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${httpToken}` },
    body,
    // A save started as the page unloads must outlive it; browsers cap keepalive bodies at 64 KiB
    // (larger edits are parked as drafts instead, see hooks/drafts.ts).
    keepalive: utf8Below(body, 60_000),
  })
  try {
    return (await res.json()) as ApiResult<unknown>
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: { zh: `HTTP ${res.status}`, en: `HTTP ${res.status}` } },
    }
  }
}

/**
 * The one way the UI talks to the application: the Electron preload bridge when present, HTTP in
 * browser mode. Components never know which. Errors arrive as ApiError with a code and zh/en text.
 */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  return (await invoke(method, input)) as OutputOf<M>
}

/** The transport under `call`, untyped: for typed wrappers such as api/docs.ts that compute method names. */
export async function invoke(method: MethodName, input: unknown): Promise<unknown> {
  const bridge = window.bidbench
  const result = bridge ? await bridge[method](input) : await overHttp(method, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}
