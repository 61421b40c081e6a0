/** The "what to try next" part of a rehearsal debrief: concrete, rule-based, in Chinese and English. */
import type { RehearsalSessionDoc } from '@shared/schemas'
import { stepRhythm } from './lint'
import type { Bilingual, ConcessionPatternName } from './patterns'
import { schedule } from './schedule'

export type AdviceCode =
  | 'UNFINISHED'
  | 'BROKE_WALK_AWAY'
  | 'OVER_BUDGET'
  | 'EQUAL_OR_GROWING'
  | 'FRONT_LOADED'
  | 'TAKE_BACK'
  | 'DEADLOCK'
  | 'BUYER_WALKED'
  | 'USE_TRADEABLES'
  | 'BELOW_TARGET'
  | 'GOOD_DEAL'
  | 'SET_GOALS'
  | 'TRY_HARDER_BUYER'

export interface Advice extends Bilingual {
  code: AdviceCode
}

interface AdviceInput {
  session: RehearsalSessionDoc
  plan: {
    total: number
    rounds: number
    target?: number | null
    walkAway?: number | null
    tradeables?: readonly { name: string; ourCost?: number | null; theirValue?: number | null }[]
  }
  steps: number[]
  nearest: ConcessionPatternName
  plannedSteps: number[]
  outcome: {
    deal: boolean
    finalPrice: number | null
    given: number
    brokeWalkAwayAt: number | null
    tradeablesUsed: string[]
    trustLost: number
    rounds: number
  }
}

const f = (x: number) => String(Math.round(x * 100) / 100)

export function adviseRehearsal(input: AdviceInput): Advice[] {
  const { session, plan, steps, nearest, outcome } = input
  const out: Advice[] = []
  const walk = plan.walkAway ?? null

  if (session.status === 'open') {
    out.push({
      code: 'UNFINISHED',
      zh: `演练尚未结束（已进行 ${outcome.rounds} 轮），继续出价直到成交或对方离场，复盘才完整。`,
      en: `The rehearsal is not over (${outcome.rounds} rounds so far); keep going until a deal or a walk-out for a full debrief.`,
    })
  }
  if (outcome.brokeWalkAwayAt != null && walk != null) {
    out.push({
      code: 'BROKE_WALK_AWAY',
      zh: `第 ${outcome.brokeWalkAwayAt} 轮的报价跌破了底线 ${f(walk)}。下次在报价到达底线前停止让步，改用可交换条件或坦率说明已到底线。`,
      en: `Round ${outcome.brokeWalkAwayAt} went below your walk-away of ${f(walk)}. Stop conceding before you reach it; trade terms instead, or say plainly you are at your limit.`,
    })
  }
  if (outcome.given > plan.total + 1e-9) {
    out.push({
      code: 'OVER_BUDGET',
      zh: `实际让出 ${f(outcome.given)}，超出计划总额 ${f(plan.total)}。每轮出价前先看剩余预算。`,
      en: `You gave ${f(outcome.given)}, more than the planned ${f(plan.total)}. Check the remaining budget before each step.`,
    })
  }
  // A shape needs at least two rounds; one round says nothing about the rhythm yet.
  const shaped = steps.length >= 2
  const rhythm = stepRhythm(steps)
  const equal = nearest === '刺激欲望型' || rhythm === 'equal'
  if (shaped && (equal || nearest === '诱发幻想型' || rhythm === 'growing')) {
    const better =
      plan.total > 0 && Number.isInteger(plan.total) ? schedule('希望成交型', plan.total, plan.rounds) : null
    out.push({
      code: 'EQUAL_OR_GROWING',
      zh:
        `你的让步${equal ? '基本等额' : '越来越大'}，买方据此判断还有空间，会一直压价。` +
        `下次让每一步都比上一步小${better ? `，例如按希望成交型：${better.join(' / ')}` : ''}。`,
      en:
        `Your steps were ${equal ? 'about equal' : 'growing'}, which tells the buyer there is more room, so it keeps pushing. ` +
        `Make each step smaller than the last${better ? `, e.g. the shrinking pattern ${better.join(' / ')}` : ''}.`,
    })
  }
  const sum = steps.reduce((a, b) => a + Math.max(0, b), 0)
  if (shaped && sum > 0 && (nearest === '愚蠢缴枪型' || nearest === '或冷或热型' || steps[0] >= 0.5 * sum)) {
    out.push({
      code: 'FRONT_LOADED',
      zh: `第一轮就让出了 ${f(steps[0])}（占全部让步的 ${Math.round((steps[0] / Math.max(sum, 1e-9)) * 100)}%），之后再没有筹码。第一步控制在总额的三分之一以内，并要求对方回报。`,
      en: `Round 1 gave ${f(steps[0])} (${Math.round((steps[0] / Math.max(sum, 1e-9)) * 100)}% of all you gave), leaving nothing to trade later. Keep the first step under a third of the budget and ask for something back.`,
    })
  }
  const back = steps.findIndex((s) => s < 0)
  if (back >= 0) {
    out.push({
      code: 'TAKE_BACK',
      zh: `第 ${back + 1} 轮收回了让步，买方信任度下降了 ${f(outcome.trustLost)}。收回让步要给出理由（如交货期或付款条件变化），并且一场谈判最多用一次。`,
      en: `Round ${back + 1} took a concession back and the buyer’s trust fell by ${f(outcome.trustLost)}. Give a reason (a changed delivery or payment term) and do it at most once per negotiation.`,
    })
  }
  if (session.status === 'walked') {
    const firm = nearest === '强硬态度型' || nearest === '坚定冒险型'
    out.push(
      firm
        ? {
            code: 'DEADLOCK',
            zh: '你长时间不让步，买方在耐心耗尽时离场。除非我方优势明显，应尽早给出一个小而清楚的让步，表明有诚意。',
            en: 'You held firm so long that the buyer left when its patience ran out. Unless your position is very strong, make a small, clear concession early to show good faith.',
          }
        : {
            code: 'BUYER_WALKED',
            zh: `买方在第 ${outcome.rounds} 轮离场。下次更早让出主要部分，让步逐轮递减，让对方在耐心耗尽前看到接近底线的信号。`,
            en: `The buyer left in round ${outcome.rounds}. Give the main part earlier and shrink each step so the buyer sees the limit approaching before its patience ends.`,
          },
    )
  }
  const unused = (plan.tradeables ?? []).filter((t) => !outcome.tradeablesUsed.includes(t.name))
  if (unused.length > 0 && outcome.tradeablesUsed.length === 0) {
    const best = [...unused].sort(
      (a, b) => (b.theirValue ?? 0) - (b.ourCost ?? 0) - ((a.theirValue ?? 0) - (a.ourCost ?? 0)),
    )[0]
    out.push({
      code: 'USE_TRADEABLES',
      zh: `整场只让了价格，没有用可交换条件。试试用「${best.name}」（对方价值高、我方成本低）换取价格上的坚持。`,
      en: `You only conceded on price. Try trading "${best.name}" (worth more to them than it costs us) instead of money.`,
    })
  }
  if (outcome.deal && outcome.finalPrice != null && plan.target != null) {
    if (outcome.finalPrice < plan.target && (walk == null || outcome.finalPrice >= walk)) {
      out.push({
        code: 'BELOW_TARGET',
        zh: `成交价 ${f(outcome.finalPrice)} 低于目标价 ${f(plan.target)}，但守住了底线。下次更早收窄让步幅度，把差额 ${f(plan.target - outcome.finalPrice)} 留在桌上。`,
        en: `The deal at ${f(outcome.finalPrice)} is below your target of ${f(plan.target)} but within the walk-away. Narrow your steps sooner to keep the ${f(plan.target - outcome.finalPrice)} difference.`,
      })
    } else if (outcome.finalPrice >= plan.target) {
      out.push({
        code: 'GOOD_DEAL',
        zh: `成交价 ${f(outcome.finalPrice)} 达到目标价 ${f(plan.target)}。下次可以尝试多坚持一轮，或用更小的最后一步收尾。`,
        en: `The deal at ${f(outcome.finalPrice)} meets your target of ${f(plan.target)}. Next time try holding one more round, or closing with a smaller last step.`,
      })
    }
  }
  if (plan.target == null || walk == null) {
    out.push({
      code: 'SET_GOALS',
      zh: '方案里还没有填写目标价或底线，复盘无法判断结果好坏。先在谈判准备中写下理想价、目标价和底线。',
      en: 'The plan has no target or walk-away yet, so the outcome cannot be judged. Write down the ideal, target and walk-away prices first.',
    })
  }
  if (out.length === 0) {
    out.push({
      code: 'TRY_HARDER_BUYER',
      zh: '这次的让步节奏没有明显问题。下次换一个竞争型、耐心更长的买方再练一次。',
      en: 'No obvious problem with this concession rhythm. Next time rehearse against a competitive buyer with more patience.',
    })
  }
  return out
}
