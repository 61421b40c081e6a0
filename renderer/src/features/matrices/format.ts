/** Display helpers of the matrix page. */

export function yuan(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return '—'
  return n.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 }) + ' 元'
}

/** Prices in 万元 for narrow columns: 3,300,000 → 330.00万. */
export function wan(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return '—'
  return (n / 10_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + '万'
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

export const METHOD_OPTIONS = [
  { value: 'lowest', label: '低价优先法（综合评分法）' },
  { value: 'average', label: '平均值基准法' },
  { value: 'lowestEvaluated', label: '最低评标价法' },
] as const

export const CATEGORY_OPTIONS = ['价格', '商务', '技术', '其他'] as const

export const KIND_OPTIONS = [
  { value: 'objective', label: '客观' },
  { value: 'subjective', label: '主观' },
] as const
