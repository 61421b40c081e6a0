import { z } from 'zod'
import { DateSchema, MoneySchema, ShortText } from './common'

/**
 * Workspace settings of the sales pipeline, the customer archive and the working-day calendar (DOMAIN.md §3,
 * §7, §13). Every number is a project choice with a default, editable per workspace.
 */

/** A forecast period: a year (2027), a quarter (2027Q1) or a month (2027-03). */
export const PeriodSchema = z
  .string()
  .regex(/^(\d{4})(Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'period: 2027, 2027Q1 or 2027-03')

/** Win probability per funnel stage, in percent (stage 1 … 7). */
export const DEFAULT_STAGE_PROBABILITIES = [5, 10, 25, 40, 60, 80, 100]
/** Days in a stage after which an opportunity counts as stuck (null: never; 回款成交 is closed). */
export const DEFAULT_STAGE_AGE_DAYS = [60, 45, 45, 30, 30, 30, null]

export const PipelineSettingsSchema = z
  .object({
    probabilities: z
      .array(z.number().min(0).max(100))
      .length(7)
      .default(() => [...DEFAULT_STAGE_PROBABILITIES]),
    stageAgeDays: z
      .array(z.number().int().min(1).max(3_650).nullable())
      .length(7)
      .default(() => [...DEFAULT_STAGE_AGE_DAYS]),
    /** Signing targets per period; a quarter without its own target uses a quarter of its year's. */
    targets: z
      .array(z.object({ period: PeriodSchema, amount: MoneySchema }))
      .max(500)
      .default([]),
  })
  .prefault({})
export type PipelineSettings = z.infer<typeof PipelineSettingsSchema>

export const TierCriterionSchema = z.object({
  key: z.string().min(1).max(40),
  label: ShortText,
  group: z.enum(['value', 'potential']),
  weight: z.number().min(0).max(100),
})
export type TierCriterion = z.infer<typeof TierCriterionSchema>

/** The course's 识别和划分: what a customer is worth now (value) and what it could become (potential). */
export const DEFAULT_TIER_CRITERIA: TierCriterion[] = [
  { key: 'volume', label: '年采购规模', group: 'value', weight: 40 },
  { key: 'margin', label: '利润贡献', group: 'value', weight: 30 },
  { key: 'reference', label: '样板与品牌价值', group: 'value', weight: 30 },
  { key: 'growth', label: '预算增长', group: 'potential', weight: 40 },
  { key: 'share', label: '我方份额提升空间', group: 'potential', weight: 30 },
  { key: 'projects', label: '新项目规划', group: 'potential', weight: 30 },
]

export const CustomerSettingsSchema = z
  .object({
    criteria: z
      .array(TierCriterionSchema)
      .max(30)
      .default(() => DEFAULT_TIER_CRITERIA.map((c) => ({ ...c }))),
    /** Tier A from this value × potential score (each 0–5, so 0–25), B from tierB, else C. */
    tierA: z.number().min(0).max(25).default(12),
    tierB: z.number().min(0).max(25).default(6),
    /** 风险预警 thresholds, in days. */
    kdmVisitDays: z.number().int().min(1).max(3_650).default(60),
    newKdmDays: z.number().int().min(1).max(3_650).default(90),
    levelFallDays: z.number().int().min(1).max(3_650).default(180),
    sightingDays: z.number().int().min(1).max(3_650).default(90),
  })
  .prefault({})
export type CustomerSettings = z.infer<typeof CustomerSettingsSchema>

export const SupplementYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  source: z.string().max(500).default(''),
  holidays: z
    .array(z.object({ date: DateSchema, name: z.string().min(1).max(40) }))
    .max(400)
    .default([]),
  workdays: z
    .array(z.object({ date: DateSchema, name: z.string().min(1).max(40) }))
    .max(100)
    .default([]),
})

export const CalendarSettingsSchema = z
  .object({ supplements: z.array(SupplementYearSchema).max(100).default([]) })
  .prefault({})
