import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { diffDocs, getAt, parsePath, setAt, type FieldChange } from '@shared/domain/merge'
import { AppError } from '@shared/errors'
import type { DocKind, DocOf } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { gitdirOf } from './config'
import { parseVersion } from './merge-trees'
import { Repo, type Author } from './repo'
import { cleanUrl, remoteFor, type AuthSource } from './transport'
import { writeSettings } from './config'
import { ensureIgnores } from './worktree'
import { writeGitIndex } from './git-index'

export interface DocVersion {
  version: string
  author: string
  date: string
  message: string
  changes: FieldChange[]
  /** The document first appeared in this version. */
  created?: boolean
}

const dec = new TextDecoder()

function openRepo(ws: WorkspaceSession): Repo {
  const repo = new Repo(gitdirOf(ws.dir))
  if (!repo.exists()) throw new AppError('SYNC_NOT_SET_UP')
  return repo
}

/** Commits reachable from head, newest first (by commit time, parents after children). */
async function commitsOf(
  repo: Repo,
  head: string,
): Promise<{ oid: string; parents: string[]; author: Author & { timestamp: number }; message: string }[]> {
  const out = []
  const seen = new Set<string>([head])
  const queue = [head]
  while (queue.length) {
    const oid = queue.shift()!
    const c = await repo.readCommit(oid)
    out.push({ oid, parents: c.parent, author: c.author, message: c.message })
    for (const p of c.parent) {
      if (seen.has(p)) continue
      seen.add(p)
      queue.push(p)
    }
  }
  return out.sort((a, b) => b.author.timestamp - a.author.timestamp)
}

/**
 * The versions of one document: every commit whose copy of it differs from all its parents' (a merge
 * that only took one side's version is not a new version), with the fields that changed.
 */
export async function docHistory(ws: WorkspaceSession, kind: DocKind, id: string): Promise<DocVersion[]> {
  const repo = openRepo(ws)
  const head = await repo.head()
  if (!head) return []
  const file = `${kind}/${id}.json`
  const oidCache = new Map<string, string | null>()
  const oidIn = async (c: string) => {
    if (!oidCache.has(c)) oidCache.set(c, await repo.oidAt(c, file))
    return oidCache.get(c)!
  }
  const read = async (oid: string | null) =>
    oid ? parseVersion(ws, file, dec.decode(await repo.readBlob(oid))) : null
  const out: DocVersion[] = []
  for (const c of await commitsOf(repo, head)) {
    const mine = await oidIn(c.oid)
    const parents = await Promise.all(c.parents.map(oidIn))
    if (parents.length ? parents.includes(mine) : mine === null) continue
    const after = await read(mine)
    const before = await read(parents[0] ?? null)
    // A new document is one "created" version, not every field listed as added.
    let changes = before === null ? [] : diffDocs(before, after)
    // A merge brings others' edits (listed in their own versions, under their names): it only counts
    // for what differs from every side, e.g. two edits of one list combined.
    for (const p of parents.slice(1)) {
      const other = new Set(
        diffDocs(await read(p), after).map((c) => `${c.path}\u0000${JSON.stringify(c.after)}`),
      )
      changes = changes.filter((c) => other.has(`${c.path}\u0000${JSON.stringify(c.after)}`))
    }
    if (parents.length > 1 && !changes.length) continue
    out.push({
      version: c.oid,
      author: c.author.name,
      date: new Date(c.author.timestamp * 1000).toISOString(),
      message: c.message.trim(),
      changes,
      ...(before === null ? { created: true } : {}),
    })
  }
  return out
}

async function resolveVersion(repo: Repo, version: string): Promise<string> {
  if (!/^[0-9a-f]{4,40}$/.test(version))
    throw new AppError('NOT_FOUND', { zh: `版本 ${version}`, en: `version ${version}` })
  const head = await repo.head()
  if (head) for (const c of await commitsOf(repo, head)) if (c.oid.startsWith(version)) return c.oid
  throw new AppError('NOT_FOUND', { zh: `版本 ${version}`, en: `version ${version}` })
}

/** The document as it was in a version (null when it did not exist then). */
export async function docAtVersion<K extends DocKind>(
  ws: WorkspaceSession,
  kind: K,
  id: string,
  version: string,
): Promise<DocOf<K> | null> {
  const repo = openRepo(ws)
  const oid = await repo.oidAt(await resolveVersion(repo, version), `${kind}/${id}.json`)
  if (!oid) return null
  return parseVersion(ws, `${kind}/${id}.json`, dec.decode(await repo.readBlob(oid))) as DocOf<K> | null
}

/**
 * Restores a whole document, or one field (`path`), from a version. It is a new local edit (the store's
 * save: a fresh updatedAt, a generation), which the next sync shares.
 */
export async function restoreVersion<K extends DocKind>(
  ws: WorkspaceSession,
  kind: K,
  id: string,
  version: string,
  fieldPath?: string,
): Promise<DocOf<K>> {
  const old = await docAtVersion(ws, kind, id, version)
  if (!old)
    throw new AppError('NOT_FOUND', {
      zh: `${kind}/${id} 在版本 ${version} 中不存在`,
      en: `${kind}/${id} does not exist in version ${version}`,
    })
  let current: DocOf<K> | null = null
  try {
    current = await ws.get(kind, id)
  } catch {
    current = null
  }
  if (!current) {
    if (fieldPath) throw new AppError('NOT_FOUND', { zh: `${kind}/${id}`, en: `${kind}/${id}` })
    const text = JSON.stringify({ ...old, syncConflicts: undefined })
    await ws.replaceFromSync(kind, id, async () => text)
    return ws.save(kind, await ws.get(kind, id))
  }
  if (!fieldPath) return ws.save(kind, { ...old, id, title: old.title } as DocOf<K>)
  let fp
  try {
    fp = parsePath(fieldPath)
  } catch (e) {
    throw new AppError(
      'VALIDATION',
      { zh: `字段路径 ${fieldPath}`, en: `field path ${fieldPath}` },
      String(e),
    )
  }
  const value = getAt(old, fp)
  return ws.save(kind, setAt(current, fp, value))
}

/** `clone`: a new work tree of a remote's workspace in an empty folder. */
export async function cloneWorkspace(url: string, dir: string, auth: AuthSource): Promise<string> {
  const root = path.resolve(dir)
  const entries = await fs.readdir(root).catch(() => [] as string[])
  if (entries.length) throw new AppError('WORKSPACE_EXISTS', { zh: root, en: root })
  const clean = cleanUrl(url)
  await fs.mkdir(root, { recursive: true })
  const repo = await Repo.init(gitdirOf(root), false)
  await writeSettings(root, { remote: clean })
  const head = await remoteFor(clean, auth).fetch(repo)
  if (!head) {
    await fs.rm(root, { recursive: true, force: true })
    throw new AppError('SYNC_REMOTE', {
      zh: `${clean} 中还没有工作区`,
      en: `${clean} holds no workspace yet`,
    })
  }
  const flat = await repo.flatten(head)
  for (const [p, oid] of flat) {
    const abs = path.join(root, ...p.split('/'))
    await fs.mkdir(path.dirname(abs), { recursive: true })
    await fs.writeFile(abs, await repo.readBlob(oid))
  }
  await repo.setRef('refs/heads/main', head)
  await repo.setRef('refs/remotes/origin/main', head)
  await ensureIgnores(root)
  await writeGitIndex(root, flat)
  return root
}
