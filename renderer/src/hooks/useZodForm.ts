import { useEffect, useMemo, useRef } from 'react'
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import { useI18n } from '../app/i18n'
import { zodFormResolver } from './zod-resolver'

/**
 * useForm with the localized zod resolver; typed field paths come from the schema's type. `across` adds rules
 * the schema cannot say (a parse of the whole text, one field against another): message by dotted path, in the
 * UI language; keep it a stable function (module level or memoised).
 */
export function useZodForm<T extends FieldValues>(
  schema: z.ZodType<T, FieldValues>,
  defaultValues: DefaultValues<T>,
  mode: 'onChange' | 'onSubmit' = 'onChange',
  across?: (values: T, lang: 'zh' | 'en') => Record<string, string>,
) {
  const { lang } = useI18n()
  const resolver = useMemo(
    () => zodFormResolver(schema, lang, across && ((v: T) => across(v, lang))),
    [schema, lang, across],
  )
  return useForm<T>({ resolver, defaultValues, mode })
}

/**
 * For forms that apply as you type (no OK button): `onValid` gets the parsed values after every change the
 * form accepts; a refused change calls nothing, its message stays at the field and the last accepted values
 * stay in use.
 */
export function useOnValidChange<T extends FieldValues>(
  form: UseFormReturn<T>,
  onValid: (values: T) => void,
) {
  const latest = useRef(onValid)
  useEffect(() => {
    latest.current = onValid
  })
  useEffect(() => {
    const sub = form.watch(() => void form.handleSubmit((v) => latest.current(v))())
    return () => sub.unsubscribe()
  }, [form])
}
