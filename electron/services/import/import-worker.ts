import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { AppError, isAppError } from '@shared/errors'
import type { ImportAnswer, ImportRequest } from './run-import'
import { IMPORT_TASKS } from './tasks'

/**
 * The import worker thread: runs one task of ./tasks.ts on the bytes it was given and posts one answer. It has a
 * heap limit and is terminated by the main thread when it takes too long, so a hostile file can only cost this
 * thread. Anything the task throws that is not a typed error becomes IMPORT_REJECTED/UNREADABLE here (a parser's
 * TypeError or "Maximum call stack size exceeded" is a file we cannot read, not an internal error).
 */
const port = parentPort
if (!port) throw new Error('import-worker must run as a worker thread')
const { task, bytes, input } = workerData as ImportRequest

// On Linux a thread is its own scheduling entity and setpriority(0) renices only this thread: when the machine is
// busy, the thread serving the UI and the HTTP API wins the CPU over an import that may be hostile.
try {
  setPriority(10)
} catch {
  /* not permitted or not supported: the import still runs, only at the default priority */
}

function asTyped(e: unknown): AppError {
  if (isAppError(e)) return e
  const msg = e instanceof Error ? e.message : String(e)
  return new AppError(
    'IMPORT_REJECTED',
    { zh: `无法读取该文件（${msg}）`, en: `cannot read this file (${msg})` },
    { reason: 'UNREADABLE' },
  )
}

void (async () => {
  let answer: ImportAnswer
  try {
    const run = IMPORT_TASKS[task] as (b: Buffer, i: unknown) => unknown
    if (!run)
      throw new AppError('INTERNAL', { zh: `未知的导入任务 ${task}`, en: `unknown import task ${task}` })
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    answer = { ok: true, value: await run(buf, input) }
  } catch (e) {
    answer = { ok: false, error: asTyped(e).toJSON() }
  }
  port.postMessage(answer)
})()
