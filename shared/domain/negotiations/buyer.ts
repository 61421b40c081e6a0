/**
 * The simulated buyer of DOMAIN.md §8. Deliberately small: five parameters, one style table and the
 * rules in BUYER_RULES, which the explainer screen shows word for word. The numeric core
 * (`decideAction`) allocates nothing so the Monte Carlo can call it millions of times.
 */
import { AppError } from '@shared/errors'
import { BuyerParamsSchema, BUYER_ACTIONS, type NegotiationStyle } from '@shared/schemas'
import { createRng, type Rng } from '../random'
import { pickMessage } from './buyer-messages'
import type { Bilingual } from './patterns'
import { floorToUnit } from './schedule'

export type BuyerAction = (typeof BUYER_ACTIONS)[number]
export { BUYER_ACTIONS }

export interface BuyerParams {
  target: number
  reservation: number
  patience: number
  style: NegotiationStyle
  trust: number
}

export interface StyleTraits {
  /** Added to patience: 竞争型 pushes longer, 规避型 and 迁就型 decide sooner. */
  patienceDelta: number
  /** How far from its target toward its reservation it will close, at full trust (0–1). */
  acceptShare: number
  /** Multiplies the room it believes the seller still has: 竞争型 expects more. */
  roomBelief: number
  /** Trust lost on each take-back. */
  trustLoss: number
  /** Walks as soon as the seller stops conceding twice while the price is above its reservation. */
  walkOnStall: boolean
}

export const STYLE_TRAITS: Readonly<Record<NegotiationStyle, StyleTraits>> = {
  竞争型: { patienceDelta: 2, acceptShare: 0.3, roomBelief: 1.5, trustLoss: 0.5, walkOnStall: false },
  合作型: { patienceDelta: 0, acceptShare: 0.6, roomBelief: 1, trustLoss: 0.3, walkOnStall: false },
  妥协型: { patienceDelta: 0, acceptShare: 0.7, roomBelief: 1, trustLoss: 0.35, walkOnStall: false },
  迁就型: { patienceDelta: -1, acceptShare: 0.9, roomBelief: 0.6, trustLoss: 0.25, walkOnStall: false },
  规避型: { patienceDelta: -1, acceptShare: 0.5, roomBelief: 1, trustLoss: 0.4, walkOnStall: true },
}

/** Growth ratios above this are treated as this: a buyer does not extrapolate explosions. */
const MAX_RATIO = 1.5

export const BUYER_RULES: readonly ({ id: string } & Bilingual)[] = [
  {
    id: 'params',
    zh: '买方有五个参数：目标价（希望付的价）、保留价（最多肯付的价）、耐心（愿意谈几轮）、风格、信任度（0–1）。',
    en: 'The buyer has five parameters: target (the price it hopes to pay), reservation (the most it will pay), patience (rounds), style, and trust (0–1).',
  },
  {
    id: 'target',
    zh: '报价一旦不高于目标价，立即成交。',
    en: 'As soon as the price is at or below its target, it closes.',
  },
  {
    id: 'patience',
    zh: '谈到耐心的最后一轮（按风格增减）：报价不高于保留价就成交，否则离场。',
    en: 'In the last round of its patience (adjusted by style) it closes if the price is within its reservation, otherwise it walks away.',
  },
  {
    id: 'first',
    zh: '第一轮还看不出趋势，先摸底：问价格是怎么构成的。',
    en: 'In round one there is no trend yet, so it probes: how is the price built up?',
  },
  {
    id: 'trend',
    zh: '它用本轮让步与上一次让步之比推算卖方在它剩余耐心内还能让多少：让步递减说明接近底线，等额或递增说明空间还大。',
    en: 'It divides this step by the previous one and projects the seller’s steps over its remaining patience: shrinking steps mean the limit is near, equal or growing steps mean there is more room.',
  },
  {
    id: 'push',
    zh: '如果推算出的最终价能达到目标价，就继续施压，还价为推算价与目标价中较低者；空间越大压得越狠。',
    en: 'If the projected final price reaches its target it keeps pushing, countering with the lower of the projection and its target; the more room it sees, the harder it pushes.',
  },
  {
    id: 'close',
    zh: '如果推算到不了目标价，而报价不高于接受线，就成交。接受线 = 目标价 + (保留价 − 目标价) × 风格系数 × 信任度。',
    en: 'If the projection cannot reach its target and the price is at or below its accept line, it closes. Accept line = target + (reservation − target) × style share × trust.',
  },
  {
    id: 'stall',
    zh: '卖方这一轮没让步（或收回了让步），它认为到底线了：报价在接受线内就成交，否则威胁离场；规避型连续两轮没有让步且报价高于保留价时直接离场。',
    en: 'When the seller gives nothing (or takes something back) it reads the limit: it closes within the accept line, otherwise threatens to leave; an avoider walks after two rounds without a concession above its reservation.',
  },
  {
    id: 'trust',
    zh: '卖方收回让步会让信任度下降（按风格），接受线随之降低，更难成交。',
    en: 'A take-back costs trust (by style), which lowers the accept line: it becomes harder to close.',
  },
  {
    id: 'styles',
    zh: '风格：竞争型多谈两轮、接受线低、认为空间更大；合作型和妥协型居中；迁就型早一轮决定、接受线高；规避型早一轮决定、卖方停滞就离场。',
    en: 'Styles: a competitor negotiates two more rounds, has a low accept line and believes in more room; collaborators and compromisers sit in the middle; an accommodator decides a round early with a high accept line; an avoider decides a round early and leaves when the seller stalls.',
  },
]

export const ACTION_ACCEPT = 0
export const ACTION_PUSH = 1
export const ACTION_PROBE = 2
export const ACTION_THREATEN = 3
export const ACTION_WALK = 4

export function effectivePatience(patience: number, traits: StyleTraits): number {
  return Math.max(1, patience + traits.patienceDelta)
}

export function acceptLine(target: number, reservation: number, traits: StyleTraits, trust: number): number {
  return target + (reservation - target) * traits.acceptShare * trust
}

export function trustAfter(trust: number, step: number, traits: StyleTraits): number {
  return step < 0 ? Math.max(0, trust - traits.trustLoss) : trust
}

/**
 * How much more the buyer believes the seller will give before its patience ends: this step times
 * the ratio to the last positive step, compounded over the rounds it has left.
 */
export function projectedRoom(
  step: number,
  lastPositive: number,
  roundsLeft: number,
  traits: StyleTraits,
): number {
  if (step <= 0 || roundsLeft <= 0) return 0
  const ratio = lastPositive > 0 ? Math.min(step / lastPositive, MAX_RATIO) : MAX_RATIO
  let room = 0
  let next = step
  for (let j = 0; j < roundsLeft; j++) {
    next *= ratio
    room += next
  }
  return room * traits.roomBelief
}

/**
 * One decision, numbers in, action code out. `trust` is already updated for this step, `prevStep` is
 * the seller's step of the round before (0 when there is none), `lastPositive` the last positive step
 * before this one.
 */
export function decideAction(
  target: number,
  reservation: number,
  patience: number,
  traits: StyleTraits,
  trust: number,
  round: number,
  price: number,
  step: number,
  prevStep: number,
  lastPositive: number,
): number {
  if (price <= target) return ACTION_ACCEPT
  const patienceLeft = effectivePatience(patience, traits) - round
  if (patienceLeft <= 0) return price <= reservation ? ACTION_ACCEPT : ACTION_WALK
  if (round === 1) return ACTION_PROBE
  const line = acceptLine(target, reservation, traits, trust)
  if (step <= 0) {
    if (price <= line) return ACTION_ACCEPT
    if (traits.walkOnStall && prevStep <= 0 && price > reservation) return ACTION_WALK
    return ACTION_THREATEN
  }
  const room = projectedRoom(step, lastPositive, patienceLeft, traits)
  if (price - room <= target) return ACTION_PUSH
  if (price <= line) return ACTION_ACCEPT
  return price > reservation ? ACTION_THREATEN : ACTION_PUSH
}

export interface BuyerState {
  params: BuyerParams
  /** Current trust; starts at params.trust. */
  trust: number
  /** The seller's concessions before this offer. */
  concessions: readonly number[]
  /** The money unit the buyer names prices in (default 1 元: never cents). */
  unit?: number
}

export interface BuyerOffer {
  /** The price as the buyer sees it (after any tradeable's value). */
  price: number
  concession: number
}

export interface BuyerResponse {
  action: BuyerAction
  counterOffer?: number
  message: Bilingual
  trust: number
  /** What the buyer believes is still to come, for the explainer. */
  projectedRoom: number
}

export function validateBuyer(params: BuyerParams): BuyerParams {
  const r = BuyerParamsSchema.safeParse(params)
  if (!r.success) {
    const detail = r.error.issues.map((i) => `${i.path.join('.') || 'buyer'}: ${i.message}`).join('; ')
    throw new AppError('VALIDATION', {
      zh: `买方参数不合法（${detail}）`,
      en: `bad buyer parameters (${detail})`,
    })
  }
  return params
}

const money = (x: number) => Math.round(x * 100) / 100

/**
 * The buyer's answer to one offer. Messages are chosen by style and trust with the seeded rng (or a
 * seed), so the same session replays the same words.
 */
export function buyerResponse(state: BuyerState, offer: BuyerOffer, rng: Rng | number = 1): BuyerResponse {
  const p = validateBuyer(state.params)
  if (!Number.isFinite(offer.price) || !Number.isFinite(offer.concession)) {
    throw new AppError('VALIDATION', {
      zh: '报价和让步必须是数字',
      en: 'price and concession must be numbers',
    })
  }
  const traits = STYLE_TRAITS[p.style]
  const history = state.concessions
  const round = history.length + 1
  const prevStep = history.length > 0 ? history[history.length - 1] : 0
  let lastPositive = 0
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i] > 0) {
      lastPositive = history[i]
      break
    }
  }
  const trust = trustAfter(state.trust, offer.concession, traits)
  const code = decideAction(
    p.target,
    p.reservation,
    p.patience,
    traits,
    trust,
    round,
    offer.price,
    offer.concession,
    prevStep,
    lastPositive,
  )
  const left = effectivePatience(p.patience, traits) - round
  const room = projectedRoom(offer.concession, lastPositive, left, traits)
  const action = BUYER_ACTIONS[code]
  let counterOffer: number | undefined
  // A buyer names round figures, at or below what it worked out: the unit of the plan, never cents.
  const unit = state.unit ?? 1
  if (action === 'push') counterOffer = floorToUnit(Math.max(0, Math.min(p.target, offer.price - room)), unit)
  else if (action === 'threaten')
    counterOffer = floorToUnit(acceptLine(p.target, p.reservation, traits, trust), unit)
  // Within 10 % of the last step counts as equal, as in the plan checker.
  const hard =
    action !== 'push' || lastPositive <= 0 || offer.concession < lastPositive * 0.9
      ? null
      : offer.concession > lastPositive * 1.1
        ? 'growing'
        : 'equal'
  const random = typeof rng === 'number' ? createRng(rng + round * 7919) : rng
  const message = pickMessage(random, {
    action,
    style: p.style,
    lowTrust: trust < 0.4,
    tookBack: offer.concession < 0,
    hard,
    price: offer.price,
    counter: counterOffer,
  })
  return { action, counterOffer, message, trust, projectedRoom: money(room) }
}
