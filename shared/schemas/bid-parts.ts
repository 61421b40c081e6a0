import { z } from 'zod'
import { IdList, IdSchema, MoneySchema, OptDate, OptMoney, PartKindSchema, ShortText, Text } from './common'
import { SectionDocSchema, SectionSourceSchema, SectionStatusSchema } from './section-doc'

const Hours = z.number().finite().positive().max(10_000).nullable().default(null)

export const ResponseStatusSchema = z.enum(['未处理', '响应', '部分响应', '不响应'])
export const DeviationSchema = z.enum(['正偏离', '无偏离', '负偏离'])

export const RequirementSchema = z.object({
  id: IdSchema,
  no: ShortText,
  source: z.object({ chapter: ShortText, page: ShortText }).prefault({}),
  kind: PartKindSchema.default('技术'),
  star: z.boolean().default(false),
  /** The requirement is itself a scored (评分) item, so a bare "满足" or a one-liner loses points (C02/C03). */
  scored: z.boolean().default(false),
  text: Text,
  status: ResponseStatusSchema.default('未处理'),
  deviation: DeviationSchema.default('无偏离'),
  responseText: Text,
  evidence: z.object({ sectionIds: IdList, materialIds: IdList }).prefault({}),
  /** The row of the deviation table as written in the response, compared by E10. */
  deviationTableEntry: DeviationSchema.nullable().default(null),
})
export type Requirement = z.infer<typeof RequirementSchema>

export const SectionSchema = z.object({
  id: IdSchema,
  title: z.string().max(500).default(''),
  kind: PartKindSchema.default('技术'),
  /** Which standard form this section renders (templates/forms/<formKey>), or null for free text. */
  formKey: z.string().max(100).nullable().default(null),
  content: Text,
  materialIds: IdList,
  needsSeal: z.boolean().default(false),
  needsSignature: z.boolean().default(false),
  sealDone: z.boolean().default(false),
  signatureDone: z.boolean().default(false),
  done: z.boolean().default(false),
  /** Dated signature inside this section, checked against the submission deadline (E08). */
  signDate: OptDate,
  /**
   * The written content (headings, lists, tables, pictures …) when the section has been written in the editor;
   * `content` then holds its text (docText), which the text checks read. Null: `content` is plain text, one
   * paragraph per line (older files and API writers), printed the same way.
   */
  doc: SectionDocSchema.nullable().default(null),
  source: SectionSourceSchema.default('written'),
  /** 负责人 */
  owner: ShortText,
  status: SectionStatusSchema.default('待写'),
  /** The 评分项 (scoring matrix item ids) this section answers; the requirements name their sections themselves. */
  scoringItemIds: IdList,
})
export type Section = z.infer<typeof SectionSchema>

export const QuoteItemSchema = z.object({
  id: IdSchema,
  name: ShortText,
  /** 品牌 as the buyer's 报价明细表 asks for it (goods). */
  brand: ShortText,
  spec: ShortText,
  unit: z.string().max(50).default('项'),
  qty: z.number().finite().nonnegative().default(1),
  unitPrice: MoneySchema.default(0),
  /** Percent, e.g. 13 for 13 %. */
  taxRate: z.number().finite().min(0).max(100).default(13),
  note: ShortText,
  /** The lot (包) this line belongs to, in a 多包 tender. */
  lotId: IdSchema.nullable().default(null),
  /** Goods: who makes it, and that maker's size (the SME deduction needs every item from a small or micro maker). */
  manufacturer: ShortText,
  manufacturerSize: z.enum(['', '大型', '中型', '小型', '微型']).default(''),
})
export type QuoteItem = z.infer<typeof QuoteItemSchema>

export const QuoteSchema = z.object({
  currency: z.enum(['CNY', 'USD', 'EUR', 'HKD']).default('CNY'),
  moneyUnit: z.enum(['元', '万元']).default('元'),
  taxIncluded: z.boolean().default(true),
  items: z.array(QuoteItemSchema).max(20_000).default([]),
  /** Total as written in the 报价明细表 (compared with Σ qty × unit price, E02). */
  statedTotal: OptMoney,
  /** Price and words in the 投标函. */
  bidLetterPrice: OptMoney,
  bidLetterPriceWords: ShortText,
  /** 开标一览表 */
  openingSummary: z
    .object({
      present: z.boolean().default(true),
      lot: ShortText,
      price: OptMoney,
      priceWords: ShortText,
      deliveryPeriod: ShortText,
      warranty: ShortText,
      validityDays: z.number().int().nonnegative().nullable().default(null),
      note: ShortText,
    })
    .prefault({}),
  /** How rounding is stated (E02): 'line' rounds each line, 'total' only the sum. */
  rounding: z.enum(['line', 'total']).default('line'),
  costJustification: Text,
})
export type Quote = z.infer<typeof QuoteSchema>

export const DecisionRoleSchema = z.enum(['KDM', 'KI', 'KU', '教练'])
export const RelationshipLevelSchema = z.enum(['CR1', 'CR2', 'CR3', 'CR4', 'CR5'])

export const PersonSchema = z.object({
  id: IdSchema,
  name: ShortText,
  position: ShortText,
  department: ShortText,
  role: DecisionRoleSchema.default('KI'),
  level: RelationshipLevelSchema.default('CR3'),
  targetLevel: RelationshipLevelSchema.nullable().default(null),
  /** 新晋升 / 临近退休 / … — value points differ by person. */
  profile: ShortText,
  concerns: Text,
  valuePoints: Text,
  plan: Text,
  reportsTo: IdSchema.nullable().default(null),
})
export type Person = z.infer<typeof PersonSchema>

export const ClarificationSchema = z.object({
  id: IdSchema,
  no: ShortText,
  date: OptDate,
  summary: Text,
  affects: ShortText,
  recorded: z.boolean().default(true),
  acknowledged: z.boolean().default(false),
})

export const RiskSchema = z.object({
  id: IdSchema,
  description: Text,
  likelihood: z.enum(['低', '中', '高']).default('中'),
  impact: z.enum(['低', '中', '高']).default('中'),
  mitigation: Text,
  owner: ShortText,
  status: z.enum(['未处理', '处理中', '已关闭']).default('未处理'),
})

export const ChecklistItemSchema = z.object({
  id: IdSchema,
  label: ShortText,
  done: z.boolean().default(false),
  by: ShortText,
})

export const RequiredMaterialSchema = z.object({
  id: IdSchema,
  label: ShortText,
  /** Material kind from the library that satisfies it. */
  materialKind: z.string().max(50).default('资质证书'),
  /** For 财务报表: the years the tender asks for. */
  years: z.array(z.number().int().min(1990).max(2100)).default([]),
  /** A qualification whose absence or expiry makes the bid invalid. */
  qualification: z.boolean().default(true),
  /** The library material chosen for it; when null the checks match linked materials by kind and label. */
  materialId: IdSchema.nullable().default(null),
})

export const AcknowledgementSchema = z.object({
  key: z.string().max(500),
  ruleId: z.string().max(20),
  reason: z.string().trim().min(1).max(2000),
  by: ShortText,
  at: z.string(),
})

export const ExportDecisionSchema = z.object({
  at: z.string(),
  vetoFindings: z.number().int().nonnegative(),
  choice: z.enum(['go-back', 'export-anyway']),
  ruleIds: z.array(z.string()).default([]),
})

export const TermsSchema = z.object({
  deliveryDays: z.number().int().nonnegative().nullable().default(null),
  warrantyMonths: z.number().int().nonnegative().nullable().default(null),
  paymentTerms: ShortText,
  /** Days from acceptance to payment, used to compare payment terms (E13). */
  paymentDays: z.number().int().nonnegative().nullable().default(null),
  /** Service levels, in hours (0.5 = 30 分钟): time to respond, to be on site, to resolve a fault. */
  responseHours: Hours,
  onsiteHours: Hours,
  resolveHours: Hours,
  /** 服务期 as written, e.g. "2027年1月1日至2027年12月31日" or "合同签订后 12 个月". */
  servicePeriod: ShortText,
})
