import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { DOC_KINDS, indexEntryOf, type DocKind, type IndexEntry } from '@shared/schemas'
import { AppError, isAppError } from '@shared/errors'
import { entryKind, stableStringify } from './fsio'
import type { WorkspaceSession } from './session'

export interface DoctorProblem {
  kind: DocKind | 'workspace' | 'files' | 'index' | 'templates'
  id: string
  file: string
  severity: 'error' | 'warning'
  code: string
  message: { zh: string; en: string }
}

export interface DoctorReport {
  dir: string
  documents: number
  problems: DoctorProblem[]
}

const messageOf = (e: unknown) =>
  isAppError(e) ? { zh: e.zh, en: e.en } : { zh: '无法读取', en: 'cannot be read' }

/** A workspace entry that is a link or a special file, named by its place in the workspace only. */
function unsafe(kind: DoctorProblem['kind'], id: string, file: string, rel: string): DoctorProblem {
  const e = new AppError('UNSAFE_FILE', { zh: rel, en: rel })
  return { kind, id, file, severity: 'error', code: 'UNSAFE_FILE', message: { zh: e.zh, en: e.en } }
}

/** Every link or special file below a folder of the workspace (templates/, files/), without following any. */
async function unsafeEntries(dir: string, root: string): Promise<string[]> {
  const out: string[] = []
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const p = path.join(dir, name)
    const k = await entryKind(p)
    if (k === 'dir') out.push(...(await unsafeEntries(p, root)))
    else if (k === 'link' || k === 'other') out.push(path.relative(root, p))
  }
  return out
}

function sameEntry(a: IndexEntry | undefined, b: IndexEntry): boolean {
  return !!a && stableStringify(a) === stableStringify(b)
}

/**
 * Validates a whole workspace: workspace.json, every document, the list index against the documents, the
 * attachments (present, regular files, bytes matching their hash) and the folders for links and special files.
 * Run on a read-only session it changes nothing: a broken file that has a good generation is reported as
 * recoverable, not silently fixed. Messages name places inside the workspace, never where a link points.
 */
export async function doctor(ws: WorkspaceSession): Promise<DoctorReport> {
  const problems: DoctorProblem[] = []
  const push = (p: Omit<DoctorProblem, 'severity'> & { severity?: DoctorProblem['severity'] }) =>
    problems.push({ severity: 'error', ...p })
  let documents = 0
  const referenced = new Set<string>()

  for (const r of ws.recoveries.filter((x) => x.file === ws.paths.workspaceFile)) {
    push({
      kind: 'workspace',
      id: 'workspace',
      file: r.file,
      code: 'CORRUPT_RECOVERABLE',
      message: {
        zh: `workspace.json 损坏（${r.reason}），可从历史版本 ${path.basename(r.restoredFrom ?? '')} 恢复`,
        en: `workspace.json is corrupt (${r.reason}); recoverable from generation ${path.basename(r.restoredFrom ?? '')}`,
      },
    })
  }

  for (const kind of DOC_KINDS) {
    const dir = ws.paths.kindDir(kind)
    if ((await entryKind(dir)) === 'link') push(unsafe(kind, kind, dir, `${kind}/`))
    const found = new Map<string, IndexEntry>()
    for (const id of await ws.fileIds(kind)) {
      documents++
      const file = ws.paths.doc(kind, id)
      const before = ws.recoveries.length
      try {
        const doc = await ws.adapterFor(kind, id).read()
        if (doc) found.set(id, indexEntryOf(kind, doc))
        if (doc && doc.id !== id) {
          push({
            kind,
            id,
            file,
            code: 'ID_MISMATCH',
            message: {
              zh: `文件名 ${id} 与文档 id ${doc.id} 不一致`,
              en: `file name ${id} differs from document id ${doc.id}`,
            },
          })
        }
        if (doc && kind === 'materials')
          for (const a of (doc as { attachments: { sha256: string }[] }).attachments) referenced.add(a.sha256)
        // The buyer's forms a bid prints instead of its standard forms: the export needs their files too.
        if (doc && kind === 'bids')
          for (const e of (doc as { buyerForms?: { file: { sha256: string } }[] }).buyerForms ?? [])
            referenced.add(e.file.sha256)
      } catch (e) {
        push({ kind, id, file, code: isAppError(e) ? e.code : 'IO', message: messageOf(e) })
        continue
      }
      for (const r of ws.recoveries.slice(before)) {
        push({
          kind,
          id,
          file,
          code: 'CORRUPT_RECOVERABLE',
          message: {
            zh: `文件损坏（${r.reason}），可从历史版本 ${path.basename(r.restoredFrom ?? '')} 恢复`,
            en: `file is corrupt (${r.reason}); recoverable from generation ${path.basename(r.restoredFrom ?? '')}`,
          },
        })
      }
    }
    // The list index is a cache, but a stale one hides documents from every list: report where it differs.
    const listed = new Map(ws.list(kind).map((e) => [e.id, e]))
    const stale = [
      ...[...found.keys()].filter((id) => !sameEntry(listed.get(id), found.get(id)!)),
      ...[...listed.keys()].filter(
        (id) => !found.has(id) && !problems.some((p) => p.kind === kind && p.id === id),
      ),
    ]
    for (const id of stale) {
      push({
        kind: 'index',
        id: `${kind}/${id}`,
        file: ws.paths.indexSnapshot(kind),
        severity: 'warning',
        code: 'INDEX_STALE',
        message: {
          zh: `列表索引中的 ${kind}/${id} 与文档不一致（重新打开工作区即可重建索引）`,
          en: `the list index disagrees with ${kind}/${id} (reopening the workspace rebuilds it)`,
        },
      })
    }
  }

  for (const sha of referenced) {
    const file = ws.paths.file(sha)
    try {
      await ws.readFile(sha)
    } catch (e) {
      const code = isAppError(e) ? e.code : 'IO'
      const missing = code === 'NOT_FOUND'
      const mismatch = code === 'CORRUPT'
      push({
        kind: 'files',
        id: sha,
        file,
        code: missing ? 'MISSING_ATTACHMENT' : mismatch ? 'ATTACHMENT_HASH_MISMATCH' : code,
        message: missing
          ? { zh: `附件 ${sha.slice(0, 12)} 缺失`, en: `attachment ${sha.slice(0, 12)} is missing` }
          : messageOf(e),
      })
    }
  }
  for (const folder of ['files', 'templates']) {
    const dir = path.join(ws.dir, folder)
    if ((await entryKind(dir)) === 'link') push(unsafe(folder as 'files', folder, dir, `${folder}/`))
    for (const rel of await unsafeEntries(dir, ws.dir)) {
      if (folder === 'files' && referenced.has(path.basename(rel))) continue // reported above
      push(unsafe(folder as 'files', rel, path.join(ws.dir, rel), rel))
    }
  }
  return { dir: ws.dir, documents, problems }
}
