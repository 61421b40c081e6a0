import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { AppError } from '@shared/errors'
import { ioError, writeFileDurable } from '../store/fsio'

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new AppError('CANCELLED', { zh: '导出已取消，未生成文件', en: 'export cancelled; no file written' })
}

/** Lets the event loop run (IPC, progress, the cancel click) between chunks of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * Writes `out` so that it either appears complete or not at all (the store's durable write: temp file in the same
 * folder, fsync, rename, fsync of the folder). A cancel before the rename deletes the temp file and leaves an
 * existing target untouched.
 */
export async function writeFileAtomic(
  out: string,
  produce: () => Promise<Uint8Array>,
  signal?: AbortSignal,
): Promise<void> {
  const target = path.resolve(out)
  const dir = path.dirname(target)
  await fs.access(dir).catch(() => {
    throw new AppError('IO', { zh: `目标文件夹不存在：${dir}`, en: `target folder does not exist: ${dir}` })
  })
  let data: Uint8Array
  try {
    data = await produce()
  } catch (e) {
    throw ioError(e, out)
  }
  throwIfAborted(signal)
  await writeFileDurable(target, data, { beforeRename: async () => throwIfAborted(signal), reportAs: out })
}
