import { z } from 'zod'
import { DateSchema, IdSchema, OptDate, OptMoney, ShortText, Text } from './common'
import { CustomerRoleSchema } from './customer'

/** Parts of a bid the sales pipeline, the customer archive and win/loss analytics read (DOMAIN.md §3, §7, §13). */

/** One person of the customer archive in this bid's decision chain (referenced, never copied). */
export const ChainLinkSchema = z.object({
  personId: IdSchema,
  /** The person's role in this purchase when it differs from their role at the customer. */
  role: CustomerRoleSchema.nullable().default(null),
  /** What this bid needs from the person. */
  note: Text,
})
export type ChainLink = z.infer<typeof ChainLinkSchema>

/** The day a bid entered a funnel stage; the last entry is its current stage. */
export const StageEntrySchema = z.object({
  id: IdSchema,
  stage: z.number().int().min(1).max(7),
  date: DateSchema,
  /** Seeded by the v3→v4 migration from the last save: the bid was in the stage at least since then. */
  estimated: z.boolean().default(false),
})
export type StageEntry = z.infer<typeof StageEntrySchema>

/** One bidder as read out at the opening (开标记录), and the score once the result is published. */
export const OpeningBidderSchema = z.object({
  id: IdSchema,
  name: ShortText,
  isUs: z.boolean().default(false),
  competitorId: IdSchema.nullable().default(null),
  price: OptMoney,
  /** Total score when the buyer publishes it (综合评分法), else null. */
  score: z.number().finite().min(0).max(1_000).nullable().default(null),
  rank: z.number().int().min(1).max(1_000).nullable().default(null),
  /** False when the bidder was rejected (无效投标 / 否决投标). */
  valid: z.boolean().default(true),
  won: z.boolean().default(false),
  note: ShortText,
})
export type OpeningBidder = z.infer<typeof OpeningBidderSchema>

export const OpeningRecordSchema = z
  .object({
    /** The day of the opening; the bid's opening time when not given. */
    date: OptDate,
    bidders: z.array(OpeningBidderSchema).max(200).default([]),
    /** The procurement failed at or after the opening (流标/废标): no winner; the bid's result follows. */
    failed: z.boolean().default(false),
    /** Why it failed (有效投标人不足三家, 报价均超预算…), copied into the bid's result reason. */
    failReason: ShortText,
    /** When the record was last applied to the competitor registry and the scoring matrix. */
    appliedAt: z.string().max(40).nullable().default(null),
  })
  .prefault({})
export type OpeningRecord = z.infer<typeof OpeningRecordSchema>
