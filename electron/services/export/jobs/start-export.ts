import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { ExportResult } from '@shared/contract/export'
import type { Finding } from '@shared/domain/checks'
import { AppError } from '@shared/errors'
import type { WorkspaceSession } from '@services/store'
import { gateCheck } from '../gate'
import { beginExport, type ExportOptions, type ExportRequest } from '../use-case'
import { loadCheckInput } from '@services/checks/input'
import { RemoteError, type JobManager } from './manager'
import { cancelledError, ExportWorker, removePartialOutput } from './run-in-worker'

export type StartExportInput = ExportRequest
export type StartExportOptions = ExportOptions

/** The blocking findings of a bid right now, by the export gate (used to record a 'go-back' decision). */
export async function vetoFindings(
  ws: WorkspaceSession,
  bidId: string,
  opts: ExportOptions,
  now = new Date(),
): Promise<Finding[]> {
  const bid = await ws.get('bids', bidId)
  const checks = await loadCheckInput(ws, bid, now)
  const materials = (
    await Promise.all(opts.materialIds(bid).map((id) => ws.get('materials', id).catch(() => null)))
  ).filter((m) => m !== null)
  const r = await gateCheck(
    {
      format: 'docx',
      kind: 'bid-docx',
      bid,
      company: ws.workspace.company,
      materials,
      matrix: checks.matrix,
      workspaceDir: ws.dir,
      out: '',
      copy: '正本',
      templatesDir: opts.templatesDir,
    },
    checks,
  )
  return r.blocking
}

/**
 * The export use case for the app and the API: the gate runs in a worker thread (seconds of checks on a big bid
 * must not block the process serving the UI), and the same worker then writes the file in a background job.
 */
export async function startExport(
  ws: WorkspaceSession,
  jobs: JobManager<ExportResult>,
  input: StartExportInput,
  opts: StartExportOptions,
): Promise<{ jobId: string }> {
  let worker: ExportWorker | null = null
  const begun = await beginExport(
    ws,
    input,
    async (task, checks) => {
      worker = new ExportWorker(task, checks)
      // A failure in the worker (a broken template, an unreadable file) reaches the caller as its own error.
      return worker.vetoes().catch((e: unknown) => {
        throw e instanceof RemoteError ? AppError.fromJSON(e.shape) : e
      })
    },
    opts,
  ).catch(async (e: unknown) => {
    await (worker as ExportWorker | null)?.dispose()
    throw e
  })
  const w = worker as unknown as ExportWorker
  const { task } = begun
  const jobId = jobs.start(async (ctl) => {
    try {
      const outcome = await w.run(ctl)
      const bytes = (await fs.stat(task.out)).size
      // A cancel that came in while the size was read: the job is reported cancelled, so the file goes too.
      if (ctl.signal.aborted) {
        await removePartialOutput(task.out)
        throw cancelledError()
      }
      return {
        format: input.format as ExportResult['format'],
        kind: task.kind as ExportResult['kind'],
        fileName: path.basename(task.out),
        path: task.out,
        bytes,
        warnings: outcome.warnings,
        missingMaterials: outcome.missingMaterials,
        overridden: begun.overridden.map((f) => f.ruleId),
        pageNumbers: outcome.pageNumbers,
        pageCount: outcome.pageCount,
        signDate: outcome.signDate,
        headings: outcome.headings,
        overriddenFindings: begun.overridden,
        ...(outcome.blanks
          ? { blanks: outcome.blanks.map(({ paragraph: _p, start: _s, end: _e, ...b }) => b) }
          : {}),
      }
    } finally {
      begun.release()
    }
  }, '准备 / preparing')
  return { jobId }
}
