import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import git, { type CommitObject, type TreeEntry } from 'isomorphic-git'

/** path (forward slashes, relative to the work tree) → blob oid */
export type Flat = Map<string, string>

export interface Author {
  name: string
  email: string
}

/** The git object id of a file's content, as `git hash-object` computes it. */
export function blobOid(data: Uint8Array): string {
  return createHash('sha1').update(`blob ${data.byteLength}\0`).update(data).digest('hex')
}

export const BRANCH = 'main'

/**
 * One git repository (a work tree's .git, or a bare repository on a shared drive) through
 * isomorphic-git, so sync works where no git is installed. Trees are handled as flat path → oid maps,
 * and only the folders that changed are written back.
 */
export class Repo {
  readonly cache = {}
  /** oid of every tree read, by folder path, to reuse unchanged folders when writing. */
  constructor(readonly gitdir: string) {}

  private get o() {
    return { fs, gitdir: this.gitdir, cache: this.cache }
  }

  static async init(gitdir: string, bare: boolean): Promise<Repo> {
    if (bare) await git.init({ fs, gitdir, bare: true, defaultBranch: BRANCH })
    else await git.init({ fs, dir: path.dirname(gitdir), gitdir, defaultBranch: BRANCH })
    return new Repo(gitdir)
  }

  exists(): boolean {
    return fs.existsSync(path.join(this.gitdir, 'HEAD'))
  }

  async head(ref = `refs/heads/${BRANCH}`): Promise<string | null> {
    try {
      return await git.resolveRef({ fs, gitdir: this.gitdir, ref })
    } catch {
      return null
    }
  }

  async setRef(ref: string, oid: string): Promise<void> {
    await git.writeRef({ fs, gitdir: this.gitdir, ref, value: oid, force: true })
  }

  async has(oid: string): Promise<boolean> {
    try {
      await git.readObject({ ...this.o, oid, format: 'deflated' })
      return true
    } catch {
      return false
    }
  }

  async readRaw(oid: string): Promise<{ type: string; object: Uint8Array }> {
    const r = await git.readObject({ ...this.o, oid, format: 'content' })
    return { type: r.type, object: r.object as Uint8Array }
  }

  async writeRaw(type: string, object: Uint8Array): Promise<string> {
    return git.writeObject({ fs, gitdir: this.gitdir, type: type as 'blob', object, format: 'content' })
  }

  async readBlob(oid: string): Promise<Uint8Array> {
    return (await git.readBlob({ ...this.o, oid })).blob
  }

  async writeBlob(data: Uint8Array): Promise<string> {
    return git.writeBlob({ fs, gitdir: this.gitdir, blob: data })
  }

  async readCommit(oid: string): Promise<CommitObject> {
    return (await git.readCommit({ ...this.o, oid })).commit
  }

  async tree(oid: string): Promise<TreeEntry[]> {
    return (await git.readTree({ ...this.o, oid })).tree
  }

  /** Every file of a commit as path → blob oid (and each folder's tree oid in `dirs`). */
  async flatten(commit: string | null, dirs?: Map<string, string>): Promise<Flat> {
    const out: Flat = new Map()
    if (!commit) return out
    const root = (await this.readCommit(commit)).tree
    const walk = async (oid: string, prefix: string): Promise<void> => {
      dirs?.set(prefix, oid)
      for (const e of await this.tree(oid)) {
        const p = prefix ? `${prefix}/${e.path}` : e.path
        if (e.type === 'tree') await walk(e.oid, p)
        else if (e.type === 'blob') out.set(p, e.oid)
      }
    }
    await walk(root, '')
    return out
  }

  /** The blob oid of one path in a commit, reading only the folders on the way. */
  async oidAt(commit: string, filepath: string): Promise<string | null> {
    let oid = (await this.readCommit(commit)).tree
    for (const part of filepath.split('/')) {
      const e = (await this.tree(oid)).find((x) => x.path === part)
      if (!e) return null
      oid = e.oid
    }
    return oid
  }

  /**
   * Writes the tree of `flat`. Folders whose content is the same as in the tree `dirs` came from are
   * reused by oid (`touched` names the files that differ), so one changed document writes one blob's
   * folder chain, not the whole workspace.
   */
  async writeFlat(flat: Flat, dirs: Map<string, string>, touched: Set<string>): Promise<string> {
    const dirty = new Set<string>([''])
    for (const p of touched) {
      const parts = p.split('/')
      for (let i = 1; i < parts.length; i++) dirty.add(parts.slice(0, i).join('/'))
    }
    const children = new Map<string, Map<string, TreeEntry>>()
    const ensure = (d: string) => {
      let m = children.get(d)
      if (!m) children.set(d, (m = new Map()))
      return m
    }
    for (const [p, oid] of flat) {
      const parts = p.split('/')
      // Inside a clean folder nothing needs listing: its old tree oid is reused whole.
      let cleanAt = -1
      for (let i = 1; i < parts.length; i++) {
        if (!dirty.has(parts.slice(0, i).join('/'))) {
          cleanAt = i
          break
        }
      }
      const limit = cleanAt > 0 ? cleanAt : parts.length
      for (let i = 1; i < limit; i++) {
        const parent = parts.slice(0, i - 1).join('/')
        const name = parts[i - 1]
        if (!ensure(parent).has(name))
          ensure(parent).set(name, { mode: '040000', path: name, oid: '', type: 'tree' })
      }
      if (cleanAt > 0) {
        const name = parts[cleanAt - 1]
        const tree = dirs.get(parts.slice(0, cleanAt).join('/'))!
        ensure(parts.slice(0, cleanAt - 1).join('/')).set(name, {
          mode: '040000',
          path: name,
          oid: tree,
          type: 'tree',
        })
      } else {
        const name = parts[parts.length - 1]
        ensure(parts.slice(0, -1).join('/')).set(name, { mode: '100644', path: name, oid, type: 'blob' })
      }
    }
    const write = async (d: string): Promise<string> => {
      const entries = [...(children.get(d) ?? new Map<string, TreeEntry>()).values()]
      for (const e of entries)
        if (e.type === 'tree' && !e.oid) e.oid = await write(d ? `${d}/${e.path}` : e.path)
      return git.writeTree({ fs, gitdir: this.gitdir, tree: entries })
    }
    return write('')
  }

  async commit(tree: string, parents: string[], author: Author, message: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000)
    const sig = { ...author, timestamp: now, timezoneOffset: new Date().getTimezoneOffset() }
    return git.writeCommit({
      fs,
      gitdir: this.gitdir,
      commit: { tree, parent: parents, author: sig, committer: sig, message },
    })
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const bases = await git.findMergeBase({ ...this.o, oids: [a, b] })
    return bases[0] ?? null
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    if (ancestor === of) return true
    return git.isDescendent({ ...this.o, oid: of, ancestor, depth: -1 })
  }
}
