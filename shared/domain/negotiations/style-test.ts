/**
 * BidBench's own negotiator style self-test: 20 statements written for this project (not taken from
 * any published instrument), each scored to one or two of the five styles on a 1–5 agreement scale.
 * Every style is loaded by exactly five statements (three of its own, two shared with a neighbour on
 * the assertiveness × cooperativeness map), so the profiles are comparable.
 */
import { AppError } from '@shared/errors'
import { NegotiationStyleSchema, type NegotiationStyle } from '@shared/schemas'
export { pairingAdvice } from './style-pairing'

export interface StyleStatement {
  id: string
  zh: string
  en: string
  styles: readonly NegotiationStyle[]
}

export const STYLE_STATEMENTS: readonly StyleStatement[] = [
  {
    id: 'q01',
    styles: ['竞争型'],
    zh: '价格谈判时，我会先把对方的期望压下来，再谈其他条件。',
    en: 'In a price talk I first bring the other side’s expectations down, then discuss other terms.',
  },
  {
    id: 'q02',
    styles: ['合作型'],
    zh: '我会花时间弄清对方真正关心什么，再设计方案。',
    en: 'I take time to find out what the other side really cares about before shaping a proposal.',
  },
  {
    id: 'q03',
    styles: ['妥协型'],
    zh: '双方各让一半，通常是最公平的结局。',
    en: 'Splitting the difference is usually the fairest ending.',
  },
  {
    id: 'q04',
    styles: ['迁就型'],
    zh: '只要关系能维持好，价格上吃点亏我能接受。',
    en: 'I can accept a worse price if it keeps the relationship good.',
  },
  {
    id: 'q05',
    styles: ['规避型'],
    zh: '遇到棘手的分歧，我倾向于先放一放，以后再说。',
    en: 'With a hard disagreement I tend to put it aside for later.',
  },
  {
    id: 'q06',
    styles: ['竞争型', '合作型'],
    zh: '我会把我方的要求讲得清清楚楚，不让对方去猜。',
    en: 'I spell out our requirements clearly; the other side never has to guess.',
  },
  {
    id: 'q07',
    styles: ['竞争型'],
    zh: '只要我方有理，我会坚持到对方让步为止。',
    en: 'When we are in the right I hold on until the other side gives way.',
  },
  {
    id: 'q08',
    styles: ['合作型'],
    zh: '出现分歧时，我喜欢把双方的难处摊开来，一起找新的办法。',
    en: 'When we disagree I like to lay both sides’ difficulties on the table and look for a new way together.',
  },
  {
    id: 'q09',
    styles: ['妥协型'],
    zh: '为了尽快推进，我可以接受一个双方都不完全满意的方案。',
    en: 'To move things on I accept a deal neither side is fully happy with.',
  },
  {
    id: 'q10',
    styles: ['迁就型'],
    zh: '客户坚持的事情，我通常会顺着他们。',
    en: 'When a customer insists, I usually go along.',
  },
  {
    id: 'q11',
    styles: ['规避型'],
    zh: '如果可以，我宁愿让别人去谈价格。',
    en: 'If I can, I would rather someone else handled the price talk.',
  },
  {
    id: 'q12',
    styles: ['合作型', '妥协型'],
    zh: '我相信大多数分歧都能找到双方都能接受的解决办法。',
    en: 'I believe most disagreements have a solution both sides can accept.',
  },
  {
    id: 'q13',
    styles: ['竞争型'],
    zh: '我把谈判看成一场要赢下来的比赛。',
    en: 'I see a negotiation as a match to be won.',
  },
  {
    id: 'q14',
    styles: ['合作型'],
    zh: '只要最后的方案对双方都更好，多开几次会我也愿意。',
    en: 'I will hold extra meetings if the final deal is better for both sides.',
  },
  {
    id: 'q15',
    styles: ['妥协型'],
    zh: '对方让一步，我也会相应让一步。',
    en: 'When the other side gives a step, I give one back.',
  },
  {
    id: 'q16',
    styles: ['妥协型', '迁就型'],
    zh: '为了尽快达成一致，我愿意先放下一些自己的要求。',
    en: 'To reach agreement quickly I am willing to drop some of my own demands first.',
  },
  {
    id: 'q17',
    styles: ['迁就型'],
    zh: '我不愿意让谈判的气氛变得紧张。',
    en: 'I do not like letting the mood of a talk get tense.',
  },
  {
    id: 'q18',
    styles: ['规避型'],
    zh: '对方态度强硬时，我会尽量少说话、少表态。',
    en: 'When the other side gets tough I say as little as possible.',
  },
  {
    id: 'q19',
    styles: ['迁就型', '规避型'],
    zh: '我尽量避免和客户发生正面冲突。',
    en: 'I try to avoid open conflict with customers.',
  },
  {
    id: 'q20',
    styles: ['规避型', '竞争型'],
    zh: '如果对方不肯让步，我宁可中止谈判，也不降低我方条件。',
    en: 'If the other side will not move, I would rather break off than lower our terms.',
  },
]

export const STYLE_SCALE: readonly { value: number; zh: string; en: string }[] = [
  { value: 1, zh: '完全不同意', en: 'Strongly disagree' },
  { value: 2, zh: '不太同意', en: 'Disagree' },
  { value: 3, zh: '说不准', en: 'Neutral' },
  { value: 4, zh: '比较同意', en: 'Agree' },
  { value: 5, zh: '完全同意', en: 'Strongly agree' },
]

const STYLES: readonly NegotiationStyle[] = NegotiationStyleSchema.options

/** Styles within this many points of the top score are reported as dominant too. */
export const DOMINANT_MARGIN = 5

export interface StyleProfile {
  /** Style → 0–100: 0 when every statement of the style got 1, 100 when every one got 5. */
  profile: Record<NegotiationStyle, number>
  dominant: NegotiationStyle[]
  /** The answers by statement id, as scored. */
  answers: Record<string, number>
}

/** One statement without a usable answer: not answered, or not a whole number 1–5. */
export interface StyleAnswerIssue {
  /** The statement's id (q01…). */
  id: string
  missing: boolean
  zh: string
  en: string
}

/**
 * Which statements lack a usable answer, one by one: the rule scoreStyleTest refuses with, and what the test form
 * shows at each statement before anything is saved.
 */
export function styleAnswerIssues(
  answers: Readonly<Record<string, number | null | undefined>>,
): StyleAnswerIssue[] {
  const out: StyleAnswerIssue[] = []
  for (const { id } of STYLE_STATEMENTS) {
    const v = answers[id]
    if (v === undefined || v === null)
      out.push({ id, missing: true, zh: '请选择一项', en: 'choose an answer' })
    else if (![1, 2, 3, 4, 5].includes(v))
      out.push({ id, missing: false, zh: '答案须为 1–5 的整数', en: 'an answer is a whole number 1–5' })
  }
  return out
}

function normaliseAnswers(
  answers: readonly number[] | Readonly<Record<string, number>>,
): Record<string, number> {
  const byId: Record<string, number> = {}
  if (Array.isArray(answers)) {
    if (answers.length !== STYLE_STATEMENTS.length) {
      throw new AppError('VALIDATION', {
        zh: `需要回答全部 ${STYLE_STATEMENTS.length} 道题，收到 ${answers.length} 个答案`,
        en: `all ${STYLE_STATEMENTS.length} statements need an answer, got ${answers.length}`,
      })
    }
    STYLE_STATEMENTS.forEach((s, i) => (byId[s.id] = answers[i]))
  } else {
    const known = new Set(STYLE_STATEMENTS.map((s) => s.id))
    const unknown = Object.keys(answers).filter((k) => !known.has(k))
    if (unknown.length) {
      throw new AppError('VALIDATION', {
        zh: `未知的题目编号：${unknown.join('、')}`,
        en: `unknown statement ids: ${unknown.join(', ')}`,
      })
    }
    Object.assign(byId, answers)
  }
  const issues = styleAnswerIssues(byId)
  const missing = issues.filter((i) => i.missing).map((i) => i.id)
  if (missing.length) {
    throw new AppError('VALIDATION', {
      zh: `还有题目未回答：${missing.join('、')}`,
      en: `statements not answered: ${missing.join(', ')}`,
    })
  }
  const bad = issues.map((i) => `${i.id}=${byId[i.id]}`)
  if (bad.length) {
    throw new AppError('VALIDATION', {
      zh: `答案必须是 1–5 的整数：${bad.join('、')}`,
      en: `answers must be whole numbers 1–5: ${bad.join(', ')}`,
    })
  }
  return byId
}

/** Answers as an array in statement order, or a record by statement id; every statement must be answered. */
export function scoreStyleTest(answers: readonly number[] | Readonly<Record<string, number>>): StyleProfile {
  const byId = normaliseAnswers(answers)
  const raw = Object.fromEntries(STYLES.map((s) => [s, 0])) as Record<NegotiationStyle, number>
  const count = Object.fromEntries(STYLES.map((s) => [s, 0])) as Record<NegotiationStyle, number>
  for (const st of STYLE_STATEMENTS) {
    for (const style of st.styles) {
      raw[style] += byId[st.id]
      count[style]++
    }
  }
  const profile = Object.fromEntries(
    STYLES.map((s) => [s, Math.round(((raw[s] - count[s]) / (4 * count[s])) * 100)]),
  ) as Record<NegotiationStyle, number>
  const top = Math.max(...STYLES.map((s) => profile[s]))
  const dominant = STYLES.filter((s) => profile[s] >= top - DOMINANT_MARGIN).sort(
    (a, b) => profile[b] - profile[a],
  )
  return { profile, dominant, answers: byId }
}
