import { runChecks, type CheckResult } from '@shared/domain/checks'
import { isAppError } from '@shared/errors'
import type { Bid, Material, Matrix } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

export interface BidCheck {
  bid: Bid
  result: CheckResult
}

export interface WorkspaceCheck {
  checks: BidCheck[]
  /** Documents that could not be read; the checks ran without them (and say so through L04 / L08). */
  warnings: { zh: string; en: string }[]
}

async function tryGet<T>(load: () => Promise<T>, what: string, warnings: WorkspaceCheck['warnings']) {
  try {
    return await load()
  } catch (e) {
    const msg = isAppError(e) ? e : { zh: String(e), en: String(e) }
    warnings.push({ zh: `无法读取 ${what}：${msg.zh}`, en: `cannot read ${what}: ${msg.en}` })
    return null
  }
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
  const warnings: WorkspaceCheck['warnings'] = []
  const now = opts.now ?? new Date()
  const bidRows = ws.list('bids')
  const targets = opts.bidId ? [await ws.get('bids', opts.bidId)] : []
  const all: Bid[] = []
  for (const row of bidRows) {
    const target = targets.find((b) => b.id === row.id)
    const b = target ?? (await tryGet(() => ws.get('bids', row.id), `bids/${row.id}`, warnings))
    if (b) all.push(b)
  }
  const toCheck = opts.bidId ? targets : all
  const materials = new Map<string, Material>()
  for (const row of ws.list('materials')) {
    const m = await tryGet(() => ws.get('materials', row.id), `materials/${row.id}`, warnings)
    if (m) materials.set(m.id, m)
  }
  const settings = ws.workspace.settings.checks
  const checks: BidCheck[] = []
  for (const bid of toCheck) {
    let matrix: Matrix | null = null
    if (bid.matrixId)
      matrix = await tryGet(() => ws.get('matrices', bid.matrixId!), `matrices/${bid.matrixId}`, warnings)
    const result = runChecks({
      bid,
      materials,
      otherBids: all.filter((b) => b.id !== bid.id),
      company: ws.workspace.company,
      matrix,
      now,
      workspaceChecks: settings,
    })
    checks.push({ bid, result })
  }
  return { checks, warnings }
}
