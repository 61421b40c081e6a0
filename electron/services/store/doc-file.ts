import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { fsyncDir, linkFile, mkdirp, stableStringify, writeFileDurable } from './fsio'
import type { Migration } from './migrations'

export const KEEP_GENERATIONS = 5

export interface RecoveryEvent {
  file: string
  reason: string
  restoredFrom: string | null
  movedAsideTo: string | null
  at: string
}

export interface DocFileOptions<T> {
  file: string
  schema: z.ZodType<T>
  version: number
  generationsDir: string
  backupsDir: string
  corruptDir: string
  readOnly: boolean
  migrate: (raw: Record<string, unknown>) => {
    doc: Record<string, unknown>
    fromVersion: number
    migrated: boolean
  }
  onRecovery: (e: RecoveryEvent) => void
}

type Parsed<T> =
  { ok: true; value: T; migratedFrom: number | null } | { ok: false; reason: string; newer?: boolean }

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}

/**
 * A lowdb adapter for one JSON document that is durable (see writeFileDurable), keeps the last
 * KEEP_GENERATIONS good versions as hard links (no extra bytes written per save), migrates old
 * schema versions after backing them up, refuses newer ones, and recovers a file that fails to parse
 * or validate from its newest good generation, reporting it. It never substitutes defaults.
 */
export class DocFileAdapter<T> implements Adapter<T> {
  constructor(private readonly o: DocFileOptions<T>) {}

  parse(text: string): Parsed<T> {
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (e) {
      return { ok: false, reason: `JSON: ${(e as Error).message}` }
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return { ok: false, reason: 'not a JSON object' }
    const v = (raw as Record<string, unknown>).schemaVersion
    if (typeof v === 'number' && v > this.o.version)
      return { ok: false, reason: `schemaVersion ${v} > ${this.o.version}`, newer: true }
    let m: ReturnType<DocFileOptions<T>['migrate']>
    try {
      m = this.o.migrate(raw as Record<string, unknown>)
    } catch (e) {
      return { ok: false, reason: `migration: ${(e as Error).message}` }
    }
    const r = this.o.schema.safeParse(m.doc)
    if (!r.success) {
      const first = r.error.issues[0]
      return { ok: false, reason: `schema: ${first?.path.join('.')} ${first?.message}` }
    }
    return { ok: true, value: r.data, migratedFrom: m.migrated ? m.fromVersion : null }
  }

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await fs.readFile(this.o.file, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    const p = this.parse(text)
    if (p.ok) {
      if (p.migratedFrom !== null && !this.o.readOnly) await this.upgradeOnDisk(p.value, p.migratedFrom)
      return p.value
    }
    if (p.newer) {
      throw new AppError(
        'NEWER_SCHEMA',
        { zh: path.basename(this.o.file), en: path.basename(this.o.file) },
        { reason: p.reason },
      )
    }
    return this.recover(p.reason)
  }

  private async upgradeOnDisk(value: T, fromVersion: number): Promise<void> {
    await mkdirp(this.o.backupsDir)
    const backup = path.join(
      this.o.backupsDir,
      `${path.basename(this.o.file, '.json')}.v${fromVersion}.${stamp()}.json`,
    )
    await fs.copyFile(this.o.file, backup)
    await fsyncDir(this.o.backupsDir)
    await this.write(value)
  }

  async generations(): Promise<string[]> {
    try {
      const names = await fs.readdir(this.o.generationsDir)
      return names
        .filter((n) => n.endsWith('.json'))
        .sort()
        .reverse()
        .map((n) => path.join(this.o.generationsDir, n))
    } catch {
      return []
    }
  }

  private async recover(reason: string): Promise<T> {
    for (const gen of await this.generations()) {
      let text: string
      try {
        text = await fs.readFile(gen, 'utf8')
      } catch {
        continue
      }
      const p = this.parse(text)
      if (!p.ok) continue
      let movedAsideTo: string | null = null
      if (!this.o.readOnly) {
        await mkdirp(this.o.corruptDir)
        movedAsideTo = path.join(this.o.corruptDir, `${path.basename(this.o.file, '.json')}.${stamp()}.json`)
        await fs.rename(this.o.file, movedAsideTo)
        await writeFileDurable(this.o.file, stableStringify(p.value))
      }
      this.o.onRecovery({
        file: this.o.file,
        reason,
        restoredFrom: gen,
        movedAsideTo,
        at: new Date().toISOString(),
      })
      return p.value
    }
    throw new AppError(
      'CORRUPT',
      { zh: `${path.basename(this.o.file)}（${reason}）`, en: `${path.basename(this.o.file)} (${reason})` },
      { file: this.o.file, reason },
    )
  }

  async write(data: T): Promise<void> {
    if (this.o.readOnly) throw new AppError('READ_ONLY')
    const text = stableStringify(data)
    await mkdirp(path.dirname(this.o.file))
    await writeFileDurable(this.o.file, text, {
      // The new version gets a generation link before it replaces the target: no bytes are copied.
      beforeRename: async (tmp) => {
        await mkdirp(this.o.generationsDir)
        // Named by the document's own updatedAt, which the store keeps strictly increasing: a wall
        // clock stepping back must not make pruning drop the newest generation.
        const updatedAt = (data as { updatedAt?: unknown }).updatedAt
        const name = typeof updatedAt === 'string' ? updatedAt.replace(/[:.]/g, '-') : stamp()
        const gen = path.join(this.o.generationsDir, `${name}.json`)
        await fs.rm(gen, { force: true }) // a migration rewrite keeps updatedAt: replace its link
        try {
          await linkFile(tmp, gen)
        } catch {
          await fs.writeFile(gen, text) // file systems without hard links
        }
      },
    })
    await this.prune()
  }

  private async prune(): Promise<void> {
    const gens = await this.generations()
    for (const old of gens.slice(KEEP_GENERATIONS)) await fs.unlink(old).catch(() => undefined)
  }
}

export type { Migration }
