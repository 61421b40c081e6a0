import { z } from 'zod'
import { DocMetaShape, IdList, IdSchema, OptMoney, ShortText, Text } from './common'

export const MATRIX_SCHEMA_VERSION = 1

export const ScoreCategorySchema = z.enum(['价格', '商务', '技术', '其他'])

/** Points of a scoring item, a self-score or an estimate. */
export const PointsSchema = z.number().finite().nonnegative().max(1000)

export const EstimateSchema = z.object({
  bidderId: IdSchema,
  low: PointsSchema.nullable().default(null),
  likely: PointsSchema.nullable().default(null),
  high: PointsSchema.nullable().default(null),
})

export const ScoringItemSchema = z.object({
  id: IdSchema,
  category: ScoreCategorySchema.default('技术'),
  name: ShortText,
  maxPoints: PointsSchema.default(0),
  criteria: Text,
  kind: z.enum(['objective', 'subjective']).default('subjective'),
  selfScore: PointsSchema.nullable().default(null),
  evidence: z.object({ sectionIds: IdList, materialIds: IdList, requirementIds: IdList }).prefault({}),
  estimates: z.array(EstimateSchema).default([]),
})
export type ScoringItem = z.infer<typeof ScoringItemSchema>

export const PriceRuleSchema = z.object({
  method: z.enum(['lowest', 'average', 'lowestEvaluated']).default('lowest'),
  /** Price weight in points (= percent of 100). */
  weight: z.number().min(0).max(100).default(30),
  dropExtremesWhenAtLeast: z.number().int().min(0).nullable().default(null),
  k: z.number().positive().max(2).default(1),
  pointsPerPctAbove: z.number().nonnegative().default(1),
  pointsPerPctBelow: z.number().nonnegative().default(0.5),
  smeDeductionPct: z.number().min(0).max(50).default(10),
  tieBreak: z.enum(['技术分高者优先', '报价低者优先', '抽签']).default('技术分高者优先'),
})
export type PriceRule = z.infer<typeof PriceRuleSchema>

export const BidderSchema = z.object({
  id: IdSchema,
  name: ShortText,
  isUs: z.boolean().default(false),
  competitorId: IdSchema.nullable().default(null),
  sme: z.boolean().default(false),
  price: z.object({ low: OptMoney, likely: OptMoney, high: OptMoney }).prefault({}),
  /** What the opening (and the published result) showed, next to the estimates: filled from the bid's 开标记录. */
  actual: z
    .object({
      price: OptMoney,
      score: z.number().finite().min(0).max(1_000).nullable().default(null),
      won: z.boolean().default(false),
    })
    .optional(),
  /** 无效投标: out of the ranking and of the benchmark price (87号令 art. 55 averages valid bids only). */
  invalid: z.boolean().default(false),
  invalidReason: ShortText,
})
export type Bidder = z.infer<typeof BidderSchema>

export const MatrixSchema = z.object({
  ...DocMetaShape,
  schemaVersion: z.literal(MATRIX_SCHEMA_VERSION),
  bidId: IdSchema.nullable().default(null),
  procurementCategory: z.enum(['货物', '服务', '工程']).default('货物'),
  items: z.array(ScoringItemSchema).max(2_000).default([]),
  priceRule: PriceRuleSchema.prefault({}),
  bidders: z.array(BidderSchema).max(100).default([]),
  ourPrice: OptMoney,
  /** What the contract costs us: no price below it is recommended. */
  cost: OptMoney,
  seed: z.number().int().default(20261127),
  notes: Text,
})
export type Matrix = z.infer<typeof MatrixSchema>
