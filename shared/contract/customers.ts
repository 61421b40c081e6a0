import { z } from 'zod'
import { CustomerRoleSchema, IdSchema, RelationshipLevelSchema } from '../schemas'
import { method, NoInput } from './define'

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
  'customers.linkAll': method(
    NoInput,
    LinkReportSchema,
    'Move every bid still carrying a pre-archive decision chain into the customer archive',
  ),
}
