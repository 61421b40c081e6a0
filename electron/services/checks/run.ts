import * as path from 'node:path'
import type { CheckRun } from '@shared/contract/checks'
import { runChecks, type CheckResult } from '@shared/domain/checks'
import type { PrintModel } from '@shared/domain/export'
import { isAppError } from '@shared/errors'
import type { Bid } from '@shared/schemas'
import { printModelFor } from '@services/export/docx/assemble'
import type { WorkspaceSession } from '../store'
import { checkSourcesFor, loadCheckLibrary, type Warnings } from './input'

export interface BidCheck {
  bid: Bid
  result: CheckResult
  /** The 投标文件 as it would be printed today (null when the templates could not be read: see warnings). */
  print: PrintModel | null
}

export interface WorkspaceCheck {
  checks: BidCheck[]
  /** Documents that could not be read; the checks ran without them (and say so through L04 / L08). */
  warnings: Warnings
}

/**
 * Checks one bid (bidId) or every bid of an open workspace against its materials library, company
 * profile, scoring matrix and the other bids, and against its print: the 投标文件 as the export would print it
 * (same templates, same scans), so the print rules (P01…) run here as they run at the export gate. A bid id
 * that does not exist is an error (NOT_FOUND); an unreadable material, matrix or template is a warning.
 */
export async function checkWorkspace(
  ws: WorkspaceSession,
  opts: { bidId?: string; now?: Date; templatesDir?: string },
): Promise<WorkspaceCheck> {
  const warnings: Warnings = []
  // A read-only session repairs nothing, so every recovery it made is still what this check reads.
  const seen = ws.readOnly ? 0 : ws.recoveries.length
  const now = opts.now ?? new Date()
  const target = opts.bidId ? await ws.get('bids', opts.bidId) : null
  const lib = await loadCheckLibrary(ws, warnings)
  const checks: BidCheck[] = []
  for (const bid of target ? [target] : lib.bids) {
    const sources = await checkSourcesFor(ws, lib, bid, { warnings })
    let print: PrintModel | null = null
    try {
      print = await printModelFor({
        bid,
        company: sources.company,
        materials: sources.materials,
        matrix: sources.matrix,
        workspaceDir: ws.dir,
        copy: '正本',
        templatesDir: opts.templatesDir,
      })
    } catch (e) {
      if (!isAppError(e)) throw e
      warnings.push({
        zh: `无法生成 ${bid.id} 的打印模型：${e.zh}`,
        en: `cannot build the print of ${bid.id}: ${e.en}`,
      })
    }
    checks.push({ bid, result: runChecks({ bid, ...sources, now, print }), print })
  }
  warnings.push(...recoveredWarnings(ws, seen))
  return { checks, warnings }
}

/** checks.run and `bidbench check`: the findings of one saved bid (bidId) or of every bid. */
export async function runWorkspaceChecks(ws: WorkspaceSession, bidId?: string): Promise<CheckRun> {
  const { checks, warnings } = await checkWorkspace(ws, { bidId })
  return { checks: checks.map((c) => ({ bidId: c.bid.id, title: c.bid.title, result: c.result })), warnings }
}

/**
 * A damaged document is read from its newest good generation: the findings are those of that version, not of
 * the file on disk, and the user must hear it (a clean result for a file that was not read would be a lie).
 */
function recoveredWarnings(ws: WorkspaceSession, from: number): Warnings {
  const files = new Map(ws.recoveries.slice(from).map((r) => [r.file, r]))
  return [...files.values()].map((r) => {
    const file = path.relative(ws.dir, r.file)
    const gen = r.restoredFrom ? path.basename(r.restoredFrom) : '—'
    const aside = r.movedAsideTo ? path.relative(ws.dir, r.movedAsideTo) : null
    return {
      zh: `${file} 已损坏（${r.reason}），本次检查的是它的历史版本 ${gen}${aside ? `；损坏的文件已移至 ${aside}` : '，文件本身未改动（用 doctor 查看并修复）'}`,
      en: `${file} is damaged (${r.reason}); this check read its earlier version ${gen}${aside ? `; the damaged file was moved to ${aside}` : ', the file itself is unchanged (see doctor to repair it)'}`,
    }
  })
}
