import { arrayKey, deepEqual, formatPath, isPlainObject, lastName, type FieldPath } from './field-path'
import { mergePending } from './pending'

/**
 * One field edited differently on both sides. The document keeps `ours` (or, when one side deleted an
 * item the other changed, the changed item) until someone decides; both values stay here until then.
 */
export interface ConflictRecord {
  path: string
  base: unknown
  ours: unknown
  theirs: unknown
  /** Which side removed the item (the record's value for that side is then null). */
  deleted?: 'ours' | 'theirs'
  /** Further values from other machines' undecided conflicts on the same field (three or more sides). */
  alternatives?: unknown[]
  oursBy: string
  theirsBy: string
  at: string
}

export interface MergeOptions {
  /** A fresh updatedAt for the merged document (the caller's clock, so this stays pure). */
  now: string
  oursBy?: string
  theirsBy?: string
}

export interface MergeResult<T> {
  doc: T
  /** Conflicts found by this merge (also written into doc.syncConflicts). */
  conflicts: ConflictRecord[]
  /** True when the result differs from `ours`. */
  changed: boolean
}

/** Managed by the store, not by people: never a conflict. */
const ROOT_MANAGED = new Set(['updatedAt', 'createdAt', 'schemaVersion', 'syncConflicts'])

interface Ctx {
  conflicts: Omit<ConflictRecord, 'oursBy' | 'theirsBy' | 'at'>[]
}

const ABSENT = undefined

function laterString(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b
  if (typeof b !== 'string') return a
  return a >= b ? a : b
}

function conflict(ctx: Ctx, path: FieldPath, b: unknown, o: unknown, t: unknown): unknown {
  const rec: Ctx['conflicts'][number] = {
    path: formatPath(path),
    base: b ?? null,
    ours: o ?? null,
    theirs: t ?? null,
  }
  if (o === ABSENT) rec.deleted = 'ours'
  if (t === ABSENT) rec.deleted = 'theirs'
  ctx.conflicts.push(rec)
  // Never lose a value: a change wins over a deletion until someone decides.
  return o === ABSENT ? t : o
}

function mergeValue(ctx: Ctx, path: FieldPath, b: unknown, o: unknown, t: unknown): unknown {
  if (deepEqual(o, t)) return o
  if (deepEqual(b, o)) return t
  if (deepEqual(b, t)) return o
  const name = lastName(path)
  if (name === 'updatedAt' && path[path.length - 1] && 'name' in path[path.length - 1])
    return laterString(o, t)
  if (isPlainObject(o) && isPlainObject(t) && (b === ABSENT || isPlainObject(b)))
    return mergeObject(ctx, path, (b ?? {}) as Record<string, unknown>, o, t, b === ABSENT)
  if (Array.isArray(o) && Array.isArray(t) && (b === ABSENT || Array.isArray(b))) {
    const base = (b ?? []) as unknown[]
    const key = arrayKey(name, base, o, t)
    if (key) return mergeKeyed(ctx, path, key, base, o, t)
    if ([...base, ...o, ...t].every((x) => typeof x === 'string'))
      return mergeStrings(base as string[], o as string[], t as string[])
  }
  return conflict(ctx, path, b, o, t)
}

function mergeObject(
  ctx: Ctx,
  path: FieldPath,
  b: Record<string, unknown>,
  o: Record<string, unknown>,
  t: Record<string, unknown>,
  noBase: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)])) {
    const v = mergeValue(ctx, [...path, { name: k }], noBase ? ABSENT : b[k], o[k], t[k])
    if (v !== ABSENT) out[k] = v
  }
  return out
}

type Item = Record<string, unknown>

function mergeKeyed(
  ctx: Ctx,
  path: FieldPath,
  key: string,
  b: unknown[],
  o: unknown[],
  t: unknown[],
): Item[] {
  const idx = (arr: unknown[]) => new Map((arr as Item[]).map((it) => [String(it[key]), it]))
  const B = idx(b)
  const O = idx(o)
  const T = idx(t)
  const merged = new Map<string, Item>()
  for (const id of new Set([...O.keys(), ...T.keys(), ...B.keys()])) {
    const bi = B.get(id)
    const oi = O.get(id)
    const ti = T.get(id)
    const p: FieldPath = [...path, { key: id }]
    let v: unknown
    if (oi === ABSENT && ti === ABSENT) v = ABSENT
    else if (bi === ABSENT) v = oi && ti ? mergeValue(ctx, p, ABSENT, oi, ti) : (oi ?? ti)
    else if (oi === ABSENT) v = deepEqual(ti, bi) ? ABSENT : conflict(ctx, p, bi, ABSENT, ti)
    else if (ti === ABSENT) v = deepEqual(oi, bi) ? ABSENT : conflict(ctx, p, bi, oi, ABSENT)
    else v = mergeValue(ctx, p, bi, oi, ti)
    if (v !== ABSENT) merged.set(id, v as Item)
  }
  const ids = (arr: unknown[]) => (arr as Item[]).map((it) => String(it[key])).filter((id) => merged.has(id))
  return mergeOrder(ids(b), ids(o), ids(t)).map((id) => merged.get(id)!)
}

/**
 * The order of a merged list: the side that reordered the shared rows wins (ours when both did); rows
 * only the other side has go right after the row that precedes them there.
 */
export function mergeOrder(base: string[], ours: string[], theirs: string[]): string[] {
  const common = (a: string[], b: string[]) => {
    const s = new Set(b)
    return a.filter((x) => s.has(x))
  }
  const oursMoved = !deepEqual(common(ours, base), common(base, ours))
  const [primary, other] = oursMoved ? [ours, theirs] : [theirs, ours]
  const out = [...primary]
  const placed = new Set(out)
  for (let i = 0; i < other.length; i++) {
    const id = other[i]
    if (placed.has(id)) continue
    let at = 0
    for (let j = i - 1; j >= 0; j--) {
      const pos = out.indexOf(other[j])
      if (pos >= 0) {
        at = pos + 1
        break
      }
    }
    out.splice(at, 0, id)
    placed.add(id)
  }
  return out
}

/** A list of strings merged as a multiset: each side's additions and removals both apply. */
function mergeStrings(b: string[], o: string[], t: string[]): string[] {
  const count = (arr: string[]) => {
    const m = new Map<string, number>()
    for (const x of arr) m.set(x, (m.get(x) ?? 0) + 1)
    return m
  }
  const cb = count(b)
  const co = count(o)
  const ct = count(t)
  const want = new Map<string, number>()
  for (const x of new Set([...o, ...t]))
    want.set(x, Math.max(0, (co.get(x) ?? 0) + (ct.get(x) ?? 0) - (cb.get(x) ?? 0)))
  const kept: string[] = []
  const used = new Map<string, number>()
  for (const x of o) {
    if ((used.get(x) ?? 0) < (want.get(x) ?? 0)) {
      kept.push(x)
      used.set(x, (used.get(x) ?? 0) + 1)
    }
  }
  for (let i = 0; i < t.length; i++) {
    const x = t[i]
    if ((used.get(x) ?? 0) >= (want.get(x) ?? 0)) continue
    const prev = i > 0 ? kept.lastIndexOf(t[i - 1]) : -1
    kept.splice(prev + 1, 0, x)
    used.set(x, (used.get(x) ?? 0) + 1)
  }
  return kept
}

/**
 * Three-way merge of one document as data. `base` is the common ancestor (null when the two sides
 * created it independently). Different fields changed on each side merge silently; the same field
 * changed differently on both becomes a ConflictRecord kept in `syncConflicts`.
 */
export function mergeDocs<T extends object>(
  base: T | null,
  ours: T,
  theirs: T,
  opts: MergeOptions,
): MergeResult<T> {
  const ctx: Ctx = { conflicts: [] }
  const b = (base ?? {}) as Item
  const o = ours as Item
  const t = theirs as Item
  const out: Item = {}
  for (const k of new Set([...Object.keys(o), ...Object.keys(t)])) {
    if (ROOT_MANAGED.has(k)) continue
    const v = mergeValue(ctx, [{ name: k }], base ? b[k] : ABSENT, o[k], t[k])
    if (v !== ABSENT) out[k] = v
  }
  out.schemaVersion = o.schemaVersion ?? t.schemaVersion
  out.createdAt = [o.createdAt, t.createdAt].filter((x) => typeof x === 'string').sort()[0] ?? o.createdAt
  const stamp = { oursBy: opts.oursBy ?? '', theirsBy: opts.theirsBy ?? '', at: opts.now }
  const fresh: ConflictRecord[] = ctx.conflicts.map((c) => ({ ...c, ...stamp }))
  const all = mergePending(out, asList(base ? b : {}), asList(o), asList(t), fresh)
  if (all.length) out.syncConflicts = all
  const changed = !deepEqual({ ...out, updatedAt: o.updatedAt }, o)
  if (!changed) out.updatedAt = o.updatedAt
  else if (deepEqual({ ...out, updatedAt: t.updatedAt }, t)) out.updatedAt = t.updatedAt
  else out.updatedAt = freshStamp(laterString(o.updatedAt, t.updatedAt), opts.now)
  return { doc: out as T, conflicts: fresh, changed }
}

function asList(d: Item): ConflictRecord[] {
  return Array.isArray(d.syncConflicts) ? (d.syncConflicts as ConflictRecord[]) : []
}

/** `now`, unless a clock behind the documents' own stamps would make it older: updatedAt only moves forward. */
export function freshStamp(latest: unknown, now: string): string {
  const l = typeof latest === 'string' ? Date.parse(latest) : NaN
  const n = Date.parse(now)
  if (Number.isNaN(l) || n > l) return now
  return new Date(l + 1).toISOString()
}
