import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Finding } from '@shared/domain/checks'
import { AppError } from '@shared/errors'
import { workerEntry } from '@services/worker-entry'
import type { CheckInputData } from '@services/checks/input'
import type { ExportTask, TaskOutcome } from './export-task'
import { RemoteError, type JobControl } from './manager'
import type { WorkerData, WorkerMessage } from './worker-protocol'

/** How long a cancelled worker may take to stop by itself before it is terminated. */
const CANCEL_GRACE_MS = 300

/** The export worker's entry file (see workerEntry). */
export function exportWorkerEntry(): string {
  return workerEntry('export-worker', import.meta.url)
}

/**
 * Removes what an interrupted export may have left in its folder: the exporter's temp files
 * (.<name>.<pid>.<random>.tmp) and the target itself, which belongs to this job alone (its name is unique).
 */
export async function removePartialOutput(out: string): Promise<void> {
  const dir = path.dirname(out)
  const prefix = `.${path.basename(out)}.`
  const names = await fs.readdir(dir).catch(() => [] as string[])
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))
      .map((n) => fs.rm(path.join(dir, n), { force: true })),
  )
  await fs.rm(out, { force: true })
}

export const cancelledError = () =>
  new AppError('CANCELLED', { zh: '导出已取消，未生成文件', en: 'export cancelled; no file written' })

type Outcome = { ok: true; value: TaskOutcome } | { ok: false; error: unknown }

/** Export worker threads not yet exited (a cancel must not leave one finishing in the background). */
let running = 0
export const runningExportWorkers = (): number => running

/**
 * One export in a worker thread. With check inputs, the worker first runs the 不漏/不粗/不错 checks (seconds of
 * synchronous work on a big bid must not block the main thread either) and waits; `run` then lets it export.
 * Cancel asks the worker to stop, terminates it when it does not within CANCEL_GRACE_MS (docx's Packer cannot be
 * interrupted from inside), deletes any partial output, and only then settles: a cancel that returned left no file.
 */
export class ExportWorker {
  private readonly worker: Worker
  private readonly exited: Promise<number>
  private readonly checked: Promise<Finding[]>
  private outcome: Outcome | null = null
  private onProgress: JobControl['progress'] | null = null
  private started = false

  constructor(
    private readonly task: ExportTask,
    checks?: CheckInputData,
  ) {
    const data: WorkerData = { task, checks }
    this.worker = new Worker(exportWorkerEntry(), { workerData: data })
    running++
    this.exited = new Promise((r) =>
      this.worker.once('exit', (code) => {
        running--
        r(code)
      }),
    )
    let resolveChecked: (f: Finding[]) => void = () => undefined
    let rejectChecked: (e: unknown) => void = () => undefined
    this.checked = new Promise<Finding[]>((res, rej) => {
      resolveChecked = res
      rejectChecked = rej
    })
    // Only awaited when checks were asked for; a rejection nobody reads must not crash the process.
    this.checked.catch(() => undefined)
    this.worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'checked') resolveChecked(m.veto)
      else if (m.type === 'progress') this.onProgress?.(m.done, m.total, m.label)
      else {
        if (m.type === 'done') this.outcome = { ok: true, value: m.outcome }
        else {
          const error = new RemoteError(m.error)
          this.outcome = { ok: false, error }
          rejectChecked(error)
        }
        // The worker has nothing left to do; its message port would keep it alive otherwise.
        void this.worker.terminate()
      }
    })
    this.worker.on('error', (e) => {
      this.outcome ??= { ok: false, error: e }
      rejectChecked(e)
    })
    void this.exited.then((code) => rejectChecked(this.unexpectedExit(code)))
  }

  private unexpectedExit(code: number) {
    return new AppError('INTERNAL', {
      zh: `导出工作线程意外退出（代码 ${code}）`,
      en: `the export worker exited unexpectedly (code ${code})`,
    })
  }

  /** The open 否决风险 findings, computed in the worker (only when constructed with check inputs). */
  vetoes(): Promise<Finding[]> {
    return this.checked
  }

  /** Stops a worker that will not export (the user must decide first, or starting failed). */
  async dispose(): Promise<void> {
    await this.worker.terminate()
  }

  run(ctl: JobControl): Promise<TaskOutcome> {
    if (this.started) throw new Error('ExportWorker.run called twice')
    this.started = true
    this.onProgress = ctl.progress
    return new Promise<TaskOutcome>((resolve, reject) => {
      let aborting = false
      const onAbort = () => {
        aborting = true
        this.worker.postMessage({ type: 'cancel' })
        const t = setTimeout(() => void this.worker.terminate(), CANCEL_GRACE_MS)
        void this.exited.then(() => clearTimeout(t))
      }
      void (async () => {
        const code = await this.exited
        ctl.signal.removeEventListener('abort', onAbort)
        const outcome = this.outcome
        // Aborted even after the worker finished: the job is already reported cancelled, so its file goes too.
        if (aborting || ctl.signal.aborted) {
          await removePartialOutput(this.task.out).catch(() => undefined)
          return reject(cancelledError())
        }
        if (outcome?.ok) return resolve(outcome.value)
        await removePartialOutput(this.task.out).catch(() => undefined)
        reject(outcome ? outcome.error : this.unexpectedExit(code))
      })()
      if (ctl.signal.aborted) onAbort()
      else {
        ctl.signal.addEventListener('abort', onAbort, { once: true })
        this.worker.postMessage({ type: 'go' })
      }
    })
  }
}

/** Runs an export in a worker thread (no checks): progress forwarded, cancel as described on ExportWorker. */
export function runExportInWorker(task: ExportTask, ctl: JobControl): Promise<TaskOutcome> {
  return new ExportWorker(task).run(ctl)
}
