import { AppError } from '@shared/errors'
import { PriceRuleSchema, type PriceRule } from '@shared/schemas/matrix'
import { roundHalfUp } from './round'

export type PriceMethod = PriceRule['method']

export interface PriceInput {
  price: number
  /** Qualifies for 小微企业价格扣除 (财库〔2020〕46号). */
  sme?: boolean
}

export interface PriceScoreResult {
  method: PriceMethod
  /** Price after the SME deduction: the price every formula and ranking uses. */
  evaluated: number[]
  /** 评标基准价: the lowest evaluated price, or the (trimmed, × K) average; null for 最低评标价法. */
  benchmark: number | null
  /** True when the highest and lowest were left out of the average. */
  droppedExtremes: boolean
  /** Unrounded scores, for sensitivity and charts. */
  raw: number[]
  /** Scores rounded half-up to 2 decimals, as a tender states them. All 0 for 最低评标价法. */
  scores: number[]
  /** False for 最低评标价法: rank by evaluated price, points are not used. */
  pointsUsed: boolean
}

/** Evaluated price after the SME deduction; written as price × (100 − pct) / 100 so 10 % of whole yuan stays exact. */
export function evaluatedPrice(price: number, sme: boolean, smeDeductionPct: number): number {
  return sme && smeDeductionPct > 0 ? (price * (100 - smeDeductionPct)) / 100 : price
}

/** Whether the average drops its highest and lowest price for this many bids. */
export function dropsExtremes(count: number, dropExtremesWhenAtLeast: number | null): boolean {
  return (
    dropExtremesWhenAtLeast != null &&
    dropExtremesWhenAtLeast > 0 &&
    count >= dropExtremesWhenAtLeast &&
    count > 2
  )
}

/**
 * A price scorer for a fixed rule that writes into caller-owned arrays, so the Monte Carlo can call it
 * a million times without allocating. `evaluated[0..n)` in, unrounded scores to `raw`, rounded to `out`.
 * Returns the benchmark (NaN for 最低评标价法).
 */
export type PriceScorer = (
  evaluated: ArrayLike<number>,
  n: number,
  raw: Float64Array,
  out: Float64Array,
) => number

export function makePriceScorer(rule: PriceRule): PriceScorer {
  const w = rule.weight
  if (rule.method === 'lowestEvaluated') {
    return (_e, n, raw, out) => {
      for (let i = 0; i < n; i++) raw[i] = out[i] = 0
      return NaN
    }
  }
  if (rule.method === 'lowest') {
    return (e, n, raw, out) => {
      let min = Infinity
      for (let i = 0; i < n; i++) if (e[i] < min) min = e[i]
      for (let i = 0; i < n; i++) {
        // min × weight first, then divide: 950000 × 30 / 1000000 is exactly 28.5, 950000 / 1000000 × 30 is not.
        raw[i] = (min * w) / e[i]
        out[i] = roundHalfUp(raw[i], 2)
      }
      return min
    }
  }
  const { k, pointsPerPctAbove: above, pointsPerPctBelow: below, dropExtremesWhenAtLeast } = rule
  return (e, n, raw, out) => {
    let sum = 0
    let min = Infinity
    let max = -Infinity
    for (let i = 0; i < n; i++) {
      sum += e[i]
      if (e[i] < min) min = e[i]
      if (e[i] > max) max = e[i]
    }
    const mean = dropsExtremes(n, dropExtremesWhenAtLeast) ? (sum - max - min) / (n - 2) : sum / n
    const b = mean * k
    for (let i = 0; i < n; i++) {
      // Exact percentage deviation, no intermediate rounding; the same expression as the Excel export.
      const s = e[i] > b ? w - (above * (e[i] - b) * 100) / b : w - (below * (b - e[i]) * 100) / b
      raw[i] = s > 0 ? s : 0
      out[i] = roundHalfUp(raw[i], 2)
    }
    return b
  }
}

function checkPrice(p: unknown, index: number): number {
  if (typeof p !== 'number' || !Number.isFinite(p) || p <= 0) {
    throw new AppError(
      'VALIDATION',
      {
        zh: `第 ${index + 1} 个报价无效（${String(p)}）：报价必须是大于 0 的数字`,
        en: `price #${index + 1} is invalid (${String(p)}): a price must be a number greater than 0`,
      },
      { index },
    )
  }
  return p
}

/** Price scores of every bid in the order given. Throws VALIDATION for an empty list or a bad price. */
export function priceScores(inputs: readonly PriceInput[], rule: Partial<PriceRule> = {}): PriceScoreResult {
  const r = PriceRuleSchema.parse(rule)
  if (inputs.length === 0) {
    throw new AppError('VALIDATION', { zh: '没有可评分的报价', en: 'no prices to score' })
  }
  const evaluated = inputs.map((x, i) => evaluatedPrice(checkPrice(x.price, i), !!x.sme, r.smeDeductionPct))
  const n = evaluated.length
  const raw = new Float64Array(n)
  const out = new Float64Array(n)
  const b = makePriceScorer(r)(evaluated, n, raw, out)
  return {
    method: r.method,
    evaluated,
    benchmark: Number.isNaN(b) ? null : b,
    droppedExtremes: r.method === 'average' && dropsExtremes(n, r.dropExtremesWhenAtLeast),
    raw: Array.from(raw),
    scores: Array.from(out),
    pointsUsed: r.method !== 'lowestEvaluated',
  }
}

export type LintSeverity = 'warning' | 'advice'

export interface PriceWeightFinding {
  code: 'PRICE_WEIGHT_BELOW_FLOOR' | 'PRICE_WEIGHT_ABOVE_OLD_CAP'
  severity: LintSeverity
  message: { zh: string; en: string }
}

/**
 * Price-weight floors and caps of government procurement (DOMAIN.md §5) as data, so a rule change is an
 * edit here, not in the logic. 工程 has no national floor under 87号令, so it has no entry.
 */
export const PRICE_WEIGHT_LIMITS: Record<string, { floor: number; oldCap: number; zh: string; en: string }> =
  {
    货物: { floor: 30, oldCap: 60, zh: '货物', en: 'goods' },
    服务: { floor: 10, oldCap: 30, zh: '服务', en: 'services' },
  }

/** Lint the price weight (points out of 100) for a procurement category under 综合评分法. */
export function lintPriceWeight(
  weight: number,
  procurementCategory: string,
  method: PriceMethod = 'lowest',
): PriceWeightFinding[] {
  const lim = PRICE_WEIGHT_LIMITS[procurementCategory]
  if (!lim || method === 'lowestEvaluated') return []
  const out: PriceWeightFinding[] = []
  if (weight < lim.floor) {
    out.push({
      code: 'PRICE_WEIGHT_BELOW_FLOOR',
      severity: 'warning',
      message: {
        zh: `价格分值 ${weight} 低于${lim.zh}类项目的下限 ${lim.floor} 分（87号令第55条）`,
        en: `price weight ${weight} is below the ${lim.floor}-point floor for ${lim.en} (MOF Order 87 art. 55)`,
      },
    })
  }
  if (weight > lim.oldCap) {
    out.push({
      code: 'PRICE_WEIGHT_ABOVE_OLD_CAP',
      severity: 'advice',
      message: {
        zh: `价格分值 ${weight} 高于旧规定中${lim.zh}类 ${lim.oldCap} 分的上限，请核对招标文件依据`,
        en: `price weight ${weight} exceeds the former ${lim.oldCap}-point cap for ${lim.en}; check the tender's basis`,
      },
    })
  }
  return out
}
