/**
 * Whether an ECharts option has anything to plot. A value is missing when it is null, undefined, NaN or
 * ECharts' '-'; a point ([x, y], polar [r, angle]) is missing when any coordinate is (as ECharts draws it);
 * a radar datum ({ value: [...] }) when every value in it is.
 * A chart with no plottable value shows "no data" instead of empty axes that read as zeros.
 */
export function chartHasData(option: object | null | undefined): boolean {
  if (!option) return false
  const raw = (option as { series?: unknown }).series
  const series = Array.isArray(raw) ? raw : raw ? [raw] : []
  return series.some((s) => {
    const data = (s as { data?: unknown } | null)?.data
    return Array.isArray(data) && data.some(present)
  })
}

function present(v: unknown): boolean {
  if (v === null || v === undefined || v === '-') return false
  if (typeof v === 'number') return !Number.isNaN(v)
  if (Array.isArray(v)) return v.length > 0 && v.every(present)
  if (typeof v === 'object' && 'value' in v) {
    const value = (v as { value: unknown }).value
    return Array.isArray(value) ? value.some(present) : present(value)
  }
  return true
}
