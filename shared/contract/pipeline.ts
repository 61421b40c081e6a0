import { z } from 'zod'
import type { SpecialDay, TimelineStep } from '../domain/calendar'
import type { PipelineSummary, PricePositions, WinLoss } from '../domain/pipeline'
import { PipelineSettingsFormSchema, type PipelineSettingsForm } from '../domain/pipeline/settings-form'
import { DateSchema, IdSchema, OpeningRecordSchema, PeriodSchema, type Bid } from '../schemas'
import { method, NoInput } from './define'

export const ChallengeKindSchema = z.enum(['质疑', '投诉'])

export interface DeadlineResult {
  kind: '质疑' | '投诉'
  from: string
  deadline: string
  workingDays: number
  basis: string
  skipped: SpecialDay[]
  adjusted: SpecialDay[]
  calendarValidThrough: number
}

export interface WinLossReport extends WinLoss {
  positions: PricePositions
}

export interface BidTimeline {
  steps: TimelineStep[]
  calendarValidThrough: number
}

export interface PipelineXlsx {
  fileName: string
  dataBase64: string
  period: string
}

export interface OpeningSaved {
  bid: Bid
  competitorsUpdated: string[]
  matrixUpdated: string | null
  unmatched: string[]
}

/** The sales pipeline (销售漏斗), win/loss analytics and the post-award calendar (DOMAIN.md §3, §13). */
export const pipelineContract = {
  'pipeline.summary': method(
    z.strictObject({ period: PeriodSchema.optional(), today: DateSchema.optional() }),
    z.custom<PipelineSummary>(),
    'Funnel by stage, forecast by month and quarter, coverage of the period target, Q4 concentration, stage-age warnings, conversions and post-award reminders',
  ),
  'pipeline.exportXlsx': method(
    z.strictObject({ period: PeriodSchema.optional(), today: DateSchema.optional() }),
    z.custom<PipelineXlsx>(),
    'The pipeline as an .xlsx with live formulas: opportunities (weighted = amount × stage probability), funnel, forecast by month and quarter, coverage = weighted ÷ target',
  ),
  'pipeline.settings': method(
    NoInput,
    z.custom<PipelineSettingsForm & { builtInTo: number; validThrough: number }>(),
    "The workspace's stage probabilities, stage-age limits, targets and working-day calendar supplements",
  ),
  'pipeline.saveSettings': method(
    PipelineSettingsFormSchema,
    z.custom<PipelineSettingsForm & { builtInTo: number; validThrough: number }>(),
    'Save stage probabilities (not falling from stage to stage), stage-age limits, targets per period and calendar supplement years',
  ),
  'pipeline.winloss': method(
    NoInput,
    z.custom<WinLossReport>(),
    'Win rates by competitor met, customer 性质, evaluation method and price weight; price gaps at losses; price positions over time',
  ),
  'pipeline.deadline': method(
    z.strictObject({ kind: ChallengeKindSchema, from: DateSchema }),
    z.custom<DeadlineResult>(),
    '质疑 (7) or 投诉 (15) working-day deadline from a day (not counted), on the official calendar with 调休 and the workspace supplements',
  ),
  'pipeline.timeline': method(
    z.strictObject({ bidId: IdSchema }),
    z.custom<BidTimeline>(),
    "A bid's post-award periods (公示, 质疑, 答复, 投诉) from its announcement date",
  ),
  'pipeline.moveStage': method(
    z.strictObject({
      bidId: IdSchema,
      stage: z.number().int().min(1).max(7),
      expectedUpdatedAt: z.string().max(40).optional(),
      today: DateSchema.optional(),
    }),
    z.custom<Bid>(),
    'Move a bid to another funnel stage; the day it entered the stage is added to its stage history',
  ),
  'pipeline.recordOpening': method(
    z.strictObject({
      bidId: IdSchema,
      opening: OpeningRecordSchema,
      expectedUpdatedAt: z.string().max(40).optional(),
    }),
    z.custom<OpeningSaved>(),
    "Save a bid's 开标记录 and apply it: competitors' price history, the matrix's actual prices and scores, the result",
  ),
}
