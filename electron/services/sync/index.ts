import { decidesDeletion, resolveConflict, UnknownConflictError, WHOLE_DOCUMENT } from '@shared/domain/merge'
import { AppError } from '@shared/errors'
import type { DocKind } from '@shared/schemas'
import type { AppContext } from '../app-context'
import { readSettings, writeSettings, gitdirOf } from './config'
import { rememberConflicts, scanAllConflicts } from './conflict-index'
import { ensureRepo, syncWorkspace, type SyncResult } from './engine'
import { cloneWorkspace, docAtVersion, docHistory, restoreVersion } from './history'
import { Repo } from './repo'
import { cleanUrl, FolderRemote, isHttpUrl, type AuthSource, type Credentials } from './transport'

export { syncWorkspace, type SyncResult } from './engine'
export { cloneWorkspace, docHistory, docAtVersion, restoreVersion } from './history'
export { MemoryCredentials, KeychainCredentials, type CredentialStore } from './credentials'

type Creds = Credentials & { remember?: boolean }

function authFor(ctx: AppContext): AuthSource {
  return (url) => ctx.credentials.get(url)
}

async function keep(ctx: AppContext, url: string | null, c?: Creds): Promise<void> {
  if (url && c) await ctx.credentials.set(url, { username: c.username, password: c.password }, !!c.remember)
}

export async function syncSettings(ctx: AppContext) {
  const ws = ctx.requireWs()
  const s = await readSettings(ws.dir)
  const repo = new Repo(gitdirOf(ws.dir))
  return {
    ...s,
    enabled: repo.exists(),
    hasCredentials: s.remote && isHttpUrl(s.remote) ? (await ctx.credentials.get(s.remote)) !== null : false,
    head: repo.exists() ? await repo.head() : null,
  }
}

export async function configureSync(
  ctx: AppContext,
  input: { remote?: string | null; createRemote?: boolean; user?: string; auto?: boolean; minutes?: number },
) {
  const ws = ctx.requireWritable()
  await ensureRepo(ws.dir)
  let remote = input.remote
  if (remote) {
    remote = cleanUrl(remote)
    if (input.createRemote) {
      if (isHttpUrl(remote))
        throw new AppError('VALIDATION', {
          zh: '服务器上的仓库请在服务器上创建',
          en: 'create the repository on the server itself',
        })
      await FolderRemote.create(remote)
    }
  }
  await writeSettings(ws.dir, { ...input, remote })
  return syncSettings(ctx)
}

/** `同步` for the open workspace; a given remote becomes the workspace's remote. */
/** Syncs running now (closing the app waits for them before the workspace closes). */
let running = 0
export const runningSyncs = (): number => running

export async function runSync(
  ctx: AppContext,
  input: { remote?: string; hold?: { kind: DocKind; id: string }[]; credentials?: Creds },
  signal?: AbortSignal,
): Promise<SyncResult> {
  running++
  try {
    return await runSyncNow(ctx, input, signal)
  } finally {
    running--
  }
}

async function runSyncNow(
  ctx: AppContext,
  input: { remote?: string; hold?: { kind: DocKind; id: string }[]; credentials?: Creds },
  signal?: AbortSignal,
): Promise<SyncResult> {
  const ws = ctx.requireWritable()
  let remote: string | undefined
  if (input.remote) {
    remote = cleanUrl(input.remote)
    await ensureRepo(ws.dir)
    await writeSettings(ws.dir, { remote })
  }
  await keep(ctx, remote ?? (await readSettings(ws.dir)).remote, input.credentials)
  const hold = new Set((input.hold ?? []).map((d) => `${d.kind}/${d.id}`))
  return syncWorkspace(ws, { auth: authFor(ctx), hold, signal })
}

export async function cloneAndOpen(
  ctx: AppContext,
  input: { remote: string; dir: string; credentials?: Creds },
) {
  const url = cleanUrl(input.remote)
  await keep(ctx, url, input.credentials)
  const dir = await cloneWorkspace(url, input.dir, authFor(ctx))
  const ws = await ctx.open(dir)
  await scanAllConflicts(ws)
  return ws
}

export async function listConflicts(ctx: AppContext) {
  return rememberConflicts(ctx.requireWs(), [])
}

export async function resolveSyncConflict(
  ctx: AppContext,
  input: { kind: DocKind; id: string; path: string; take: 'ours' | 'theirs' | 'edit'; value?: unknown },
) {
  const ws = ctx.requireWritable()
  const doc = await ws.get(input.kind, input.id)
  const take = input.take === 'edit' ? { value: input.value } : input.take
  if (input.path === WHOLE_DOCUMENT && input.take === 'edit')
    throw new AppError('VALIDATION', {
      zh: '整个文档的冲突只能选择保留或删除',
      en: 'a whole-document conflict is decided by keeping or deleting the document',
    })
  if (decidesDeletion(doc, input.path, take)) {
    // The deleting side wins: the document goes to the trash (restorable), and the next sync removes it.
    await ws.delete(input.kind, input.id)
    await rememberConflicts(ws, [])
    return { updatedAt: doc.updatedAt, remaining: 0, deleted: true }
  }
  let next
  try {
    next = resolveConflict(doc, input.path, take)
  } catch (e) {
    if (e instanceof UnknownConflictError)
      throw new AppError('NOT_FOUND', { zh: `冲突 ${input.path}`, en: `conflict ${input.path}` })
    throw e
  }
  const saved = await ws.save(input.kind, next, { syncConflicts: next.syncConflicts ?? [] })
  await rememberConflicts(ws, [{ kind: input.kind, id: input.id }])
  return { updatedAt: saved.updatedAt, remaining: saved.syncConflicts?.length ?? 0, deleted: false }
}

export async function history(ctx: AppContext, input: { kind: DocKind; id: string }) {
  return docHistory(ctx.requireWs(), input.kind, input.id)
}

export async function version(ctx: AppContext, input: { kind: DocKind; id: string; version: string }) {
  return (await docAtVersion(ctx.requireWs(), input.kind, input.id, input.version)) as Record<
    string,
    unknown
  > | null
}

export async function restore(
  ctx: AppContext,
  input: { kind: DocKind; id: string; version: string; path?: string },
) {
  const saved = await restoreVersion(ctx.requireWritable(), input.kind, input.id, input.version, input.path)
  return { updatedAt: saved.updatedAt }
}
