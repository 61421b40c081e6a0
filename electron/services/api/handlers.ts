import type { Contract } from '../../../shared/contract'
import { docsHandlers } from './docs-handlers'
import type { HandlersOf } from './types'
import { workspaceHandlers } from './workspace-handlers'

/** The typed handler map: the compiler checks there is exactly one handler per contract method. */
export const handlers: HandlersOf<Contract> = {
  ...workspaceHandlers,
  ...docsHandlers,
}
