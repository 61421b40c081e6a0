import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { AppError } from '@shared/errors'

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new AppError('CANCELLED', { zh: '导出已取消，未生成文件', en: 'export cancelled; no file written' })
}

/** Lets the event loop run (IPC, progress, the cancel click) between chunks of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * Writes `out` so that it either appears complete or not at all: the bytes go to a temp file in the same folder
 * (same file system, so the rename is atomic), are fsynced, and only then renamed over the target. On cancel or any
 * error the temp file is deleted and an existing target stays untouched.
 */
export async function writeFileAtomic(
  out: string,
  produce: () => Promise<Uint8Array>,
  signal?: AbortSignal,
): Promise<void> {
  const dir = path.dirname(path.resolve(out))
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await fs.access(dir).catch(() => {
      throw new AppError('IO', { zh: `目标文件夹不存在：${dir}`, en: `target folder does not exist: ${dir}` })
    })
    const data = await produce()
    throwIfAborted(signal)
    const fh = await fs.open(tmp, 'wx')
    try {
      await fh.writeFile(data)
      await fh.sync()
    } finally {
      await fh.close()
    }
    throwIfAborted(signal)
    await fs.rename(tmp, out)
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined)
    if (e instanceof AppError) throw e
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ENOSPC') throw new AppError('DISK_FULL', { zh: out, en: out })
    if (err.code === 'EACCES' || err.code === 'EPERM') throw new AppError('PERMISSION', { zh: out, en: out })
    throw new AppError('IO', {
      zh: `写入 ${out} 失败：${err.message}`,
      en: `writing ${out} failed: ${err.message}`,
    })
  }
}
