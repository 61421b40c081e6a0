/**
 * `next` with every part that equals the same part of `prev` (as JSON: plain objects, arrays, primitives) replaced
 * by `prev`'s object, and `prev` itself when nothing differs. A document that comes back from the server after a
 * save is a fresh parse of what was sent: sharing the unchanged parts keeps their identity, so views memoised on
 * them (the 50 section cards of a bid) do not render again for the save's echo.
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next
  if (Array.isArray(prev) !== Array.isArray(next)) return next
  if (Array.isArray(prev)) {
    const a = next as unknown as unknown[]
    const out = a.map((v, i) => (i < prev.length ? shareUnchanged(prev[i], v) : v))
    const same = a.length === prev.length && out.every((v, i) => v === prev[i])
    return (same ? prev : out) as T
  }
  if (Object.getPrototypeOf(prev) !== Object.prototype || Object.getPrototypeOf(next) !== Object.prototype)
    return next
  const p = prev as Record<string, unknown>
  const n = next as Record<string, unknown>
  const out: Record<string, unknown> = {}
  let same = true
  for (const k of Object.keys(n)) {
    if (n[k] === undefined && !(k in p)) continue
    out[k] = k in p ? shareUnchanged(p[k], n[k]) : n[k]
    if (out[k] !== p[k]) same = false
  }
  for (const k of Object.keys(p)) if (p[k] !== undefined && !(k in out)) same = false
  return (same ? prev : out) as T
}
