import { NegotiationStyleSchema } from '@shared/schemas'
import type { BuyerPopulation, Range3 } from './simulate'

/** One problem of a buyer population, at the field it concerns ('target.likely', 'styleWeights.竞争型', 'trials'). */
export interface PopulationIssue {
  path: string
  zh: string
  en: string
}

/** Each range's bounds: prices are not negative, patience is 1–30 rounds, trust a share 0–1. */
const RANGES: [keyof Omit<BuyerPopulation, 'styleWeights'>, number, number][] = [
  ['target', 0, Infinity],
  ['reservation', 0, Infinity],
  ['patience', 1, 30],
  ['trust', 0, 1],
]

function rangeIssues(key: string, r: Range3, min: number, max: number): PopulationIssue[] {
  const out: PopulationIssue[] = []
  for (const part of ['low', 'likely', 'high'] as const) {
    const x = r[part]
    if (typeof x !== 'number' || !Number.isFinite(x))
      out.push({ path: `${key}.${part}`, zh: '请填写数字', en: 'enter a number' })
    else if (x < min || x > max)
      out.push({
        path: `${key}.${part}`,
        zh: max === Infinity ? `不能小于 ${min}` : `须在 ${min}–${max} 之间`,
        en: max === Infinity ? `must be at least ${min}` : `must be within ${min}–${max}`,
      })
  }
  if (out.length) return out
  if (r.low > r.likely)
    out.push({ path: `${key}.likely`, zh: '最可能值不能小于最低值', en: 'likely cannot be below low' })
  if (r.likely > r.high)
    out.push({ path: `${key}.high`, zh: '最高值不能小于最可能值', en: 'high cannot be below likely' })
  return out
}

/**
 * What is wrong with a buyer population and a trial count, field by field: the rule the simulation refuses
 * with (simulatePopulation) and the form shows at each field before it runs.
 */
export function populationIssues(pop: BuyerPopulation, trials: number): PopulationIssue[] {
  const out = RANGES.flatMap(([k, min, max]) => rangeIssues(k, pop[k], min, max))
  let sum = 0
  for (const s of NegotiationStyleSchema.options) {
    const w = pop.styleWeights[s] ?? 0
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
      out.push({ path: `styleWeights.${s}`, zh: '权重须为非负数', en: 'a weight is a number of 0 or more' })
    else sum += w
  }
  if (sum <= 0 && !out.some((i) => i.path.startsWith('styleWeights.')))
    out.push({
      path: 'styleWeights',
      zh: '至少一种风格的权重须大于 0',
      en: 'at least one style needs a weight above 0',
    })
  if (!Number.isInteger(trials) || trials < 1 || trials > 1_000_000)
    out.push({
      path: 'trials',
      zh: '模拟次数须为 1–1000000 的整数',
      en: 'trials must be a whole number from 1 to 1,000,000',
    })
  return out
}
