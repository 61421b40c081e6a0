import { AppError } from '@shared/errors'
import type { Bid, Competitor } from '@shared/schemas'
import { findAllByNameOrAlias, normalizeName } from './aliases'

export interface IntelQuestion {
  key: string
  zh: string
  en: string
  /** What a good answer looks like, shown as the placeholder. */
  hint: { zh: string; en: string }
}

/** DOMAIN.md §6 questions asked about each competitor in each bid. Data, so the UI and reports share it. */
export const INTEL_QUESTIONS: readonly IntelQuestion[] = [
  {
    key: 'accountManager',
    zh: '对方负责该客户的客户经理是谁？',
    en: 'Who is their account manager for this customer?',
    hint: { zh: '姓名、职位、联系方式', en: 'name, position, contact' },
  },
  {
    key: 'visitFrequency',
    zh: '对方拜访该客户的频率？',
    en: 'How often do they visit this customer?',
    hint: {
      zh: '如：每月 2 次，近三个月共 6 次',
      en: 'e.g. twice a month, 6 visits in the last three months',
    },
  },
  {
    key: 'leadersVisited',
    zh: '对方哪些领导拜访过该客户？',
    en: 'Which of their leaders have visited this customer?',
    hint: { zh: '姓名、职务、时间、见了谁', en: 'name, title, when, whom they met' },
  },
  {
    key: 'references',
    zh: '对方的样板客户有哪些？这些客户如何评价他们？',
    en: 'Which reference customers do they have, and how do those customers rate them?',
    hint: { zh: '客户名称、项目、评价', en: 'customer, project, rating' },
  },
  {
    key: 'strongSegments',
    zh: '对方在哪些行业/细分市场有优势？市场份额多少？',
    en: 'In which segments are they strong, and what is their market share?',
    hint: { zh: '细分市场、份额（%）、数据来源与日期', en: 'segment, share (%), source and date' },
  },
  {
    key: 'productStrengths',
    zh: '对方产品的优势是什么？',
    en: 'What are the strengths of their product?',
    hint: { zh: '功能、性能、价格、服务', en: 'features, performance, price, service' },
  },
  {
    key: 'productWeaknesses',
    zh: '对方产品的劣势是什么？',
    en: 'What are the weaknesses of their product?',
    hint: {
      zh: '客户抱怨、缺失的功能、交付问题',
      en: 'customer complaints, missing features, delivery problems',
    },
  },
  {
    key: 'customerRelationship',
    zh: '对方与客户关键人（KDM/KI/KU）的关系如何？',
    en: 'How close are they to the key people (KDM/KI/KU) of the customer?',
    hint: { zh: '人名与关系程度（CR1–CR5）', en: 'names and relationship level (CR1–CR5)' },
  },
  {
    key: 'expectedPrice',
    zh: '对方可能的报价与价格策略？',
    en: 'What price and pricing strategy do we expect from them?',
    hint: { zh: '最低 / 最可能 / 最高（元），依据', en: 'low / likely / high (yuan), basis' },
  },
  {
    key: 'expectedApproach',
    zh: '对方可能采取的竞争策略？',
    en: 'What competitive approach do we expect from them?',
    hint: { zh: '主打卖点、可能的攻击点', en: 'main selling points, likely attacks on us' },
  },
]

export const INTEL_KEYS = INTEL_QUESTIONS.map((q) => q.key)

export interface IntelRow {
  key: string
  question: { zh: string; en: string }
  /** What the team wrote for this bid; '' when not yet answered. */
  answer: string
  /** A draft from the registry (account managers, references, segments…), or '' when it has none. */
  suggestion: string
}

function fmtShare(s: Competitor['segments'][number]): string {
  const share = s.share === null ? '份额未知' : `${s.share}%`
  const src = [s.source, s.date].filter(Boolean).join('，')
  return `${s.name} ${share}${src ? `（${src}）` : ''}`
}

/** Registry facts about this competitor that answer a question for this bid's buyer. */
function suggestions(c: Competitor, bid: Pick<Bid, 'buyer'>): Record<string, string> {
  const buyerKey = bid.buyer.name.trim() ? normalizeName(bid.buyer.name) : null
  const managers = c.accountManagers.filter(
    (m) => buyerKey !== null && normalizeName(m.customer) === buyerKey,
  )
  return {
    accountManager: managers
      .map((m) => m.name)
      .filter(Boolean)
      .join('、'),
    visitFrequency: managers.map((m) => `${m.name || '—'}：累计拜访 ${m.visits} 次`).join('；'),
    leadersVisited: [...new Set(managers.flatMap((m) => m.leadersVisited))].join('、'),
    references: c.references.map((r) => (r.rating ? `${r.customer}（${r.rating}）` : r.customer)).join('；'),
    strongSegments: c.segments.map(fmtShare).join('；'),
    productStrengths: c.strengths.join('；'),
    productWeaknesses: c.weaknesses.join('；'),
  }
}

/** The intel questions for one competitor in one bid, with the answers and registry drafts. */
export function intelSheet(c: Competitor, bid: Pick<Bid, 'id' | 'buyer'>): IntelRow[] {
  const answers = c.intel.find((i) => i.bidId === bid.id)?.answers ?? {}
  const sugg = suggestions(c, bid)
  const known = INTEL_QUESTIONS.map((q) => ({
    key: q.key,
    question: { zh: q.zh, en: q.en },
    answer: answers[q.key] ?? '',
    suggestion: sugg[q.key] ?? '',
  }))
  // Answers under keys this version does not ask any more are still shown, never dropped.
  const extra = Object.entries(answers)
    .filter(([k]) => !INTEL_KEYS.includes(k))
    .map(([k, v]) => ({ key: k, question: { zh: k, en: k }, answer: v, suggestion: '' }))
  return [...known, ...extra]
}

export const MAX_ANSWER_LENGTH = 5_000

/** A copy of the competitor with one intel answer set for a bid ('' clears it). */
export function setIntelAnswer(c: Competitor, bidId: string, key: string, answer: string): Competitor {
  if (!INTEL_KEYS.includes(key)) {
    throw new AppError('VALIDATION', { zh: `未知的情报问题：${key}`, en: `unknown intel question: ${key}` })
  }
  if (answer.length > MAX_ANSWER_LENGTH) {
    throw new AppError('VALIDATION', {
      zh: `回答过长（${answer.length} 字），上限 ${MAX_ANSWER_LENGTH} 字`,
      en: `answer too long (${answer.length} characters), limit ${MAX_ANSWER_LENGTH}`,
    })
  }
  const existing = c.intel.find((i) => i.bidId === bidId)
  const answers = { ...(existing?.answers ?? {}) }
  if (answer.trim() === '') delete answers[key]
  else answers[key] = answer
  const intel = existing
    ? c.intel.map((i) => (i.bidId === bidId ? { ...i, answers } : i))
    : [...c.intel, { bidId, answers }]
  return { ...c, intel }
}

export interface BidCompetitors {
  /** In the bid's competitorIds order. */
  competitors: Competitor[]
  /** Ids the bid lists that the registry does not hold. */
  missingIds: string[]
}

/** The competitors of a bid from the workspace registry (one source of truth for the matrix too). */
export function competitorsOfBid(
  bid: Pick<Bid, 'competitorIds'>,
  registry: readonly Competitor[],
): BidCompetitors {
  const byId = new Map(registry.map((c) => [c.id, c]))
  const ids = [...new Set(bid.competitorIds)]
  return {
    competitors: ids.map((id) => byId.get(id)).filter((c): c is Competitor => c !== undefined),
    missingIds: ids.filter((id) => !byId.has(id)),
  }
}

/**
 * Bidder rows for the scoring matrix, one per competitor of the bid, linked by competitorId so the
 * matrix reads names from the registry instead of keeping its own copy. A bidder already linked
 * (or whose name is an alias of the competitor) is not added twice.
 */
export function missingMatrixBidders(
  competitors: readonly Competitor[],
  bidders: readonly { name: string; competitorId: string | null; isUs: boolean }[],
): { id: string; name: string; competitorId: string; isUs: false }[] {
  return competitors
    .filter(
      (c) =>
        !bidders.some(
          (b) => b.competitorId === c.id || (!b.isUs && findAllByNameOrAlias([c], b.name).length > 0),
        ),
    )
    .map((c) => ({ id: `cmp-${c.id}`.slice(0, 64), name: c.title, competitorId: c.id, isUs: false as const }))
}
