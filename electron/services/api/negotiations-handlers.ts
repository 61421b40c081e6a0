import type { negotiationsContract } from '@shared/contract/negotiations'
import { briefFile } from '../negotiations'
import type { HandlersOf } from './types'

export const negotiationsHandlers: HandlersOf<typeof negotiationsContract> = {
  'negotiations.brief': async ({ planId, date }, ctx) => briefFile(ctx.requireWs(), planId, date),
}
