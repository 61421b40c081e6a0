import type { z } from 'zod'
import { bidsContract } from './contract/bids'
import { competitorsContract } from './contract/competitors'
import { docsContract } from './contract/docs'
import { jobsContract } from './contract/jobs'
import { scoringContract } from './contract/scoring'
import { negotiationContract } from './contract/negotiation'
import { syncContract } from './contract/sync'
import { workspaceContract } from './contract/workspace'
import type { MethodDef } from './contract/define'

/**
 * The API of BidBench: every method name → its input and output schemas. IPC, the HTTP browser
 * mode, the preload bridge and the renderer client are all derived from this map; nothing else
 * defines the API. Feature modules under shared/contract/ contribute their methods here.
 */
export const contract = {
  ...workspaceContract,
  ...docsContract,
  ...bidsContract,
  ...jobsContract,
  ...competitorsContract,
  ...scoringContract,
  ...negotiationContract,
  ...syncContract,
} satisfies Record<string, MethodDef>

export type Contract = typeof contract
export type MethodName = keyof Contract
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>

export const METHOD_NAMES = Object.keys(contract) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: import('./errors').ApiErrorShape }

export * from './contract/workspace'
