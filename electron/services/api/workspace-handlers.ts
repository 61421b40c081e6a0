import { workspaceContract, type WorkspaceInfo } from '@shared/contract'
import { DOC_KINDS } from '@shared/schemas'
import { writeDemoData } from '../demo'
import { createWorkspace, doctor, type WorkspaceSession } from '../store'
import type { HandlersOf } from './types'

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

export const workspaceHandlers: HandlersOf<typeof workspaceContract> = {
  'workspace.current': async (_i, ctx) => (ctx.ws ? infoOf(ctx.ws) : null),
  'workspace.open': async ({ dir, readOnly }, ctx) => infoOf(await ctx.open(dir, readOnly)),
  'workspace.create': async ({ dir, name, demo }, ctx) => {
    const ws = await createWorkspace(dir, { name, app: `bidbench-${ctx.transport}` })
    if (demo) await writeDemoData(ws)
    await ctx.adopt(ws)
    return infoOf(ws)
  },
  'workspace.recent': async (_i, ctx) => ctx.recent(),
  'workspace.saveProfile': async ({ name, company }, ctx) => {
    const ws = ctx.requireWritable()
    await ws.saveWorkspace({ ...(name ? { name } : {}), ...(company ? { company } : {}) })
    return infoOf(ws)
  },
  'workspace.saveSettings': async ({ checks }, ctx) => {
    const ws = ctx.requireWritable()
    await ws.saveWorkspace({ settings: { ...ws.workspace.settings, checks } })
    return infoOf(ws)
  },
  'workspace.doctor': async (_i, ctx) => doctor(ctx.requireWs()),
}
