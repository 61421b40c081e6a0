/**
 * Limits on request data that every transport applies before a schema sees it: a value nested deeper than
 * MAX_JSON_DEPTH would overflow the stack of a recursive validator ("Maximum call stack size exceeded" became a
 * 500); no real request of this API nests more than a dozen levels.
 */
export const MAX_JSON_DEPTH = 64

/** Nesting depth of JSON text, counted without parsing it (brackets inside strings do not count). */
export function jsonTextDepth(text: string, stopAt = MAX_JSON_DEPTH + 1): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth
      if (max >= stopAt) return max
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return max
}

/** Nesting depth of an already parsed value (IPC hands over structured clones), iteratively. */
export function valueDepth(value: unknown, stopAt = MAX_JSON_DEPTH + 1): number {
  let max = 0
  const stack: [unknown, number][] = [[value, 0]]
  const seen = new Set<object>()
  while (stack.length) {
    const [v, d] = stack.pop()!
    if (!v || typeof v !== 'object' || seen.has(v)) continue
    seen.add(v)
    const depth = d + 1
    if (depth > max) max = depth
    if (max >= stopAt) return max
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth])
  }
  return max
}
