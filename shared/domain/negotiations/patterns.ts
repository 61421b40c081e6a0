/**
 * The nine concession patterns of DOMAIN.md §8 as data, and the rule that scales each one to any
 * budget and any number of rounds.
 */
import { AppError } from '@shared/errors'
import { CONCESSION_PATTERN_NAMES } from '@shared/schemas/negotiation'

export type ConcessionPatternName = (typeof CONCESSION_PATTERN_NAMES)[number]
export type Bilingual = { zh: string; en: string }

export interface ConcessionPattern {
  name: ConcessionPatternName
  /** English short name, for the English UI and the CLI table. */
  en: string
  /** The textbook sequence: total 60 over 4 rounds, exactly as DOMAIN.md's table. */
  reference: readonly number[]
  pros: Bilingual
  cons: Bilingual
  signal: Bilingual
}

export const MIN_ROUNDS = 2
export const MAX_ROUNDS = 12

export const CONCESSION_PATTERNS: readonly ConcessionPattern[] = [
  {
    name: '坚定冒险型',
    en: 'Firm, then all',
    reference: [0, 0, 0, 60],
    pros: {
      zh: '前期守住价格，对弱势买方可能全胜',
      en: 'Holds price early; may win outright against a weak buyer',
    },
    cons: {
      zh: '容易陷入僵局，买方可能提前离场',
      en: 'Risks deadlock; the buyer may leave before the last round',
    },
    signal: {
      zh: '一直坚持到最后才一次性全部让出',
      en: 'Firm until the end, then everything at once',
    },
  },
  {
    name: '强硬态度型',
    en: 'Take it or leave it',
    reference: [0, 0, 0, 0],
    pros: { zh: '不让任何利润，立场清晰', en: 'Gives nothing away; a clear position' },
    cons: {
      zh: '只适用于我方优势明显的场合，否则丢单',
      en: 'Only works from a very strong position; otherwise loses the deal',
    },
    signal: { zh: '不做任何让步：要么接受，要么放弃', en: 'No concession at all: take it or leave it' },
  },
  {
    name: '刺激欲望型',
    en: 'Equal steps',
    reference: [15, 15, 15, 15],
    pros: { zh: '节奏平稳，容易执行', en: 'Steady and easy to execute' },
    cons: { zh: '买方会认为只要坚持就还有下一步', en: 'The buyer learns that asking again always pays' },
    signal: { zh: '等额让步让买方不断要价', en: 'Equal steps teach the buyer to keep asking' },
  },
  {
    name: '诱发幻想型',
    en: 'Growing steps',
    reference: [8, 13, 17, 22],
    pros: { zh: '开局让得少，显得克制', en: 'Small opening concession looks restrained' },
    cons: { zh: '让步越来越大，买方期望越来越高', en: 'Ever larger steps raise the buyer’s expectations' },
    signal: { zh: '让步递增，买方期待更多', en: 'Growing steps make the buyer expect ever more' },
  },
  {
    name: '希望成交型',
    en: 'Shrinking steps',
    reference: [22, 17, 13, 8],
    pros: {
      zh: '让步递减，清楚传递“接近底线”，推荐默认采用',
      en: 'Shrinking steps show the limit is near: the recommended default',
    },
    cons: { zh: '第一步较大，需要有足够的预算', en: 'The first step is sizeable; needs budget to start' },
    signal: { zh: '让步逐步减小，表示已接近底线', en: 'Shrinking steps signal the limit is near' },
  },
  {
    name: '妥协成交型',
    en: 'Generous, then converge',
    reference: [26, 20, 12, 2],
    pros: { zh: '开局有诚意，随后明显收敛', en: 'Generous start, then a clear convergence' },
    cons: {
      zh: '前两轮让得多，后面回旋空间小',
      en: 'Much is given in the first two rounds; little room later',
    },
    signal: { zh: '起步大方，随后明确收敛到底线', en: 'Generous start, then clear convergence to the limit' },
  },
  {
    name: '或冷或热型',
    en: 'Hot then cold',
    reference: [59, 0, 0, 1],
    pros: { zh: '第一轮就有冲击力', en: 'A strong first impression' },
    cons: {
      zh: '先抬高期望再让对方失望，关系受损',
      en: 'Raises expectations, then frustrates them; strains the relationship',
    },
    signal: {
      zh: '几乎一次让完，然后不动，最后象征性让一点',
      en: 'Almost all at once, then nothing, then a token',
    },
  },
  {
    name: '虚伪报价型',
    en: 'Take-back',
    reference: [50, 10, -1, 1],
    pros: { zh: '收回让步能清楚地表明底线', en: 'Taking a concession back shows the limit clearly' },
    cons: { zh: '收回让步会损害信任，可能激怒对方', en: 'The take-back can damage trust or anger the buyer' },
    signal: {
      zh: '先收回一点让步再象征性给回：显示底线，但伤害信任',
      en: 'A step back then a token: shows the limit, can damage trust',
    },
  },
  {
    name: '愚蠢缴枪型',
    en: 'All up front',
    reference: [60, 0, 0, 0],
    pros: { zh: '速度快，表面上显得有诚意', en: 'Fast; looks sincere at first' },
    cons: {
      zh: '一开始全部让完，后续谈判没有筹码',
      en: 'Everything given first: no room for the rest of the talk',
    },
    signal: { zh: '一开始就全部让出，后面再无空间', en: 'Everything up front: nothing left to trade' },
  },
]

const BY_NAME = new Map(CONCESSION_PATTERNS.map((p) => [p.name, p]))

export function isPatternName(name: string): name is ConcessionPatternName {
  return BY_NAME.has(name as ConcessionPatternName)
}

export function getPattern(name: string): ConcessionPattern {
  const p = BY_NAME.get(name as ConcessionPatternName)
  if (!p) {
    throw new AppError('VALIDATION', {
      zh: `未知的让步模式「${name}」，可选：${CONCESSION_PATTERN_NAMES.join('、')}`,
      en: `unknown concession pattern "${name}"; choose one of ${CONCESSION_PATTERN_NAMES.join(', ')}`,
    })
  }
  return p
}

/*
 * Scaling rule. A pattern's four reference steps are weights placed on normalised time: round 1 at
 * t = 0, round 4 at t = 1. A plan of R rounds puts round k at t = (k−1)/(R−1) and reads the weight
 * there by linear interpolation between the two neighbouring reference rounds, except that next to a
 * zero the weight stays zero: a pattern's "hold firm" phase never leaks a concession into the rounds
 * around it (坚定冒险型 over 12 rounds is eleven zeros and then everything, not a ramp). The weights are
 * then scaled to the total and rounded to the currency unit by the largest-remainder method, so the
 * steps sum to the total exactly; ties in the remainder go to the bigger exact step, then to the end
 * of the sequence where the steps are bigger, which keeps shrinking shapes shrinking and growing shapes
 * growing. A round the shape gives something to keeps at least one unit when the budget allows, so a
 * token (或冷或热型's last round) survives small budgets. The first and last rounds are anchored, so
 * any R from 2 to 12 keeps the character of the pattern, and R = 4 reproduces the reference exactly.
 * Exceptions: 强硬态度型 gives nothing. 虚伪报价型 keeps its take-back: its sum is 50+10−1+1 = 60, so
 * the first R−2 rounds give the whole total on a shrinking ramp from 50 to 10, then the seller takes
 * back a token (one sixtieth of the total, at least one unit) and gives it again in the last round.
 * With only two rounds there is no room for a take-back inside the budget (round 1 would have to
 * give more than the total), so it gives everything in round 1 and holds in round 2: the seller never
 * goes past its walk-away point. A total that is not a whole number of units keeps its odd remainder
 * on the largest step (where it shows least), so every other step stays a round amount.
 */
export const scalingRule: Bilingual = {
  zh:
    '每种模式的 4 个参考让步视为标准化时间上的权重（第 1 轮 t=0，最后一轮 t=1）。R 轮方案的第 k 轮位于 t=(k−1)/(R−1)，' +
    '按相邻两个参考轮次线性插值取权重；与 0 相邻的位置保持为 0（“坚守”阶段不会被摊薄）。权重按总额缩放后按货币单位取整，' +
    '用最大余数法分配尾差，使各轮之和恰好等于让步总额；余数相同时优先给较大的一步，保持递减/递增形态。' +
    '形态中有让步的轮次在预算允许时至少保留一个单位（保留象征性让步）。R=4 时与参考序列完全一致。' +
    '例外：强硬态度型不做任何让步；虚伪报价型保留“收回”：前 R−2 轮按 50→10 的递减形态让完总额，' +
    '倒数第二轮收回一个象征性金额（总额的 1/60，至少一个单位），最后一轮再给回，总和仍等于总额（50+10−1+1=60）；' +
    '只有 2 轮时预算内无法“先多让再收回”，第 1 轮让完、第 2 轮不再让步（任何一轮的累计让步都不超过总额，不会越过底线）。' +
    '总额不是单位整数倍时，零头并入最大的一步，其余各步都是整数单位。',
  en:
    'The four reference steps of a pattern are weights on normalised time (round 1 at t=0, last round at t=1). ' +
    'Round k of an R-round plan sits at t=(k−1)/(R−1) and takes its weight by linear interpolation between the ' +
    'neighbouring reference rounds; next to a zero the weight stays zero (a hold-firm phase is never smeared). ' +
    'Weights are scaled to the total and rounded to the currency unit by the largest-remainder method, so the ' +
    'steps sum to the total exactly; remainder ties go to the bigger step, keeping shrinking shapes shrinking and ' +
    'growing shapes growing. A round the shape gives something to keeps at least one unit when the budget allows ' +
    '(tokens survive). R=4 reproduces the reference exactly. Exceptions: 强硬态度型 gives nothing; 虚伪报价型 keeps ' +
    'its take-back: the first R−2 rounds give the whole total on a shrinking 50→10 ramp, the next round takes back ' +
    'a token (1/60 of the total, at least one unit) and the last gives it again, so the sum is still the total ' +
    '(50+10−1+1=60); with only two rounds a take-back cannot fit inside the budget, so round 1 gives it all and ' +
    'round 2 holds (no round ever takes the cumulative concession past the total, i.e. past the walk-away point). ' +
    'When the total is not a whole number of units, the odd remainder goes on the largest step and every other ' +
    'step stays a whole number of units.',
}

export const TAKE_BACK_SHARE = 1 / 60

/** Interpolated, not yet normalised weights of a four-step reference at R rounds (R ≥ 2). */
export function resample(reference: readonly number[], rounds: number): number[] {
  const last = reference.length - 1
  const out: number[] = []
  for (let k = 0; k < rounds; k++) {
    const pos = (last * k) / (rounds - 1)
    const i = Math.floor(pos + 1e-9)
    const f = pos - i
    if (f < 1e-9 || i >= last) out.push(reference[Math.min(i, last)])
    else {
      const a = reference[i]
      const b = reference[i + 1]
      out.push(a === 0 || b === 0 ? 0 : a + (b - a) * f)
    }
  }
  return out
}

/**
 * The exact (unrounded) shape of a pattern at R rounds, as fractions of the total. Sums to 1, except
 * 强硬态度型 (all zero). Used by the scheduler and by the classifier; R may exceed 12 here because a
 * rehearsal can run past the plan.
 */
export function shapeWeights(name: ConcessionPatternName, rounds: number): number[] {
  const r = Math.max(2, Math.floor(rounds))
  if (name === '强硬态度型') return new Array<number>(r).fill(0)
  if (name === '虚伪报价型') {
    // Two rounds: the shape a seller who does take back shows (the plan itself never over-gives).
    if (r === 2) return [1 + TAKE_BACK_SHARE, -TAKE_BACK_SHARE]
    const main = r === 3 ? [1] : normalise(resample([50, 10], r - 2))
    return [...main, -TAKE_BACK_SHARE, TAKE_BACK_SHARE]
  }
  return normalise(resample(getPattern(name).reference, r))
}

function normalise(w: number[]): number[] {
  const s = w.reduce((a, b) => a + b, 0)
  return w.map((x) => x / s)
}

export function validateRounds(rounds: number): void {
  if (!Number.isInteger(rounds) || rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
    throw new AppError('VALIDATION', {
      zh: `让步轮次必须是 ${MIN_ROUNDS}–${MAX_ROUNDS} 之间的整数，收到 ${rounds}`,
      en: `rounds must be a whole number from ${MIN_ROUNDS} to ${MAX_ROUNDS}, got ${rounds}`,
    })
  }
}
