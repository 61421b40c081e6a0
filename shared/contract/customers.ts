import { z } from 'zod'
import { CustomerRoleSchema, IdSchema, RelationshipLevelSchema } from '../schemas'
import type { CustomerRisk, TierScore } from '../domain/customers'
import type { Deal } from '../domain/pipeline'
import type { Customer, CustomerSettings } from '../schemas'
import { CustomerSettingsFormSchema } from '../domain/customers/settings-form'
import { method, NoInput } from './define'

export interface CustomerProfile {
  customer: Customer
  tier: TierScore
  risks: CustomerRisk[]
  /** The customer's bids as the pipeline counts them (stage, amount, outcome). */
  bids: Deal[]
}

export const ChainPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  position: z.string(),
  department: z.string(),
  role: CustomerRoleSchema,
  level: RelationshipLevelSchema,
  targetLevel: RelationshipLevelSchema.nullable(),
  profile: z.string(),
  concerns: z.string(),
  valuePoints: z.string(),
  plan: z.string(),
  note: z.string(),
  reportsTo: z.string().nullable(),
  source: z.enum(['customer', 'legacy', 'missing']),
  left: z.boolean(),
})

export const LinkReportSchema = z.object({
  bids: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      customerId: z.string(),
      added: z.array(z.string()),
      matched: z.array(z.string()),
    }),
  ),
  customersCreated: z.array(z.string()),
  failed: z.array(z.object({ id: z.string(), zh: z.string(), en: z.string() })),
})

/** The customer archive (大客户档案) beyond the generic customers.* CRUD. */
export const customersContract = {
  'customers.chain': method(
    z.strictObject({ bidId: IdSchema }),
    z.array(ChainPersonSchema),
    "A bid's decision chain with the customer's people filled in (and any chain not yet moved into the archive)",
  ),
  'customers.linkBid': method(
    z.strictObject({ bidId: IdSchema }),
    LinkReportSchema,
    "Move a bid's pre-archive decision chain into its customer (found by buyer name, or created)",
  ),
  'customers.profile': method(
    z.strictObject({ id: IdSchema }),
    z.custom<CustomerProfile>(),
    '大客户档案 of one customer: tier from the weighted value × potential, 风险预警, its bids on the funnel',
  ),
  'customers.settings': method(
    NoInput,
    z.custom<CustomerSettings>(),
    "The workspace's tier criteria and weights, tier A/B thresholds and 风险预警 thresholds (days)",
  ),
  'customers.saveSettings': method(
    CustomerSettingsFormSchema,
    z.custom<CustomerSettings>(),
    'Save the tier criteria (named once, value and potential each weighted), tier thresholds (A above B) and warning thresholds',
  ),
  'customers.linkAll': method(
    NoInput,
    LinkReportSchema,
    'Move every bid still carrying a pre-archive decision chain into the customer archive',
  ),
}
