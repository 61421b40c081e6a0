import type { negotiationContract } from '../../../shared/contract/negotiation'
import { briefForPlan } from '../negotiation'
import type { HandlersOf } from './types'

export const negotiationHandlers: HandlersOf<typeof negotiationContract> = {
  'negotiation.brief': async ({ planId }, ctx) => {
    const { fileName, data } = await briefForPlan(ctx.requireWs(), planId)
    return { fileName, dataBase64: data.toString('base64') }
  },
}
