import type { CheckRun } from '@shared/contract/checks'
import { runChecks, type CheckResult } from '@shared/domain/checks'
import type { Bid } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { checkSourcesFor, loadCheckLibrary, type Warnings } from './input'

export interface BidCheck {
  bid: Bid
  result: CheckResult
}

export interface WorkspaceCheck {
  checks: BidCheck[]
  /** Documents that could not be read; the checks ran without them (and say so through L04 / L08). */
  warnings: Warnings
}

/**
 * Checks one bid (bidId) or every bid of an open workspace against its materials library, company
 * profile, scoring matrix and the other bids. A bid id that does not exist is an error (NOT_FOUND);
 * an unreadable material or matrix is a warning, not a silent gap.
 */
export async function checkWorkspace(
  ws: WorkspaceSession,
  opts: { bidId?: string; now?: Date },
): Promise<WorkspaceCheck> {
  const warnings: Warnings = []
  const now = opts.now ?? new Date()
  const target = opts.bidId ? await ws.get('bids', opts.bidId) : null
  const lib = await loadCheckLibrary(ws, warnings)
  const checks: BidCheck[] = []
  for (const bid of target ? [target] : lib.bids) {
    const sources = await checkSourcesFor(ws, lib, bid, { warnings })
    checks.push({ bid, result: runChecks({ bid, ...sources, now }) })
  }
  return { checks, warnings }
}

/** checks.run and `bidbench check`: the findings of one saved bid (bidId) or of every bid. */
export async function runWorkspaceChecks(ws: WorkspaceSession, bidId?: string): Promise<CheckRun> {
  const { checks, warnings } = await checkWorkspace(ws, { bidId })
  return { checks: checks.map((c) => ({ bidId: c.bid.id, title: c.bid.title, result: c.result })), warnings }
}
