import type { CustomerSettingsForm } from '@shared/domain/customers'
import type { CustomerSettings } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

/** customers.saveSettings: the input is validated by the contract (CustomerSettingsFormSchema) before it gets here. */
export async function saveCustomerSettings(
  ws: WorkspaceSession,
  input: CustomerSettingsForm,
): Promise<CustomerSettings> {
  await ws.saveWorkspace({ settings: { ...ws.workspace.settings, customers: input } })
  return ws.workspace.settings.customers
}
