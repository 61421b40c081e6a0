import { describe, expect, it } from 'vitest'
import { JobManager, RemoteError, type JobControl } from '@services/export/jobs/manager'
import { AppError } from '@shared/errors'

/** A job the test drives by hand: it reports what it is told and ends when told. */
function manual() {
  let ctl!: JobControl
  let finish!: (v: string) => void
  let fail!: (e: unknown) => void
  let cleanedUp = false
  const run = (c: JobControl) =>
    new Promise<string>((resolve, reject) => {
      ctl = c
      finish = resolve
      fail = reject
      c.signal.addEventListener('abort', () => {
        // Cleanup takes a moment: cancel must wait for it before it returns.
        setTimeout(() => {
          cleanedUp = true
          reject(new AppError('CANCELLED'))
        }, 20)
      })
    })
  return {
    run,
    ctl: () => ctl,
    finish: (v: string) => finish(v),
    fail: (e: unknown) => fail(e),
    cleanedUp: () => cleanedUp,
  }
}

describe('JobManager', () => {
  it('reports progress, then done with the result and done = total', async () => {
    const jobs = new JobManager<string>()
    const m = manual()
    const id = jobs.start(m.run, 'start')
    expect(jobs.status(id)).toEqual({ jobId: id, state: 'running', done: 0, total: 0, label: 'start' })
    m.ctl().progress(3, 10, '投标函')
    expect(jobs.status(id)).toMatchObject({ state: 'running', done: 3, total: 10, label: '投标函' })
    m.finish('file.docx')
    expect(await jobs.settled(id)).toMatchObject({ state: 'done', done: 10, total: 10, result: 'file.docx' })
    expect(jobs.result(id)).toBe('file.docx')
  })

  it('cancel returns only after the job cleaned up, and later progress does not move the bar', async () => {
    const jobs = new JobManager<string>()
    const m = manual()
    const id = jobs.start(m.run)
    m.ctl().progress(5, 10, 'x')
    const s = await jobs.cancel(id)
    expect(m.cleanedUp()).toBe(true)
    expect(s.state).toBe('cancelled')
    expect(s.error?.code).toBe('CANCELLED')
    m.ctl().progress(9, 10, 'late')
    expect(jobs.status(id).done).toBe(5)
    expect(() => jobs.result(id)).toThrow(/cancelled/)
  })

  it('a result that arrives after cancel is discarded', async () => {
    const jobs = new JobManager<string>()
    let ctl!: JobControl
    let finish!: (v: string) => void
    const id = jobs.start(
      (c) =>
        new Promise<string>((r) => {
          ctl = c
          finish = r
        }),
    )
    const cancelling = jobs.cancel(id)
    expect(ctl.signal.aborted).toBe(true)
    finish('too late')
    expect((await cancelling).state).toBe('cancelled')
    expect(jobs.status(id).result).toBeUndefined()
  })

  it('keeps the code of a failure, including one that crossed from a worker', async () => {
    const jobs = new JobManager<string>()
    const a = manual()
    const b = manual()
    const ia = jobs.start(a.run)
    const ib = jobs.start(b.run)
    a.fail(new AppError('NOT_FOUND', { zh: '模板', en: 'template' }))
    b.fail(new RemoteError({ code: 'IO', message: { zh: '写入失败', en: 'write failed' } }))
    expect((await jobs.settled(ia)).error).toMatchObject({
      code: 'NOT_FOUND',
      message: { zh: '找不到该文档：模板' },
    })
    expect((await jobs.settled(ib)).error).toEqual({
      code: 'IO',
      message: { zh: '写入失败', en: 'write failed' },
    })
    expect(jobs.status(ib).state).toBe('failed')
  })

  it('cancelling a finished job changes nothing; an unknown id is NOT_FOUND', async () => {
    const jobs = new JobManager<string>()
    const m = manual()
    const id = jobs.start(m.run)
    m.finish('ok')
    await jobs.settled(id)
    expect((await jobs.cancel(id)).state).toBe('done')
    expect(() => jobs.status('job-missing')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }))
  })

  it('forgets the oldest finished jobs beyond 100, never a running one', async () => {
    const jobs = new JobManager<number>()
    const running = manual()
    const live = jobs.start(running.run as never)
    const ids: string[] = []
    for (let i = 0; i < 105; i++) {
      const id = jobs.start(async () => i)
      ids.push(id)
      await jobs.settled(id)
    }
    expect(() => jobs.status(ids[4])).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }))
    expect(jobs.status(ids[5]).result).toBe(5)
    expect(jobs.status(live).state).toBe('running')
  })
})
