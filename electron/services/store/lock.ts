import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { AppError } from '../../../shared/errors'

export interface LockHolder {
  pid: number
  host: string
  startedAt: string
  app: string
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder
  } catch {
    return null
  }
}

/** A lock is stale when its process is gone on this host, or the file is unreadable (a crash mid-create). */
function isStale(holder: LockHolder | null): boolean {
  if (!holder || typeof holder.pid !== 'number') return true
  return holder.host === os.hostname() && !pidAlive(holder.pid)
}

export function describeHolder(h: LockHolder | null): { zh: string; en: string } {
  if (!h) return { zh: '未知进程', en: 'an unknown process' }
  return {
    zh: `进程 ${h.pid}（主机 ${h.host}，${h.app}，启动于 ${h.startedAt}）`,
    en: `process ${h.pid} on ${h.host} (${h.app}, since ${h.startedAt})`,
  }
}

/**
 * One writer per workspace. The lock file is created exclusively (O_EXCL), holding pid + host + start
 * time. A lock left by a dead process on this host is taken over; a live holder makes us fail with
 * LOCKED naming it, so the caller can offer read-only instead.
 */
export class WorkspaceLock {
  private held = false
  private readonly onExit = () => this.releaseSync()

  constructor(
    readonly lockPath: string,
    private readonly app = 'bidbench',
  ) {}

  acquire(): void {
    const me: LockHolder = {
      pid: process.pid,
      host: os.hostname(),
      startedAt: new Date().toISOString(),
      app: this.app,
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.mkdirSync(path.dirname(this.lockPath), { recursive: true })
        const fd = fs.openSync(this.lockPath, 'wx', 0o644)
        try {
          fs.writeSync(fd, JSON.stringify(me) + '\n')
          fs.fsyncSync(fd)
        } finally {
          fs.closeSync(fd)
        }
        this.held = true
        process.once('exit', this.onExit)
        return
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
        const holder = readHolder(this.lockPath)
        if (holder && holder.pid === process.pid && holder.host === me.host) {
          throw new AppError('LOCKED', {
            zh: '本进程已打开该工作区',
            en: 'this process already has the workspace open',
          })
        }
        if (!isStale(holder)) {
          const d = describeHolder(holder)
          throw new AppError('LOCKED', d, { holder })
        }
        // Stale: move it aside atomically so two processes taking over do not both succeed.
        try {
          fs.renameSync(this.lockPath, `${this.lockPath}.stale-${process.pid}`)
          fs.rmSync(`${this.lockPath}.stale-${process.pid}`, { force: true })
        } catch {
          /* another process took it over first; retry the exclusive create */
        }
      }
    }
    throw new AppError('LOCKED', describeHolder(readHolder(this.lockPath)))
  }

  holder(): LockHolder | null {
    return readHolder(this.lockPath)
  }

  releaseSync(): void {
    if (!this.held) return
    this.held = false
    process.removeListener('exit', this.onExit)
    const h = readHolder(this.lockPath)
    if (h && h.pid === process.pid) fs.rmSync(this.lockPath, { force: true })
  }
}
