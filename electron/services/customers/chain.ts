import { resolveChain, type ChainPerson } from '@shared/domain/customers'
import { isAppError } from '@shared/errors'
import type { Bid, Customer } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

/** The customer a bid is linked to; null when it has none or the customer was deleted. */
export async function customerOfBid(
  ws: Pick<WorkspaceSession, 'get'>,
  bid: Pick<Bid, 'customerId'>,
): Promise<Customer | null> {
  if (!bid.customerId) return null
  try {
    return await ws.get('customers', bid.customerId)
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') return null
    throw e
  }
}

/** A bid's decision chain with the customer's people filled in (shared/domain/customers resolveChain). */
export async function chainOfBid(ws: Pick<WorkspaceSession, 'get'>, bid: Bid): Promise<ChainPerson[]> {
  return resolveChain(bid, await customerOfBid(ws, bid))
}
