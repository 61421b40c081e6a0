import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { Low } from 'lowdb'
import { followDocument } from '@shared/domain/merge'
import { AppError } from '@shared/errors'
import {
  DOC_KINDS,
  DOC_SCHEMAS,
  DOC_VERSIONS,
  indexEntryOf,
  newId,
  WORKSPACE_SCHEMA_VERSION,
  WorkspaceSchema,
  type Attachment,
  type DocKind,
  type DocOf,
  type IndexEntry,
  type SyncConflict,
  type Workspace,
} from '@shared/schemas'
import { DocFileAdapter, type RecoveryEvent } from './doc-file'
import { exists, fsyncDir, ioError, mkdirp, sweepDeadTempFiles } from './fsio'
import { putAttachment, readAttachment } from './attachments'
import { KindIndex } from './list-index'
import type { WorkspaceLock } from './lock'
import { migrate } from './migrations'
import { WorkspacePaths } from './paths'

export interface TrashEntry {
  kind: DocKind
  id: string
  title: string
  deletedAt: string
}

function nowAfter(prev?: string): string {
  let t = Date.now()
  if (prev) t = Math.max(t, Date.parse(prev) + 1)
  return new Date(t).toISOString()
}

/**
 * An open workspace: the only object that reads and writes its files. One lowdb instance per open
 * document, one write queue per document so concurrent saves of the same document never interleave.
 */
export class WorkspaceSession {
  readonly paths: WorkspacePaths
  readonly recoveries: RecoveryEvent[] = []
  private ws!: Low<Workspace>
  private readonly docs = new Map<string, Low<unknown>>()
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly indexes = new Map<DocKind, KindIndex>()
  private closed = false

  constructor(
    readonly dir: string,
    readonly readOnly: boolean,
    private readonly lock: WorkspaceLock | null,
  ) {
    this.paths = new WorkspacePaths(dir)
  }

  get workspace(): Workspace {
    return this.ws.data
  }

  adapterFor<K extends DocKind>(kind: K, id: string): DocFileAdapter<DocOf<K>> {
    return new DocFileAdapter<DocOf<K>>({
      file: this.paths.doc(kind, id),
      schema: DOC_SCHEMAS[kind] as never,
      version: DOC_VERSIONS[kind],
      generationsDir: this.paths.generations(kind, id),
      backupsDir: this.paths.backups(kind),
      corruptDir: this.paths.corrupt(kind),
      readOnly: this.readOnly,
      migrate: (raw) => migrate(kind, raw, DOC_VERSIONS[kind]),
      onRecovery: (e) => this.recoveries.push(e),
    })
  }

  /** Loads workspace.json and every list index (rebuilding stale ones). */
  async load(): Promise<void> {
    const adapter = new DocFileAdapter<Workspace>({
      file: this.paths.workspaceFile,
      schema: WorkspaceSchema,
      version: WORKSPACE_SCHEMA_VERSION,
      generationsDir: this.paths.generations('workspace', 'workspace'),
      backupsDir: this.paths.backups('workspace'),
      corruptDir: this.paths.corrupt('workspace'),
      readOnly: this.readOnly,
      migrate: (raw) => ({ doc: raw, fromVersion: WORKSPACE_SCHEMA_VERSION, migrated: false }),
      onRecovery: (e) => this.recoveries.push(e),
    })
    this.ws = new Low<Workspace>(adapter, null as never)
    await this.ws.read()
    if (!this.ws.data) throw new AppError('WORKSPACE_NOT_FOUND', { zh: this.dir, en: this.dir })
    if (!this.readOnly) {
      await sweepDeadTempFiles([
        this.dir,
        this.paths.files(),
        `${this.paths.meta}/index`,
        ...DOC_KINDS.map((k) => this.paths.kindDir(k)),
      ])
    }
    for (const kind of DOC_KINDS) {
      const idx = new KindIndex(kind, this.paths, this.readOnly)
      this.indexes.set(kind, idx)
      if (!(await idx.load())) await idx.rebuild(await this.scanEntries(kind))
    }
  }

  /** Reads every document of a kind for a fresh index; unreadable ones are left out (doctor reports them). */
  private async scanEntries(kind: DocKind): Promise<IndexEntry[]> {
    const out: IndexEntry[] = []
    for (const id of await this.fileIds(kind)) {
      try {
        out.push(indexEntryOf(kind, await this.get(kind, id)))
      } catch {
        /* reported by doctor and by get() */
      }
    }
    return out
  }

  async fileIds(kind: DocKind): Promise<string[]> {
    const names = await fs.readdir(this.paths.kindDir(kind)).catch(() => [] as string[])
    return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -5))
  }

  private assertWritable(): void {
    if (this.closed) throw new AppError('NO_WORKSPACE')
    if (this.readOnly) throw new AppError('READ_ONLY')
  }

  private enqueue<T>(key: string, job: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(key) ?? Promise.resolve()
    const next = prev.then(job, job)
    this.queues.set(
      key,
      next.catch(() => undefined),
    )
    return next
  }

  list(kind: DocKind): IndexEntry[] {
    return this.indexes.get(kind)!.list()
  }

  /** Every document of a kind, whole (a document that cannot be read rejects, as get() does). */
  async all<K extends DocKind>(kind: K): Promise<DocOf<K>[]> {
    return Promise.all(this.list(kind).map((e) => this.get(kind, e.id)))
  }

  private async db<K extends DocKind>(kind: K, id: string): Promise<Low<DocOf<K>>> {
    const key = `${kind}/${id}`
    let db = this.docs.get(key) as Low<DocOf<K>> | undefined
    if (!db) {
      db = new Low<DocOf<K>>(this.adapterFor(kind, id), null as never)
      await db.read()
      if (!db.data) throw new AppError('NOT_FOUND', { zh: `${kind}/${id}`, en: `${kind}/${id}` })
      this.docs.set(key, db as Low<unknown>)
    }
    return db
  }

  async get<K extends DocKind>(kind: K, id: string): Promise<DocOf<K>> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new AppError('NOT_FOUND', { zh: id, en: id })
    return (await this.db(kind, id)).data
  }

  async create<K extends DocKind>(
    kind: K,
    init: Record<string, unknown> & { title: string },
  ): Promise<DocOf<K>> {
    this.assertWritable()
    const now = nowAfter()
    const id = typeof init.id === 'string' ? init.id : newId(kind.slice(0, 1))
    if (await exists(this.paths.doc(kind, id)))
      throw new AppError('CONFLICT', { zh: `id ${id} 已存在`, en: `id ${id} exists` })
    const doc = DOC_SCHEMAS[kind].parse({
      ...init,
      id,
      schemaVersion: DOC_VERSIONS[kind],
      createdAt: now,
      updatedAt: now,
    }) as DocOf<K>
    return this.enqueue(`${kind}/${id}`, async () => {
      const db = new Low<DocOf<K>>(this.adapterFor(kind, id), doc)
      await db.write()
      this.docs.set(`${kind}/${id}`, db as Low<unknown>)
      await this.indexes.get(kind)!.put(indexEntryOf(kind, doc))
      return doc
    })
  }

  /** Saves a whole document. With expectedUpdatedAt, a save over someone else's newer edit fails with CONFLICT. */
  async save<K extends DocKind>(
    kind: K,
    input: DocOf<K>,
    opts: { expectedUpdatedAt?: string; syncConflicts?: SyncConflict[] } = {},
  ): Promise<DocOf<K>> {
    this.assertWritable()
    return this.enqueue(`${kind}/${input.id}`, async () => {
      const db = await this.db(kind, input.id)
      const current = db.data
      if (opts.expectedUpdatedAt && current.updatedAt !== opts.expectedUpdatedAt) {
        throw new AppError(
          'CONFLICT',
          { zh: current.title, en: current.title },
          { current: current.updatedAt },
        )
      }
      const parsed = DOC_SCHEMAS[kind].parse({
        ...input,
        syncConflicts: undefined,
        createdAt: current.createdAt,
        schemaVersion: DOC_VERSIONS[kind],
        updatedAt: nowAfter(current.updatedAt),
      }) as DocOf<K>
      // Pending sync conflicts are the store's: an editor's save keeps them (only a decision removes one),
      // and a record follows an edit of its field, so deciding "mine" later keeps the edit.
      const conflicts = followDocument(parsed, opts.syncConflicts ?? current.syncConflicts ?? [], 'drop')
      const next = (conflicts.length ? { ...parsed, syncConflicts: conflicts } : parsed) as DocOf<K>
      db.data = next
      try {
        await db.write()
      } catch (e) {
        db.data = current
        throw e
      }
      await this.indexes.get(kind)!.put(indexEntryOf(kind, next))
      return next
    })
  }

  async rename<K extends DocKind>(kind: K, id: string, title: string): Promise<DocOf<K>> {
    const doc = await this.get(kind, id)
    return this.save(kind, { ...doc, title })
  }

  /** Delete moves the file to the trash; nothing is destroyed, restore brings it back. */
  async delete(kind: DocKind, id: string): Promise<TrashEntry> {
    this.assertWritable()
    return this.enqueue(`${kind}/${id}`, async () => {
      const doc = await this.get(kind, id)
      const trashDir = this.paths.trash(kind)
      await mkdirp(trashDir)
      try {
        await fs.rename(this.paths.doc(kind, id), path.join(trashDir, `${id}.json`))
        await fsyncDir(trashDir)
        await fsyncDir(this.paths.kindDir(kind))
      } catch (e) {
        throw ioError(e, this.paths.doc(kind, id))
      }
      this.docs.delete(`${kind}/${id}`)
      await this.indexes.get(kind)!.remove(id)
      return { kind, id, title: doc.title, deletedAt: new Date().toISOString() }
    })
  }

  async trashList(kind?: DocKind): Promise<TrashEntry[]> {
    const out: TrashEntry[] = []
    for (const k of kind ? [kind] : DOC_KINDS) {
      const dir = this.paths.trash(k)
      for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
        if (!name.endsWith('.json')) continue
        const file = path.join(dir, name)
        try {
          const [text, st] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)])
          out.push({
            kind: k,
            id: name.slice(0, -5),
            title: String(JSON.parse(text).title ?? ''),
            deletedAt: st.ctime.toISOString(),
          })
        } catch {
          out.push({ kind: k, id: name.slice(0, -5), title: '?', deletedAt: '' })
        }
      }
    }
    return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
  }

  async restore<K extends DocKind>(kind: K, id: string): Promise<DocOf<K>> {
    this.assertWritable()
    const from = path.join(this.paths.trash(kind), `${id}.json`)
    if (!(await exists(from)))
      throw new AppError('NOT_FOUND', { zh: `回收站中的 ${id}`, en: `${id} in the trash` })
    if (await exists(this.paths.doc(kind, id)))
      throw new AppError('CONFLICT', { zh: `id ${id} 已存在`, en: `id ${id} exists` })
    await mkdirp(this.paths.kindDir(kind))
    await fs.rename(from, this.paths.doc(kind, id))
    await fsyncDir(this.paths.kindDir(kind))
    const doc = await this.get(kind, id)
    await this.indexes.get(kind)!.put(indexEntryOf(kind, doc))
    return doc
  }

  async saveWorkspace(patch: Partial<Pick<Workspace, 'name' | 'company' | 'settings'>>): Promise<Workspace> {
    this.assertWritable()
    return this.enqueue('workspace', async () => {
      const prev = this.ws.data
      const next = WorkspaceSchema.parse({ ...prev, ...patch, updatedAt: nowAfter(prev.updatedAt) })
      this.ws.data = next
      try {
        await this.ws.write()
      } catch (e) {
        this.ws.data = prev
        throw e
      }
      return next
    })
  }

  /**
   * For sync: replaces or removes a document with a version that arrived from another machine, inside
   * the document's write queue so no save interleaves. `decide` sees the file as it is now (null when
   * absent) and returns the new text, null to remove it, or undefined to leave it. The text keeps its
   * own updatedAt (it is a version someone made, not a new edit).
   */
  async replaceFromSync(
    kind: DocKind,
    id: string,
    decide: (current: string | null) => Promise<string | null | undefined>,
  ): Promise<void> {
    this.assertWritable()
    await this.enqueue(`${kind}/${id}`, async () => {
      const file = this.paths.doc(kind, id)
      const current = await fs.readFile(file, 'utf8').catch(() => null)
      const next = await decide(current)
      if (next === undefined) return
      if (next === null) {
        await fs.rm(file, { force: true })
        await fsyncDir(this.paths.kindDir(kind)).catch(() => undefined)
        this.docs.delete(`${kind}/${id}`)
        await this.indexes.get(kind)!.remove(id)
        return
      }
      const adapter = this.adapterFor(kind, id)
      const parsed = adapter.parse(next)
      if (!parsed.ok) throw new AppError('CORRUPT', { zh: `${kind}/${id}`, en: `${kind}/${id}` }, parsed)
      const db = new Low(adapter, parsed.value)
      await db.write()
      this.docs.set(`${kind}/${id}`, db as Low<unknown>)
      await this.indexes.get(kind)!.put(indexEntryOf(kind, parsed.value as DocOf<typeof kind>))
    })
  }

  /** Re-reads workspace.json after sync replaced it. */
  async reloadWorkspace(): Promise<void> {
    await this.enqueue('workspace', () => this.ws.read())
  }

  /** Attachments are stored once, by content hash (attachments.ts). */
  async putFile(data: Uint8Array, name: string, mime: string): Promise<Attachment> {
    this.assertWritable()
    return putAttachment(this.paths, data, name, mime)
  }

  async readFile(sha256: string): Promise<Buffer> {
    return readAttachment(this.paths, sha256)
  }

  async close(): Promise<void> {
    if (this.closed) return
    await Promise.all([...this.queues.values()])
    this.closed = true
    this.lock?.releaseSync()
  }
}
