import type { workspaceContract } from '@shared/contract'
import { doctor } from '../store'
import { createAndOpen, infoOf, saveCheckSettings, saveProfile } from '../workspace'
import type { HandlersOf } from './types'

export const workspaceHandlers: HandlersOf<typeof workspaceContract> = {
  'workspace.current': async (_i, ctx) => (ctx.ws ? infoOf(ctx.ws) : null),
  'workspace.open': async ({ dir, readOnly }, ctx) => infoOf(await ctx.open(dir, readOnly)),
  'workspace.create': async (input, ctx) => createAndOpen(ctx, input),
  'workspace.recent': async (_i, ctx) => ctx.recent(),
  'workspace.saveProfile': async (input, ctx) => saveProfile(ctx.requireWritable(), input),
  'workspace.saveSettings': async ({ checks }, ctx) => saveCheckSettings(ctx.requireWritable(), checks),
  'workspace.doctor': async (_i, ctx) => doctor(ctx.requireWs()),
}
