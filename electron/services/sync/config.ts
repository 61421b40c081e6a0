import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import git from 'isomorphic-git'
import { Repo, type Author } from './repo'

/**
 * Per-clone settings, kept in the workspace's .git/config (this machine's copy, never committed):
 * the remote, the name commits are made with, and automatic sync.
 */
export interface SyncSettings {
  remote: string | null
  user: string
  auto: boolean
  minutes: number
}

export const DEFAULT_MINUTES = 10

export function gitdirOf(root: string): string {
  return path.join(root, '.git')
}

async function get(gitdir: string, key: string): Promise<string | undefined> {
  try {
    const v = await git.getConfig({ fs, gitdir, path: key })
    return typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v)
  } catch {
    return undefined
  }
}

export function defaultUser(): string {
  if (process.env.BIDBENCH_USER) return process.env.BIDBENCH_USER
  try {
    return os.userInfo().username || 'BidBench'
  } catch {
    return 'BidBench'
  }
}

export async function readSettings(root: string): Promise<SyncSettings> {
  const gitdir = gitdirOf(root)
  if (!fs.existsSync(path.join(gitdir, 'HEAD')))
    return { remote: null, user: defaultUser(), auto: false, minutes: DEFAULT_MINUTES }
  const minutes = Number(await get(gitdir, 'bidbench.minutes'))
  return {
    remote: (await get(gitdir, 'remote.origin.url')) ?? null,
    user: (await get(gitdir, 'user.name')) || defaultUser(),
    auto: (await get(gitdir, 'bidbench.auto')) === 'true',
    minutes: Number.isFinite(minutes) && minutes >= 1 ? minutes : DEFAULT_MINUTES,
  }
}

export async function writeSettings(root: string, patch: Partial<SyncSettings>): Promise<void> {
  const gitdir = gitdirOf(root)
  // isomorphic-git's init stops at an existing config: the repository must exist before its config does.
  if (!fs.existsSync(path.join(gitdir, 'HEAD'))) await Repo.init(gitdir, false)
  const set = (key: string, value: string | undefined) => git.setConfig({ fs, gitdir, path: key, value })
  if (patch.remote !== undefined) {
    await set('remote.origin.url', patch.remote ?? undefined)
    if (patch.remote) await set('remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*')
  }
  if (patch.user !== undefined) await set('user.name', patch.user.trim() || undefined)
  if (patch.auto !== undefined) await set('bidbench.auto', String(patch.auto))
  if (patch.minutes !== undefined) await set('bidbench.minutes', String(patch.minutes))
}

export async function authorOf(root: string): Promise<Author> {
  const gitdir = gitdirOf(root)
  const name = (await get(gitdir, 'user.name')) || defaultUser()
  const email = (await get(gitdir, 'user.email')) || `${name.replace(/[<>\s]/g, '') || 'user'}@bidbench.local`
  return { name, email }
}
