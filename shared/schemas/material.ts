import { z } from 'zod'
import { DateSchema, DocMetaShape, OptDate, OptMoney, ShortText, StringList, Text } from './common'
import { SectionDocSchema } from './section-doc'

export const MATERIAL_SCHEMA_VERSION = 1

/** DOMAIN.md §10 */
export const MATERIAL_KINDS = [
  '资质证书',
  '人员证书',
  '营业执照',
  '财务报表',
  '纳税/社保证明',
  '信用查询',
  '样板客户/类似业绩',
  '公司介绍',
  '产品与技术资料',
  '服务标准与承诺',
  '商务资料',
  /** A passage saved from a bid's section to be pulled into other bids (`block`). */
  '文本块',
] as const
export const MaterialKindSchema = z.enum(MATERIAL_KINDS)
export type MaterialKind = z.infer<typeof MaterialKindSchema>

export const AttachmentSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(255),
  mime: z.string().max(100).default('application/octet-stream'),
  size: z.number().int().nonnegative(),
})
export type Attachment = z.infer<typeof AttachmentSchema>

/**
 * Where a 文本块 was saved from: the names, number and dates of that bid are what must not survive in another bid
 * (E07 on reuse), even after the source bid is renamed or deleted.
 */
export const BlockOriginSchema = z.object({
  bidId: z.string().max(64).default(''),
  bidTitle: ShortText,
  buyerName: ShortText,
  tenderNo: ShortText,
  sectionTitle: ShortText,
  /** The source bid's own days (deadline, opening, signing …), YYYY-MM-DD. */
  dates: z.array(DateSchema).max(50).default([]),
})
export type BlockOrigin = z.infer<typeof BlockOriginSchema>

export const MaterialSchema = z.object({
  ...DocMetaShape,
  schemaVersion: z.literal(MATERIAL_SCHEMA_VERSION),
  kind: MaterialKindSchema.default('资质证书'),
  owner: ShortText,
  tags: StringList,
  issuer: ShortText,
  number: ShortText,
  validFrom: OptDate,
  validTo: OptDate,
  /** Person holding a personal certificate. */
  holder: ShortText,
  /** Fiscal year of a financial statement or tax/social-insurance proof. */
  year: z.number().int().min(1990).max(2100).nullable().default(null),
  /** 样板客户/类似业绩 */
  reference: z
    .object({
      customer: ShortText,
      industry: ShortText,
      amount: OptMoney,
      contractDate: OptDate,
      contact: ShortText,
      rating: ShortText,
    })
    .prefault({}),
  content: Text,
  attachments: z.array(AttachmentSchema).max(200).default([]),
  /** A renewed material points to its predecessor, so bids follow the chain. */
  supersedes: z.string().max(64).nullable().default(null),
  /** 文本块: the saved passage as a section document (`content` holds its text for search) and its origin. */
  block: z
    .object({ doc: SectionDocSchema, origin: BlockOriginSchema.prefault({}) })
    .nullable()
    .default(null),
})
export type Material = z.infer<typeof MaterialSchema>
