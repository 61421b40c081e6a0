import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { InputOf } from '@shared/contract'
import type { ExportResult } from '@shared/contract/export'
import type { Finding } from '@shared/domain/checks'
import { AppError, isAppError, type ApiErrorShape } from '@shared/errors'
import type { Bid } from '@shared/schemas'
import { locationText } from '@services/checks/location'
import type { AppContext } from '@services/app-context'
import { call } from '../api'
import type { CliIo } from '../types'

/** How long one export.status call may wait for the job to end before the CLI asks again. */
const WAIT_MS = 30_000

/**
 * One export from the command line, through the contract exactly as the app and the browser run it: export.start
 * (the same gate, the same refusal, the same decision record, the same worker), then export.status until the job
 * ends. Ctrl+C cancels through export.cancel, which returns only once the partial file is gone.
 */
export async function exportThroughApi(
  ctx: AppContext,
  input: InputOf<'export.start'>,
): Promise<ExportResult> {
  const { jobId } = await call(ctx, 'export.start', input)
  const onSigint = () => void call(ctx, 'export.cancel', { jobId }).catch(() => undefined)
  process.once('SIGINT', onSigint)
  try {
    for (;;) {
      const s = await call(ctx, 'export.status', { jobId, waitMs: WAIT_MS })
      if (s.state === 'running') continue
      if (s.state === 'done' && s.result) return s.result
      throw s.error
        ? AppError.fromJSON(s.error as ApiErrorShape)
        : new AppError('INTERNAL', {
            zh: `导出任务 ${jobId} 没有结果`,
            en: `export job ${jobId} has no result`,
          })
    }
  } finally {
    process.off('SIGINT', onSigint)
  }
}

/** Reads a buyer's form named on the command line, as the contract carries it. */
export async function readFormBase64(file: string): Promise<string> {
  try {
    return (await fs.readFile(path.resolve(file))).toString('base64')
  } catch {
    throw new AppError('NOT_FOUND', { zh: `找不到表单文件 ${file}`, en: `form file not found: ${file}` })
  }
}

/** One finding as the CLI prints it: rule, severity, message, where it is printed (or where to fix it). */
export function findingLine(f: Finding, bid: Bid): string {
  const basis = f.basis ? ` 〔${f.basis}〕` : ''
  const where = f.printedIn?.length
    ? `印于 / printed in: ${f.printedIn.map((p) => p.title).join('、')}`
    : `位置 / at: ${locationText(f, bid)}`
  return `  [${f.severity}] ${f.ruleId} ${f.message.zh}${basis}\n      ${where}\n      ${f.message.en}`
}

/**
 * Prints a gate refusal (VETO_FINDINGS) the way every export command reports it and returns true; any other
 * error is not a refusal and is left to the caller.
 */
export async function reportBlocked(
  e: unknown,
  json: boolean,
  ctx: AppContext,
  bidId: string,
  io: CliIo,
): Promise<boolean> {
  if (!(isAppError(e) && e.code === 'VETO_FINDINGS')) return false
  const findings = (e.details as { findings: Finding[] }).findings
  if (json) io.out(JSON.stringify({ blocked: true, findings }))
  else {
    const bid = await call(ctx, 'bids.get', { id: bidId })
    io.err(`未导出：${findings.length} 项否决风险须先处理（或用 --force 仍然导出，决定记入投标）`)
    io.err(
      `not exported: ${findings.length} rejection risk(s) to fix first (or --force to export anyway, recorded in the bid)`,
    )
    for (const f of findings) io.err(findingLine(f, bid))
  }
  return true
}

/** Prints the blocking findings an export with --force went past (they are recorded in the bid). */
export async function reportOverridden(
  r: ExportResult,
  ctx: AppContext,
  bidId: string,
  io: CliIo,
): Promise<void> {
  const found = r.overriddenFindings ?? []
  if (!found.length) return
  const bid = await call(ctx, 'bids.get', { id: bidId })
  io.err(
    `已按 --force 导出，${found.length} 项否决风险已记入投标 / exported with --force; recorded in the bid:`,
  )
  for (const f of found) io.err(findingLine(f, bid))
}
