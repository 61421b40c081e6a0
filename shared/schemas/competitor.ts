import { z } from 'zod'
import { DateSchema, DocMetaShape, IdSchema, OptDate, OptMoney, ShortText, StringList, Text } from './common'

export const COMPETITOR_SCHEMA_VERSION = 1

/** DOMAIN.md §6: the eight benchmark dimensions. */
export const BENCHMARK_DIMENSIONS = [
  '公司规模与知名度',
  '产品功能与技术',
  '公司及产品线收款',
  '人才数量',
  '人才能力',
  '行业经营效果',
  '市场费用投入',
  '政府关系',
] as const
export const BenchmarkDimensionSchema = z.enum(BENCHMARK_DIMENSIONS)

const Score = z.number().min(0).max(10).nullable().default(null)

/** One price of the competitor in a tender: read out at an opening we attended, or from a published result. */
export const PricePointSchema = z.object({
  id: IdSchema,
  /** The bid it was recorded from (开标记录), or null for a tender we only read about. */
  bidId: IdSchema.nullable().default(null),
  tender: ShortText,
  buyer: ShortText,
  date: OptDate,
  price: OptMoney,
  /** The ceiling (or budget) of that tender, so prices of different sizes compare as a share of it. */
  ceiling: OptMoney,
  score: z.number().finite().min(0).max(1_000).nullable().default(null),
  rank: z.number().int().min(1).max(1_000).nullable().default(null),
  won: z.boolean().nullable().default(null),
  valid: z.boolean().default(true),
  source: z.enum(['开标记录', '结果公告', '其他']).default('开标记录'),
})
export type PricePoint = z.infer<typeof PricePointSchema>

export const CompetitorSchema = z.object({
  ...DocMetaShape,
  schemaVersion: z.literal(COMPETITOR_SCHEMA_VERSION),
  aliases: StringList,
  products: StringList,
  segments: z
    .array(
      z.object({
        name: ShortText,
        /** Percent 0–100; null when unknown (shown as missing, never as zero). */
        share: z.number().min(0).max(100).nullable().default(null),
        source: ShortText,
        date: OptDate,
      }),
    )
    .default([]),
  references: z.array(z.object({ customer: ShortText, rating: ShortText, comment: Text })).default([]),
  accountManagers: z
    .array(
      z.object({
        customer: ShortText,
        name: ShortText,
        visits: z.number().int().nonnegative().default(0),
        leadersVisited: StringList,
      }),
    )
    .default([]),
  strengths: StringList,
  weaknesses: StringList,
  benchmark: z
    .array(
      z.object({
        dimension: BenchmarkDimensionSchema,
        us: Score,
        them: Score,
        evidence: Text,
        date: DateSchema.nullable().default(null),
      }),
    )
    .default([]),
  swot: z.object({ s: StringList, w: StringList, o: StringList, t: StringList }).prefault({}),
  /** Per-bid intelligence: answers to the DOMAIN.md §6 questions. */
  intel: z
    .array(
      z.object({
        bidId: IdSchema,
        answers: z.record(z.string(), z.string().max(5_000)).default({}),
      }),
    )
    .default([]),
  /** Prices seen over time (shared/domain/pipeline applyOpening keeps the entries of our bids' openings). */
  priceHistory: z.array(PricePointSchema).max(5_000).default([]),
  notes: Text,
})
export type Competitor = z.infer<typeof CompetitorSchema>

/** DOMAIN.md §6: the six differentiation levers. */
export const DIFFERENTIATION_LEVERS = ['产品', '价格', '服务', '员工', '企业形象', '管理'] as const
export const LeverSchema = z.enum(DIFFERENTIATION_LEVERS)
export const StrategyStatusSchema = z.enum(['未开始', '进行中', '已完成', '已取消'])

export const StrategyActionSchema = z.object({
  id: IdSchema,
  lever: LeverSchema,
  /** Which competitors the action is aimed at; empty = the whole field. */
  competitorIds: z.array(IdSchema).max(100).default([]),
  action: ShortText,
  owner: ShortText,
  due: OptDate,
  status: StrategyStatusSchema.default('未开始'),
  note: ShortText,
})
export type StrategyAction = z.infer<typeof StrategyActionSchema>

/** Per-bid differentiation strategy sheet, stored as `strategy` on the Bid. */
export const StrategySheetSchema = z.object({
  bidId: IdSchema,
  /** The levers chosen for this bid, in priority order. */
  levers: z.array(LeverSchema).max(6).default([]),
  actions: z.array(StrategyActionSchema).max(500).default([]),
  updatedAt: z.string().default(''),
})
export type StrategySheet = z.infer<typeof StrategySheetSchema>
