import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { mkdirp, stableStringify, writeFileDurable } from '../store/fsio'
import { blobOid, type Flat } from './repo'

/**
 * Local state of sync, per machine and never committed: `.bidbench/sync/` (ignored by the workspace's
 * .bidbench/.gitignore, which sync extends on first use).
 */
export function syncDir(root: string): string {
  return path.join(root, '.bidbench', 'sync')
}

/** What the store keeps only for this machine (lock, index, generations) and sync's own state. */
const META_IGNORED = ['lock.json', 'index/', 'generations/', 'sync/']
const ALWAYS_IGNORED = new Set(['.git', 'node_modules', '.DS_Store', 'Thumbs.db'])
const TEMP = /^\..+\.tmp$/

/** Adds sync's folder to .bidbench/.gitignore of workspaces made before sync existed. */
export async function ensureIgnores(root: string): Promise<void> {
  const file = path.join(root, '.bidbench', '.gitignore')
  const text = await fs.readFile(file, 'utf8').catch(() => '')
  const lines = new Set(text.split('\n').map((l) => l.trim()))
  const missing = META_IGNORED.filter((l) => !lines.has(l))
  if (!missing.length) return
  await mkdirp(path.dirname(file))
  const next = (text && !text.endsWith('\n') ? `${text}\n` : text) + missing.map((l) => `${l}\n`).join('')
  await writeFileDurable(file, next)
}

/** Simple gitignore lines (names, `*` globs, `dir/`) of a folder. */
async function ignoreRules(dir: string): Promise<{ re: RegExp; dirOnly: boolean }[]> {
  const text = await fs.readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => '')
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'))
    .map((l) => {
      const dirOnly = l.endsWith('/')
      const pat = l.replace(/^\//, '').replace(/\/$/, '')
      const re = new RegExp(
        `^${pat
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]')}$`,
      )
      return { re, dirOnly }
    })
}

interface StatEntry {
  size: number
  mtimeMs: number
  oid: string
}

interface StatCache {
  version: 1
  entries: Record<string, StatEntry>
}

/**
 * The work tree's files and their blob oids. Like git's index, a file whose size and mtime match the
 * cache is not read again; everything else is hashed. Returns path → oid of every tracked file.
 */
export async function scanWorktree(root: string): Promise<Flat> {
  const cacheFile = path.join(syncDir(root), 'stat.json')
  let cache: StatCache = { version: 1, entries: {} }
  try {
    const c = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as StatCache
    if (c.version === 1 && c.entries) cache = c
  } catch {
    /* first scan */
  }
  const out: Flat = new Map()
  const next: Record<string, StatEntry> = {}
  let misses = 0
  const started = Date.now()
  const walk = async (rel: string, inherited: { re: RegExp; dirOnly: boolean }[]): Promise<void> => {
    const abs = path.join(root, rel)
    const own = await ignoreRules(abs)
    const rules = [...inherited, ...own]
    const names = await fs.readdir(abs, { withFileTypes: true }).catch(() => [])
    await Promise.all(
      names.map(async (d) => {
        if (ALWAYS_IGNORED.has(d.name) || TEMP.test(d.name)) return
        const isDir = d.isDirectory()
        if (rules.some((r) => r.re.test(d.name) && (!r.dirOnly || isDir))) return
        const p = rel ? `${rel}/${d.name}` : d.name
        if (isDir) return walk(p, [])
        if (!d.isFile()) return // symlinks and devices are not workspace content
        const st = await fs.stat(path.join(root, p)).catch(() => null)
        if (!st) return
        const hit = cache.entries[p]
        let oid: string
        if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) oid = hit.oid
        else {
          misses++
          oid = blobOid(await fs.readFile(path.join(root, p)))
        }
        out.set(p, oid)
        // A file written in the same instant as this scan may change again unseen (git's "racy" case).
        if (started - st.mtimeMs > 2_000) next[p] = { size: st.size, mtimeMs: st.mtimeMs, oid }
      }),
    )
  }
  await walk('', [])
  if (misses > 0 || Object.keys(next).length !== Object.keys(cache.entries).length) {
    await mkdirp(syncDir(root))
    await writeFileDurable(cacheFile, stableStringify({ version: 1, entries: next }))
  }
  return out
}

/** Paths whose content differs between two flat trees (added, changed or removed). */
export function changedPaths(a: Flat, b: Flat): string[] {
  const out: string[] = []
  for (const [p, oid] of b) if (a.get(p) !== oid) out.push(p)
  for (const p of a.keys()) if (!b.has(p)) out.push(p)
  return out.sort()
}
