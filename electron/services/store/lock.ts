import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { AppError } from '@shared/errors'
import { writeErrorCode } from './fsio'

export interface LockHolder {
  pid: number
  host: string
  startedAt: string
  app: string
}

/** Linux's clock ticks per second for /proc/<pid>/stat start times (USER_HZ, 100 on every mainstream arch). */
const USER_HZ = 100

/** When a process started (ms since the epoch), where /proc tells; null elsewhere. */
export function processStartMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const startTicks = Number(fields[19]) // field 22 overall
    const btime = Number(/^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'))?.[1])
    if (!Number.isFinite(startTicks) || !Number.isFinite(btime)) return null
    return btime * 1000 + (startTicks / USER_HZ) * 1000
  } catch {
    return null
  }
}

/**
 * Whether the process that wrote a lock at `since` still runs. A live pid is not enough: after a kill -9
 * the system may hand the same pid to a new process, which would then hold the workspace forever. A process
 * that started after the lock was written cannot be its writer.
 */
export function holderAlive(pid: number, since: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const started = processStartMs(pid)
  // A second of slack: boot time is whole seconds and clocks drift.
  return started === null || !Number.isFinite(since) || started <= since + 1_000
}

function readRaw(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

function parseHolder(raw: string | null): LockHolder | null {
  if (raw === null) return null
  try {
    const h = JSON.parse(raw) as LockHolder
    return typeof h.pid === 'number' && typeof h.host === 'string' ? h : null
  } catch {
    return null
  }
}

/** Dead on this host = stale. A holder on another host cannot be checked, so it is taken as live. */
function isStale(holder: LockHolder | null, raw: string | null, file: string): boolean {
  if (holder) return holder.host === os.hostname() && !holderAlive(holder.pid, Date.parse(holder.startedAt))
  if (raw === null) return false // vanished meanwhile: simply retry
  // Unparseable: only a foreign or legacy writer makes these (ours appear whole, by link); give it time.
  try {
    return Date.now() - fs.statSync(file).mtimeMs > 5_000
  } catch {
    return false
  }
}

export function describeHolder(h: LockHolder | null): { zh: string; en: string } {
  if (!h) return { zh: '未知进程', en: 'an unknown process' }
  return {
    zh: `进程 ${h.pid}（主机 ${h.host}，${h.app}，启动于 ${h.startedAt}）`,
    en: `process ${h.pid} on ${h.host} (${h.app}, since ${h.startedAt})`,
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Publishes `content` at `target` only if nothing is there: the file is written and fsynced under a
 * temporary name, then hard-linked into place, so other processes never see it half-written.
 */
function publishExclusive(target: string, content: string): boolean {
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  // Whatever fails (a full disk after the create), the temp file goes: a 0-byte one must not be left behind.
  try {
    const fd = fs.openSync(tmp, 'wx', 0o644)
    try {
      fs.writeSync(fd, content)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.linkSync(tmp, target)
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw e
  } finally {
    fs.rmSync(tmp, { force: true })
  }
}

/** Age after which a takeover mutex of a dead process is removed (see clearDeadMutex). */
const DEAD_MUTEX_MS = 2_000

const LOCK_TEMP = /^lock\.json(?:\.takeover)?\.(\d+)\.[0-9a-f]{8}\.tmp$/

/** Temp files of lock writers that died (kill -9 between create and cleanup) would pile up: remove them. */
export function sweepLockTemps(dir: string): void {
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return
  }
  for (const n of names) {
    const m = LOCK_TEMP.exec(n)
    if (!m || Number(m[1]) === process.pid) continue
    let alive = true
    try {
      process.kill(Number(m[1]), 0)
    } catch (e) {
      alive = (e as NodeJS.ErrnoException).code === 'EPERM'
    }
    if (!alive) fs.rmSync(path.join(dir, n), { force: true })
  }
}

/** A failure to write the lock, typed (READ_ONLY, DISK_FULL, PERMISSION) and naming the lock file. */
export function lockIoError(e: unknown, file: string): AppError {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code === 'EROFS') {
    return new AppError(
      'READ_ONLY',
      {
        zh: `${file}：工作区所在的文件系统是只读的，无法写入锁文件（可以只读方式打开）`,
        en: `${file}: the workspace is on a read-only file system; the lock cannot be written (open it read-only)`,
      },
      { file, errno: code },
    )
  }
  const typed = writeErrorCode(e)
  if (typed === 'DISK_FULL') {
    return new AppError(
      'DISK_FULL',
      {
        zh: `${file}：无法写入锁文件，工作区未改动`,
        en: `${file}: the lock cannot be written; nothing was changed`,
      },
      { file, errno: code },
    )
  }
  if (typed === 'PERMISSION') {
    return new AppError(
      'PERMISSION',
      {
        zh: `${file}：没有写入锁文件的权限，工作区未改动`,
        en: `${file}: no permission to write the lock; nothing was changed`,
      },
      { file, errno: code },
    )
  }
  const msg = e instanceof Error ? e.message : String(e)
  return new AppError('IO', { zh: `${file}（${msg}）`, en: `${file} (${msg})` }, { file, errno: code })
}

/**
 * One writer per workspace. The lock file (pid + host + start time) appears atomically. A lock left
 * by a dead process on this host is taken over, but only under a short-lived takeover mutex and only
 * if the file is still the very one judged stale, so two processes racing to take over a stale lock
 * can never both win. A live holder makes us fail with LOCKED naming it; callers may open read-only.
 */
export class WorkspaceLock {
  private held = false
  private readonly onExit = () => this.releaseSync()

  constructor(
    readonly lockPath: string,
    private readonly app = 'bidbench',
  ) {}

  private get mutexPath(): string {
    return `${this.lockPath}.takeover`
  }

  acquire(): void {
    try {
      this.acquireOrThrow()
    } catch (e) {
      throw e instanceof AppError ? e : lockIoError(e, this.lockPath)
    }
  }

  private acquireOrThrow(): void {
    const me: LockHolder = {
      pid: process.pid,
      host: os.hostname(),
      startedAt: new Date().toISOString(),
      app: this.app,
    }
    const mine = JSON.stringify(me) + '\n'
    fs.mkdirSync(path.dirname(this.lockPath), { recursive: true })
    sweepLockTemps(path.dirname(this.lockPath))
    // Counted in attempts and in time: a takeover mutex left by a writer killed mid-takeover is cleared only once
    // it is DEAD_MUTEX_MS old, so a stale lock must be retried at least that long before giving up.
    const giveUpAt = Date.now() + DEAD_MUTEX_MS * 3
    for (let attempt = 0; attempt < 50 || Date.now() < giveUpAt; attempt++) {
      if (publishExclusive(this.lockPath, mine)) return this.markHeld()
      const raw = readRaw(this.lockPath)
      const holder = parseHolder(raw)
      if (holder && holder.pid === process.pid && holder.host === me.host) {
        throw new AppError('LOCKED', {
          zh: '本进程已打开该工作区',
          en: 'this process already has the workspace open',
        })
      }
      if (!isStale(holder, raw, this.lockPath)) {
        if (raw === null) continue
        throw new AppError('LOCKED', describeHolder(holder), { holder })
      }
      if (this.takeOver(raw!, mine)) return this.markHeld()
      sleepSync(5 + Math.floor(Math.random() * 20))
    }
    throw new AppError('LOCKED', describeHolder(parseHolder(readRaw(this.lockPath))))
  }

  private takeOver(staleRaw: string, mine: string): boolean {
    const mutexContent = JSON.stringify({ pid: process.pid, host: os.hostname(), at: Date.now() })
    if (!publishExclusive(this.mutexPath, mutexContent)) {
      this.clearDeadMutex()
      return false
    }
    try {
      // Still the same stale file? Someone may have replaced it between our read and the mutex.
      if (readRaw(this.lockPath) !== staleRaw) return false
      fs.rmSync(this.lockPath, { force: true })
      return publishExclusive(this.lockPath, mine)
    } finally {
      fs.rmSync(this.mutexPath, { force: true })
    }
  }

  /** A takeover mutex whose owner died mid-takeover would block everyone; clear it once it is old. */
  private clearDeadMutex(): void {
    const raw = readRaw(this.mutexPath)
    try {
      const m = JSON.parse(raw ?? '') as { pid: number; host: string; at: number }
      if (
        m.host === os.hostname() &&
        !holderAlive(m.pid, m.at) &&
        Date.now() - m.at > DEAD_MUTEX_MS &&
        readRaw(this.mutexPath) === raw
      ) {
        fs.rmSync(this.mutexPath, { force: true })
      }
    } catch {
      /* unreadable or vanished: it is being written or removed right now */
    }
  }

  private markHeld(): void {
    this.held = true
    process.once('exit', this.onExit)
  }

  holder(): LockHolder | null {
    return parseHolder(readRaw(this.lockPath))
  }

  releaseSync(): void {
    if (!this.held) return
    this.held = false
    process.removeListener('exit', this.onExit)
    const h = this.holder()
    if (h && h.pid === process.pid && h.host === os.hostname()) fs.rmSync(this.lockPath, { force: true })
  }
}
