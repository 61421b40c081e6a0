/**
 * The price to recommend is the one that earns most on average, not the one that wins most often:
 * expected profit = P(win) × (price − floor), where the floor is the higher of our cost and the
 * walk-away point (底线) of the negotiation plan linked to the same bid. No price below the floor is
 * ever recommended: winning there loses money or breaks the plan.
 */
export interface Floor {
  value: number
  /** Which input set it: our cost, the linked plan's walk-away, or both at the same amount. */
  source: 'cost' | 'walkAway'
}

/** The higher of the cost entered and the linked plan's walk-away; null when neither is known. */
export function profitFloor(
  cost: number | null | undefined,
  walkAway: number | null | undefined,
): Floor | null {
  const c = cost ?? null
  const w = walkAway ?? null
  if (c == null && w == null) return null
  if (w == null || (c != null && c >= w)) return { value: c!, source: 'cost' }
  return { value: w, source: 'walkAway' }
}

export interface ProfitPoint {
  price: number
  probability: number
  /** P(win) × (price − floor); null without a floor. */
  expectedProfit: number | null
}

export interface ProfitRecommendation {
  price: number
  probability: number
  expectedProfit: number
  floor: Floor
}

export interface ProfitCurve {
  points: ProfitPoint[]
  /** The grid price of highest expected profit at or above the floor; null without a floor or a win. */
  best: ProfitRecommendation | null
}

const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * `ceiling`: the bid's budget (采购预算/最高限价); a price above it is an invalid bid (87号令 art.63),
 * so it is never recommended whatever the simulation says.
 */
export function profitCurve(
  points: readonly { price: number; probability: number }[],
  floor: Floor | null,
  ceiling: number | null = null,
): ProfitCurve {
  const out = points.map((p) => ({
    price: p.price,
    probability: p.probability,
    expectedProfit: floor ? round2(p.probability * (p.price - floor.value)) : null,
  }))
  let best: ProfitRecommendation | null = null
  if (floor) {
    for (const p of out) {
      if (p.price < floor.value || p.probability <= 0) continue
      if (ceiling != null && p.price > ceiling) continue
      // Ties go to the higher price: the same expected profit with more margin per win.
      if (
        !best ||
        p.expectedProfit! > best.expectedProfit ||
        (p.expectedProfit === best.expectedProfit && p.price > best.price)
      ) {
        best = { price: p.price, probability: p.probability, expectedProfit: p.expectedProfit!, floor }
      }
    }
  }
  return { points: out, best }
}

/**
 * The sweep range: 85 %–110 % of our price as before, stretched so that it reaches well above the
 * floor (at least 15 % over it) — otherwise a floor near the top of the range would leave one or two
 * prices to choose from — and ending at the budget when there is one (nothing above it can win).
 */
export function profitSweepRange(
  ourPrice: number,
  floor: Floor | null,
  ceiling: number | null = null,
): { from: number; to: number } {
  const from = round2(ourPrice * 0.85)
  let to = round2(Math.max(ourPrice * 1.1, floor ? floor.value * 1.15 : 0))
  if (ceiling != null && ceiling > from) to = ceiling
  return { from, to }
}

/**
 * The walk-away of the negotiation plans linked to the same bid: the highest when there are several
 * (the price must hold for every plan); null without a linked bid or a plan with a walk-away.
 */
export function linkedWalkAway(
  plans: readonly { bidId: string | null; goals: { walkAway: number | null } }[],
  bidId: string | null,
): number | null {
  if (!bidId) return null
  const ws = plans.filter((p) => p.bidId === bidId && p.goals.walkAway != null).map((p) => p.goals.walkAway!)
  return ws.length ? Math.max(...ws) : null
}
