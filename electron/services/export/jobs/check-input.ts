import { runChecks, type Finding, type OtherBidRef } from '@shared/domain/checks'
import { isAppError } from '@shared/errors'
import type { Bid, CompanyProfile, Material, Matrix } from '@shared/schemas'
import type { WorkspaceSession } from '@services/store'

/**
 * What the checks need besides the bid, as plain data that can be cloned into the export worker. The same inputs
 * as the check panel and checkWorkspace: the whole materials library, the other bids, the company profile, the
 * bid's scoring matrix and the workspace's check settings. A document that cannot be read is left out (the
 * checks then report what is missing), never fatal.
 */
export interface CheckInputData {
  materials: Material[]
  otherBids: OtherBidRef[]
  company: CompanyProfile
  matrix: Matrix | null
  now: Date
  workspaceChecks: Record<string, unknown>
}

async function tryGet<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load()
  } catch (e) {
    if (isAppError(e)) return null
    throw e
  }
}

export async function loadCheckInput(ws: WorkspaceSession, bid: Bid, now: Date): Promise<CheckInputData> {
  const materials: Material[] = []
  for (const row of ws.list('materials')) {
    const m = await tryGet(() => ws.get('materials', row.id))
    if (m) materials.push(m)
  }
  // E07 compares names and numbers only: the index row carries the title; the buyer and number need the doc.
  const otherBids: OtherBidRef[] = []
  for (const row of ws.list('bids')) {
    if (row.id === bid.id) continue
    const b = await tryGet(() => ws.get('bids', row.id))
    if (b) otherBids.push({ id: b.id, title: b.title, buyerName: b.buyer.name, tenderNo: b.tenderNo })
  }
  const matrix = bid.matrixId ? await tryGet(() => ws.get('matrices', bid.matrixId!)) : null
  return {
    materials,
    otherBids,
    company: ws.workspace.company,
    matrix,
    now,
    workspaceChecks: ws.workspace.settings.checks,
  }
}

/** The open (not acknowledged) 否决风险 findings: what makes the export ask before it goes on. */
export function openVetoes(bid: Bid, input: CheckInputData): Finding[] {
  return runChecks({ bid, ...input }).findings.filter((f) => f.severity === '否决风险' && !f.acknowledged)
}
