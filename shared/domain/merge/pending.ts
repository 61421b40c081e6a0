import { deepEqual, getAt, parsePath, WHOLE_DOCUMENT } from './field-path'
import type { ConflictRecord } from './merge3'

/** The side whose value the document shows until someone decides (theirs when ours deleted the item). */
function heldSide(c: ConflictRecord): 'ours' | 'theirs' {
  return c.deleted === 'ours' ? 'theirs' : 'ours'
}

function valuesOf(c: ConflictRecord): unknown[] {
  return [c.ours, c.theirs, ...(c.alternatives ?? [])]
}

/** One record for a field that holds every value of the given records (deduplicated). */
function combine(primary: ConflictRecord, others: ConflictRecord[]): ConflictRecord {
  const seen = [primary.ours, primary.theirs]
  const alternatives: unknown[] = []
  for (const v of [...(primary.alternatives ?? []), ...others.flatMap(valuesOf)]) {
    if (seen.some((x) => deepEqual(x, v))) continue
    seen.push(v)
    alternatives.push(v)
  }
  const out = { ...primary }
  if (alternatives.length) out.alternatives = alternatives
  else delete out.alternatives
  return out
}

/**
 * Pending conflicts after a merge, merged three-way like the fields they describe. A record one side
 * decided (removed) and the other left alone is gone; a record one side changed (an edit of the field
 * moved its value, or another merge added one) and the other left alone is that side's; one both sides
 * still hold, or that only one side has newly, stays. Two different records for the same field (two
 * merges on two machines, or a new conflict over a pending one) become one that keeps every value, so
 * no side's value disappears before someone decides. Each record then follows the merged document.
 */
export function mergePending(
  doc: unknown,
  base: ConflictRecord[],
  ours: ConflictRecord[],
  theirs: ConflictRecord[],
  fresh: ConflictRecord[],
): ConflictRecord[] {
  const B = new Map(base.map((c) => [c.path, c]))
  const O = new Map(ours.map((c) => [c.path, c]))
  const T = new Map(theirs.map((c) => [c.path, c]))
  const F = new Map(fresh.map((c) => [c.path, c]))
  const out: ConflictRecord[] = []
  for (const p of new Set([...O.keys(), ...T.keys(), ...F.keys()])) {
    const b = B.get(p)
    let o = O.get(p)
    let t = T.get(p)
    if (b && t && deepEqual(t, b) && !deepEqual(o, b)) t = undefined // ours decided or changed it
    if (b && o && deepEqual(o, b) && !deepEqual(t, b)) o = undefined // theirs decided or changed it
    const parts = [F.get(p), o, t].filter((c): c is ConflictRecord => !!c)
    if (!parts.length) continue
    const [first, ...rest] = parts
    out.push(
      combine(
        first,
        rest.filter((c) => !deepEqual(c, first)),
      ),
    )
  }
  return followDocument(doc, out, 'keep')
}

/**
 * Keeps each record true to its document: the value a record says the field holds is the value the
 * field holds. When the field changed after the conflict was recorded (an edit, a restore, a merge that
 * brought another machine's edit), the record's held value moves with it, so "keep mine" keeps what the
 * field shows now and never brings back an older value over a newer one. `replaced`: 'drop' when a
 * person changed the field (they replaced what they saw, as any edit does), 'keep' in a merge (the old
 * value stays among the alternatives until someone decides). A record whose field now equals the only
 * other value is decided and goes.
 */
export function followDocument(
  doc: unknown,
  records: ConflictRecord[],
  replaced: 'drop' | 'keep',
): ConflictRecord[] {
  const out: ConflictRecord[] = []
  for (const c of records) {
    if (c.path === WHOLE_DOCUMENT) {
      out.push(c) // about the document's existence, not a field: only a decision removes it
      continue
    }
    let now: unknown
    try {
      now = getAt(doc, parsePath(c.path))
    } catch {
      out.push(c)
      continue
    }
    const side = heldSide(c)
    const held = c[side]
    if (now === undefined && c.deleted) {
      // Ours deleted the item: the document shows neither side, and deciding still adds or removes it.
      // Both sides removed it: nothing is left to decide, unless a merge must keep the old value.
      if (c.deleted === 'ours' || replaced === 'keep') out.push(c)
      continue
    }
    if (now !== undefined && deepEqual(now, held)) {
      out.push(c)
      continue
    }
    // A field that is gone now: ours deleted it (the document then shows neither side).
    const moved = now === undefined ? { ...c, ours: null, deleted: 'ours' as const } : { ...c, [side]: now }
    const next = withHeld(moved, replaced === 'keep' ? held : undefined)
    if (next) out.push(next)
  }
  return out
}

/**
 * A record after its held value changed: `old` (the replaced value, in a merge) joins the alternatives;
 * when the other side equals the held value, the first alternative takes its place, and with none left
 * the record is decided (null).
 */
function withHeld(c: ConflictRecord, old: unknown): ConflictRecord | null {
  const side = heldSide(c)
  const other = side === 'ours' ? 'theirs' : 'ours'
  const alts = [...(c.alternatives ?? [])]
  if (old !== undefined && old !== null && !valuesOf(c).some((v) => deepEqual(v, old))) alts.push(old)
  const rest = alts.filter((v) => !deepEqual(v, c[side]))
  const next: ConflictRecord = { ...c }
  if (c.deleted !== other && deepEqual(c[other], c[side])) {
    if (!rest.length) return null
    next[other] = rest.shift()
  }
  if (rest.length) next.alternatives = rest
  else delete next.alternatives
  return next
}
