import type { Lang } from '@shared/i18n'

/**
 * Feature-page wording, kept next to its feature (features/<x>/labels.ts) as [中文, English] pairs, so a page's
 * two languages are edited together and no feature has to touch the shell's message table. Values the API stores
 * (enum values such as 技术 / 响应, document kinds) are data, not labels: they are compared and sent as they are,
 * and only their display goes through a pair.
 */
export type LabelPairs = Record<string, readonly [zh: string, en: string]>
export type Labels<T extends LabelPairs> = { readonly [K in keyof T]: string }

export function defineLabels<const T extends LabelPairs>(pairs: T): T {
  return pairs
}

/** The pairs resolved for a language, for code that runs outside a component (column builders, formatters). */
export function labelsFor<T extends LabelPairs>(pairs: T, lang: Lang): Labels<T> {
  const i = lang === 'zh' ? 0 : 1
  const out: Record<string, string> = {}
  for (const k of Object.keys(pairs)) out[k] = pairs[k][i]
  return out as Labels<T>
}

/** Fills {name} slots: fmt(L.rowsSelected, { n: 3 }). */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
}

/** Display text of a stored enum value: the pair when there is one, else the value itself. */
export function enumLabel(pairs: LabelPairs, value: string, lang: Lang): string {
  const p = pairs[value]
  return p ? p[lang === 'zh' ? 0 : 1] : value
}

/** Select options for stored enum values: the value stays Chinese, only the label follows the language. */
export function enumOptions<V extends string>(values: readonly V[], pairs: LabelPairs, lang: Lang) {
  return values.map((v) => ({ value: v, label: enumLabel(pairs, v, lang) }))
}
