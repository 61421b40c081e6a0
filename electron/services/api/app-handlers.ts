import type { appContract } from '@shared/contract/app'
import { APP_VERSION } from '../version'
import type { HandlersOf } from './types'

export const appHandlers: HandlersOf<typeof appContract> = {
  'app.info': async (_i, ctx) => ({ name: 'BidBench', version: APP_VERSION, transport: ctx.transport }),
}
