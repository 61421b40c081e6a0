import { addWorkingDays, type WorkCalendar, type WorkingDaysResult } from './calendar'
import { addDays } from './dates'

/**
 * After submission (DOMAIN.md §13). Periods in working days run from the day after the day they start from
 * (民法典 art. 201); a period in calendar days whose last day is not a working day ends on the next working day
 * (art. 203).
 */

export const CHALLENGE_KINDS = ['质疑', '投诉'] as const
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number]

/** Working days: 质疑 政府采购法 art. 52, 投诉 art. 55 (after the answer period of art. 53). */
export const WORKING_DAY_PERIODS: Record<ChallengeKind, number> = { 质疑: 7, 投诉: 15 }

/** The deadline `deadline 质疑|投诉 --from D` answers: D itself is not counted. */
export function challengeDeadline(cal: WorkCalendar, kind: ChallengeKind, from: string): WorkingDaysResult {
  return addWorkingDays(cal, from, WORKING_DAY_PERIODS[kind])
}

export type StepKey = 'publicity' | 'challenge' | 'answer' | 'complaint' | 'objection'

export interface TimelineStep {
  key: StepKey
  label: { zh: string; en: string }
  basis: string
  rule: { zh: string; en: string }
  /** The day the period starts from (not counted). */
  from: string
  /** Null when the calendar does not know a year the period needs. */
  deadline: string | null
  uncoveredYear: number | null
}

export interface TimelineInput {
  law: '政府采购' | '招标投标'
  /** The day the result (or, under 招标投标, the 中标候选人) was published. */
  announcement: string | null
  /** When we knew of the harm, if not the end of the publicity period (e.g. a 招标文件 we challenge). */
  knownDate?: string | null
  /** The day our 质疑 (or 异议) reached the buyer, once filed. */
  challengeFiled?: string | null
}

function step(
  key: StepKey,
  label: [string, string],
  basis: string,
  rule: [string, string],
  from: string,
  r: { deadline: string | null; uncoveredYear: number | null },
): TimelineStep {
  return {
    key,
    label: { zh: label[0], en: label[1] },
    basis,
    rule: { zh: rule[0], en: rule[1] },
    from,
    ...r,
  }
}

function working(cal: WorkCalendar, from: string, n: number) {
  const r = addWorkingDays(cal, from, n)
  return r.ok
    ? { deadline: r.deadline, uncoveredYear: null }
    : { deadline: null, uncoveredYear: r.uncoveredYear }
}

/** `n` calendar days after `from`, moved to the next working day when the last one is not (民法典 art. 203). */
export function calendarDaysThenWorking(cal: WorkCalendar, from: string, n: number) {
  let d = addDays(from, n)
  for (let guard = 0; guard < 60; guard++) {
    const info = cal.day(d)
    if (!info) return { deadline: null, uncoveredYear: Number(d.slice(0, 4)) }
    if (info.work) return { deadline: d, uncoveredYear: null }
    d = addDays(d, 1)
  }
  return { deadline: null, uncoveredYear: Number(d.slice(0, 4)) }
}

/** Every deadline after the result is published, in order; empty until the announcement date is known. */
export function postAwardTimeline(cal: WorkCalendar, input: TimelineInput): TimelineStep[] {
  const a = input.announcement
  if (!a) return []
  const out: TimelineStep[] = []
  if (input.law === '政府采购') {
    const pub = working(cal, a, 1)
    out.push(
      step(
        'publicity',
        ['结果公告期', 'Award notice period'],
        '财政部令第87号 第六十九条',
        ['1 个工作日', '1 working day'],
        a,
        pub,
      ),
    )
    const known = input.knownDate ?? pub.deadline
    if (!known) return out
    out.push(
      step(
        'challenge',
        ['质疑截止', 'Challenge (质疑) deadline'],
        '政府采购法 第五十二条',
        [
          '知道权益受损之日（公告期满）起 7 个工作日',
          '7 working days from knowing of the harm (end of the notice period)',
        ],
        known,
        working(cal, known, 7),
      ),
    )
    if (!input.challengeFiled) return out
    const answer = working(cal, input.challengeFiled, 7)
    out.push(
      step(
        'answer',
        ['质疑答复期满', 'Answer due'],
        '政府采购法 第五十三条',
        ['收到质疑后 7 个工作日', '7 working days after receiving the challenge'],
        input.challengeFiled,
        answer,
      ),
    )
    if (!answer.deadline) return out
    out.push(
      step(
        'complaint',
        ['投诉截止', 'Complaint (投诉) deadline'],
        '政府采购法 第五十五条',
        ['答复期满后 15 个工作日', '15 working days after the answer period'],
        answer.deadline,
        working(cal, answer.deadline, 15),
      ),
    )
    return out
  }
  const pub = calendarDaysThenWorking(cal, a, 3)
  out.push(
    step(
      'publicity',
      ['中标候选人公示期', 'Candidate publicity period'],
      '招标投标法实施条例 第五十四条',
      ['不少于 3 日', 'at least 3 days'],
      a,
      pub,
    ),
  )
  if (pub.deadline)
    out.push(
      step(
        'objection',
        ['异议截止（公示期内）', 'Objection deadline (within publicity)'],
        '招标投标法实施条例 第五十四条',
        ['公示期间提出', 'during the publicity period'],
        a,
        pub,
      ),
    )
  const known = input.knownDate ?? input.challengeFiled ?? pub.deadline
  if (!known) return out
  out.push(
    step(
      'complaint',
      ['投诉截止', 'Complaint deadline'],
      '招标投标法实施条例 第六十条',
      ['知道或应当知道之日起 10 日', '10 days from knowing'],
      known,
      calendarDaysThenWorking(cal, known, 10),
    ),
  )
  return out
}
