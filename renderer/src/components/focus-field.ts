import './focus-field.css'

/** A field of a detail page by its document path: the input's id (`f-<path>`) or a `data-field` on its box. */
function fieldAt(path: string): HTMLElement | null {
  return (
    document.getElementById(`f-${path}`) ??
    document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`)
  )
}

/** The exact field first, then its nearest ancestor that is on the page ('requiredMaterials.1.years' → the row). */
function nearestField(path: string): HTMLElement | null {
  const parts = path.split('.')
  for (let n = parts.length; n > 0; n--) {
    const el = fieldAt(parts.slice(0, n).join('.'))
    if (el) return el
  }
  return null
}

const FLASH_MS = 1600
/** On the root while a jump settles: long lists drawn only near the screen are drawn whole (section-card.css). */
const SETTLING = 'bb-jump-settling'

/**
 * The one jump to a field (check findings, ?focus= links, on every detail page): once the field exists, scrolls it
 * to the middle, focuses its input and flashes its form item (class bb-flash). The tab may still be mounting and a
 * virtualised row may still be scrolling into view, so it retries for a short while before it settles for the
 * nearest ancestor on the page. Returns a cancel function (an effect's cleanup).
 */
export function focusWhenReady(path: string, tries = 20): () => void {
  let cancelled = false
  let timer: ReturnType<typeof setTimeout>
  const attempt = (left: number) => {
    if (cancelled) return
    const el = fieldAt(path) ?? (left === 0 ? nearestField(path) : null)
    if (!el) {
      if (left > 0) timer = setTimeout(() => attempt(left - 1), 60)
      return
    }
    // Boxes drawn only near the screen (content-visibility: auto) would take their real size once scrolled to and
    // push the field away: they are all drawn for the jump and one frame after it, so each remembers its real size.
    const root = document.documentElement
    root.classList.add(SETTLING)
    el.scrollIntoView({ block: 'center' })
    // Once drawn, they go back to being drawn only near the screen; which ones are near is decided in the frames after
    // that, so the field is kept in view for those frames (the page may have cleared the jump's cause already).
    const keep = (frames: number) =>
      requestAnimationFrame(() => {
        const r = el.getBoundingClientRect()
        if (el.isConnected && (r.top < 0 || r.bottom > window.innerHeight))
          el.scrollIntoView({ block: 'center' })
        if (frames > 1) keep(frames - 1)
      })
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        root.classList.remove(SETTLING)
        keep(4)
      }),
    )
    const target = el.matches('input, textarea, select, button, [tabindex]')
      ? el
      : el.querySelector<HTMLElement>('input, textarea, button, [tabindex]')
    target?.focus({ preventScroll: true })
    const box = el.closest<HTMLElement>('.ant-form-item, [data-field]') ?? el
    box.classList.remove('bb-flash')
    void box.offsetWidth // restart the animation when the same field is flashed again
    box.classList.add('bb-flash')
    setTimeout(() => box.classList.remove('bb-flash'), FLASH_MS)
  }
  attempt(tries)
  return () => {
    cancelled = true
    clearTimeout(timer)
  }
}
