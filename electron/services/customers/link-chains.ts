import { linkLegacyChain, type LinkOutcome } from '@shared/domain/customers'
import { isAppError } from '@shared/errors'
import { newId, type Bid, type Customer } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

export interface LinkReport {
  bids: { id: string; title: string; customerId: string; added: string[]; matched: string[] }[]
  customersCreated: string[]
  failed: { id: string; zh: string; en: string }[]
}

/* The customer is saved before the bid: a crash in between leaves the people in the customer and the bid still
 * carrying its old chain, and the next run matches them by name instead of adding them again. */
async function apply(
  ws: WorkspaceSession,
  bid: Bid,
  r: LinkOutcome,
  customers: Customer[],
): Promise<Customer> {
  const saved = r.created
    ? await ws.create('customers', { ...r.customer })
    : await ws.save('customers', {
        ...(customers.find((c) => c.id === r.customer.id) as Customer),
        ...r.customer,
      })
  await ws.save('bids', { ...r.bid, customerId: saved.id }, { expectedUpdatedAt: bid.updatedAt })
  return saved
}

/** Moves one bid's pre-archive decision chain into its customer (see linkLegacyChain). */
export async function linkBidChain(ws: WorkspaceSession, bidId: string): Promise<LinkReport> {
  return linkChains(ws, [await ws.get('bids', bidId)])
}

async function linkChains(ws: WorkspaceSession, bids: Bid[]): Promise<LinkReport> {
  const customers = await ws.all('customers')
  const report: LinkReport = { bids: [], customersCreated: [], failed: [] }
  for (const bid of bids) {
    const r = linkLegacyChain(bid, customers, { makeId: newId })
    if (!r) continue
    try {
      const saved = await apply(ws, bid, r, customers)
      const i = customers.findIndex((c) => c.id === saved.id)
      if (i >= 0) customers[i] = saved
      else customers.push(saved)
      if (r.created) report.customersCreated.push(saved.id)
      report.bids.push({
        id: bid.id,
        title: bid.title,
        customerId: saved.id,
        added: r.added,
        matched: r.matched,
      })
    } catch (e) {
      if (!isAppError(e)) throw e
      report.failed.push({ id: bid.id, zh: e.zh, en: e.en })
    }
  }
  return report
}

/**
 * The one-time move of every old bid's decision chain into the customer archive, on the first writable open of a
 * workspace written before it existed (the store backed up each bid when it upgraded it to schema v4). Bids that
 * cannot be read are left to doctor; the step is marked done unless a save failed.
 */
export async function linkDecisionChains(ws: WorkspaceSession): Promise<LinkReport> {
  const bids: Bid[] = []
  for (const e of ws.list('bids')) {
    try {
      bids.push(await ws.get('bids', e.id))
    } catch {
      /* unreadable: doctor reports it */
    }
  }
  const report = await linkChains(ws, bids)
  if (report.failed.length === 0 && !ws.workspace.settings.decisionChainsLinked)
    await ws.saveWorkspace({ settings: { ...ws.workspace.settings, decisionChainsLinked: true } })
  return report
}
