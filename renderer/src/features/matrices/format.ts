/** Display helpers of the matrix page. */
import type { Lang } from '@shared/i18n'
import { enumLabel, fmt, labelsFor } from '@renderer/app/label-pairs'
import { CATEGORY, KIND, METHOD, UNIT } from './labels'

export const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US')

export function yuan(n: number | null | undefined, lang: Lang): string {
  if (n == null || !Number.isFinite(n)) return '—'
  const v = n.toLocaleString(locale(lang), { minimumFractionDigits: 0, maximumFractionDigits: 2 })
  return fmt(labelsFor(UNIT, lang).yuan, { n: v })
}

/**
 * Prices for narrow columns and chart axes: 3,300,000 → 330.00万 in Chinese, 3.30M in English (万 is not a unit
 * English readers count in).
 */
export function wan(n: number | null | undefined, lang: Lang, minimumFractionDigits = 2): string {
  if (n == null || !Number.isFinite(n)) return '—'
  const v = (n / (lang === 'zh' ? 10_000 : 1_000_000)).toLocaleString(locale(lang), {
    minimumFractionDigits,
    maximumFractionDigits: 2,
  })
  return fmt(labelsFor(UNIT, lang).wan, { n: v })
}

export function pts(n: number | null | undefined, digits = 2): string {
  if (n == null || !Number.isFinite(n)) return '—'
  return n.toFixed(digits)
}

export function pct(p: number, digits = 1): string {
  return (p * 100).toFixed(digits) + '%'
}

/** Excel column letters: 1 → A, 27 → AA. */
export function colName(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

export const METHODS = ['lowest', 'average', 'lowestEvaluated'] as const

export const methodOptions = (lang: Lang) =>
  METHODS.map((value) => ({ value, label: enumLabel(METHOD, value, lang) }))

/** The stored category values; shown through their pairs. */
export const CATEGORY_OPTIONS = ['价格', '商务', '技术', '其他'] as const

export const categoryOptions = (lang: Lang) =>
  CATEGORY_OPTIONS.map((value) => ({ value, label: enumLabel(CATEGORY, value, lang) }))

export const kindOptions = (lang: Lang) =>
  (['objective', 'subjective'] as const).map((value) => ({ value, label: enumLabel(KIND, value, lang) }))

/** Stored category names (e.g. the keys of a score breakdown) as `Technical 30, Price 40`. */
export function categoryList(entries: [string, string | number][], lang: Lang): string {
  return entries.map(([k, v]) => `${enumLabel(CATEGORY, k, lang)} ${v}`).join(labelsFor(UNIT, lang).sep)
}
