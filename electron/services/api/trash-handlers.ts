import type { trashContract } from '@shared/contract/trash'
import { indexEntryOf } from '@shared/schemas'
import type { HandlersOf } from './types'

export const trashHandlers: HandlersOf<typeof trashContract> = {
  'trash.list': async ({ kind }, ctx) => ctx.requireWs().trashList(kind),
  'trash.restore': async ({ kind, id }, ctx) => {
    const doc = await ctx.requireWritable().restore(kind, id)
    return indexEntryOf(kind, doc)
  },
}
