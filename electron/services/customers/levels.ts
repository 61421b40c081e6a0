import { localToday } from '@shared/domain/calendar'
import { recordLevelChanges } from '@shared/domain/customers'
import { newId, type Customer } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

/** Saves a customer; a person's level changed without a history entry gets one, dated today (DOMAIN.md §7). */
export async function saveCustomerWithLevels(
  ws: WorkspaceSession,
  customer: Customer,
  opts: { expectedUpdatedAt?: string; today?: string } = {},
): Promise<Customer> {
  const prev = await ws.get('customers', customer.id)
  const next = recordLevelChanges(prev, customer, opts.today ?? localToday(), () => newId('lvl'))
  return ws.save('customers', next, { expectedUpdatedAt: opts.expectedUpdatedAt })
}
