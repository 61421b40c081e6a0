import type { competitorsContract } from '@shared/contract/competitors'
import { setCompetitorIntel, syncBidMatrix } from '../competitors/intel'
import { mergeCompetitorRecords } from '../competitors/merge'
import {
  addCompetitor,
  allDocs,
  checkCompetitorNames,
  competitorDuplicates,
  renameCompetitor,
} from '../competitors/registry'
import { competitorReport } from '../competitors/report'
import type { HandlersOf } from './types'

export const competitorsHandlers: HandlersOf<typeof competitorsContract> = {
  'competitors.all': async (_i, ctx) => allDocs(ctx.requireWs(), 'competitors'),
  'competitors.validate': async (input, ctx) => checkCompetitorNames(ctx.requireWs(), input),
  'competitors.add': async (input, ctx) => addCompetitor(ctx.requireWritable(), input),
  'competitors.setNames': async (input, ctx) => renameCompetitor(ctx.requireWritable(), input),
  'competitors.duplicates': async (_i, ctx) => competitorDuplicates(ctx.requireWs()),
  'competitors.merge': async ({ keepId, mergeId }, ctx) =>
    mergeCompetitorRecords(ctx.requireWritable(), keepId, mergeId),
  'competitors.setIntel': async (input, ctx) => setCompetitorIntel(ctx.requireWritable(), input),
  'competitors.syncMatrix': async ({ bidId }, ctx) => syncBidMatrix(ctx.requireWritable(), bidId),
  'competitors.report': async (input, ctx) => competitorReport(ctx.requireWs(), input),
}
