import type { negotiationsContract } from '@shared/contract/negotiations'
import { briefForPlan } from '../negotiations'
import type { HandlersOf } from './types'

export const negotiationsHandlers: HandlersOf<typeof negotiationsContract> = {
  'negotiations.brief': async ({ planId }, ctx) => {
    const { fileName, data } = await briefForPlan(ctx.requireWs(), planId)
    return { fileName, dataBase64: data.toString('base64') }
  },
}
