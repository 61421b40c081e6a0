import type { Customer, CustomerSettings } from '@shared/schemas'

/**
 * 大客户识别和划分 (DOMAIN.md §7): value (what the customer is worth to us now) and potential (what it could become),
 * each the weighted mean of its criteria scored 0–5 by the team; score = value × potential (0–25); tier A from
 * settings.tierA, B from settings.tierB, else C. A criterion not scored is left out of its mean (never read as 0);
 * a group with no score leaves the tier unknown.
 */
export interface TierScore {
  value: number | null
  potential: number | null
  score: number | null
  tier: 'A' | 'B' | 'C' | null
}

const round2 = (x: number) => Math.round(x * 100) / 100

function groupMean(scores: Customer['scores'], settings: CustomerSettings, group: 'value' | 'potential') {
  let sum = 0
  let weights = 0
  for (const c of settings.criteria) {
    if (c.group !== group || c.weight <= 0) continue
    const s = scores[c.key]
    if (typeof s !== 'number') continue
    sum += c.weight * s
    weights += c.weight
  }
  return weights > 0 ? round2(sum / weights) : null
}

export function tierOf(scores: Customer['scores'], settings: CustomerSettings): TierScore {
  const value = groupMean(scores, settings, 'value')
  const potential = groupMean(scores, settings, 'potential')
  if (value === null || potential === null) return { value, potential, score: null, tier: null }
  const score = round2(value * potential)
  const tier = score >= settings.tierA ? 'A' : score >= settings.tierB ? 'B' : 'C'
  return { value, potential, score, tier }
}
