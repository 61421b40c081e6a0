/**
 * Turning a pattern's shape into amounts: whole steps of a money unit the user chooses, summing to
 * the budget exactly, with the cumulative concession never past the budget in any round.
 */
import { AppError } from '@shared/errors'
import { getPattern, resample, TAKE_BACK_SHARE, validateRounds, type ConcessionPatternName } from './patterns'

/**
 * Splits n whole units over the weights (all ≥ 0, not all 0) by the largest-remainder method; see the
 * scaling rule for the tie-break and the token guarantee.
 */
export function apportion(n: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (w * n) / sum)
  const floors = exact.map((x) => Math.floor(x + 1e-9))
  let left = n - floors.reduce((a, b) => a + b, 0)
  const rising = weights[weights.length - 1] > weights[0]
  const q = (x: number) => Math.round(x * 1e6)
  const order = exact
    .map((x, i) => ({ i, rem: q(x - floors[i]), ex: q(x) }))
    .sort((a, b) => b.rem - a.rem || b.ex - a.ex || (rising ? b.i - a.i : a.i - b.i))
  for (let j = 0; left > 0 && j < order.length; j++, left--) floors[order[j].i]++
  const givers = weights.filter((w) => w > 0).length
  if (n >= givers) {
    for (let i = 0; i < floors.length; i++) {
      if (weights[i] <= 0 || floors[i] > 0) continue
      const max = Math.max(...floors)
      const from = rising ? floors.indexOf(max) : floors.lastIndexOf(max)
      floors[from]--
      floors[i]++
    }
  }
  return floors
}

export function decimalsOf(unit: number): number {
  const s = String(unit)
  if (s.includes('e-')) return Number(s.split('e-')[1])
  const dot = s.indexOf('.')
  return dot < 0 ? 0 : s.length - dot - 1
}

/**
 * The money unit a plan's steps are rounded to when the user has not chosen one: steps of 1,000 元
 * for budgets over 100,000, 100 元 over 10,000, 10 元 over 1,000, else 1 元. A negotiator names round
 * figures; a step of 12,347.83 tells the buyer the seller is computing, not conceding.
 */
export function defaultUnit(total: number): number {
  if (total > 100_000) return 1000
  if (total > 10_000) return 100
  if (total > 1000) return 10
  return 1
}

/** The units offered to choose from (元). */
export const UNIT_CHOICES = [1, 10, 100, 1000, 10_000, 100_000] as const

/**
 * A price rounded down to a multiple of the unit (a buyer's counter-offer: it asks for a round figure
 * at or below what it computed). Non-finite or non-positive units leave the price at whole 分.
 */
export function floorToUnit(price: number, unit: number): number {
  if (!(unit > 0) || !Number.isFinite(unit)) return Math.floor(price * 100 + 1e-6) / 100
  const d = decimalsOf(unit)
  const n = Math.floor(price / unit + 1e-9)
  return Number((n * unit).toFixed(d))
}

/** Total and unit as whole ticks of their finest decimal; refuses what cannot be split without loss. */
function ticksOf(total: number, unit: number): { total: number; unit: number; scale: number } {
  if (!Number.isFinite(unit) || unit <= 0) {
    throw new AppError('VALIDATION', {
      zh: `让步取整单位必须为正数，收到 ${unit}`,
      en: `the rounding unit must be positive, got ${unit}`,
    })
  }
  if (!Number.isFinite(total) || total < 0) {
    throw new AppError('VALIDATION', {
      zh: `让步总额必须是非负数，收到 ${total}`,
      en: `the concession total must be a non-negative number, got ${total}`,
    })
  }
  const d = Math.max(2, decimalsOf(unit))
  const scale = 10 ** d
  const t = Math.round(total * scale)
  if (Math.abs(t - total * scale) > 1e-6 * Math.max(1, total * scale) || decimalsOf(total) > d) {
    throw new AppError('VALIDATION', {
      zh: `让步总额 ${total} 超出“分”的精度，无法无损分配`,
      en: `the total ${total} is finer than 分 (0.01); it cannot be split without loss`,
    })
  }
  return { total: t, unit: Math.round(unit * scale), scale }
}

/**
 * The concession of each round for a pattern, in money: every step a whole multiple of `unit` except
 * the largest, which also carries the remainder when the total is not a multiple of the unit. Sums to
 * `total` exactly and every running sum stays within [0, total] (强硬态度型: all zero). Throws
 * VALIDATION on an unknown pattern, rounds outside 2–12, a negative total or one finer than 1 分.
 */
export function schedule(pattern: string, total: number, rounds: number, unit = 1): number[] {
  const p = getPattern(pattern)
  validateRounds(rounds)
  const t = ticksOf(total, unit)
  const n = Math.floor(t.total / t.unit)
  const rem = t.total - n * t.unit
  const ticks = scheduleUnits(p.name, n, rounds).map((u) => u * t.unit)
  if (rem > 0 && p.name !== '强硬态度型') ticks[largestStep(p.name, ticks, rounds)] += rem
  return ticks.map((x) => (x === 0 ? 0 : x / t.scale))
}

/** Where the odd remainder goes: the largest step (the first of equals, the last when steps grow). */
function largestStep(name: ConcessionPatternName, ticks: number[], rounds: number): number {
  const basis = ticks.some((x) => x > 0) ? ticks : resample(getPattern(name).reference, rounds)
  const max = Math.max(...basis)
  const rising = basis[basis.length - 1] > basis[0]
  return rising ? basis.lastIndexOf(max) : basis.indexOf(max)
}

function scheduleUnits(name: ConcessionPatternName, n: number, rounds: number): number[] {
  if (name === '强硬态度型' || n === 0) return new Array<number>(rounds).fill(0)
  if (name === '虚伪报价型') {
    // Two rounds leave no room to take back inside the budget: all at once, then hold.
    if (rounds === 2) return [n, 0]
    const token = Math.max(1, Math.round(n * TAKE_BACK_SHARE))
    const main = rounds === 3 ? [n] : apportion(n, resample([50, 10], rounds - 2))
    return [...main, -token, token]
  }
  return apportion(n, resample(getPattern(name).reference, rounds))
}
