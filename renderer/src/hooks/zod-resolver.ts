import { toNestErrors } from '@hookform/resolvers'
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form'
import type { z } from 'zod'
import type { Lang } from '@shared/i18n'
import { issuesByPath } from '@shared/i18n/zod-messages'

/**
 * A react-hook-form resolver on a shared zod schema whose messages are in the UI language: the same schema the
 * API applies decides, and the person reads "必填" / "不能大于 10" at the field rather than zod's English.
 */
export function zodFormResolver<T extends FieldValues>(
  schema: z.ZodType<T, FieldValues>,
  lang: Lang,
  /** Rules across fields, asked only once the schema accepts the values: message by dotted path. */
  across?: (values: T) => Record<string, string>,
): Resolver<T> {
  return async (values, _ctx, options) => {
    const r = await schema.safeParseAsync(values)
    const messages = r.success ? (across?.(r.data) ?? {}) : issuesByPath(r.error.issues, lang)
    if (r.success && Object.keys(messages).length === 0) return { values: r.data, errors: {} }
    const flat: FieldErrors = {}
    for (const [path, message] of Object.entries(messages))
      flat[path || 'root'] = { type: 'validate', message }
    return { values: {}, errors: toNestErrors(flat, options) }
  }
}

/** The messages of a form's errors by dotted path ('goals.walkAway', 'lots.0.name'). */
export function errorsByPath(errors: FieldErrors, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, e] of Object.entries(errors)) {
    if (!e || typeof e !== 'object') continue
    const path = prefix ? `${prefix}.${k}` : k
    const leaf = e as { message?: unknown; type?: unknown }
    if (typeof leaf.message === 'string' && typeof leaf.type === 'string') out[path] = leaf.message
    else Object.assign(out, errorsByPath(e as FieldErrors, path))
  }
  return out
}
