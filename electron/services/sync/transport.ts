import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import * as path from 'node:path'
import git from 'isomorphic-git'
import http from 'isomorphic-git/http/node'
import { AppError } from '@shared/errors'
import { BRANCH, Repo } from './repo'

export interface Credentials {
  username: string
  password: string
}

/** Where a workspace syncs to: a bare repository in a folder (shared drive) or a git server over HTTP(S). */
export interface Remote {
  readonly url: string
  /** Brings the remote branch's objects in; returns its commit, or null for an empty remote. */
  fetch(local: Repo): Promise<string | null>
  /** Moves the remote branch from `expected` to `oid`; false when someone else pushed first. */
  push(local: Repo, oid: string, expected: string | null): Promise<boolean>
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

/** A remote URL without credentials in it: they belong in the keychain, never in .git/config. */
export function cleanUrl(url: string): string {
  if (!isHttpUrl(url)) return path.resolve(url.replace(/^file:\/\//, ''))
  const u = new URL(url)
  if (u.username || u.password)
    throw new AppError('VALIDATION', {
      zh: '远程地址中不能包含用户名或密码，请在提示时输入',
      en: 'the remote URL must not hold a user name or password; enter them when asked',
    })
  return u.toString().replace(/\/$/, '')
}

/** Network or missing-folder failures: sync then works offline and catches up later. */
export function isOffline(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? ''
  const msg = e instanceof Error ? e.message : String(e)
  return (
    [
      'ECONNREFUSED',
      'ENOTFOUND',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'ETIMEDOUT',
      'ECONNRESET',
      'EAI_AGAIN',
    ].includes(code) ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|ECONNRESET|socket hang up/.test(msg)
  )
}

/**
 * Copies every object reachable from `oid` that `to` lacks. Parents are written before children so
 * "this commit is here" always implies "its whole history is here", which bounds the walk.
 */
async function copyObjects(from: Repo, to: Repo, oid: string): Promise<void> {
  // Everything in the tree of a parent `to` already has is there too: one changed document among
  // thousands then costs a few object checks, not one per file.
  const known = new Set<string>()
  if (!(await to.has(oid))) {
    const commit = await from.readRaw(oid)
    if (commit.type === 'commit') {
      for (const p of (await from.readCommit(oid)).parent) {
        if (!(await to.has(p))) continue
        const dirs = new Map<string, string>()
        for (const blob of (await from.flatten(p, dirs)).values()) known.add(blob)
        for (const tree of dirs.values()) known.add(tree)
      }
    }
  }
  const stack: { oid: string; expanded: boolean }[] = [{ oid, expanded: false }]
  const done = new Set<string>()
  while (stack.length) {
    const top = stack[stack.length - 1]
    if (done.has(top.oid) || known.has(top.oid) || (!top.expanded && (await to.has(top.oid)))) {
      done.add(top.oid)
      stack.pop()
      continue
    }
    const raw = await from.readRaw(top.oid)
    if (!top.expanded) {
      top.expanded = true
      const deps: string[] = []
      if (raw.type === 'commit') {
        const c = await from.readCommit(top.oid)
        deps.push(c.tree, ...c.parent)
      } else if (raw.type === 'tree') {
        for (const e of await from.tree(top.oid)) if (e.type !== 'commit') deps.push(e.oid)
      }
      for (const d of deps) if (!done.has(d)) stack.push({ oid: d, expanded: false })
      continue
    }
    await to.writeRaw(raw.type, raw.object)
    done.add(top.oid)
    stack.pop()
  }
}

/** A bare repository in a folder, e.g. on a shared drive; created by the app on first use. */
export class FolderRemote implements Remote {
  constructor(readonly url: string) {}

  private repo(create: boolean): Repo | null {
    const r = new Repo(this.url)
    if (r.exists()) return r
    if (!create) {
      if (!fs.existsSync(path.dirname(this.url)))
        throw Object.assign(new Error(`ENOENT: ${this.url}`), { code: 'ENOENT' })
      return null
    }
    return r
  }

  static async create(dir: string): Promise<FolderRemote> {
    const r = new Repo(dir)
    if (!r.exists()) {
      const entries = await fsp.readdir(dir).catch(() => [] as string[])
      if (entries.length)
        throw new AppError('VALIDATION', {
          zh: `${dir} 不是空文件夹，也不是 git 仓库`,
          en: `${dir} is neither empty nor a git repository`,
        })
      await Repo.init(dir, true)
    }
    return new FolderRemote(dir)
  }

  async fetch(local: Repo): Promise<string | null> {
    const remote = this.repo(false)
    if (!remote) return null
    const head = await remote.head()
    if (head) await copyObjects(remote, local, head)
    return head
  }

  async push(local: Repo, oid: string, expected: string | null): Promise<boolean> {
    const remote = this.repo(true)!
    if (!remote.exists()) await Repo.init(this.url, true)
    await copyObjects(local, remote, oid)
    // The ref moves under git's own lock file, so a concurrent push (app or git) cannot interleave.
    const refFile = path.join(this.url, 'refs', 'heads', BRANCH)
    const lock = `${refFile}.lock`
    await fsp.mkdir(path.dirname(refFile), { recursive: true })
    let h: fsp.FileHandle
    try {
      h = await fsp.open(lock, 'wx')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw e
    }
    try {
      if ((await remote.head()) !== expected) return false
      await h.writeFile(`${oid}\n`)
      await h.sync()
      await h.close()
      await fsp.rename(lock, refFile)
      return true
    } finally {
      await h.close().catch(() => undefined)
      await fsp.rm(lock, { force: true })
    }
  }
}

export type AuthSource = (url: string) => Promise<Credentials | null>

/** A git server over HTTP(S) (Gitea, GitLab, git http-backend …) through isomorphic-git's client. */
export class HttpRemote implements Remote {
  /** isomorphic-git's client, with every request aborted when the sync is (closing the app). */
  private readonly http: typeof http

  constructor(
    readonly url: string,
    private readonly auth: AuthSource,
    signal?: AbortSignal,
  ) {
    this.http = signal ? { request: (req) => http.request({ ...req, signal }) } : http
  }

  private async callbacks() {
    const cred = await this.auth(this.url)
    return {
      onAuth: () => (cred ? { username: cred.username, password: cred.password } : { cancel: true }),
      onAuthFailure: () => {
        throw new AppError('SYNC_AUTH', { zh: this.url, en: this.url })
      },
    }
  }

  async fetch(local: Repo): Promise<string | null> {
    try {
      const r = await git.fetch({
        fs,
        http: this.http,
        gitdir: local.gitdir,
        url: this.url,
        ref: BRANCH,
        singleBranch: true,
        tags: false,
        remote: 'origin',
        cache: local.cache,
        ...(await this.callbacks()),
      })
      return r.fetchHead ?? null
    } catch (e) {
      if (isEmptyRemote(e)) return null
      throw authOr(e, this.url)
    }
  }

  async push(local: Repo, oid: string, expected: string | null): Promise<boolean> {
    const ref = 'refs/bidbench/push'
    await local.setRef(ref, oid)
    try {
      const r = await git.push({
        fs,
        http: this.http,
        gitdir: local.gitdir,
        url: this.url,
        ref,
        remoteRef: `refs/heads/${BRANCH}`,
        cache: local.cache,
        ...(await this.callbacks()),
        onPrePush: ({ remoteRef }) =>
          (remoteRef.oid === '0000000000000000000000000000000000000000' ? null : remoteRef.oid) === expected,
      })
      return r.ok
    } catch (e) {
      const name = (e as { code?: string })?.code ?? ''
      // Someone pushed first: rejected as not a fast-forward, or the server's ref lock/compare failed.
      if (['PushRejectedError', 'UserCanceledError', 'GitPushError'].includes(name)) return false
      throw authOr(e, this.url)
    }
  }
}

function isEmptyRemote(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? ''
  return code === 'NotFoundError' && /refs\/heads|main|ref/i.test(String((e as Error).message))
}

function authOr(e: unknown, url: string): unknown {
  const code = (e as { code?: string; data?: { statusCode?: number } })?.code
  const status = (e as { data?: { statusCode?: number } })?.data?.statusCode
  if (code === 'HttpError' && (status === 401 || status === 403))
    return new AppError('SYNC_AUTH', { zh: url, en: url })
  return e
}

export function remoteFor(url: string, auth: AuthSource, signal?: AbortSignal): Remote {
  return isHttpUrl(url) ? new HttpRemote(url, auth, signal) : new FolderRemote(url)
}
