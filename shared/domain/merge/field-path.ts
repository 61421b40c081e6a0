/**
 * Field paths of a document, stable across machines: items of keyed arrays are addressed by their key,
 * not their position (`requirements[r1].responseText`), so a path still means the same field after the
 * other side inserted or reordered rows.
 */
export type Seg = { name: string } | { key: string }

/** The path of a conflict about the whole document (deleted on one machine, edited on another). */
export const WHOLE_DOCUMENT = '*'
export type FieldPath = Seg[]

/** Arrays whose items carry a natural key other than `id` (field name → key field). */
export const NATURAL_KEYS: Readonly<Record<string, string>> = {
  benchmark: 'dimension',
  intel: 'bidId',
  estimates: 'bidderId',
  acknowledgements: 'key',
  exportDecisions: 'at',
  styleResults: 'takenAt',
  syncConflicts: 'path',
  decisionChain: 'personId',
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/**
 * The key field that identifies the items of these arrays (all versions of one array field), or null
 * when they are not objects with a unique key each (then the array merges as one value).
 */
export function arrayKey(field: string | null, ...arrays: unknown[][]): string | null {
  const items = arrays.flat()
  if (items.length === 0 || !items.every(isPlainObject)) return null
  for (const k of ['id', field ? NATURAL_KEYS[field] : undefined]) {
    if (!k) continue
    const ok = arrays.every((arr) => {
      const seen = new Set<string>()
      for (const it of arr as Record<string, unknown>[]) {
        const v = it[k]
        if (typeof v !== 'string' || seen.has(v)) return false
        seen.add(v)
      }
      return true
    })
    if (ok) return k
  }
  return null
}

export function lastName(path: FieldPath): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i]
    if ('name' in s) return s.name
  }
  return null
}

export function formatPath(path: FieldPath): string {
  let out = ''
  for (const s of path) {
    if ('name' in s) out += out ? `.${s.name}` : s.name
    else out += `[${s.key.replace(/[\\\]]/g, (c) => `\\${c}`)}]`
  }
  return out
}

/** Parses `a.b[key].c` (inside brackets `\]` and `\\` escape). Throws on a malformed path. */
export function parsePath(text: string): FieldPath {
  const out: FieldPath = []
  let i = 0
  let name = ''
  const flush = () => {
    if (name) out.push({ name })
    name = ''
  }
  while (i < text.length) {
    const c = text[i]
    if (c === '.') {
      flush()
      i++
    } else if (c === '[') {
      flush()
      let key = ''
      i++
      while (i < text.length && text[i] !== ']') {
        if (text[i] === '\\' && i + 1 < text.length) i++
        key += text[i++]
      }
      if (text[i] !== ']') throw new Error(`unclosed [ in path ${text}`)
      out.push({ key })
      i++
    } else {
      name += c
      i++
    }
  }
  flush()
  if (out.length === 0) throw new Error('empty path')
  return out
}

function keyOfItems(path: FieldPath, arr: unknown[]): string | null {
  return arrayKey(lastName(path), arr)
}

/** The value at a path, or undefined when any step is missing. */
export function getAt(doc: unknown, path: FieldPath): unknown {
  let cur: unknown = doc
  for (let i = 0; i < path.length; i++) {
    const s = path[i]
    if ('name' in s) {
      if (!isPlainObject(cur)) return undefined
      cur = cur[s.name]
    } else {
      if (!Array.isArray(cur)) return undefined
      const field = lastName(path.slice(0, i))
      const k = keyOfItems(path.slice(0, i), cur) ?? (field && NATURAL_KEYS[field]) ?? 'id'
      cur = cur.find((it) => isPlainObject(it) && it[k] === s.key)
    }
  }
  return cur
}

/**
 * An immutable set: returns a copy with the value at `path` replaced (undefined removes a field or an
 * item). A keyed item that does not exist is appended, or inserted after `after` when given.
 */
export function setAt<T>(doc: T, path: FieldPath, value: unknown, after?: string | null): T {
  return setIn(doc, path, value, after, null)
}

function setIn<T>(
  doc: T,
  path: FieldPath,
  value: unknown,
  after: string | null | undefined,
  field: string | null,
): T {
  if (path.length === 0) return value as T
  const [head, ...rest] = path
  if ('name' in head) {
    const src: Record<string, unknown> = isPlainObject(doc) ? doc : {}
    const next = setIn(src[head.name], rest, value, after, head.name)
    const copy: Record<string, unknown> = { ...src }
    if (next === undefined) delete copy[head.name]
    else copy[head.name] = next
    return copy as T
  }
  const arr = Array.isArray(doc) ? [...doc] : []
  const k = arrayKey(field, arr) ?? (field && NATURAL_KEYS[field]) ?? 'id'
  const idx = arr.findIndex((it) => isPlainObject(it) && it[k] === head.key)
  const next = setIn(idx >= 0 ? arr[idx] : undefined, rest, value, after, field)
  if (idx >= 0) {
    if (next === undefined) arr.splice(idx, 1)
    else arr[idx] = next
  } else if (next !== undefined) {
    const at = after ? arr.findIndex((it) => isPlainObject(it) && it[k] === after) : -1
    arr.splice(at >= 0 ? at + 1 : after === null ? 0 : arr.length, 0, next)
  }
  return arr as T
}

/** Value equality of JSON data (key order of objects does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => deepEqual(x, b[i]))
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false
    const ka = Object.keys(a).filter((k) => a[k] !== undefined)
    const kb = Object.keys(b).filter((k) => b[k] !== undefined)
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]))
  }
  return false
}
