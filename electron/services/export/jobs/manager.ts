import { randomBytes } from 'node:crypto'
import type { JobState, JobStatus } from '@shared/contract/export'
import { AppError, toApiError, type ApiErrorShape } from '@shared/errors'

/** An error that already has its wire shape (e.g. it crossed from a worker thread): kept as it came. */
export class RemoteError extends Error {
  constructor(readonly shape: ApiErrorShape) {
    super(shape.message.en)
    this.name = 'RemoteError'
  }
}

export function toJobError(e: unknown): ApiErrorShape {
  return e instanceof RemoteError ? e.shape : toApiError(e)
}

/** What jobs.status returns, with the job's own result type. */
export type JobSnapshot<R> = Omit<JobStatus, 'result'> & { result?: R }

export interface JobControl {
  /** Aborted when the user cancels; the job must stop and remove what it half wrote before it settles. */
  signal: AbortSignal
  progress(done: number, total: number, label: string): void
}

interface Entry<R> {
  id: string
  state: JobState
  done: number
  total: number
  label: string
  error?: ApiErrorShape
  result?: R
  controller: AbortController
  /** Settles once the job's own cleanup is finished, whatever the outcome. */
  settled: Promise<void>
  finishedAt: number
}

/** Finished jobs kept for status and download; older ones are forgotten (their files stay in exports/). */
const KEEP_FINISHED = 100

/**
 * Background jobs of one running app: each has progress, a terminal state, and a cancel that returns only after
 * the job has cleaned up. Jobs live in memory: a restart forgets them, the files they wrote stay.
 */
export class JobManager<R> {
  private readonly jobs = new Map<string, Entry<R>>()

  start(run: (ctl: JobControl) => Promise<R>, label = ''): string {
    const id = `job-${Date.now().toString(36)}-${randomBytes(5).toString('hex')}`
    const controller = new AbortController()
    const entry: Entry<R> = {
      id,
      state: 'running',
      done: 0,
      total: 0,
      label,
      controller,
      settled: Promise.resolve(),
      finishedAt: 0,
    }
    const ctl: JobControl = {
      signal: controller.signal,
      progress: (done, total, lbl) => {
        // Progress that arrives after a cancel (a message already in flight) must not move the bar again.
        if (entry.state !== 'running') return
        entry.done = done
        entry.total = total
        entry.label = lbl
      },
    }
    this.jobs.set(id, entry)
    entry.settled = (async () => {
      try {
        const result = await run(ctl)
        if (entry.state === 'running') {
          entry.result = result
          entry.state = 'done'
          entry.done = entry.total
        }
      } catch (e) {
        if (entry.state === 'running') {
          entry.error = toJobError(e)
          entry.state = entry.error.code === 'CANCELLED' ? 'cancelled' : 'failed'
        }
      } finally {
        entry.finishedAt = Date.now()
        this.evict()
      }
    })()
    return id
  }

  private get(id: string): Entry<R> {
    const e = this.jobs.get(id)
    if (!e) throw new AppError('NOT_FOUND', { zh: `任务 ${id}`, en: `job ${id}` })
    return e
  }

  status(id: string): JobSnapshot<R> {
    const e = this.get(id)
    return {
      jobId: e.id,
      state: e.state,
      done: e.done,
      total: e.total,
      label: e.label,
      ...(e.error ? { error: e.error } : {}),
      ...(e.result !== undefined ? { result: e.result } : {}),
    }
  }

  /** The status once the job has ended, or after `ms` if it is still running then (a long poll). */
  async statusWithin(id: string, ms: number): Promise<JobSnapshot<R>> {
    const e = this.get(id)
    if (ms > 0 && e.state === 'running') {
      let timer: ReturnType<typeof setTimeout> | undefined
      await Promise.race([e.settled, new Promise((r) => (timer = setTimeout(r, ms)))])
      clearTimeout(timer)
    }
    return this.status(id)
  }

  result(id: string): R {
    const e = this.get(id)
    if (e.state !== 'done' || e.result === undefined) {
      throw new AppError('VALIDATION', {
        zh: `任务 ${id} 尚未完成（${e.state}）`,
        en: `job ${id} has not finished (${e.state})`,
      })
    }
    return e.result
  }

  /** Cancels a running job and waits for its cleanup; a job that already ended keeps its state. */
  async cancel(id: string): Promise<JobSnapshot<R>> {
    const e = this.get(id)
    if (e.state === 'running') {
      e.state = 'cancelled'
      e.error = new AppError('CANCELLED', {
        zh: '导出已取消，未生成文件',
        en: 'export cancelled; no file written',
      }).toJSON()
      e.controller.abort()
    }
    await e.settled
    return this.status(id)
  }

  /** Waits until a job has ended (tests, and shutdown). */
  async settled(id: string): Promise<JobSnapshot<R>> {
    await this.get(id).settled
    return this.status(id)
  }

  /** Cancels every running job and waits for all of them: closing a workspace must not leave temp files. */
  async cancelAll(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((e) => this.cancel(e.id)))
  }

  private evict(): void {
    const finished = [...this.jobs.values()]
      .filter((e) => e.state !== 'running')
      .sort((a, b) => a.finishedAt - b.finishedAt)
    for (const e of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(e.id)
  }
}
