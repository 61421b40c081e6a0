import { useMemo } from 'react'
import { useI18n } from './i18n'
import { labelsFor, type LabelPairs, type Labels } from './label-pairs'

export {
  defineLabels,
  enumLabel,
  enumOptions,
  fmt,
  labelsFor,
  type LabelPairs,
  type Labels,
} from './label-pairs'

/** A feature's labels in the language the user picked; re-resolved only when the language changes. */
export function useLabels<T extends LabelPairs>(pairs: T): Labels<T> {
  const { lang } = useI18n()
  return useMemo(() => labelsFor(pairs, lang), [pairs, lang])
}
