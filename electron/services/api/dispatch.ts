import { ZodError } from 'zod'
import { contract, isMethodName, type ApiResult } from '@shared/contract'
import { AppError, toApiError } from '@shared/errors'
import { issueText } from '@shared/i18n/zod-messages'
import { MAX_JSON_DEPTH, valueDepth } from '@shared/json-limits'
import type { AppContext } from '../app-context'
import { handlers } from './handlers'

/** Every transport's validation error: the field path and what is wrong there, in both languages. */
export function validationError(e: ZodError): AppError {
  const issues = e.issues.slice(0, 20).map((i) => ({
    path: i.path.join('.'),
    message: issueText(i, 'en'),
    zh: issueText(i, 'zh'),
  }))
  const first = issues[0]
  const at = first ? `${first.path || '(root)'}: ` : ''
  return new AppError(
    'VALIDATION',
    { zh: first ? at + first.zh : '', en: first ? at + first.message : '' },
    { issues },
  )
}

/**
 * The one entry point every transport uses: look the method up in the contract, parse the input
 * with its schema, run the handler, and turn every failure into a typed error. Nothing is written
 * when parsing fails, because the handler never runs.
 */
export async function dispatch(
  ctx: AppContext,
  name: string,
  rawInput: unknown,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(name)) {
    return {
      ok: false,
      error: new AppError('UNKNOWN_METHOD', { zh: name.slice(0, 100), en: name.slice(0, 100) }).toJSON(),
    }
  }
  if (valueDepth(rawInput) > MAX_JSON_DEPTH) {
    return {
      ok: false,
      error: new AppError(
        'VALIDATION',
        { zh: `输入嵌套超过 ${MAX_JSON_DEPTH} 层`, en: `input nested deeper than ${MAX_JSON_DEPTH} levels` },
        { reason: 'TOO_DEEP' },
      ).toJSON(),
    }
  }
  const parsed = contract[name].input.safeParse(rawInput === undefined ? {} : rawInput)
  if (!parsed.success) return { ok: false, error: validationError(parsed.error).toJSON() }
  try {
    const handler = handlers[name] as (input: unknown, ctx: AppContext) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data, ctx) }
  } catch (e) {
    if (e instanceof ZodError) return { ok: false, error: validationError(e).toJSON() }
    return { ok: false, error: toApiError(e) }
  }
}
