import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { AppError } from '@shared/errors'
import {
  fsyncDir,
  ioError,
  linkFile,
  mkdirp,
  readRegularFile,
  stableStringify,
  writeFileDurable,
} from './fsio'
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

/** A file as named in messages: its folder and name inside the workspace, never an absolute or link target. */
function shownName(file: string): string {
  return `${path.basename(path.dirname(file))}/${path.basename(file)}`
}

/**
 * A lowdb adapter for one JSON document that is durable (see writeFileDurable), keeps the last
 * KEEP_GENERATIONS good versions as independent copies (so damage written into the live file in place
 * cannot reach them), migrates old schema versions after backing them up, refuses newer ones, and
 * recovers a file that fails to parse or validate from its newest good generation, reporting it. It
 * never substitutes defaults, and reads only regular files (a symlinked document is refused).
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
      text = (await readRegularFile(this.o.file, shownName(this.o.file))).toString('utf8')
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
    // The original's bytes, flushed before the upgraded document replaces it (a copyFile is not fsynced).
    await writeFileDurable(backup, await readRegularFile(this.o.file, shownName(this.o.file)))
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
        text = (await readRegularFile(gen, shownName(gen))).toString('utf8')
      } catch {
        continue
      }
      const p = this.parse(text)
      if (!p.ok) continue
      const movedAsideTo = this.o.readOnly ? null : await this.repair(p.value, gen)
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

  /**
   * Replaces the damaged file by `good` without a moment in which the document is missing: the good version is
   * written and flushed under a temp name first; then the damaged file gets a second name under corrupt/ (a hard
   * link, or a flushed copy where links are not supported) and that folder is flushed; only then is the temp file
   * renamed over the document. A failure at any step leaves the document as it was (still damaged, still
   * recoverable from its generation) and nothing half-written behind: RECOVERY_FAILED says exactly that.
   */
  private async repair(good: T, gen: string): Promise<string> {
    const aside = path.join(this.o.corruptDir, `${path.basename(this.o.file, '.json')}.${stamp()}.json`)
    const text = stableStringify(good)
    let linked = false
    try {
      await mkdirp(this.o.corruptDir)
      await writeFileDurable(this.o.file, text, {
        beforeRename: async () => {
          try {
            await linkFile(this.o.file, aside)
          } catch {
            await writeFileDurable(aside, await readRegularFile(this.o.file, shownName(this.o.file)))
          }
          linked = true
          await fsyncDir(this.o.corruptDir)
        },
      })
      return aside
    } catch (e) {
      // Failed after the rename (flushing the folder)? Then the repair is in place: keep the damaged copy too.
      if ((await fs.readFile(this.o.file, 'utf8').catch(() => null)) === text) return aside
      if (linked) await fs.rm(aside, { force: true }).catch(() => undefined)
      const cause = e instanceof AppError ? e : ioError(e, this.o.file)
      const name = shownName(this.o.file)
      throw new AppError(
        'RECOVERY_FAILED',
        {
          zh: `${name} 已损坏，可从历史版本 ${path.basename(gen)} 恢复，但写入失败（${cause.zh}）。${name} 仍是原来损坏的文件，历史版本完好；腾出空间或修正权限后重新打开即可恢复`,
          en: `${name} is damaged and recoverable from generation ${path.basename(gen)}, but writing the repair failed (${cause.en}). ${name} is still the damaged file as it was, and the generation is intact; free space or fix the permissions and reopen to repair it`,
        },
        { file: this.o.file, cause: cause.code, generation: gen },
      )
    }
  }

  /**
   * The new version is first written as its own generation (a full, flushed copy: damage later written into the
   * live file in place cannot reach it), then durably over the document. Costs two writes of the document.
   */
  async write(data: T): Promise<void> {
    if (this.o.readOnly) throw new AppError('READ_ONLY')
    const text = stableStringify(data)
    await mkdirp(path.dirname(this.o.file))
    await mkdirp(this.o.generationsDir)
    // Named by the document's own updatedAt, which the store keeps strictly increasing: a wall clock stepping
    // back must not make pruning drop the newest generation. A migration rewrite keeps updatedAt and replaces it.
    const updatedAt = (data as { updatedAt?: unknown }).updatedAt
    const name = typeof updatedAt === 'string' ? updatedAt.replace(/[:.]/g, '-') : stamp()
    const gen = path.join(this.o.generationsDir, `${name}.json`)
    const genExisted = await fs.access(gen).then(
      () => true,
      () => false,
    )
    await writeFileDurable(gen, text, { reportAs: this.o.file })
    try {
      await writeFileDurable(this.o.file, text)
    } catch (e) {
      // A save that failed leaves no trace: its generation was never acknowledged (and on a full disk it is
      // exactly the space the next attempt needs).
      if (!genExisted) await fs.rm(gen, { force: true }).catch(() => undefined)
      throw e
    }
    await this.prune()
  }

  private async prune(): Promise<void> {
    const gens = await this.generations()
    for (const old of gens.slice(KEEP_GENERATIONS)) await fs.unlink(old).catch(() => undefined)
  }
}

export type { Migration }
