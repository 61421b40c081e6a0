import type { pipelineContract } from '@shared/contract/pipeline'
import { deadline, timelineOfBid } from '../pipeline/deadline'
import { recordOpening } from '../pipeline/opening'
import { pipelineSettings, savePipelineSettings } from '../pipeline/settings'
import { moveStage } from '../pipeline/stage'
import { exportPipelineXlsx, loadPipeline, loadWinLoss } from '../pipeline/summary'
import type { HandlersOf } from './types'

export const pipelineHandlers: HandlersOf<typeof pipelineContract> = {
  'pipeline.summary': async (input, ctx) => loadPipeline(ctx.requireWs(), input),
  'pipeline.exportXlsx': async (input, ctx) => exportPipelineXlsx(ctx.requireWs(), input),
  'pipeline.settings': async (_i, ctx) => pipelineSettings(ctx.requireWs()),
  'pipeline.saveSettings': async (input, ctx) => savePipelineSettings(ctx.requireWritable(), input),
  'pipeline.winloss': async (_i, ctx) => loadWinLoss(ctx.requireWs()),
  'pipeline.deadline': async ({ kind, from }, ctx) => deadline(ctx.ws, kind, from),
  'pipeline.timeline': async ({ bidId }, ctx) => timelineOfBid(ctx.requireWs(), bidId),
  'pipeline.moveStage': async (input, ctx) => moveStage(ctx.requireWritable(), input),
  'pipeline.recordOpening': async (input, ctx) => recordOpening(ctx.requireWritable(), input),
}
