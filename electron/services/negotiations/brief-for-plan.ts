import type { WorkspaceSession } from '../store'
import { isAppError } from '@shared/errors'
import { chainOfBid } from '../customers/chain'
import { briefFileName, buildBriefDocx } from './brief-docx'
import type { BriefContext } from './brief-model'
import { localToday } from '@shared/domain/calendar/dates'

/**
 * Reads the plan (and its bid, for the header) from an open workspace and builds the brief. A bid
 * link that points at a deleted bid is not an error: the brief falls back to the plan title.
 */
export async function briefForPlan(
  ws: Pick<WorkspaceSession, 'get' | 'workspace'>,
  planId: string,
  date = localToday(),
): Promise<{ fileName: string; data: Buffer }> {
  const plan = await ws.get('negotiations', planId)
  let bid: BriefContext['bid'] = null
  if (plan.bidId) {
    try {
      const b = await ws.get('bids', plan.bidId)
      bid = { title: b.title, tenderNo: b.tenderNo, people: await chainOfBid(ws, b) }
    } catch (e) {
      if (!(isAppError(e) && e.code === 'NOT_FOUND')) throw e
    }
  }
  const data = await buildBriefDocx(plan, { company: ws.workspace.company.name, bid, date })
  return { fileName: briefFileName(plan), data }
}

/** negotiations.brief and `bidbench negotiation brief`: the brief of one plan as base64 .docx. */
export async function briefFile(
  ws: Pick<WorkspaceSession, 'get' | 'workspace'>,
  planId: string,
  date?: string,
): Promise<{ fileName: string; dataBase64: string }> {
  const { fileName, data } = await briefForPlan(ws, planId, date)
  return { fileName, dataBase64: data.toString('base64') }
}
