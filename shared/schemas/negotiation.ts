import { z } from 'zod'
import {
  DocMetaShape,
  IdList,
  IdSchema,
  NegotiationStyleSchema,
  OptMoney,
  ShortText,
  StringList,
  Text,
} from './common'

export const NEGOTIATION_SCHEMA_VERSION = 1

export const CONCESSION_PATTERN_NAMES = [
  '坚定冒险型',
  '强硬态度型',
  '刺激欲望型',
  '诱发幻想型',
  '希望成交型',
  '妥协成交型',
  '或冷或热型',
  '虚伪报价型',
  '愚蠢缴枪型',
] as const
export const ConcessionPatternNameSchema = z.enum(CONCESSION_PATTERN_NAMES)

export const PHRASE_CATEGORIES = ['弹性语言', '威胁与诱导', '面子', '说服', '建立信任'] as const

/** The simulated buyer of DOMAIN.md §8: every parameter visible and editable. */
export const BuyerParamsSchema = z
  .object({
    /** The price it hopes to pay. */
    target: z.number().finite().nonnegative(),
    /** The most it will pay. */
    reservation: z.number().finite().nonnegative(),
    /** Rounds it is willing to negotiate before deciding. */
    patience: z.number().int().min(1).max(30),
    style: NegotiationStyleSchema,
    /** 0–1: how much it believes the seller; falls after a take-back. */
    trust: z.number().min(0).max(1),
  })
  .refine((b) => b.reservation >= b.target, {
    message: '保留价不能低于目标价 / reservation (the most the buyer pays) must be at least its target',
    path: ['reservation'],
  })
export type BuyerParamsInput = z.infer<typeof BuyerParamsSchema>

export const BUYER_ACTIONS = ['accept', 'push', 'probe', 'threaten', 'walk'] as const
export const BuyerActionSchema = z.enum(BUYER_ACTIONS)

export const RehearsalTurnSchema = z.object({
  round: z.number().int().positive(),
  concession: z.number().finite(),
  tradeable: z.string().max(2_000).nullable().default(null),
  price: z.number().finite(),
  action: BuyerActionSchema,
  counterOffer: z.number().finite().nullable().default(null),
  message: z.object({ zh: z.string().max(2_000), en: z.string().max(2_000) }),
  trust: z.number().min(0).max(1),
})

export const RehearsalSessionSchema = z.object({
  id: IdSchema,
  startedAt: z.string(),
  seed: z.number().int(),
  openingPrice: z.number().finite().nonnegative(),
  buyer: BuyerParamsSchema,
  turns: z.array(RehearsalTurnSchema).max(100).default([]),
  status: z.enum(['open', 'deal', 'walked']).default('open'),
  finalPrice: z.number().finite().nullable().default(null),
})
export type RehearsalSessionDoc = z.infer<typeof RehearsalSessionSchema>

export const StyleResultSchema = z.object({
  person: ShortText,
  takenAt: z.string(),
  /** Statement id → agreement 1–5. */
  answers: z.record(z.string(), z.number().int().min(1).max(5)),
  /** Style → 0–100. */
  profile: z.record(NegotiationStyleSchema, z.number().min(0).max(100)),
  dominant: z.array(NegotiationStyleSchema),
})
export type StyleResult = z.infer<typeof StyleResultSchema>

export const NegotiationSchema = z.object({
  ...DocMetaShape,
  schemaVersion: z.literal(NEGOTIATION_SCHEMA_VERSION),
  bidId: IdSchema.nullable().default(null),
  counterpart: z.object({ org: ShortText, personIds: IdList, people: StringList }).prefault({}),
  kind: z.enum(['一般性', '专门性', '外交性']).default('一般性'),
  stance: z.enum(['竞争型', '合作型', '双赢型']).default('双赢型'),
  preparationFactors: StringList,
  goals: z
    .object({
      ideal: OptMoney,
      target: OptMoney,
      walkAway: OptMoney,
      /** What the deal costs us; the simulators measure margin over it (else over the walk-away). */
      cost: OptMoney,
      batna: Text,
    })
    .prefault({}),
  /** The list price the concessions are made from. */
  openingPrice: OptMoney,
  tradeables: z
    .array(
      z.object({ id: IdSchema, name: ShortText, ourCost: OptMoney, theirValue: OptMoney, note: ShortText }),
    )
    .default([]),
  ourStyle: NegotiationStyleSchema.nullable().default(null),
  counterpartStyle: NegotiationStyleSchema.nullable().default(null),
  strategies: z.object({ opening: Text, middle: Text, closing: Text }).prefault({}),
  techniques: z.object({ opening: Text, middle: Text, closing: Text }).prefault({}),
  phrases: z
    .array(
      z.object({
        id: IdSchema,
        category: z.enum(PHRASE_CATEGORIES),
        text: z.string().max(2_000),
        note: ShortText,
      }),
    )
    .default([]),
  concession: z
    .object({
      pattern: z.union([ConcessionPatternNameSchema, z.literal('自定义')]).default('希望成交型'),
      /** null: 开价 − 现实目标 (concessionTotal); a number is the user's own budget. */
      total: z.number().finite().nonnegative().nullable().default(null),
      /** Money unit the steps are rounded to; null: sized to the budget (defaultUnit). */
      unit: z.number().finite().positive().nullable().default(null),
      rounds: z.number().int().min(2).max(12).default(4),
      custom: z.array(z.number().finite()).max(12).default([]),
    })
    .prefault({}),
  risks: StringList,
  /** Rehearsal sessions and style-test results are appended by the simulator features. */
  rehearsals: z.array(RehearsalSessionSchema).default([]),
  styleResults: z.array(StyleResultSchema).default([]),
  notes: Text,
})
export type Negotiation = z.infer<typeof NegotiationSchema>
