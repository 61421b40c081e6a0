import type { customersContract } from '@shared/contract/customers'
import { chainOfBid } from '../customers/chain'
import { customerProfile } from '../customers/profile'
import { saveCustomerSettings } from '../customers/settings'
import { linkBidChain, linkDecisionChains } from '../customers/link-chains'
import type { HandlersOf } from './types'

export const customersHandlers: HandlersOf<typeof customersContract> = {
  'customers.chain': async ({ bidId }, ctx) => {
    const ws = ctx.requireWs()
    return chainOfBid(ws, await ws.get('bids', bidId))
  },
  'customers.linkBid': async ({ bidId }, ctx) => linkBidChain(ctx.requireWritable(), bidId),
  'customers.profile': async ({ id }, ctx) => customerProfile(ctx.requireWs(), id),
  'customers.settings': async (_i, ctx) => ctx.requireWs().workspace.settings.customers,
  'customers.saveSettings': async (input, ctx) => saveCustomerSettings(ctx.requireWritable(), input),
  'customers.linkAll': async (_i, ctx) => linkDecisionChains(ctx.requireWritable()),
}
