/**
 * Rehearsal mode: the user plays the seller one round at a time against the simulated buyer, then
 * gets a debrief. Pure: each step returns a new session (the UI saves it with the plan).
 */
import { formatMoney } from '@shared/domain/amount'
import { AppError } from '@shared/errors'
import { newId, RehearsalSessionSchema, type RehearsalSessionDoc } from '@shared/schemas'
import { buyerResponse, validateBuyer, type BuyerParams, type BuyerResponse } from './buyer'
import { classifySequence, type Classification } from './classify'
import { planSteps } from './lint'
import { getPattern, type Bilingual } from './patterns'
import { adviseRehearsal, type Advice } from './rehearsal-advice'
import { defaultUnit } from './schedule'

export type RehearsalSession = RehearsalSessionDoc

export interface RehearsalTradeable {
  name: string
  ourCost?: number | null
  theirValue?: number | null
}

export interface RehearsalPlan {
  openingPrice: number
  /** The planned concession budget. */
  total: number
  rounds: number
  /** A pattern name; omit (or '自定义') and give `steps` for a custom plan. */
  pattern?: string
  steps?: readonly number[]
  /** The seller's goals: the price it aims for and the lowest it may go. */
  target?: number | null
  walkAway?: number | null
  tradeables?: readonly RehearsalTradeable[]
  /** Money unit of the planned steps and of the buyer's counter-offers (default from the total). */
  unit?: number
}

export interface RehearsalMove {
  /** Money conceded this round; negative takes a concession back. */
  amount: number
  /** Name of a tradeable from the plan given this round. */
  tradeable?: string | null
}

export function startRehearsal(
  plan: RehearsalPlan,
  buyer: BuyerParams,
  options: { seed?: number; id?: string; startedAt?: string } = {},
): RehearsalSession {
  validateBuyer(buyer)
  if (!Number.isFinite(plan.openingPrice) || plan.openingPrice < 0) {
    throw new AppError('VALIDATION', {
      zh: `开价必须是非负数，收到 ${plan.openingPrice}`,
      en: `the opening price must be a non-negative number, got ${plan.openingPrice}`,
    })
  }
  return RehearsalSessionSchema.parse({
    id: options.id ?? newId('rh'),
    startedAt: options.startedAt ?? new Date().toISOString(),
    seed: Math.floor(options.seed ?? 1),
    openingPrice: plan.openingPrice,
    buyer,
    turns: [],
    status: 'open',
    finalPrice: null,
  })
}

/** Why a tradeable name is not the plan's (a typo, not a free gift), or null. */
function unknownTradeable(plan: RehearsalPlan, name: string): Bilingual | null {
  if (plan.tradeables?.some((x) => x.name === name)) return null
  const known = (plan.tradeables ?? []).map((x) => x.name)
  return {
    zh: known.length
      ? `方案中没有可交换条件「${name}」，可选：${known.join('、')}`
      : `方案中没有可交换条件「${name}」（方案尚未列出任何可交换条件）`,
    en: known.length
      ? `the plan has no tradeable "${name}"; known: ${known.join(', ')}`
      : `the plan has no tradeable "${name}" (it lists none yet)`,
  }
}

/** What a tradeable is worth to the buyer; an unknown name is refused. */
function tradeableValue(plan: RehearsalPlan, name: string): number {
  const unknown = unknownTradeable(plan, name)
  if (unknown) throw new AppError('VALIDATION', unknown)
  return plan.tradeables!.find((x) => x.name === name)!.theirValue ?? 0
}

/** One problem of a rehearsal move, at the field it concerns ('' = the session itself). */
export interface RehearsalMoveIssue extends Bilingual {
  path: 'amount' | 'tradeable' | ''
}

/**
 * What is wrong with the next move of a session, field by field: the rule rehearsalStep refuses with and the
 * rehearsal form shows at its fields before anything is sent. A concession may be negative (taken back) but
 * must be a number, and may not take the price below 0.
 */
export function rehearsalMoveIssues(
  session: RehearsalSession,
  plan: RehearsalPlan,
  move: { amount: number | null | undefined; tradeable?: string | null },
): RehearsalMoveIssue[] {
  if (session.status !== 'open')
    return [
      session.status === 'deal'
        ? {
            path: '',
            zh: '本次演练已经成交，请开始新的演练',
            en: 'this rehearsal already closed a deal; start a new one',
          }
        : { path: '', zh: '买方已经离场，请开始新的演练', en: 'the buyer has left; start a new rehearsal' },
    ]
  const out: RehearsalMoveIssue[] = []
  const amount = move.amount
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    out.push({ path: 'amount', zh: '请填写让步金额', en: 'enter the concession' })
  else {
    const lastPrice = session.turns.length
      ? session.turns[session.turns.length - 1].price
      : session.openingPrice
    if (round2(lastPrice - amount) < 0)
      out.push({
        path: 'amount',
        zh: `让步 ${formatMoney(amount)} 会使报价低于 0（当前报价 ${formatMoney(lastPrice)}）`,
        en: `a concession of ${formatMoney(amount)} takes the price below 0 (current price ${formatMoney(lastPrice)})`,
      })
  }
  const name = move.tradeable?.trim()
  const unknown = name ? unknownTradeable(plan, name) : null
  if (unknown) out.push({ path: 'tradeable', ...unknown })
  return out
}

const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * The concessions as the buyer experiences them: money plus what a newly given tradeable is worth to
 * it (a tradeable counts once, the first time it is given).
 */
function perceivedSteps(session: RehearsalSession, plan: RehearsalPlan): number[] {
  const given = new Set<string>()
  return session.turns.map((t) => {
    let v = t.concession
    if (t.tradeable && !given.has(t.tradeable)) {
      given.add(t.tradeable)
      v += tradeableValue(plan, t.tradeable)
    }
    return v
  })
}

export interface RehearsalReply extends BuyerResponse {
  round: number
  /** The seller's price after this round's concession. */
  price: number
}

/** One round: the user's concession in, the buyer's answer and the updated session out. */
export function rehearsalStep(
  session: RehearsalSession,
  plan: RehearsalPlan,
  move: RehearsalMove,
): { session: RehearsalSession; reply: RehearsalReply } {
  const [issue] = rehearsalMoveIssues(session, plan, move)
  if (issue) throw new AppError('VALIDATION', { zh: issue.zh, en: issue.en })
  const round = session.turns.length + 1
  const lastPrice = round === 1 ? session.openingPrice : session.turns[round - 2].price
  const price = round2(lastPrice - move.amount)
  const tradeable = move.tradeable?.trim() || null
  const history = perceivedSteps(session, plan)
  const alreadyGiven = session.turns.some((t) => t.tradeable === tradeable)
  const tradeValue = tradeable && !alreadyGiven ? tradeableValue(plan, tradeable) : 0
  // What the tradeables given so far (and this one) are worth to the buyer comes off the price it sees.
  const priorTrade = history.reduce((a, b) => a + b, 0) - session.turns.reduce((a, t) => a + t.concession, 0)
  const tradeTotal = priorTrade + tradeValue
  const seen = round2(price - tradeTotal)
  const trust = session.turns.length ? session.turns[session.turns.length - 1].trust : session.buyer.trust
  const r = buyerResponse(
    { params: session.buyer, trust, concessions: history, unit: plan.unit ?? defaultUnit(plan.total) },
    { price: seen, concession: move.amount + tradeValue },
    session.seed,
  )
  const message = tradeable ? withTradeable(r.message, tradeable, tradeValue > 0) : r.message
  const turn = {
    round,
    concession: move.amount,
    tradeable,
    price,
    action: r.action,
    counterOffer: r.counterOffer === undefined ? null : round2(r.counterOffer + tradeTotal),
    message,
    trust: r.trust,
  }
  const status = r.action === 'accept' ? 'deal' : r.action === 'walk' ? 'walked' : 'open'
  const next: RehearsalSession = {
    ...session,
    turns: [...session.turns, turn],
    status,
    finalPrice: status === 'deal' ? price : null,
  }
  const counterOffer = turn.counterOffer ?? undefined
  return { session: next, reply: { ...r, message, counterOffer, round, price } }
}

function withTradeable(m: Bilingual, name: string, valued: boolean): Bilingual {
  return valued
    ? { zh: `「${name}」这一条对我们有价值。${m.zh}`, en: `"${name}" is worth something to us. ${m.en}` }
    : { zh: `「${name}」我们记下了。${m.zh}`, en: `Noted on "${name}". ${m.en}` }
}

export interface Debrief {
  nearest: { pattern: string; signal: Bilingual; distance: number }
  planned: { pattern: string; steps: number[] }
  outcome: {
    status: RehearsalSession['status']
    deal: boolean
    finalPrice: number | null
    rounds: number
    /** Money conceded in total (tradeables not included). */
    given: number
    plannedTotal: number
    /** finalPrice − target: positive is above the seller's target. Null without a deal or target. */
    vsTarget: number | null
    /** finalPrice − walk-away: negative broke the walk-away. */
    vsWalkAway: number | null
    /** First round whose price went below the walk-away, or null. */
    brokeWalkAwayAt: number | null
    tradeablesUsed: string[]
    trustLost: number
  }
  advice: Advice[]
}

export function debrief(session: RehearsalSession, plan: RehearsalPlan): Debrief {
  const steps = session.turns.map((t) => t.concession)
  const nearest: Classification = classifySequence(steps.length ? steps : [0], { total: plan.total })
  const plannedSteps = planSteps(plan)
  const plannedName = plan.pattern && plan.pattern !== '自定义' ? getPattern(plan.pattern).name : '自定义'
  const fin = session.finalPrice
  const walk = plan.walkAway ?? null
  const broke = walk == null ? -1 : session.turns.findIndex((t) => t.price < walk - 1e-9)
  const lastTrust = session.turns.length ? session.turns[session.turns.length - 1].trust : session.buyer.trust
  const outcome: Debrief['outcome'] = {
    status: session.status,
    deal: session.status === 'deal',
    finalPrice: fin,
    rounds: session.turns.length,
    given: round2(steps.reduce((a, b) => a + b, 0)),
    plannedTotal: plan.total,
    vsTarget: fin != null && plan.target != null ? round2(fin - plan.target) : null,
    vsWalkAway: fin != null && walk != null ? round2(fin - walk) : null,
    brokeWalkAwayAt: broke >= 0 ? broke + 1 : null,
    tradeablesUsed: [...new Set(session.turns.map((t) => t.tradeable).filter((x): x is string => !!x))],
    trustLost: round2(session.buyer.trust - lastTrust),
  }
  const advice = adviseRehearsal({ session, plan, steps, nearest: nearest.pattern, plannedSteps, outcome })
  return {
    nearest: { pattern: nearest.pattern, signal: nearest.signal, distance: round2(nearest.distance) },
    planned: { pattern: plannedName, steps: plannedSteps },
    outcome,
    advice,
  }
}
