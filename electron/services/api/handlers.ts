import type { Contract } from '../../../shared/contract'
import { bidsHandlers } from './bids-handlers'
import { competitorsHandlers } from './competitors-handlers'
import { docsHandlers } from './docs-handlers'
import { jobsHandlers } from './jobs-handlers'
import { scoringHandlers } from './scoring-handlers'
import { negotiationHandlers } from './negotiation-handlers'
import { syncHandlers } from './sync-handlers'
import type { HandlersOf } from './types'
import { workspaceHandlers } from './workspace-handlers'

/** The typed handler map: the compiler checks there is exactly one handler per contract method. */
export const handlers: HandlersOf<Contract> = {
  ...workspaceHandlers,
  ...docsHandlers,
  ...bidsHandlers,
  ...jobsHandlers,
  ...competitorsHandlers,
  ...scoringHandlers,
  ...negotiationHandlers,
  ...syncHandlers,
}
