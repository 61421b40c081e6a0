import { keepEditedDocument, mergeDocs, type ConflictRecord } from '@shared/domain/merge'
import { DOC_KINDS, WorkspaceSchema, type DocKind } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { stableStringify } from '../store/fsio'
import type { Flat, Repo } from './repo'

const DOC_RE = new RegExp(`^(${DOC_KINDS.join('|')})/([A-Za-z0-9_-]{1,64})\\.json$`)

/** The kind and id of a document path (`bids/b1.json`), or null for any other file. */
export function docOfPath(p: string): { kind: DocKind; id: string } | null {
  const m = DOC_RE.exec(p)
  return m ? { kind: m[1] as DocKind, id: m[2] } : null
}

export interface MergedDoc {
  kind: DocKind | 'workspace'
  id: string
  conflicts: ConflictRecord[]
}

export interface TreeMerge {
  flat: Flat
  /** Paths whose merged content differs from ours. */
  touched: Set<string>
  /** Documents merged field by field (changed on both sides). */
  merged: MergedDoc[]
}

const dec = new TextDecoder()
const enc = new TextEncoder()

export interface MergeSides {
  oursBy: string
  theirsBy: string
  now: string
}

/** Parses a document version through the store (migrations, validation); null when absent or unreadable. */
export function parseVersion(
  ws: WorkspaceSession,
  p: string,
  text: string | null,
): Record<string, unknown> | null {
  if (text === null) return null
  const doc = docOfPath(p)
  if (doc) {
    const r = ws.adapterFor(doc.kind, doc.id).parse(text)
    return r.ok ? (r.value as Record<string, unknown>) : null
  }
  try {
    const r = WorkspaceSchema.safeParse(JSON.parse(text))
    return r.success ? (r.data as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/**
 * Merges three versions of one document's text as data. Returns the merged text and its conflicts;
 * when a side cannot be read the readable one wins (never a half-merged file).
 */
export function mergeDocText(
  ws: WorkspaceSession,
  p: string,
  base: string | null,
  ours: string | null,
  theirs: string | null,
  sides: MergeSides,
): { text: string | null; conflicts: ConflictRecord[] } {
  if (ours === null || theirs === null) {
    // Deleted on one side, edited on the other: the edited version stays with a conflict about the
    // whole document, so deleting it (or keeping it) is someone's decision.
    const kept = ours ?? theirs
    const edited = docOfPath(p) ? parseVersion(ws, p, kept) : null
    if (!edited) return { text: kept, conflicts: [] }
    const r = keepEditedDocument(edited, ours === null ? 'ours' : 'theirs', sides)
    return { text: stableStringify(r.doc), conflicts: [r.conflict] }
  }
  const o = parseVersion(ws, p, ours)
  const t = parseVersion(ws, p, theirs)
  if (!o || !t) return { text: o ? ours : theirs, conflicts: [] }
  const b = parseVersion(ws, p, base)
  const r = mergeDocs(b, o, t, sides)
  return { text: stableStringify(r.doc), conflicts: r.conflicts }
}

function unionLines(a: string, b: string): string {
  const lines = a.split('\n').filter(Boolean)
  for (const l of b.split('\n')) if (l && !lines.includes(l)) lines.push(l)
  return lines.join('\n') + '\n'
}

/**
 * Three-way merge of two commits' files. Files changed on one side take that side; documents changed
 * on both are merged field by field; attachments are content-addressed, so the same name is the same
 * content and they never conflict.
 */
export async function mergeTrees(
  repo: Repo,
  ws: WorkspaceSession,
  base: Flat,
  ours: Flat,
  theirs: Flat,
  sides: MergeSides,
): Promise<TreeMerge> {
  const flat: Flat = new Map(ours)
  const touched = new Set<string>()
  const merged: MergedDoc[] = []
  const read = async (oid: string | undefined) => (oid ? dec.decode(await repo.readBlob(oid)) : null)
  for (const p of new Set([...ours.keys(), ...theirs.keys()])) {
    const b = base.get(p)
    const o = ours.get(p)
    const t = theirs.get(p)
    if (o === t || b === t) continue
    let next: string | undefined
    if (b === o) next = t
    else {
      const doc = docOfPath(p)
      if (doc || p === 'workspace.json') {
        const r = mergeDocText(ws, p, await read(b), await read(o), await read(t), sides)
        next = r.text === null ? undefined : await repo.writeBlob(enc.encode(r.text))
        merged.push({ kind: doc?.kind ?? 'workspace', id: doc?.id ?? 'workspace', conflicts: r.conflicts })
      } else if (p.endsWith('.gitignore') && o && t) {
        next = await repo.writeBlob(enc.encode(unionLines((await read(o))!, (await read(t))!)))
      } else next = o ?? t
    }
    if (next === o) continue
    touched.add(p)
    if (next === undefined) flat.delete(p)
    else flat.set(p, next)
  }
  return { flat, touched, merged }
}
