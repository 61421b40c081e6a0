/**
 * What the Word negotiation brief says, computed from the plan before any docx is built, so the
 * content can be tested without opening a Word file.
 */
import {
  getPattern,
  lintPlan,
  pairingAdvice,
  planInputOf,
  planSteps,
  type Bilingual,
  type PlanWarning,
} from '@shared/domain/negotiations'
import { isAppError } from '@shared/errors'
import { PHRASE_CATEGORIES, type Negotiation } from '@shared/schemas'

export interface BriefContext {
  /** Our company, for the cover and the document properties. */
  company: string
  /**
   * The linked bid, when the plan has one: its name and number go into the header, and the people of
   * its decision chain that the plan picked are named among the counterpart's people.
   */
  bid: { title: string; tenderNo: string; people?: { id: string; name: string; position: string }[] } | null
  /** YYYY-MM-DD printed on the cover. */
  date: string
}

export interface ScheduleRow {
  round: number
  concession: number
  /** Sum of the concessions up to and including this round. */
  cumulative: number
  /** Opening price minus the cumulative concession; null without an opening price. */
  price: number | null
}

export interface BriefModel {
  title: string
  company: string
  date: string
  headerText: string
  counterpart: { org: string; people: string[] }
  kind: string
  stance: string
  preparationFactors: string[]
  goals: {
    openingPrice: number | null
    ideal: number | null
    target: number | null
    walkAway: number | null
    batna: string
  }
  tradeables: { name: string; ourCost: number | null; theirValue: number | null; note: string }[]
  styles: {
    ours: string | null
    theirs: string | null
    advice: Bilingual | null
    /** Style-test results saved with the plan, newest first. */
    tested: { person: string; takenAt: string; dominant: string[] }[]
  }
  phases: { name: string; strategy: string; technique: string }[]
  concession: {
    /** The pattern name, or 自定义. */
    pattern: string
    signal: string | null
    pros: string | null
    cons: string | null
    total: number
    rounds: number
    rows: ScheduleRow[]
    /** Why there is no schedule (a custom plan without steps); null when there is one. */
    problem: string | null
  }
  warnings: PlanWarning[]
  phrases: { category: string; items: { text: string; note: string }[] }[]
  risks: string[]
  rehearsals: { count: number; deals: number; walked: number; lastFinalPrice: number | null }
}

/** Phrases printed per category: the brief is a one-glance handout, the full book stays in the app. */
export const PHRASES_PER_CATEGORY = 3

const PHASES = [
  ['opening', '开局'],
  ['middle', '中期'],
  ['closing', '后期'],
] as const

export function scheduleRows(steps: readonly number[], openingPrice: number | null): ScheduleRow[] {
  let cumulative = 0
  return steps.map((concession, i) => {
    cumulative = round2(cumulative + concession)
    return {
      round: i + 1,
      concession,
      cumulative,
      price: openingPrice == null ? null : round2(openingPrice - cumulative),
    }
  })
}

const round2 = (x: number) => Math.round(x * 100) / 100

/** Linked decision-chain people first (as 姓名（职务）), then the free names; each once. */
function counterpartPeople(plan: Negotiation, ctx: BriefContext): string[] {
  const byId = new Map((ctx.bid?.people ?? []).map((p) => [p.id, p]))
  const linked = plan.counterpart.personIds
    .map((id) => byId.get(id))
    .filter((p): p is NonNullable<typeof p> => !!p)
    .map((p) => (p.position.trim() ? `${p.name}（${p.position}）` : p.name))
  const names = linked.map((l) => l.replace(/（.*$/, ''))
  const free = plan.counterpart.people.filter((n) => !names.includes(n.replace(/（.*$/, '')))
  return [...new Set([...linked, ...free])]
}

export function buildBriefModel(plan: Negotiation, ctx: BriefContext): BriefModel {
  const c = plan.concession
  const isPattern = c.pattern !== '自定义'
  const info = isPattern ? getPattern(c.pattern) : null
  const planInput = planInputOf(plan)
  let steps: number[] = []
  let warnings: PlanWarning[] = []
  let problem: string | null = null
  try {
    steps = planSteps(planInput)
    warnings = lintPlan(planInput)
  } catch (e) {
    // A plan that cannot be scheduled still gets its brief; the gap is stated, not hidden.
    if (!isAppError(e)) throw e
    problem = e.zh
  }
  const headerParts = [ctx.bid?.title, ctx.bid?.tenderNo ? `（${ctx.bid.tenderNo}）` : ''].filter(Boolean)
  const deals = plan.rehearsals.filter((r) => r.status === 'deal')
  return {
    title: plan.title,
    company: ctx.company,
    date: ctx.date,
    headerText: `${headerParts.join('') || plan.title} 谈判简报`,
    counterpart: { org: plan.counterpart.org, people: counterpartPeople(plan, ctx) },
    kind: plan.kind,
    stance: plan.stance,
    preparationFactors: [...plan.preparationFactors],
    goals: {
      openingPrice: plan.openingPrice,
      ideal: plan.goals.ideal,
      target: plan.goals.target,
      walkAway: plan.goals.walkAway,
      batna: plan.goals.batna,
    },
    tradeables: plan.tradeables.map((t) => ({
      name: t.name,
      ourCost: t.ourCost,
      theirValue: t.theirValue,
      note: t.note,
    })),
    styles: {
      ours: plan.ourStyle,
      theirs: plan.counterpartStyle,
      advice:
        plan.ourStyle && plan.counterpartStyle ? pairingAdvice(plan.ourStyle, plan.counterpartStyle) : null,
      tested: [...plan.styleResults]
        .sort((a, b) => b.takenAt.localeCompare(a.takenAt))
        .map((r) => ({ person: r.person, takenAt: r.takenAt.slice(0, 10), dominant: [...r.dominant] })),
    },
    phases: PHASES.map(([k, name]) => ({
      name,
      strategy: plan.strategies[k],
      technique: plan.techniques[k],
    })),
    concession: {
      pattern: c.pattern,
      signal: info?.signal.zh ?? null,
      pros: info?.pros.zh ?? null,
      cons: info?.cons.zh ?? null,
      total: planInput.total,
      rounds: steps.length || c.rounds,
      rows: scheduleRows(steps, plan.openingPrice),
      problem,
    },
    warnings,
    phrases: PHRASE_CATEGORIES.map((category) => ({
      category,
      items: plan.phrases
        .filter((p) => p.category === category && p.text.trim())
        .slice(0, PHRASES_PER_CATEGORY)
        .map((p) => ({ text: p.text, note: p.note })),
    })).filter((g) => g.items.length > 0),
    risks: plan.risks.filter((r) => r.trim()),
    rehearsals: {
      count: plan.rehearsals.length,
      deals: deals.length,
      walked: plan.rehearsals.filter((r) => r.status === 'walked').length,
      lastFinalPrice: deals.length ? deals[deals.length - 1].finalPrice : null,
    },
  }
}
