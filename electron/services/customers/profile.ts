import { localToday } from '@shared/domain/calendar'
import { customerRisks, tierOf } from '@shared/domain/customers'
import { isOpenOutcome } from '@shared/domain/materials/links'
import { dealOf } from '@shared/domain/pipeline'
import type { CustomerProfile } from '@shared/contract/customers'
import type { WorkspaceSession } from '../store'

/** 大客户档案 of one customer: its tier, its 风险预警 and its bids (one use case for the page, the API, the CLI). */
export async function customerProfile(
  ws: WorkspaceSession,
  id: string,
  today = localToday(),
): Promise<CustomerProfile> {
  const customer = await ws.get('customers', id)
  const settings = ws.workspace.settings
  const [bids, competitors] = await Promise.all([ws.all('bids'), ws.all('competitors')])
  const mine = bids.filter((b) => b.customerId === id)
  const tier = tierOf(customer.scores, settings.customers)
  const deals = mine.map((b) => dealOf(b, customer, settings.pipeline))
  const names = new Map(competitors.map((c) => [c.id, c.title]))
  const risks = customerRisks(customer, {
    settings: settings.customers,
    today,
    tier,
    openBids: deals.filter((d) => isOpenOutcome(d.outcome)).length,
    competitorName: (cid) => names.get(cid) ?? '',
  })
  return { customer, tier, risks, bids: deals }
}
