/** Warnings on a concession plan: where it breaks the walk-away or sends a bad signal. */
import { AppError } from '@shared/errors'
import { validateRounds, type Bilingual } from './patterns'
import { defaultUnit, schedule } from './schedule'

export type PlanWarningCode =
  | 'BREAKS_WALK_AWAY'
  | 'OPENING_BELOW_WALK_AWAY'
  | 'EQUAL_STEPS'
  | 'GROWING_STEPS'
  | 'FRONT_LOADED'
  | 'TAKE_BACK'
  | 'SUM_MISMATCH'

export interface PlanWarning extends Bilingual {
  code: PlanWarningCode
  /** 1-based round the warning points at, when there is one. */
  round?: number
}

export interface PlanInput {
  /** A pattern name, or omit it and give `steps` (a custom plan). */
  pattern?: string
  steps?: readonly number[]
  total: number
  rounds: number
  openingPrice?: number | null
  walkAway?: number | null
  unit?: number
}

/** Steps within this share of each other count as equal: 15/15/15/15, or 15/16/15/15. */
const EQUAL_TOLERANCE = 0.1
const FRONT_LOADED_SHARE = 0.5

/** The steps a plan resolves to: the pattern's schedule, or the custom steps as given. */
export function planSteps(plan: PlanInput): number[] {
  if (plan.pattern && plan.pattern !== '自定义')
    return schedule(plan.pattern, plan.total, plan.rounds, plan.unit ?? defaultUnit(plan.total))
  if (!plan.steps || plan.steps.length === 0) {
    throw new AppError('VALIDATION', {
      zh: '自定义让步方案需要填写每一轮的让步金额',
      en: 'a custom concession plan needs the amount of each round',
    })
  }
  validateRounds(plan.steps.length)
  if (plan.steps.some((s) => !Number.isFinite(s))) {
    throw new AppError('VALIDATION', { zh: '让步金额必须是数字', en: 'concession amounts must be numbers' })
  }
  return [...plan.steps]
}

/**
 * The rhythm of the positive steps: 'equal' when all are within 10 % of the largest, 'growing' when
 * the last is more than 10 % above the first; null otherwise or with fewer than two positive steps.
 */
export function stepRhythm(steps: readonly number[]): 'equal' | 'growing' | null {
  const positive = steps.filter((s) => s > 0)
  if (positive.length < 2) return null
  const max = Math.max(...positive)
  const min = Math.min(...positive)
  if (max - min <= EQUAL_TOLERANCE * max) return 'equal'
  return positive[positive.length - 1] > positive[0] * (1 + EQUAL_TOLERANCE) ? 'growing' : null
}

export function lintPlan(plan: PlanInput): PlanWarning[] {
  const steps = planSteps(plan)
  const out: PlanWarning[] = []
  const fmt = (x: number) => String(Number(x.toFixed(2)))
  const given = steps.reduce((a, b) => a + b, 0)
  const open = plan.openingPrice
  const walk = plan.walkAway

  if (open != null && walk != null) {
    if (open < walk) {
      out.push({
        code: 'OPENING_BELOW_WALK_AWAY',
        zh: `开价 ${fmt(open)} 已低于底线 ${fmt(walk)}`,
        en: `the opening price ${fmt(open)} is already below the walk-away ${fmt(walk)}`,
      })
    } else {
      // The lowest price on the way counts, not only the last: an over-give in one round is an offer.
      let price = open
      for (let i = 0; i < steps.length; i++) {
        price -= steps[i]
        if (price < walk - 1e-9) {
          out.push({
            code: 'BREAKS_WALK_AWAY',
            round: i + 1,
            zh: `第 ${i + 1} 轮后报价 ${fmt(price)} 低于底线 ${fmt(walk)}：让步总额最多 ${fmt(open - walk)}`,
            en: `after round ${i + 1} the price ${fmt(price)} is below the walk-away ${fmt(walk)}: concede at most ${fmt(open - walk)} in total`,
          })
          break
        }
      }
    }
  }

  if (plan.steps && !plan.pattern && Math.abs(given - plan.total) > 1e-9 * Math.max(1, plan.total)) {
    out.push({
      code: 'SUM_MISMATCH',
      zh: `各轮让步合计 ${fmt(given)}，与计划总额 ${fmt(plan.total)} 不一致`,
      en: `the rounds add up to ${fmt(given)}, not the planned total ${fmt(plan.total)}`,
    })
  }

  const rhythm = stepRhythm(steps)
  if (rhythm === 'equal') {
    out.push({
      code: 'EQUAL_STEPS',
      zh: '各轮让步金额相同：买方会认为只要继续要价就还有下一步',
      en: 'equal steps: the buyer learns that asking again always pays',
    })
  } else if (rhythm === 'growing') {
    out.push({
      code: 'GROWING_STEPS',
      zh: '让步越来越大：买方会期待更多，应让步逐轮递减',
      en: 'growing steps: the buyer will expect ever more; make each step smaller than the last',
    })
  }

  const reference = given > 0 ? given : plan.total
  if (steps.length > 0 && reference > 0 && steps[0] >= FRONT_LOADED_SHARE * reference) {
    out.push({
      code: 'FRONT_LOADED',
      round: 1,
      zh: `第一轮就让出 ${Math.round((steps[0] / reference) * 100)}%：后续谈判缺少筹码`,
      en: `round 1 gives ${Math.round((steps[0] / reference) * 100)}% of the total: little is left to trade later`,
    })
  }

  const back = steps.findIndex((s) => s < 0)
  if (back >= 0) {
    out.push({
      code: 'TAKE_BACK',
      round: back + 1,
      zh: `第 ${back + 1} 轮收回让步 ${fmt(-steps[back])}：能表明底线，但会损害对方的信任`,
      en: `round ${back + 1} takes back ${fmt(-steps[back])}: it shows the limit but can damage trust`,
    })
  }
  return out
}
