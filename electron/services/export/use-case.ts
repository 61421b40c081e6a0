import { safeFileName } from '@shared/domain/file-name'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { FormScan } from '@shared/contract/export'
import type { Finding } from '@shared/domain/checks'
import { placeholderSources, resolvePlaceholders } from '@shared/domain/export'
import { ITEM_KEYS, QTY_KEYS, badQtyChoices, formDataOf } from '@shared/domain/blanks'
import { assertNoSyncConflicts } from '@shared/domain/merge'
import { AppError, isAppError } from '@shared/errors'
import type { Bid, Material } from '@shared/schemas'
import { runImport } from '@services/import/run-import'
import type { WorkspaceSession } from '@services/store'
import { exportFormat } from './formats'
import { vetoError } from './gate'
import { loadCheckInput, type CheckInputData } from '@services/checks/input'
import { recordExportDecision, type ExportDecision } from './jobs/decisions'
import type { ExportTask } from './jobs/export-task'

/**
 * THE export use case. The app (IPC), the HTTP API and the CLI (`export docx|xlsx|pdf|form …`) all reach it through
 * `export.start` and its background job, so every transport checks the same way, refuses the same way and
 * records the same decision:
 *   1. the bid has no undecided sync conflict, a buyer's form has no unknown placeholder (unless allowed);
 *   2. the gate (gate.ts) builds the print model and checks the bid and its print;
 *   3. open 编制-phase 否决风险 findings refuse the export (VETO_FINDINGS, `{ blocked: true, findings }`) unless the
 *      caller decided to export anyway, which is recorded in the bid (bid.exportDecisions) before anything is
 *      written;
 *   4. the format writes the file from the checked print model (formats.ts).
 * Where the gate runs is the caller's choice (`Gate`): startExport runs it in the export worker that then writes.
 */
export interface ExportRequest {
  bidId: string
  /** A registered format: docx, xlsx, pdf. */
  format: string
  copy?: '正本' | '副本'
  /** Signing date chosen for this export (YYYY-MM-DD); the bid's signing date otherwise. */
  date?: string
  buyerForm?: Buffer
  allowUnknown?: boolean
  /** Buyer form: blank id → dictionary key, or null to leave that blank (the preview's choices). */
  overrides?: Record<string, string | null>
  /** The caller saw the blocking findings and exports anyway (recorded in the bid). */
  decision?: 'export-anyway'
  /** Where to write; <workspace>/exports/<name>-<timestamp>.<ext> when absent. */
  out?: string
  /** docx: write the contents' page numbers (LibreOffice when installed; else left to Word, and said). */
  pages?: boolean
  /** pdf: also write the numbered .docx of the same pass. */
  docxOut?: string
}

export interface ExportOptions {
  /** Every material the bid links (one definition, shared with the bids API). */
  materialIds: (bid: Bid) => string[]
  now?: Date
  templatesDir?: string
}

/** Runs the gate for a task: in a worker, or in this thread. */
export type Gate = (task: ExportTask, checks: CheckInputData) => Promise<Finding[]>

export interface BegunExport {
  task: ExportTask
  /** The blocking findings the caller decided to export anyway (empty when none blocked). */
  overridden: Finding[]
  decision: ExportDecision | null
  /** Frees the reserved output name (call once the file is written or the export failed). */
  release(): void
}

/** Names that must not be handed out twice while their export has not written them yet. */
const reserved = new Set<string>()

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}

/** <workspace>/exports/<name>-<YYYYMMDD-HHmmss>[-n].<ext>, unique on disk and among running exports. */
export async function exportPath(
  workspaceDir: string,
  base: string,
  ext: string,
  now: Date,
): Promise<string> {
  const dir = path.join(workspaceDir, 'exports')
  await fs.mkdir(dir, { recursive: true })
  const stem = `${safeFileName(base)}-${stamp(now)}`
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
  for (const id of new Set(ids)) {
    try {
      out.push(await ws.get('materials', id))
    } catch (e) {
      // The print model reports a link it cannot resolve; a material that fails to read otherwise is fatal.
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
  overrides?: Record<string, string | null>,
): Promise<FormScan> {
  const bid = await ws.get('bids', bidId)
  const values = resolvePlaceholders(bid, ws.workspace.company, { copy })
  const sources = placeholderSources(bid, ws.workspace.company, { copy })
  // The buyer's form is untrusted: read in the import worker, under its memory and time limits.
  const data = formDataOf(bid)
  const r = await runImport('buyer-form-scan', form, { values, overrides, sources, data })
  return {
    found: r.found,
    known: r.known.map((key) => ({ key, value: values[key] })),
    unknown: r.unknown,
    blanks: r.blanks.map(({ paragraph: _p, start: _s, end: _e, ...b }) => b),
    forms: r.forms,
    droppedPictures: r.droppedPictures,
  }
}

/** A blank mapped to a key the bid's dictionary does not have would print nothing: refused up front. */
function assertKnownOverrides(overrides: ExportRequest['overrides'], dict: Record<string, string>): void {
  const unknownKeys = Object.values(overrides ?? {}).filter(
    (k): k is string =>
      k !== null && !Object.hasOwn(dict, k) && !ITEM_KEYS.includes(k) && !QTY_KEYS.includes(k),
  )
  if (unknownKeys.length)
    throw new AppError(
      'VALIDATION',
      {
        zh: `空白所指定的字段不存在：${unknownKeys.join('、')}`,
        en: `blanks mapped to unknown keys: ${unknownKeys.join(', ')}`,
      },
      { unknownKeys },
    )
  const qty = badQtyChoices(overrides)
  if (qty) throw new AppError('VALIDATION', qty)
}

/** Steps 1–3 of the use case: everything before the file is written. */
export async function beginExport(
  ws: WorkspaceSession,
  req: ExportRequest,
  gate: Gate,
  opts: ExportOptions,
): Promise<BegunExport> {
  const now = opts.now ?? new Date()
  const bid = await ws.get('bids', req.bidId)
  assertNoSyncConflicts(bid) // an undecided field from two machines: no export, whatever the checks say
  const def = exportFormat(req.format, !!req.buyerForm)
  const copy = req.copy ?? '正本'
  assertKnownOverrides(req.overrides, resolvePlaceholders(bid, ws.workspace.company, { copy }))
  if (req.buyerForm) {
    const scan = await scanFormForBid(ws, bid.id, req.buyerForm, copy)
    if (scan.unknown.length && !req.allowUnknown) {
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
  const checks = await loadCheckInput(ws, bid, now)
  const out = req.out ?? (await exportPath(ws.dir, def.baseName(bid.title, copy), def.ext, now))
  const release = () => void reserved.delete(out)
  try {
    const task: ExportTask = {
      format: def.format,
      kind: def.kind,
      bid,
      company: ws.workspace.company,
      materials: await linkedMaterials(ws, opts.materialIds(bid)),
      matrix: checks.matrix,
      workspaceDir: ws.dir,
      out,
      copy,
      date: req.date,
      templatesDir: opts.templatesDir,
      buyerForm: req.buyerForm ? new Uint8Array(req.buyerForm) : undefined,
      allowUnknown: req.allowUnknown,
      overrides: req.overrides,
      pages: req.pages,
      docxOut: req.docxOut,
    }
    const blocking = await gate(task, checks)
    if (blocking.length && req.decision !== 'export-anyway') throw vetoError(blocking)
    const decision = blocking.length
      ? (await recordExportDecision(ws, bid.id, 'export-anyway', blocking, now)).decision
      : null
    return { task, overridden: blocking, decision, release }
  } catch (e) {
    release()
    throw e
  }
}
