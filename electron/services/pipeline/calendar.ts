import { workCalendar, type WorkCalendar } from '@shared/domain/calendar'
import type { WorkspaceSession } from '../store'

/** The official calendar plus the open workspace's supplement years (none without a workspace). */
export function calendarOf(ws: WorkspaceSession | null): WorkCalendar {
  return workCalendar(ws?.workspace.settings.calendar.supplements ?? [])
}
