import type { z } from 'zod'
import { appContract } from './contract/app'
import { bidsContract } from './contract/bids'
import { checksContract } from './contract/checks'
import { competitorsContract } from './contract/competitors'
import { customersContract } from './contract/customers'
import { docsContract } from './contract/docs'
import { exportContract } from './contract/export'
import { filesContract } from './contract/files'
import { materialsContract } from './contract/materials'
import { matricesContract } from './contract/matrices'
import { negotiationsContract } from './contract/negotiations'
import { pipelineContract } from './contract/pipeline'
import { syncContract } from './contract/sync'
import { tenderContract } from './contract/tender'
import { trashContract } from './contract/trash'
import { workspaceContract } from './contract/workspace'
import type { MethodDef } from './contract/define'

/**
 * The API of BidBench: every method name → its input and output schemas. IPC, the HTTP browser
 * mode, the preload bridge and the renderer client are all derived from this map; nothing else
 * defines the API. Each file under shared/contract/ is one feature and owns the methods named after it
 * (contract/materials.ts: materials.*); docs.ts holds the generic CRUD of every document kind.
 */
export const contract = {
  ...appContract,
  ...workspaceContract,
  ...trashContract,
  ...filesContract,
  ...docsContract,
  ...bidsContract,
  ...materialsContract,
  ...checksContract,
  ...exportContract,
  ...competitorsContract,
  ...matricesContract,
  ...negotiationsContract,
  ...syncContract,
  ...tenderContract,
  ...customersContract,
  ...pipelineContract,
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
export * from './contract/trash'
export type { CrudOp } from './contract/docs'
