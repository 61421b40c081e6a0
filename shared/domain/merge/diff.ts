import { arrayKey, deepEqual, formatPath, isPlainObject, lastName, type FieldPath } from './field-path'

/** One changed field between two versions of a document; absent values are null. */
export interface FieldChange {
  path: string
  before: unknown
  after: unknown
  /** add/remove of a whole item, a changed value, or the same items in another order. */
  op: 'add' | 'remove' | 'change' | 'order'
}

/** Bookkeeping of the store, not an edit anyone made. */
const SKIP_ROOT = new Set(['updatedAt', 'createdAt', 'schemaVersion', 'syncConflicts'])

function walk(out: FieldChange[], path: FieldPath, b: unknown, a: unknown): void {
  if (deepEqual(b, a)) return
  if (b === undefined || a === undefined) {
    out.push({
      path: formatPath(path),
      before: b ?? null,
      after: a ?? null,
      op: b === undefined ? 'add' : 'remove',
    })
    return
  }
  if (isPlainObject(b) && isPlainObject(a)) {
    for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (path.length === 0 && SKIP_ROOT.has(k)) continue
      if (k === 'updatedAt') continue
      walk(out, [...path, { name: k }], b[k], a[k])
    }
    return
  }
  if (Array.isArray(b) && Array.isArray(a)) {
    const key = arrayKey(lastName(path), b, a)
    if (key) {
      const B = new Map((b as Record<string, unknown>[]).map((it) => [String(it[key]), it]))
      const A = new Map((a as Record<string, unknown>[]).map((it) => [String(it[key]), it]))
      for (const id of new Set([...B.keys(), ...A.keys()]))
        walk(out, [...path, { key: id }], B.get(id), A.get(id))
      const kb = [...B.keys()].filter((id) => A.has(id))
      const ka = [...A.keys()].filter((id) => B.has(id))
      if (!deepEqual(kb, ka)) out.push({ path: formatPath(path), before: kb, after: ka, op: 'order' })
      return
    }
  }
  out.push({ path: formatPath(path), before: b, after: a, op: 'change' })
}

/**
 * What changed from `before` to `after`, field by field; items of keyed arrays are compared by key, so
 * an inserted row is one addition rather than every row after it "changed". Either side may be null
 * (the document was created or deleted).
 */
export function diffDocs(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = []
  if (before === null || before === undefined || after === null || after === undefined) {
    if (before === after) return out
    walk(out, [], before ?? {}, after ?? {})
    return out
  }
  walk(out, [], before, after)
  return out
}
