import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { AppError } from '@shared/errors'

/**
 * The file-system seam of the store. Every write goes through here, so tests can inject faults
 * (disk full, permission denied) at exactly the point where a real disk would fail.
 */
export interface FsLike {
  open: typeof fs.open
  rename: typeof fs.rename
  unlink: typeof fs.unlink
  link: typeof fs.link
}
let fsImpl: FsLike = { open: fs.open, rename: fs.rename, unlink: fs.unlink, link: fs.link }

/** Test hook: replace the write primitives; returns a function that restores the real ones. */
export function setFsForTesting(over: Partial<FsLike>): () => void {
  const prev = fsImpl
  fsImpl = { ...prev, ...over }
  return () => {
    fsImpl = prev
  }
}

/**
 * The one errno → error code map of every write (documents, exports, the lock): a full disk or quota, or no
 * right to write (a read-only file system included). Anything else is the caller's IO error.
 */
export function writeErrorCode(e: unknown): 'DISK_FULL' | 'PERMISSION' | undefined {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'DISK_FULL'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'PERMISSION'
  return undefined
}

/** A failed write as an AppError naming `file`; an AppError (a cancel in the middle, say) passes unchanged. */
export function ioError(e: unknown, file: string): AppError {
  if (e instanceof AppError) return e
  const where = { zh: file, en: file }
  const typed = writeErrorCode(e)
  if (typed) return new AppError(typed, where)
  const msg = e instanceof Error ? e.message : String(e)
  return new AppError('IO', { zh: `${file}（${msg}）`, en: `${file} (${msg})` })
}

/** fsync a directory so a rename or link inside it survives power loss. */
export async function fsyncDir(dir: string): Promise<void> {
  const h = await fs.open(dir, 'r')
  try {
    await h.sync()
  } finally {
    await h.close()
  }
}

export interface DurableWriteOptions {
  /** Called with the fsynced temp file before it replaces the target (used to hard-link a generation). */
  beforeRename?: (tmpPath: string) => Promise<void>
  /** The file errors name, when the write is a step of saving another (a generation of a document). */
  reportAs?: string
}

/**
 * Durable replace: unique temp file in the same folder → write → fsync → rename over the target →
 * fsync the folder. A crash at any point leaves either the old or the new file, never a mix.
 * On failure the temp file is removed and the target is untouched.
 */
export async function writeFileDurable(
  target: string,
  data: string | Uint8Array,
  opts: DurableWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(target)
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: fs.FileHandle | undefined
  try {
    handle = await fsImpl.open(tmp, 'wx', 0o644)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    if (opts.beforeRename) await opts.beforeRename(tmp)
    await fsImpl.rename(tmp, target)
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined)
    await fsImpl.unlink(tmp).catch(() => undefined)
    throw ioError(e, opts.reportAs ?? target)
  }
  try {
    await fsyncDir(dir)
  } catch (e) {
    throw ioError(e, opts.reportAs ?? dir)
  }
}

/**
 * Reads a file inside a workspace only if it is a regular file: a symbolic link (O_NOFOLLOW → ELOOP) or a
 * device, FIFO or folder is refused with UNSAFE_FILE naming `shown` — the path inside the workspace, never where
 * a link points. Other errors (ENOENT …) are thrown as they came, for the caller to judge.
 */
export async function readRegularFile(file: string, shown: string): Promise<Buffer> {
  let h: fs.FileHandle
  try {
    h = await fs.open(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw unsafeFile(shown)
    throw e
  }
  try {
    if (!(await h.stat()).isFile()) throw unsafeFile(shown)
    return await h.readFile()
  } finally {
    await h.close()
  }
}

export function unsafeFile(shown: string): AppError {
  return new AppError('UNSAFE_FILE', { zh: shown, en: shown }, { file: shown })
}

/** What a path inside a workspace is, without following a link (null when absent). */
export async function entryKind(p: string): Promise<'file' | 'dir' | 'link' | 'other' | null> {
  try {
    const st = await fs.lstat(p)
    return st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other'
  } catch {
    return null
  }
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p)
    return true
  } catch {
    return false
  }
}

export async function mkdirp(p: string): Promise<void> {
  try {
    await fs.mkdir(p, { recursive: true })
  } catch (e) {
    throw ioError(e, p)
  }
}

export function linkFile(from: string, to: string): Promise<void> {
  return fsImpl.link(from, to)
}

/** JSON with sorted keys, two-space indent and a trailing newline, so workspaces diff and merge cleanly in git. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, sortKeys, 2) + '\n'
}

function sortKeys(_key: string, v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(v as Record<string, unknown>).sort())
      out[k] = (v as Record<string, unknown>)[k]
    return out
  }
  return v
}

const TEMP_RE = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/

/** Temp files of writers killed mid-save are harmless but would pile up: remove those whose process is gone. */
export async function sweepDeadTempFiles(dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const names = await fs.readdir(dir).catch(() => [] as string[])
    for (const n of names) {
      const m = TEMP_RE.exec(n)
      if (!m) continue
      const pid = Number(m[1])
      let alive = pid === process.pid
      if (!alive) {
        try {
          process.kill(pid, 0)
          alive = true
        } catch (e) {
          alive = (e as NodeJS.ErrnoException).code === 'EPERM'
        }
      }
      if (!alive) await fs.unlink(path.join(dir, n)).catch(() => undefined)
    }
  }
}
