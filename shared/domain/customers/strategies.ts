import type { Customer, CustomerPerson } from '@shared/schemas'

/** The course's four strategies for moving a customer: what the bid's customer tab tracks as actions. */
export const COURSE_STRATEGIES = ['痛点方案', '高层互访', '参观总部', '参观样板客户'] as const
export type CourseStrategy = (typeof COURSE_STRATEGIES)[number]

/** todo: nothing arranged; planned: an activity without a date or dated after today; done: held. */
export type StrategyStatus = 'todo' | 'planned' | 'done'

export interface StrategyState {
  kind: CourseStrategy
  status: StrategyStatus
  /** The activity that gives the status (the held one, else the planned one). */
  activityId: string | null
  date: string | null
}

type Activities = Pick<Customer, 'activities'>

/** An activity counts for the bid when it was for this bid or for the customer as a whole (no bid). */
const counts = (bidId: string) => (a: Customer['activities'][number]) => a.bidId === bidId || a.bidId === null

/** Status of each of the four strategies for a bid, from the customer's activities; `today` is YYYY-MM-DD. */
export function bidStrategies(customer: Activities | null, bidId: string, today: string): StrategyState[] {
  const mine = (customer?.activities ?? []).filter(counts(bidId))
  return COURSE_STRATEGIES.map((kind) => {
    const of = mine.filter((a) => a.kind === kind)
    const held = of
      .filter((a) => a.date !== null && a.date <= today)
      .sort((a, b) => b.date!.localeCompare(a.date!))[0]
    if (held) return { kind, status: 'done', activityId: held.id, date: held.date }
    const planned = of.find((a) => a.date === null || a.date > today)
    if (planned) return { kind, status: 'planned', activityId: planned.id, date: planned.date }
    return { kind, status: 'todo', activityId: null, date: null }
  })
}

/** Arranges a strategy for the bid: a new activity of that kind, not yet dated, with the given people. */
export function planStrategy<C extends Activities>(
  customer: C,
  bidId: string,
  kind: CourseStrategy,
  personIds: string[],
  id: string,
): C {
  const activity = {
    id,
    date: null,
    kind,
    personIds,
    ourPeople: '',
    bidId,
    summary: '',
    outcome: null,
    nextStep: '',
  }
  return { ...customer, activities: [...customer.activities, activity] }
}

/** Marks an arranged strategy as held today (a date already in the past is kept). */
export function completeStrategy<C extends Activities>(customer: C, activityId: string, today: string): C {
  return {
    ...customer,
    activities: customer.activities.map((a) =>
      a.id === activityId && (a.date === null || a.date > today) ? { ...a, date: today } : a,
    ),
  }
}

const LEVELS = ['CR1', 'CR2', 'CR3', 'CR4', 'CR5'] as const
type Level = CustomerPerson['level']

/** One level closer to 铁杆支持者 (CR3 → CR2); null at CR1. */
export function levelUp(level: Level): Level | null {
  const i = LEVELS.indexOf(level)
  return i > 0 ? LEVELS[i - 1] : null
}

/** Sets a person's level and records the change with its date (the history the risks read). */
export function setPersonLevel<C extends Pick<Customer, 'people'>>(
  customer: C,
  personId: string,
  level: Level,
  today: string,
  id: string,
  note = '',
): C {
  return {
    ...customer,
    people: customer.people.map((p) =>
      p.id !== personId || p.level === level
        ? p
        : { ...p, level, levelHistory: [...p.levelHistory, { id, date: today, level, note }] },
    ),
  }
}

/**
 * A save that changed someone's level without recording it (the API, the CLI, a page that set the field) gets the
 * change recorded as setPersonLevel would, dated `today`: the level history the 风险预警 read is kept whichever
 * way the customer was saved. A change the saving page already recorded (its history grew) is left as it is.
 */
export function recordLevelChanges<C extends Pick<Customer, 'people'>>(
  prev: Pick<Customer, 'people'> | null,
  next: C,
  today: string,
  newId: () => string,
): C {
  let out = next
  for (const p of next.people) {
    const before = prev?.people.find((x) => x.id === p.id)
    if (!before || before.level === p.level || p.levelHistory.length > before.levelHistory.length) continue
    const reverted = {
      ...out,
      people: out.people.map((x) => (x.id === p.id ? { ...x, level: before.level } : x)),
    }
    out = setPersonLevel(reverted, p.id, p.level, today, newId())
  }
  return out
}
