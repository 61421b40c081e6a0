import type { checksContract } from '@shared/contract/checks'
import { checkSourcesOf, findingsReportHtml, findingsXlsx, runWorkspaceChecks } from '../checks'
import { sealChecklistDocx } from '../checks/seal-checklist'
import type { HandlersOf } from './types'

export const checksHandlers: HandlersOf<typeof checksContract> = {
  'checks.run': async ({ bidId }, ctx) => runWorkspaceChecks(ctx.requireWs(), bidId),
  'checks.input': async ({ bidId, matrixId }, ctx) => checkSourcesOf(ctx.requireWs(), bidId, matrixId),
  'checks.exportXlsx': async ({ bidId }, ctx) => findingsXlsx(ctx.requireWs(), bidId),
  'checks.sealChecklist': async ({ bidId, pages }, ctx) =>
    sealChecklistDocx(ctx.requireWs(), bidId, { pages }),
  'checks.reportHtml': async ({ bidId }, ctx) => findingsReportHtml(ctx.requireWs(), bidId),
}
