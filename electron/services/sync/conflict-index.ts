import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { pendingConflicts } from '@shared/domain/merge'
import { DocKindSchema, type DocKind } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { mkdirp, stableStringify, writeFileDurable } from '../store/fsio'
import { syncDir } from './worktree'

export interface ConflictRow {
  kind: DocKind
  id: string
  title: string
  path: string
  base: unknown
  ours: unknown
  theirs: unknown
  deleted?: 'ours' | 'theirs'
  oursBy: string
  theirsBy: string
  at: string
}

function file(ws: WorkspaceSession): string {
  return path.join(syncDir(ws.dir), 'conflicts.json')
}

async function known(ws: WorkspaceSession): Promise<{ kind: DocKind; id: string }[]> {
  try {
    const list = JSON.parse(await fs.readFile(file(ws), 'utf8')) as { kind: string; id: string }[]
    return list.filter((x) => DocKindSchema.safeParse(x.kind).success) as { kind: DocKind; id: string }[]
  } catch {
    return []
  }
}

/**
 * The documents with pending conflicts, so listing them never reads the whole workspace: a small
 * machine-local list re-checked against the documents each time. Conflicts themselves live in the
 * documents (and travel with them); this is only a cache of where to look.
 */
export async function rememberConflicts(
  ws: WorkspaceSession,
  touched: { kind: DocKind; id: string }[],
): Promise<ConflictRow[]> {
  const seen = new Set<string>()
  const rows: ConflictRow[] = []
  const keep: { kind: DocKind; id: string }[] = []
  for (const d of [...(await known(ws)), ...touched]) {
    const key = `${d.kind}/${d.id}`
    if (seen.has(key)) continue
    seen.add(key)
    let doc
    try {
      doc = await ws.get(d.kind, d.id)
    } catch {
      continue
    }
    const list = pendingConflicts(doc)
    if (!list.length) continue
    keep.push({ kind: d.kind, id: d.id })
    for (const c of list) rows.push({ kind: d.kind, id: d.id, title: doc.title, ...c })
  }
  if (!ws.readOnly) {
    await mkdirp(syncDir(ws.dir))
    await writeFileDurable(file(ws), stableStringify(keep))
  }
  return rows
}

/** Every document of the workspace, once (after a clone or when the list is missing). */
export async function scanAllConflicts(ws: WorkspaceSession): Promise<ConflictRow[]> {
  const all: { kind: DocKind; id: string }[] = []
  for (const kind of DocKindSchema.options) for (const id of await ws.fileIds(kind)) all.push({ kind, id })
  return rememberConflicts(ws, all)
}
