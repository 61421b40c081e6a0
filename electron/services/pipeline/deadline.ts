import {
  challengeDeadline,
  WORKING_DAY_PERIODS,
  type ChallengeKind,
  type WorkCalendar,
} from '@shared/domain/calendar'
import { bidTimeline } from '@shared/domain/pipeline'
import type { BidTimeline, DeadlineResult } from '@shared/contract/pipeline'
import { AppError } from '@shared/errors'
import type { WorkspaceSession } from '../store'
import { calendarOf } from './calendar'

const BASIS: Record<ChallengeKind, string> = { 质疑: '政府采购法 第五十二条', 投诉: '政府采购法 第五十五条' }

/** A year the calendar does not know is refused with the year and the calendar's range, never guessed. */
export function uncovered(year: number, cal: WorkCalendar): AppError {
  return new AppError(
    'CALENDAR_UNCOVERED',
    {
      zh: `需要 ${year} 年的工作日历，但日历只到 ${cal.validThrough} 年（内置数据至 ${cal.builtIn.to} 年）。请在“设置 → 工作日历”按国务院办公厅 ${year} 年放假通知补录节假日与调休上班日`,
      en: `This needs the ${year} working-day calendar, but the calendar is valid through ${cal.validThrough} (built-in data through ${cal.builtIn.to}). Enter ${year}'s holidays and 调休 working days from the State Council notice under Settings → Working-day calendar`,
    },
    { uncoveredYear: year, validThrough: cal.validThrough },
  )
}

/** `deadline 质疑|投诉 --from D`: the N-th working day after D (D not counted). */
export function deadline(ws: WorkspaceSession | null, kind: ChallengeKind, from: string): DeadlineResult {
  const cal = calendarOf(ws)
  const r = challengeDeadline(cal, kind, from)
  if (!r.ok) throw uncovered(r.uncoveredYear, cal)
  return {
    kind,
    from,
    deadline: r.deadline,
    workingDays: WORKING_DAY_PERIODS[kind],
    basis: BASIS[kind],
    skipped: r.skipped,
    adjusted: r.adjusted,
    calendarValidThrough: cal.validThrough,
  }
}

export async function timelineOfBid(ws: WorkspaceSession, bidId: string): Promise<BidTimeline> {
  const cal = calendarOf(ws)
  return { steps: bidTimeline(await ws.get('bids', bidId), cal), calendarValidThrough: cal.validThrough }
}
