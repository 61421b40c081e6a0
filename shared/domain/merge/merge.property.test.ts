import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BidSchema, type Bid, BID_SCHEMA_VERSION } from '@shared/schemas'
import { deepEqual, getAt, mergeDocs, parsePath, resolveConflict, setAt, type ConflictRecord } from '.'

/** Fixed by default so a red run replays; BB_MERGE_SEED=<n> or "random" explores. */
const SEED_ENV = process.env.BB_MERGE_SEED ?? '20261201'
const SEED = SEED_ENV === 'random' ? Date.now() % 2 ** 31 : Number(SEED_ENV)

const base: Bid = BidSchema.parse({
  id: 'b1',
  schemaVersion: BID_SCHEMA_VERSION,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  title: '投标',
  requirements: ['r1', 'r2', 'r3', 'r4'].map((id, i) => ({ id, no: `${i + 1}`, text: `要求${i}` })),
  quote: {
    items: [
      { id: 'q1', name: 'A' },
      { id: 'q2', name: 'B' },
    ],
  },
  competitorIds: ['c1', 'c2'],
})

type Edit =
  | { t: 'set'; path: string; v: string | number }
  | { t: 'add'; id: string }
  | { t: 'del'; id: string }
  | { t: 'move' }

const SCALARS = ['agency', 'notes', 'tenderNo', 'budget', 'quote.bidLetterPrice', 'buyer.name']
const ROW_FIELDS = ['text', 'responseText', 'no']
const edit = (tag: string): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ t: fc.constant('set' as const), path: fc.constantFrom(...SCALARS), v: fc.nat(1000) }),
    fc.record({
      t: fc.constant('set' as const),
      path: fc
        .tuple(fc.constantFrom('r1', 'r2', 'r3', 'r4'), fc.constantFrom(...ROW_FIELDS))
        .map(([r, f]) => `requirements[${r}].${f}`),
      v: fc.string({ maxLength: 5 }),
    }),
    fc.nat(99).map((n) => ({ t: 'add' as const, id: `${tag}${n}` })),
    fc.constantFrom('r1', 'r2', 'r3', 'r4').map((id) => ({ t: 'del' as const, id })),
    fc.constant({ t: 'move' as const }),
  )

function apply(doc: Bid, edits: Edit[]): Bid {
  let d = doc
  for (const e of edits) {
    if (e.t === 'set') {
      const p = parsePath(e.path)
      if (e.path.startsWith('requirements[') && getAt(d, p.slice(0, 2)) === undefined) continue
      const v = ['budget', 'quote.bidLetterPrice'].includes(e.path) ? Number(e.v) : String(e.v)
      d = setAt(d, p, v)
    } else if (e.t === 'add') {
      if (d.requirements.some((r) => r.id === e.id)) continue
      d = { ...d, requirements: [...d.requirements, { ...base.requirements[0], id: e.id, text: e.id }] }
    } else if (e.t === 'del') d = { ...d, requirements: d.requirements.filter((r) => r.id !== e.id) }
    else d = { ...d, requirements: [...d.requirements.slice(1), ...d.requirements.slice(0, 1)] }
  }
  return BidSchema.parse({ ...d, updatedAt: '2026-11-02T00:00:00.000Z' })
}

/** Every leaf path a version has, with its value (rows by id). */
function leaves(d: Bid): Map<string, unknown> {
  const m = new Map<string, unknown>()
  for (const p of SCALARS) m.set(p, getAt(d, parsePath(p)))
  for (const r of d.requirements)
    for (const f of ROW_FIELDS) m.set(`requirements[${r.id}].${f}`, r[f as 'no'])
  return m
}

describe('mergeDocs properties', () => {
  it(`every edit survives: in the result, or as one side of a recorded conflict (seed ${SEED})`, () => {
    console.log(`merge property: fast-check seed ${SEED} (BB_MERGE_SEED)`)
    fc.assert(
      fc.property(fc.array(edit('o'), { maxLength: 8 }), fc.array(edit('t'), { maxLength: 8 }), (eo, et) => {
        const ours = apply(base, eo)
        const theirs = apply(base, et)
        const r = mergeDocs(base, ours, theirs, { now: '2026-12-01T00:00:00.000Z' })
        expect(BidSchema.safeParse(r.doc).success).toBe(true)
        const conflicts = r.doc.syncConflicts ?? []
        const covered = (path: string) =>
          conflicts.some((c) => path === c.path || path.startsWith(`${c.path}.`))
        const B = leaves(base)
        const M = leaves(r.doc)
        for (const [side, S] of [
          ['ours', leaves(ours)],
          ['theirs', leaves(theirs)],
        ] as const) {
          for (const [path, v] of S) {
            if (B.has(path) && deepEqual(B.get(path), v)) continue // not an edit of this side
            if (covered(path)) continue
            const row = /^requirements\[([^\]]+)\]/.exec(path)?.[1]
            // An edited row the other side deleted is a conflict (covered above); anything else must be there.
            expect(M.get(path), `${side} ${path}`).toEqual(v)
            if (row) expect(r.doc.requirements.some((x) => x.id === row)).toBe(true)
          }
        }
        for (const c of conflicts as ConflictRecord[]) {
          expect(c.ours).not.toEqual(c.theirs)
          // Deciding either way gives a valid document with that side's value.
          for (const take of ['ours', 'theirs'] as const) {
            const d = resolveConflict(r.doc, c.path, take)
            expect(BidSchema.safeParse(d).success).toBe(true)
            const want = c.deleted === take ? undefined : c[take]
            expect(getAt(d, parsePath(c.path)) ?? undefined).toEqual(want ?? undefined)
          }
        }
        // A merge with nothing new on one side is that side's version.
        const content = (d: Bid) => ({ ...d, updatedAt: '' })
        expect(content(mergeDocs(base, ours, base, { now: 'x' }).doc)).toEqual(content(ours))
        expect(content(mergeDocs(base, base, theirs, { now: 'x' }).doc)).toEqual(content(theirs))
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})
