import { postAwardTimeline, type TimelineStep, type WorkCalendar } from '@shared/domain/calendar'
import type { Bid, Customer, PipelineSettings } from '@shared/schemas'
import { dealOf, type Deal } from './deal'
import {
  coverage,
  forecastRows,
  q4Concentration,
  type Coverage,
  type ForecastRow,
  type Q4Concentration,
  type StageRow,
  stageRows,
} from './forecast'
import { monthsOfPeriod, parsePeriod, quarterOf, type Period } from './periods'
import { conversionRates, stageWarnings, type Conversion, type StageWarning } from './stages'

/** Everything the 销售漏斗 page, the pipeline CLI and the pipeline workbook show, computed once (DOMAIN.md §3). */
export interface PipelineSummary {
  today: string
  period: string
  deals: Deal[]
  stages: StageRow[]
  forecast: ForecastRow[]
  coverage: Coverage
  q4: Q4Concentration
  warnings: StageWarning[]
  conversions: Conversion[]
  reminders: Reminder[]
  calendar: { validThrough: number; builtInTo: number }
}

/** A post-award deadline of a bid that has not passed yet (or cannot be computed: the calendar lacks its year). */
export interface Reminder {
  bidId: string
  title: string
  step: TimelineStep
  /** Working days from today to the deadline is not what people read: calendar days left, 0 = today. */
  daysLeft: number | null
}

function daysLeft(today: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

/** The bid's post-award periods (公示, 质疑, 答复, 投诉) from its announcement date, on the working-day calendar. */
export function bidTimeline(bid: Bid, cal: WorkCalendar): TimelineStep[] {
  return postAwardTimeline(cal, {
    law: bid.governingLaw,
    announcement: bid.dates.announcement,
    knownDate: bid.dates.harmKnown,
    challengeFiled: bid.dates.challengeFiled,
  })
}

/** Deadlines still ahead (today included) and the ones the calendar cannot compute, soonest first. */
export function reminders(bids: readonly Bid[], cal: WorkCalendar, today: string): Reminder[] {
  const out: Reminder[] = []
  for (const b of bids) {
    for (const step of bidTimeline(b, cal)) {
      if (step.deadline === null) out.push({ bidId: b.id, title: b.title, step, daysLeft: null })
      else if (step.deadline >= today)
        out.push({ bidId: b.id, title: b.title, step, daysLeft: daysLeft(today, step.deadline) })
    }
  }
  return out.sort((a, b) => (a.daysLeft ?? -1) - (b.daysLeft ?? -1))
}

export function pipelineSummary(
  bids: readonly Bid[],
  customers: readonly Customer[],
  settings: PipelineSettings,
  opts: { today: string; period?: string | null; calendar: WorkCalendar },
): PipelineSummary {
  const byId = new Map(customers.map((c) => [c.id, c]))
  const deals = bids.map((b) => dealOf(b, (b.customerId && byId.get(b.customerId)) || null, settings))
  const period: Period = parsePeriod(opts.period ?? quarterOf(opts.today))!
  return {
    today: opts.today,
    period: period.text,
    deals,
    stages: stageRows(deals, settings),
    forecast: forecastRows(
      deals,
      opts.period ? period : null,
      monthsOfPeriod(parsePeriod(quarterOf(opts.today))!)[0],
    ),
    coverage: coverage(deals, period, settings.targets),
    q4: q4Concentration(deals, period.year),
    warnings: stageWarnings(deals, settings, opts.today),
    conversions: conversionRates(bids),
    reminders: reminders(bids, opts.calendar, opts.today),
    calendar: { validThrough: opts.calendar.validThrough, builtInTo: opts.calendar.builtIn.to },
  }
}
