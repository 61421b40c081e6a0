import type { PipelineSettingsForm } from '@shared/domain/pipeline'
import type { WorkspaceSession } from '../store'
import { calendarOf } from './calendar'

type Out = PipelineSettingsForm & { builtInTo: number; validThrough: number }

function current(ws: WorkspaceSession): Out {
  const cal = calendarOf(ws)
  const { pipeline, calendar } = ws.workspace.settings
  return { pipeline, calendar, builtInTo: cal.builtIn.to, validThrough: cal.validThrough }
}

export function pipelineSettings(ws: WorkspaceSession): Out {
  return current(ws)
}

/** pipeline.saveSettings: the input is validated by the contract (PipelineSettingsFormSchema) before it gets here. */
export async function savePipelineSettings(ws: WorkspaceSession, input: PipelineSettingsForm): Promise<Out> {
  await ws.saveWorkspace({
    settings: { ...ws.workspace.settings, pipeline: input.pipeline, calendar: input.calendar },
  })
  return current(ws)
}
