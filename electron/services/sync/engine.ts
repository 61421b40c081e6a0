import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { diffDocs, type FieldChange } from '@shared/domain/merge'
import { AppError, isAppError } from '@shared/errors'
import type { DocKind } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { applyToWorktree } from './apply'
import { authorOf, gitdirOf, readSettings } from './config'
import { docOfPath, mergeTrees, parseVersion, type MergedDoc } from './merge-trees'
import { Repo, type Flat } from './repo'
import { isOffline, remoteFor, type AuthSource } from './transport'
import { changedPaths, ensureIgnores, scanWorktree } from './worktree'
import { rememberConflicts, type ConflictRow } from './conflict-index'
import { writeGitIndex } from './git-index'

export interface SyncOptions {
  /** Overrides the configured remote for this run. */
  remote?: string | null
  auth: AuthSource
  /** `kind/id` of documents with unsaved edits in an open editor: the sync must not write them. */
  hold?: Set<string>
  /**
   * Stops the sync at its next safe point (before a fetch, before the work tree is written, before a push) and
   * aborts a request in flight; what was committed locally goes out next time. Writing the work tree is never
   * interrupted half-way.
   */
  signal?: AbortSignal
}

export interface IncomingDoc {
  kind: DocKind
  id: string
  title: string
  by: string
  removed: boolean
  changes: FieldChange[]
}

export interface SyncResult {
  committed: boolean
  pulled: number
  pushed: boolean
  offline: boolean
  merged: { kind: DocKind | 'workspace'; id: string; conflicts: number }[]
  conflicts: ConflictRow[]
  incoming: IncomingDoc[]
  deferred: { kind: DocKind; id: string }[]
  head: string | null
  remote: string | null
}

const dec = new TextDecoder()

/** Makes the workspace a git work tree (first sync) and keeps machine-local state out of commits. */
export async function ensureRepo(root: string): Promise<Repo> {
  const repo = new Repo(gitdirOf(root))
  if (!repo.exists()) await Repo.init(repo.gitdir, false)
  await ensureIgnores(root)
  return repo
}

function summary(paths: string[], user: string): string {
  const docs = paths.map(docOfPath).filter((d) => d !== null)
  const names = docs.slice(0, 5).map((d) => `${d!.kind}/${d!.id}`)
  const more = docs.length > 5 ? ` …+${docs.length - 5}` : ''
  return `${user} 同步：修改 ${docs.length} 个文档 / ${docs.length} document(s) changed\n\n${names.join('\n')}${more}\n`
}

/** Records the work tree's changes as one commit by the user; returns the new head (or the old one). */
export async function commitLocal(
  repo: Repo,
  root: string,
  head: string | null,
): Promise<{ head: string | null; flat: Flat; committed: boolean }> {
  const dirs = new Map<string, string>()
  const headFlat = await repo.flatten(head, dirs)
  const work = await scanWorktree(root)
  const changed = changedPaths(headFlat, work)
  if (!changed.length) return { head, flat: headFlat, committed: false }
  for (const p of changed) {
    if (!work.has(p)) continue
    const oid = await repo.writeBlob(await fs.readFile(path.join(root, ...p.split('/'))))
    work.set(p, oid) // the file may have changed since the scan: commit what was read now
  }
  const tree = await repo.writeFlat(work, dirs, new Set(changed))
  const author = await authorOf(root)
  const oid = await repo.commit(tree, head ? [head] : [], author, summary(changed, author.name))
  await repo.setRef('refs/heads/main', oid)
  return { head: oid, flat: work, committed: true }
}

async function incomingOf(
  repo: Repo,
  ws: WorkspaceSession,
  from: Flat,
  to: Flat,
  paths: string[],
  by: string,
): Promise<IncomingDoc[]> {
  const out: IncomingDoc[] = []
  for (const p of paths) {
    const d = docOfPath(p)
    if (!d) continue
    const read = async (oid?: string) =>
      oid ? parseVersion(ws, p, dec.decode(await repo.readBlob(oid))) : null
    const before = await read(from.get(p))
    const after = await read(to.get(p))
    const title = String((after ?? before)?.title ?? d.id)
    out.push({ ...d, title, by, removed: after === null, changes: diffDocs(before, after) })
  }
  return out
}

/**
 * `同步`: commits local changes with the user's name, fetches, merges documents as data, writes the
 * result into the work tree through the store and pushes; offline it commits and catches up later.
 */
export async function syncWorkspace(ws: WorkspaceSession, opts: SyncOptions): Promise<SyncResult> {
  const root = ws.dir
  const repo = await ensureRepo(root)
  const settings = await readSettings(root)
  const url = opts.remote === undefined ? settings.remote : opts.remote
  const local = await commitLocal(repo, root, await repo.head())
  let head = local.head
  let headFlat = local.flat
  const result: SyncResult = {
    committed: local.committed,
    pulled: 0,
    pushed: false,
    offline: false,
    merged: [],
    conflicts: [],
    incoming: [],
    deferred: [],
    head,
    remote: url,
  }
  if (!url) return finish(ws, result, [], headFlat)
  const remote = remoteFor(url, opts.auth, opts.signal)
  const stopHere = () => opts.signal?.throwIfAborted()
  const touchedDocs: { kind: DocKind; id: string }[] = []
  try {
    stopHere()
    let theirs = await remote.fetch(repo)
    for (let attempt = 0; attempt < 8; attempt++) {
      if (theirs && theirs !== head && !(head && (await repo.isAncestor(theirs, head)))) {
        const theirsCommit = await repo.readCommit(theirs)
        const sides = {
          oursBy: settings.user,
          theirsBy: theirsCommit.author.name,
          now: new Date().toISOString(),
        }
        let target: string
        let targetFlat: Flat
        let merged: MergedDoc[] = []
        if (!head || (await repo.isAncestor(head, theirs))) {
          target = theirs
          targetFlat = await repo.flatten(theirs)
        } else {
          const base = await repo.mergeBase(head, theirs)
          const dirs = new Map<string, string>()
          await repo.flatten(head, dirs)
          const m = await mergeTrees(
            repo,
            ws,
            await repo.flatten(base),
            headFlat,
            await repo.flatten(theirs),
            sides,
          )
          merged = m.merged
          const tree = await repo.writeFlat(m.flat, dirs, m.touched)
          const msg = `${settings.user} 合并 ${theirsCommit.author.name} 的修改 / merge\n`
          target = await repo.commit(tree, [head, theirs], await authorOf(root), msg)
          targetFlat = m.flat
        }
        const paths = changedPaths(headFlat, targetFlat)
        const held = paths.map(docOfPath).filter((d) => d && opts.hold?.has(`${d.kind}/${d.id}`))
        if (held.length) {
          result.deferred = held as { kind: DocKind; id: string }[]
          return finish(ws, result, touchedDocs, headFlat)
        }
        stopHere()
        result.incoming.push(
          ...(await incomingOf(repo, ws, headFlat, targetFlat, paths, theirsCommit.author.name)),
        )
        const applied = await applyToWorktree(repo, ws, headFlat, targetFlat, paths, sides)
        touchedDocs.push(...applied.docs)
        result.pulled += applied.docs.length
        result.merged.push(...merged.map((m) => ({ kind: m.kind, id: m.id, conflicts: m.conflicts.length })))
        await repo.setRef('refs/heads/main', target)
        head = target
        headFlat = targetFlat
      }
      if (!head || head === theirs) break
      stopHere()
      if (await remote.push(repo, head, theirs)) {
        result.pushed = true
        break
      }
      stopHere()
      theirs = await remote.fetch(repo) // someone pushed first: merge that too, then push again
    }
    if (theirs) await repo.setRef('refs/remotes/origin/main', result.pushed ? head! : theirs)
  } catch (e) {
    // Stopped (the app is closing): like offline, the local commit goes out on the next sync.
    if (
      !opts.signal?.aborted &&
      !isOffline(e) &&
      !(e as NodeJS.ErrnoException)?.code?.startsWith?.('ENOENT')
    ) {
      if (isAppError(e)) throw e
      throw new AppError('SYNC_REMOTE', {
        zh: `${url}（${(e as Error).message}）`,
        en: `${url} (${(e as Error).message})`,
      })
    }
    result.offline = true
  }
  result.head = head
  return finish(ws, result, touchedDocs, headFlat)
}

async function finish(
  ws: WorkspaceSession,
  result: SyncResult,
  touched: { kind: DocKind; id: string }[],
  headFlat: Flat,
): Promise<SyncResult> {
  result.conflicts = await rememberConflicts(ws, touched)
  await writeGitIndex(ws.dir, headFlat)
  return result
}
