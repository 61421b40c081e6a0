import { assertNoSyncConflicts } from '@shared/domain/merge'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { ExportFormat, ExportResult, FormScan } from '@shared/contract/export'
import type { Finding } from '@shared/domain/checks'
import { resolvePlaceholders } from '@shared/domain/export'
import { AppError, isAppError } from '@shared/errors'
import type { Bid, Material } from '@shared/schemas'
import { runImport } from '@services/import/run-import'
import type { WorkspaceSession } from '@services/store'
import { loadCheckInput } from '@services/checks/input'
import { openVetoes } from './check-input'
import { recordExportDecision } from './decisions'
import type { ExportKind, ExportTask } from './export-task'
import type { JobManager } from './manager'
import { cancelledError, ExportWorker, removePartialOutput } from './run-in-worker'

export interface StartExportInput {
  bidId: string
  format: ExportFormat
  copy?: '正本' | '副本'
  buyerForm?: Buffer
  allowUnknown?: boolean
  date?: string
  decision?: 'export-anyway'
}

export interface StartExportOptions {
  /** Every material the bid links (the caller knows where links live). */
  materialIds: (bid: Bid) => string[]
  now?: Date
  templatesDir?: string
}

/** The open 否决风险 findings of a bid, from the same inputs as the check panel (acknowledged ones excluded). */
export async function vetoFindings(
  ws: WorkspaceSession,
  bidId: string,
  now = new Date(),
): Promise<Finding[]> {
  const bid = await ws.get('bids', bidId)
  return openVetoes(bid, await loadCheckInput(ws, bid, now))
}

export function vetoError(findings: Finding[]): AppError {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))]
  return new AppError(
    'VETO_FINDINGS',
    {
      zh: `${findings.length} 项否决风险（${ruleIds.join('、')}）`,
      en: `${findings.length} rejection risk(s) (${ruleIds.join(', ')})`,
    },
    { findings, ruleIds },
  )
}

/** Names that must not be handed out twice while their job has not written them yet. */
const reserved = new Set<string>()

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}

export function safeName(s: string): string {
  // Windows-forbidden characters, control characters and whitespace; a leading dot would hide the file.
  // eslint-disable-next-line no-control-regex
  const cleaned = s.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_').replace(/^[._]+/, '')
  return [...cleaned].slice(0, 60).join('') || 'bid'
}

/** <workspace>/exports/<name>-<YYYYMMDD-HHmmss>[-n].<ext>, unique on disk and among running jobs. */
export async function exportPath(
  workspaceDir: string,
  base: string,
  ext: string,
  now: Date,
): Promise<string> {
  const dir = path.join(workspaceDir, 'exports')
  await fs.mkdir(dir, { recursive: true })
  const stem = `${safeName(base)}-${stamp(now)}`
  for (let n = 1; ; n++) {
    const p = path.join(dir, `${stem}${n > 1 ? `-${n}` : ''}.${ext}`)
    const taken =
      reserved.has(p) ||
      (await fs.access(p).then(
        () => true,
        () => false,
      ))
    if (!taken) {
      reserved.add(p)
      return p
    }
  }
}

async function linkedMaterials(ws: WorkspaceSession, ids: string[]): Promise<Material[]> {
  const out: Material[] = []
  for (const id of ids) {
    try {
      out.push(await ws.get('materials', id))
    } catch (e) {
      // The exporter reports a link it cannot resolve; a material that fails to read for another reason is fatal.
      if (!(isAppError(e) && e.code === 'NOT_FOUND')) throw e
    }
  }
  return out
}

/** Lists a buyer form's placeholders against what this bid can fill. */
export async function scanFormForBid(
  ws: WorkspaceSession,
  bidId: string,
  form: Buffer,
  copy: '正本' | '副本' = '正本',
): Promise<FormScan> {
  const bid = await ws.get('bids', bidId)
  const values = resolvePlaceholders(bid, ws.workspace.company, { copy })
  // The buyer's form is untrusted: read in the import worker, under its memory and time limits.
  const r = await runImport('buyer-form-scan', form, values)
  return { found: r.found, known: r.known.map((key) => ({ key, value: values[key] })), unknown: r.unknown }
}

/**
 * Starts an export job. The buyer form is checked first (bad input fails now, not in the job). Then a worker thread
 * starts and runs the 不漏/不粗/不错 checks; open 否决风险 findings refuse the export (VETO_FINDINGS, findings in
 * details) unless the user chose 'export-anyway', which is recorded in the bid before the worker is let go.
 */
export async function startExport(
  ws: WorkspaceSession,
  jobs: JobManager<ExportResult>,
  input: StartExportInput,
  opts: StartExportOptions,
): Promise<{ jobId: string }> {
  const now = opts.now ?? new Date()
  const bid = await ws.get('bids', input.bidId)
  assertNoSyncConflicts(bid) // an undecided field from two machines: no export, whatever the checks say
  const copy = input.copy ?? '正本'
  if (input.buyerForm) {
    const scan = await scanFormForBid(ws, bid.id, input.buyerForm, copy)
    if (scan.unknown.length && !input.allowUnknown) {
      const keys = scan.unknown.map((k) => `{{${k}}}`)
      throw new AppError(
        'VALIDATION',
        {
          zh: `表单中有无法识别的占位符：${keys.join('、')}（勾选“保留未识别的占位符”可继续）`,
          en: `the form has unknown placeholders: ${keys.join(', ')} (allow unknown placeholders to go on)`,
        },
        { unknown: scan.unknown },
      )
    }
  }
  const kind: ExportKind = input.format === 'xlsx' ? 'bid-xlsx' : input.buyerForm ? 'buyer-form' : 'bid-docx'
  const checkInput = await loadCheckInput(ws, bid, now)
  const task: ExportTask = {
    kind,
    bid,
    company: ws.workspace.company,
    materials: kind === 'bid-docx' ? await linkedMaterials(ws, opts.materialIds(bid)) : [],
    workspaceDir: ws.dir,
    out: await exportPath(ws.dir, baseName(bid.title, kind, copy), input.format, now),
    copy,
    date: input.date,
    templatesDir: opts.templatesDir,
    buyerForm: input.buyerForm ? new Uint8Array(input.buyerForm) : undefined,
    allowUnknown: input.allowUnknown,
  }
  const out = task.out
  let worker: ExportWorker | null = null
  try {
    worker = new ExportWorker(task, checkInput)
    const veto = await worker.vetoes()
    if (veto.length && input.decision !== 'export-anyway') throw vetoError(veto)
    if (veto.length) await recordExportDecision(ws, bid.id, 'export-anyway', veto, now)
  } catch (e) {
    reserved.delete(out)
    await worker?.dispose()
    throw e
  }
  const w = worker
  const jobId = jobs.start(async (ctl) => {
    try {
      const outcome = await w.run(ctl)
      const bytes = (await fs.stat(out)).size
      // A cancel that came in while the size was read: the job is reported cancelled, so the file goes too.
      if (ctl.signal.aborted) {
        await removePartialOutput(out)
        throw cancelledError()
      }
      return {
        format: input.format,
        kind,
        fileName: path.basename(out),
        path: out,
        bytes,
        warnings: outcome.warnings,
      }
    } finally {
      reserved.delete(out)
    }
  }, '准备 / preparing')
  return { jobId }
}

function baseName(title: string, kind: ExportKind, copy: string): string {
  if (kind === 'bid-xlsx') return `${title}_报价及偏离表`
  return `${title}_${kind === 'buyer-form' ? '招标方表单' : '投标文件'}_${copy}`
}
