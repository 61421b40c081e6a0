import { newId } from '@shared/schemas/common'
import { PriceRuleSchema, ScoringItemSchema, type PriceRule, type ScoringItem } from '@shared/schemas/matrix'
import type { TableDetection } from './detect'

/** Detected rows as matrix items with new ids; rows whose points are not a number get 0, as the warnings say. */
export function detectionToItems(d: TableDetection): ScoringItem[] {
  return d.items.map((it) =>
    ScoringItemSchema.parse({
      id: newId('si'),
      category: it.category,
      name: it.name,
      maxPoints: it.maxPoints != null && it.maxPoints >= 0 ? it.maxPoints : 0,
      criteria: it.criteria,
      kind: it.kind,
    }),
  )
}

/**
 * What saving a confirmed detection changes in a matrix: its items, and the price rule read from the
 * words laid over the matrix's current rule (so what the table did not say keeps the user's setting).
 */
export function detectionToMatrixPatch(
  d: TableDetection,
  current: Partial<PriceRule> = {},
): { items: ScoringItem[]; priceRule: PriceRule } {
  return { items: detectionToItems(d), priceRule: PriceRuleSchema.parse({ ...current, ...d.priceRule }) }
}
