import type { Contract } from '@shared/contract'
import { appHandlers } from './app-handlers'
import { bidsHandlers } from './bids-handlers'
import { checksHandlers } from './checks-handlers'
import { competitorsHandlers } from './competitors-handlers'
import { customersHandlers } from './customers-handlers'
import { docsHandlers } from './docs-handlers'
import { exportHandlers } from './export-handlers'
import { filesHandlers } from './files-handlers'
import { materialsHandlers } from './materials-handlers'
import { matricesHandlers } from './matrices-handlers'
import { negotiationsHandlers } from './negotiations-handlers'
import { pipelineHandlers } from './pipeline-handlers'
import { syncHandlers } from './sync-handlers'
import { tenderHandlers } from './tender-handlers'
import { trashHandlers } from './trash-handlers'
import type { HandlersOf } from './types'
import { workspaceHandlers } from './workspace-handlers'

/** The typed handler map: the compiler checks there is exactly one handler per contract method. */
export const handlers: HandlersOf<Contract> = {
  ...appHandlers,
  ...workspaceHandlers,
  ...trashHandlers,
  ...filesHandlers,
  ...docsHandlers,
  ...bidsHandlers,
  ...materialsHandlers,
  ...checksHandlers,
  ...exportHandlers,
  ...competitorsHandlers,
  ...matricesHandlers,
  ...negotiationsHandlers,
  ...syncHandlers,
  ...tenderHandlers,
  ...customersHandlers,
  ...pipelineHandlers,
}
