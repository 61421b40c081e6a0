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

export const NegotiationSchema = z.object({
  ...DocMetaShape,
  schemaVersion: z.literal(NEGOTIATION_SCHEMA_VERSION),
  bidId: IdSchema.nullable().default(null),
  counterpart: z.object({ org: ShortText, personIds: IdList, people: StringList }).prefault({}),
  kind: z.enum(['一般性', '专门性', '外交性']).default('一般性'),
  stance: z.enum(['竞争型', '合作型', '双赢型']).default('双赢型'),
  preparationFactors: StringList,
  goals: z.object({ ideal: OptMoney, target: OptMoney, walkAway: OptMoney, batna: Text }).prefault({}),
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
      total: z.number().nonnegative().default(0),
      rounds: z.number().int().min(2).max(12).default(4),
      custom: z.array(z.number().finite()).max(12).default([]),
    })
    .prefault({}),
  risks: StringList,
  /** Rehearsal sessions and style-test results are appended by the simulator features. */
  rehearsals: z.array(z.record(z.string(), z.unknown())).default([]),
  styleResults: z.array(z.record(z.string(), z.unknown())).default([]),
  notes: Text,
})
export type Negotiation = z.infer<typeof NegotiationSchema>
