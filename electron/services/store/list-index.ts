import * as fs from 'node:fs/promises'
import { type DocKind, type IndexEntry } from '@shared/schemas'
import { mkdirp, stableStringify, writeFileDurable } from './fsio'
import type { WorkspacePaths } from './paths'

interface Snapshot {
  version: 1
  /** mtime of the kind folder when the index last matched it; a different mtime means files came or went. */
  dirMtimeMs: number
  entries: IndexEntry[]
}

const COMPACT_AFTER = 500

/**
 * The list index of one document kind: a snapshot plus an append-only log of changes, so a save
 * appends one short line instead of rewriting an index that grows with the workspace. It is a
 * cache: when missing, unreadable or stale (the folder changed behind our back, e.g. a git pull)
 * it is rebuilt from the documents.
 */
export class KindIndex {
  private entries = new Map<string, IndexEntry>()
  private logLines = 0

  constructor(
    private readonly kind: DocKind,
    private readonly paths: WorkspacePaths,
    private readonly readOnly: boolean,
  ) {}

  list(): IndexEntry[] {
    return [...this.entries.values()]
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id)
  }

  /** Loads the cached index; returns false when it must be rebuilt. */
  async load(): Promise<boolean> {
    let snap: Snapshot
    try {
      snap = JSON.parse(await fs.readFile(this.paths.indexSnapshot(this.kind), 'utf8')) as Snapshot
    } catch {
      return false
    }
    if (snap.version !== 1 || !Array.isArray(snap.entries)) return false
    this.entries = new Map(snap.entries.map((e) => [e.id, e]))
    let dirMtimeMs = snap.dirMtimeMs
    try {
      const log = await fs.readFile(this.paths.indexLog(this.kind), 'utf8')
      for (const line of log.split('\n')) {
        if (!line) continue
        this.logLines++
        let rec:
          { op: 'put'; entry: IndexEntry; dirMtimeMs: number } | { op: 'del'; id: string; dirMtimeMs: number }
        try {
          rec = JSON.parse(line)
        } catch {
          continue // a torn last line after a crash: the staleness check below catches what it missed
        }
        if (rec.op === 'put') this.entries.set(rec.entry.id, rec.entry)
        else this.entries.delete(rec.id)
        dirMtimeMs = rec.dirMtimeMs
      }
    } catch {
      /* no log yet */
    }
    const st = await fs.stat(this.paths.kindDir(this.kind)).catch(() => null)
    return st !== null && st.mtimeMs === dirMtimeMs
  }

  async rebuild(entries: IndexEntry[]): Promise<void> {
    this.entries = new Map(entries.map((e) => [e.id, e]))
    await this.compact()
  }

  private async dirMtime(): Promise<number> {
    const st = await fs.stat(this.paths.kindDir(this.kind)).catch(() => null)
    return st ? st.mtimeMs : 0
  }

  async compact(): Promise<void> {
    if (this.readOnly) return
    await mkdirp(this.paths.kindDir(this.kind))
    const snap: Snapshot = { version: 1, dirMtimeMs: await this.dirMtime(), entries: this.list() }
    await mkdirp(`${this.paths.meta}/index`)
    await writeFileDurable(this.paths.indexSnapshot(this.kind), stableStringify(snap))
    await fs.rm(this.paths.indexLog(this.kind), { force: true })
    this.logLines = 0
  }

  async put(entry: IndexEntry): Promise<void> {
    this.entries.set(entry.id, entry)
    await this.append({ op: 'put', entry })
  }

  async remove(id: string): Promise<void> {
    this.entries.delete(id)
    await this.append({ op: 'del', id })
  }

  /** Not fsynced on purpose: the index is a cache, and a lost line is caught by the staleness check. */
  private async append(rec: object): Promise<void> {
    if (this.readOnly) return
    try {
      const line = JSON.stringify({ ...rec, dirMtimeMs: await this.dirMtime() }) + '\n'
      await mkdirp(`${this.paths.meta}/index`)
      await fs.appendFile(this.paths.indexLog(this.kind), line)
      if (++this.logLines >= COMPACT_AFTER) await this.compact()
    } catch {
      // The document itself is already saved; a cache that cannot be updated must not turn that into
      // a failed save. Dropping the snapshot makes the next open rebuild the index from the documents.
      await fs.rm(this.paths.indexSnapshot(this.kind), { force: true }).catch(() => undefined)
    }
  }
}
