import { z } from 'zod'
import { RelationshipLevelSchema } from './bid-parts'
import {
  DateSchema,
  DocMetaShape,
  IdList,
  IdSchema,
  OptDate,
  OrgTypeSchema,
  ShortText,
  StringList,
  Text,
} from './common'

export const CUSTOMER_SCHEMA_VERSION = 1

/** DOMAIN.md §7: the roles of the customer's people, 内线 (an insider who informs us) included. */
export const CUSTOMER_ROLES = ['KDM', 'KI', 'KU', '教练', '内线'] as const
export const CustomerRoleSchema = z.enum(CUSTOMER_ROLES)
export type CustomerRole = z.infer<typeof CustomerRoleSchema>

/** The course's four strategies (痛点方案, 高层互访, 参观总部, 参观样板客户) and the everyday visit and technical exchange. */
export const ACTIVITY_KINDS = [
  '拜访',
  '痛点方案',
  '高层互访',
  '参观总部',
  '参观样板客户',
  '技术交流',
  '其他',
] as const
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS)
export const ActivityOutcomeSchema = z.enum(['推进', '维持', '受阻'])

export const LevelChangeSchema = z.object({
  id: IdSchema,
  date: DateSchema,
  level: RelationshipLevelSchema,
  note: ShortText,
})
export type LevelChange = z.infer<typeof LevelChangeSchema>

export const CustomerPersonSchema = z.object({
  id: IdSchema,
  name: ShortText,
  position: ShortText,
  department: ShortText,
  role: CustomerRoleSchema.default('KI'),
  /** Since when the person holds the role: a KDM new in office restarts the relationship. */
  roleSince: OptDate,
  /** The relationship level now; every change is also kept in levelHistory with its date. */
  level: RelationshipLevelSchema.default('CR3'),
  targetLevel: RelationshipLevelSchema.nullable().default(null),
  levelHistory: z.array(LevelChangeSchema).max(1_000).default([]),
  /** 新晋升 / 临近退休 / … — what a person values depends on it (DOMAIN.md §7). */
  profile: ShortText,
  concerns: Text,
  valuePoints: Text,
  plan: Text,
  reportsTo: IdSchema.nullable().default(null),
  /** No longer with the customer: kept for the history, left out of the decision chain and the warnings. */
  left: z.boolean().default(false),
})
export type CustomerPerson = z.infer<typeof CustomerPersonSchema>

export const ActivitySchema = z.object({
  id: IdSchema,
  date: OptDate,
  kind: ActivityKindSchema.default('拜访'),
  /** The customer's people met. */
  personIds: IdList,
  /** Who went from our side (names). */
  ourPeople: ShortText,
  bidId: IdSchema.nullable().default(null),
  summary: Text,
  outcome: ActivityOutcomeSchema.nullable().default(null),
  nextStep: ShortText,
})
export type Activity = z.infer<typeof ActivitySchema>

/** A competitor seen with the customer (a visit, a dinner, a technical exchange) — an early warning. */
export const SightingSchema = z.object({
  id: IdSchema,
  date: OptDate,
  competitorId: IdSchema.nullable().default(null),
  /** As heard, when the competitor is not (yet) in the registry. */
  competitorName: ShortText,
  personIds: IdList,
  note: ShortText,
})
export type Sighting = z.infer<typeof SightingSchema>

/** Scores 0–5 per tiering criterion (keys from workspace settings `customers.criteria`). */
export const TierScoresSchema = z.record(z.string().min(1).max(40), z.number().min(0).max(5)).default({})

export const CustomerSchema = z.object({
  ...DocMetaShape,
  schemaVersion: z.literal(CUSTOMER_SCHEMA_VERSION),
  /** Other names the customer goes by on tenders (bids are linked by customerId; aliases help find it). */
  aliases: StringList,
  nature: OrgTypeSchema.default('政府'),
  industry: ShortText,
  region: ShortText,
  scores: TierScoresSchema,
  people: z.array(CustomerPersonSchema).max(2_000).default([]),
  activities: z.array(ActivitySchema).max(20_000).default([]),
  sightings: z.array(SightingSchema).max(5_000).default([]),
  notes: Text,
})
export type Customer = z.infer<typeof CustomerSchema>
