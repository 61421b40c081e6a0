/** The numbers a saved negotiation plan stands for, where the user left a field to its default. */
import type { Negotiation } from '@shared/schemas/negotiation'
import type { PlanInput } from './lint'
import { defaultUnit } from './schedule'

/**
 * 让步总额: what the user entered, else 开价 − 现实目标 (the room between where we open and where we
 * aim to close), else 0 while either is missing or the target sits above the opening price.
 */
export function concessionTotal(n: Pick<Negotiation, 'concession' | 'openingPrice' | 'goals'>): number {
  if (n.concession.total != null) return n.concession.total
  const open = n.openingPrice
  const target = n.goals.target
  if (open == null || target == null || target > open) return 0
  return Math.round((open - target) * 100) / 100
}

/** The money unit of the steps: the user's choice, else one sized to the budget. */
export function concessionUnit(n: Pick<Negotiation, 'concession' | 'openingPrice' | 'goals'>): number {
  return n.concession.unit ?? defaultUnit(concessionTotal(n))
}

/** The plan as the scheduler, the checks, the simulator and the brief read it. */
export function planInputOf(n: Negotiation): PlanInput {
  const c = n.concession
  const custom = c.pattern === '自定义'
  return {
    pattern: custom ? undefined : c.pattern,
    steps: custom ? c.custom : undefined,
    total: concessionTotal(n),
    rounds: custom ? c.custom.length : c.rounds,
    openingPrice: n.openingPrice,
    walkAway: n.goals.walkAway,
    unit: concessionUnit(n),
  }
}

/** What margins are measured over: our cost when entered, else the walk-away point (底线). */
export function valueFloor(n: Pick<Negotiation, 'goals'>): {
  floor: number | null
  over: 'cost' | 'walkAway' | null
} {
  if (n.goals.cost != null) return { floor: n.goals.cost, over: 'cost' }
  if (n.goals.walkAway != null) return { floor: n.goals.walkAway, over: 'walkAway' }
  return { floor: null, over: null }
}
