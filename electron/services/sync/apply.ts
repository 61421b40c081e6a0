import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { ConflictRecord } from '@shared/domain/merge'
import type { DocKind } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { mkdirp, writeFileDurable } from '../store/fsio'
import { docOfPath, mergeDocText, type MergeSides } from './merge-trees'
import { blobOid, type Flat, type Repo } from './repo'

export interface Applied {
  /** Documents written or removed in the work tree. */
  docs: { kind: DocKind; id: string; removed: boolean }[]
  /** Documents saved locally after the sync had read them: merged again on top (their conflicts). */
  remerged: { kind: DocKind; id: string; conflicts: ConflictRecord[] }[]
  workspaceChanged: boolean
}

const dec = new TextDecoder()

/**
 * Brings the work tree from `from` to `to`. Documents go through the store (durable write, a new
 * generation, the list index). A document saved after the sync read it (its file no longer matches
 * `from`) is merged once more with the local edit on top, so a save racing the sync is never lost.
 */
export async function applyToWorktree(
  repo: Repo,
  ws: WorkspaceSession,
  from: Flat,
  to: Flat,
  paths: string[],
  sides: MergeSides,
): Promise<Applied> {
  const out: Applied = { docs: [], remerged: [], workspaceChanged: false }
  const read = async (oid: string | undefined) => (oid ? dec.decode(await repo.readBlob(oid)) : null)
  for (const p of paths) {
    const oldOid = from.get(p)
    const newText = await read(to.get(p))
    const doc = docOfPath(p)
    if (doc) {
      await ws.replaceFromSync(doc.kind, doc.id, async (current) => {
        const currentOid = current === null ? undefined : blobOid(Buffer.from(current))
        if (currentOid === oldOid) return newText
        const r = mergeDocText(ws, p, await read(oldOid), current, newText, sides)
        out.remerged.push({ ...doc, conflicts: r.conflicts })
        return r.text
      })
      out.docs.push({ ...doc, removed: newText === null })
      continue
    }
    const abs = path.join(ws.dir, ...p.split('/'))
    if (p === 'workspace.json' && newText !== null) {
      const current = await fs.readFile(abs, 'utf8').catch(() => null)
      const same = current !== null && blobOid(Buffer.from(current)) === oldOid
      const text =
        same || current === null
          ? newText
          : mergeDocText(ws, p, await read(oldOid), current, newText, sides).text
      await writeFileDurable(abs, text ?? newText)
      out.workspaceChanged = true
      continue
    }
    if (newText === null) await fs.rm(abs, { force: true })
    else {
      await mkdirp(path.dirname(abs))
      // Attachments are binary: write the blob's bytes, not decoded text.
      await writeFileDurable(abs, await repo.readBlob(to.get(p)!))
    }
  }
  if (out.workspaceChanged) await ws.reloadWorkspace()
  return out
}
