export { requirementIndex, tabOf } from '@shared/domain/bids/paths'

function findField(path: string): HTMLElement | null {
  // The exact field first, then its nearest ancestor that is on the page ('requiredMaterials.1.years' → the row).
  const parts = path.split('.')
  for (let n = parts.length; n > 0; n--) {
    const p = parts.slice(0, n).join('.')
    const el =
      document.getElementById(`f-${p}`) ??
      document.querySelector<HTMLElement>(`[data-field="${CSS.escape(p)}"]`)
    if (el) return el
  }
  return null
}

/**
 * Scrolls to and focuses a field once it exists: the tab may still be mounting and a virtualised row
 * may still be scrolling into view, so it retries for a short while. Returns a cancel function.
 */
export function focusWhenReady(path: string, tries = 20): () => void {
  let cancelled = false
  let timer: ReturnType<typeof setTimeout>
  const attempt = (left: number) => {
    if (cancelled) return
    const exact =
      document.getElementById(`f-${path}`) ??
      document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`)
    const el = exact ?? (left === 0 ? findField(path) : null)
    if (!el) {
      if (left > 0) timer = setTimeout(() => attempt(left - 1), 60)
      return
    }
    el.scrollIntoView({ block: 'center' })
    const target = el.matches('input, textarea, select, button, [tabindex]')
      ? el
      : el.querySelector<HTMLElement>('input, textarea, button, [tabindex]')
    target?.focus({ preventScroll: true })
    const box = el.closest<HTMLElement>('.ant-form-item, [data-field]') ?? el
    // A short outline shows where the finding points (no stylesheet needed).
    box.style.outline = '2px solid #faad14'
    box.style.outlineOffset = '2px'
    setTimeout(() => {
      box.style.outline = ''
      box.style.outlineOffset = ''
    }, 1600)
  }
  attempt(tries)
  return () => {
    cancelled = true
    clearTimeout(timer)
  }
}
