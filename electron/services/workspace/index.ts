import type { WorkspaceInfo } from '@shared/contract'
import { DOC_KINDS, type CompanyProfile } from '@shared/schemas'
import type { AppContext } from '../app-context'
import { writeDemoData } from '../demo'
import { createWorkspace, type WorkspaceSession } from '../store'

/** What the app shows of an open workspace: name, company, settings, counts, what was recovered. */
export function infoOf(ws: WorkspaceSession): WorkspaceInfo {
  const counts: Record<string, number> = {}
  for (const k of DOC_KINDS) counts[k] = ws.list(k).length
  return {
    dir: ws.dir,
    name: ws.workspace.name,
    readOnly: ws.readOnly,
    company: ws.workspace.company,
    settings: ws.workspace.settings,
    counts,
    recoveries: ws.recoveries,
  }
}

/** A new workspace in an empty folder (with the sample data when asked), opened as the current one. */
export async function createAndOpen(
  ctx: AppContext,
  input: { dir: string; name: string; demo?: boolean },
): Promise<WorkspaceInfo> {
  const ws = await createWorkspace(input.dir, { name: input.name, app: `bidbench-${ctx.transport}` })
  if (input.demo) await writeDemoData(ws)
  await ctx.adopt(ws)
  return infoOf(ws)
}

export async function saveProfile(
  ws: WorkspaceSession,
  input: { name?: string; company?: CompanyProfile },
): Promise<WorkspaceInfo> {
  await ws.saveWorkspace({
    ...(input.name ? { name: input.name } : {}),
    ...(input.company ? { company: input.company } : {}),
  })
  return infoOf(ws)
}

/** Workspace-wide check thresholds, kept beside the other settings. */
export async function saveCheckSettings(
  ws: WorkspaceSession,
  checks: Record<string, unknown>,
): Promise<WorkspaceInfo> {
  await ws.saveWorkspace({ settings: { ...ws.workspace.settings, checks } })
  return infoOf(ws)
}
