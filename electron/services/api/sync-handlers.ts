import { syncContract } from '@shared/contract/sync'
import * as sync from '../sync'
import type { HandlersOf } from './types'
import { infoOf } from '../workspace'

/** Thin adapters: every sync action is a use case in electron/services/sync. */
export const syncHandlers: HandlersOf<typeof syncContract> = {
  'sync.settings': async (_i, ctx) => sync.syncSettings(ctx),
  'sync.configure': async (input, ctx) => sync.configureSync(ctx, input),
  'sync.run': async (input, ctx) => sync.runSync(ctx, input),
  'sync.clone': async (input, ctx) => infoOf(await sync.cloneAndOpen(ctx, input)),
  'sync.conflicts': async (_i, ctx) => sync.listConflicts(ctx),
  'sync.resolve': async (input, ctx) => sync.resolveSyncConflict(ctx, input),
  'sync.history': async (input, ctx) => sync.history(ctx, input),
  'sync.version': async (input, ctx) => sync.version(ctx, input),
  'sync.restore': async (input, ctx) => sync.restore(ctx, input),
}
