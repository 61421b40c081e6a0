import { toNestErrors } from '@hookform/resolvers'
import { useMemo } from 'react'
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form'
import type { z } from 'zod'
import type { Lang } from '@shared/i18n'
import { issuesByPath } from '@shared/i18n/zod-messages'
import { useI18n } from '../app/i18n'

/**
 * A react-hook-form resolver on a shared zod schema whose messages are in the UI language: the same schema the
 * API applies decides, and the person reads "必填" / "不能大于 10" at the field rather than zod's English.
 */
export function zodFormResolver<T extends FieldValues>(
  schema: z.ZodType<T, FieldValues>,
  lang: Lang,
): Resolver<T> {
  return async (values, _ctx, options) => {
    const r = await schema.safeParseAsync(values)
    if (r.success) return { values: r.data, errors: {} }
    const flat: FieldErrors = {}
    for (const [path, message] of Object.entries(issuesByPath(r.error.issues, lang)))
      flat[path || 'root'] = { type: 'validate', message }
    return { values: {}, errors: toNestErrors(flat, options) }
  }
}

/** useForm with the localized zod resolver; typed field paths come from the schema's type. */
export function useZodForm<T extends FieldValues>(
  schema: z.ZodType<T, FieldValues>,
  defaultValues: DefaultValues<T>,
  mode: 'onChange' | 'onSubmit' = 'onChange',
) {
  const { lang } = useI18n()
  const resolver = useMemo(() => zodFormResolver(schema, lang), [schema, lang])
  return useForm<T>({ resolver, defaultValues, mode })
}
