import { useCallback } from 'react'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { pickedFileIssue, type FileRule } from '@shared/contract/define'
import type { Lang } from '@shared/i18n'
import { useZodForm } from './useZodForm'

/** What a form holds about a picked file: what is checked before it is read. The File itself stays out. */
export const PickedFileSchema = z.object({ name: z.string(), size: z.number() })
export type PickedFile = z.infer<typeof PickedFileSchema>

/**
 * A form rule (`across`) for a picked file at `path`: the shared pickedFileIssue (kind, empty, size) in the
 * UI language, or nothing when the file may be read.
 */
export function pickedFileRule(
  path: string,
  picked: PickedFile | null | undefined,
  rule: FileRule,
  lang: Lang,
): Record<string, string> {
  const issue = picked ? pickedFileIssue(picked, rule) : null
  return issue ? { [path]: lang === 'zh' ? issue.zh : issue.en } : {}
}

const PickForm = z.object({ picked: PickedFileSchema.nullable() })

/**
 * One file picker as a form: `pick` records the file and answers whether it may be read; a refused file stays
 * shown as picked with its reason (`error`) until another is picked or `clear`. `refuse` puts a reason found
 * later (the server's) at the same place.
 */
export function usePickedFile(rule: FileRule) {
  const across = useCallback(
    (v: z.infer<typeof PickForm>, lang: Lang) => pickedFileRule('picked', v.picked, rule, lang),
    [rule],
  )
  const form = useZodForm(PickForm, { picked: null }, 'onChange', across)
  const picked = useWatch({ control: form.control, name: 'picked' })
  const pick = async (file: File): Promise<boolean> => {
    form.setValue('picked', { name: file.name, size: file.size }, { shouldDirty: true })
    return form.trigger()
  }
  return {
    picked,
    error: form.formState.errors.picked?.message,
    pick,
    clear: () => form.reset({ picked: null }),
    refuse: (message: string) => form.setError('picked', { type: 'server', message }),
  }
}
