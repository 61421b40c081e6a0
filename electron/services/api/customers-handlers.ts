import type { customersContract } from '@shared/contract/customers'
import { chainOfBid } from '../customers/chain'
import { linkBidChain, linkDecisionChains } from '../customers/link-chains'
import type { HandlersOf } from './types'

export const customersHandlers: HandlersOf<typeof customersContract> = {
  'customers.chain': async ({ bidId }, ctx) => {
    const ws = ctx.requireWs()
    return chainOfBid(ws, await ws.get('bids', bidId))
  },
  'customers.linkBid': async ({ bidId }, ctx) => linkBidChain(ctx.requireWritable(), bidId),
  'customers.linkAll': async (_i, ctx) => linkDecisionChains(ctx.requireWritable()),
}
