/**
 * Every import of an untrusted file (.xlsx now; .docx and .pdf tenders too) runs here: in its own worker thread
 * with a V8 heap limit and a wall-time limit. The main thread (Electron's UI process, the HTTP server) only waits
 * for a message, so a hostile file costs it nothing; when a limit is hit the worker is terminated — never waited
 * for — and the caller gets IMPORT_REJECTED with the reason (TOO_SLOW, OUT_OF_MEMORY, FILE_TOO_LARGE, UNREADABLE).
 *
 * To add a kind of import, register a function in ./tasks.ts: `(bytes, input) => result`, where input and result
 * are plain data (structured-cloned across the thread boundary). The task runs inside the worker, so it may parse
 * synchronously for seconds; it should still start with the import guard (assertSafeOfficeZip or its own checks).
 */
import { Worker } from 'node:worker_threads'
import { AppError, type ApiErrorShape } from '@shared/errors'
import { workerEntry } from '../worker-entry'
import type { ImportTaskName, TaskInput, TaskOutput } from './tasks'

export interface ImportLimits {
  /** Refused before a worker starts. */
  maxFileBytes: number
  /** V8 old-generation heap of the worker, MB (Buffers live outside it; the guard bounds those). */
  maxHeapMb: number
  /** From the worker's start to its answer. */
  timeoutMs: number
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxHeapMb: 1024,
  timeoutMs: 60_000,
}

/** Imports at once; more wait their turn, so a burst of uploads cannot multiply the heap limit. */
const MAX_PARALLEL = 2

/** What the worker receives (workerData) and answers (one message). */
export interface ImportRequest {
  task: ImportTaskName
  bytes: Uint8Array
  input: unknown
}
export type ImportAnswer = { ok: true; value: unknown } | { ok: false; error: ApiErrorShape }

export type ImportRejectReason = 'FILE_TOO_LARGE' | 'TOO_SLOW' | 'OUT_OF_MEMORY' | 'UNREADABLE'

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

export function importRejected(reason: ImportRejectReason, zh: string, en: string): AppError {
  return new AppError('IMPORT_REJECTED', { zh, en }, { reason })
}

let running = 0
const waiting: (() => void)[] = []

async function slot(): Promise<() => void> {
  if (running >= MAX_PARALLEL) await new Promise<void>((r) => waiting.push(r))
  running++
  return () => {
    running--
    waiting.shift()?.()
  }
}

/**
 * Runs import task `task` on `bytes` in a fresh worker under `limits`. Resolves with the task's result or rejects
 * with an AppError (the task's own typed error, or IMPORT_REJECTED when a limit was hit or the worker died).
 */
export async function runImport<K extends ImportTaskName>(
  task: K,
  bytes: Uint8Array,
  input: TaskInput<K>,
  opts: Partial<ImportLimits> & { signal?: AbortSignal } = {},
): Promise<TaskOutput<K>> {
  const lim: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...opts }
  if (bytes.byteLength > lim.maxFileBytes) {
    throw importRejected(
      'FILE_TOO_LARGE',
      `文件 ${MB(bytes.byteLength)}，超过导入上限 ${MB(lim.maxFileBytes)}`,
      `the file is ${MB(bytes.byteLength)}, over the import limit of ${MB(lim.maxFileBytes)}`,
    )
  }
  const release = await slot()
  try {
    return (await inWorker({ task, bytes, input }, lim, opts.signal)) as TaskOutput<K>
  } finally {
    release()
  }
}

function inWorker(req: ImportRequest, lim: ImportLimits, signal?: AbortSignal): Promise<unknown> {
  // A copy in a fresh ArrayBuffer is moved, not cloned, to the worker (the caller's Buffer may be a pool slice).
  const bytes = new Uint8Array(req.bytes)
  const worker = new Worker(workerEntry('import-worker', import.meta.url), {
    workerData: { ...req, bytes },
    transferList: [bytes.buffer],
    resourceLimits: { maxOldGenerationSizeMb: lim.maxHeapMb, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false,
  })
  return new Promise((resolve, reject) => {
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      // Terminated, not awaited: a worker stuck in synchronous parsing must not hold the caller.
      void worker.terminate().catch(() => undefined)
      fn()
    }
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            importRejected(
              'TOO_SLOW',
              `导入超过 ${lim.timeoutMs / 1000} 秒仍未完成，已中止（文件过于复杂或经过恶意构造）`,
              `the import took longer than ${lim.timeoutMs / 1000} s and was stopped (the file is too complex or crafted)`,
            ),
          ),
        ),
      lim.timeoutMs,
    )
    const onAbort = () =>
      finish(() => reject(new AppError('CANCELLED', { zh: '导入已取消', en: 'import cancelled' })))
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.once('message', (m: ImportAnswer) =>
      finish(() => (m.ok ? resolve(m.value) : reject(AppError.fromJSON(m.error)))),
    )
    worker.once('error', (e: Error & { code?: string }) =>
      finish(() =>
        reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? importRejected(
                'OUT_OF_MEMORY',
                `读取该文件所需内存超过 ${lim.maxHeapMb} MB 上限，已中止`,
                `reading this file needed more than the ${lim.maxHeapMb} MB memory limit; stopped`,
              )
            : importRejected(
                'UNREADABLE',
                `无法读取该文件（${e.message}）`,
                `cannot read this file (${e.message})`,
              ),
        ),
      ),
    )
    worker.once('exit', (code) =>
      finish(() =>
        reject(
          importRejected(
            'UNREADABLE',
            `读取文件的工作线程意外退出（代码 ${code}）`,
            `the worker reading the file exited unexpectedly (code ${code})`,
          ),
        ),
      ),
    )
  })
}
