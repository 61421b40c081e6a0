import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { runningExportWorkers } from '@services/export/jobs/run-in-worker'
import type { JobStatus } from '@shared/contract/export'
import { addBigBid, listAll, makeWorld, waitFor, type JobWorld } from './export-jobs-fixtures'

// Cancelling a PDF export while LibreOffice lays the bid out: the job ends cancelled, exports/ holds nothing, and
// no soffice process of ours is left (the export kills LibreOffice's whole process group).
let world: JobWorld | null = null
const savedTmp = process.env.TMPDIR
afterEach(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmp
  await world?.ctx.close()
  if (world) await fs.rm(world.root, { recursive: true, force: true })
  world = null
})

async function api<T>(w: JobWorld, method: string, input: unknown): Promise<T> {
  const r = await dispatch(w.ctx, method, input)
  if (!r.ok) throw r.error
  return r.value as T
}

/**
 * LibreOffice processes started by this test process: descendants of our pid (the export worker is a thread of
 * it) whose command line names soffice. Other sessions' LibreOffice runs on the machine are not counted. A child
 * re-parented after its parent died keeps our session id, so that is counted too.
 */
async function ourSoffice(): Promise<number[]> {
  const procs = new Map<number, { ppid: number; sid: number; cmd: string }>()
  for (const d of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = await fs.readFile(`/proc/${d}/stat`, 'utf8')
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const cmd = (await fs.readFile(`/proc/${d}/cmdline`, 'utf8')).replace(/\0/g, ' ')
      procs.set(Number(d), { ppid: Number(f[1]), sid: Number(f[3]), cmd })
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([process.pid])
  for (let grew = true; grew;) {
    grew = false
    for (const [pid, p] of procs)
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid)
        grew = true
      }
  }
  const ourSid = procs.get(process.pid)?.sid
  return [...procs]
    .filter(([pid, p]) => pid !== process.pid && (mine.has(pid) || (p.sid === ourSid && p.ppid === 1)))
    .filter(([, p]) => /soffice/.test(p.cmd))
    .map(([pid]) => pid)
}

describe('cancel a PDF export', () => {
  it('while LibreOffice runs: cancelled, no file, no soffice process left', async () => {
    const w = (world = await makeWorld('cancel-pdf'))
    await addBigBid(w.ws, 200)
    // A temp folder of our own (the worker reads TMPDIR when it starts): what the export leaves there is ours.
    const tmp = path.join(w.root, 'tmp')
    await fs.mkdir(tmp)
    process.env.TMPDIR = tmp
    expect(await ourSoffice()).toEqual([])
    const { jobId } = await api<{ jobId: string }>(w, 'export.start', {
      bidId: 'big',
      format: 'pdf',
      decision: 'export-anyway',
    })
    // Wait for LibreOffice itself, not for a time: the job is in its layout pass once soffice is running.
    await waitFor(ourSoffice, (pids) => pids.length > 0, 180_000)
    expect((await api<JobStatus>(w, 'export.status', { jobId })).state).toBe('running')
    const c = await api<JobStatus>(w, 'export.cancel', { jobId })
    expect(c.state).toBe('cancelled')
    expect(c.error!.code).toBe('CANCELLED')
    expect(await listAll(w.exportsDir)).toEqual([])
    expect(runningExportWorkers()).toBe(0)
    // The LibreOffice process tree goes away (SIGKILL to its group may take a moment to be reaped).
    expect(await waitFor(ourSoffice, (pids) => pids.length === 0, 30_000)).toEqual([])
    expect((await api<JobStatus>(w, 'export.status', { jobId })).state).toBe('cancelled')
    expect(await listAll(w.exportsDir)).toEqual([])
    // No partial docx/pdf in the temporary folders of the layout pass either.
    // (the test runner keeps its own cache there too: only the export's folders count)
    const ours = async () => (await fs.readdir(tmp)).filter((n) => n.startsWith('bidbench-'))
    expect(await waitFor(ours, (l) => l.length === 0, 30_000)).toEqual([])
  }, 300_000)
})
