import { fmt } from '@renderer/app/label-pairs'

export interface MessagePair {
  zh: string
  en: string
}

const FAILED = ['操作未完成：{message}', 'The operation did not complete: {message}'] as const

function isPair(e: unknown): e is MessagePair {
  const m = e as Partial<MessagePair> | null
  return typeof m === 'object' && m !== null && typeof m.zh === 'string' && typeof m.en === 'string'
}

/**
 * The zh/en message of anything a call, a worker or a domain rule threw: an ApiError or AppError (or one
 * cloned from a worker) speaks for itself; anything else (a bug, a dropped connection) gets a generic
 * sentence in each language with its own message, so the user never sees a bare "TypeError: …" as the
 * whole story. Show it with the page's `pick(errorMessage(e))`. No imports of the client: workers use it.
 */
export function errorMessage(e: unknown): MessagePair {
  if (isPair(e)) return { zh: e.zh, en: e.en }
  const own = (e as { message?: unknown } | null)?.message
  const message = typeof own === 'string' ? own : String(e)
  return { zh: fmt(FAILED[0], { message }), en: fmt(FAILED[1], { message }) }
}
