import { z } from 'zod'
import {
  AcknowledgementSchema,
  ChecklistItemSchema,
  ClarificationSchema,
  ExportDecisionSchema,
  PersonSchema,
  QuoteSchema,
  RequiredMaterialSchema,
  RequirementSchema,
  RiskSchema,
  SectionSchema,
  TermsSchema,
} from './bid-parts'
import {
  DocMetaShape,
  IdList,
  IdSchema,
  OptDate,
  OptDateTime,
  OptMoney,
  OrgTypeSchema,
  ShortText,
  StringList,
  Text,
} from './common'
import {
  ConsortiumSchema,
  KeyStaffSchema,
  LotSchema,
  SignatorySchema,
  SmeSchema,
  TaxSchema,
} from './bid-model'
import { ChainLinkSchema, OpeningRecordSchema, StageEntrySchema } from './bid-pipeline'
import { StrategySheetSchema } from './competitor'
import { AttachmentSchema } from './material'
import { BuyerFormFileSchema } from './bid-buyer-forms'

export const BID_SCHEMA_VERSION = 5

export const TenderFormSchema = z.enum([
  '公开招标',
  '邀请招标',
  '议标',
  '竞争性谈判',
  '竞争性磋商',
  '询价',
  '单一来源',
])
export const EvaluationMethodSchema = z.enum(['综合评分法', '最低评标价法'])
export const GoverningLawSchema = z.enum(['政府采购', '招标投标'])
export const ProcurementCategorySchema = z.enum(['货物', '服务', '工程'])
export const BondFormSchema = z.enum(['转账', '保函', '保险'])

/** The seven-step big-account funnel (DOMAIN.md §3). */
export const PIPELINE_STAGES = [
  '定位目标客户群',
  '挖掘销售线索',
  '线索转化为有效商机',
  '取得客户初步认可',
  '取得认可并引导招标',
  '完成商务谈判',
  '回款成交',
] as const

export const BidSchema = z.object({
  ...DocMetaShape,
  schemaVersion: z.literal(BID_SCHEMA_VERSION),
  tenderNo: ShortText,
  lots: z.array(LotSchema).max(500).default([]),
  buyer: z.object({ name: ShortText, type: OrgTypeSchema.default('政府'), region: ShortText }).prefault({}),
  agency: ShortText,
  tenderForm: TenderFormSchema.default('公开招标'),
  evaluationMethod: EvaluationMethodSchema.default('综合评分法'),
  governingLaw: GoverningLawSchema.default('政府采购'),
  category: ProcurementCategorySchema.default('货物'),
  budget: OptMoney,
  priceCeiling: OptMoney,
  dates: z
    .object({
      release: OptDate,
      clarificationDeadline: OptDateTime,
      submissionDeadline: OptDateTime,
      opening: OptDateTime,
      publicityEnd: OptDate,
      /** The day the result (中标/成交结果公告, or the 中标候选人公示) was published: the post-award periods start here. */
      announcement: OptDate,
      /** The day we knew of the harm, when a 质疑 runs from another day than the end of the notice period. */
      harmKnown: OptDate,
      /** The day our 质疑 reached the buyer (the answer period and the 投诉 deadline follow from it). */
      challengeFiled: OptDate,
    })
    .prefault({}),
  /**
   * The one date every form of the 投标文件 is signed on (YYYY-MM-DD). When null, the day of the submission deadline;
   * never the day of the export. Must not be after the deadline.
   */
  signDate: OptDate,
  validityDaysRequired: z.number().int().nonnegative().nullable().default(null),
  validityDays: z.number().int().nonnegative().nullable().default(null),
  bond: z
    .object({
      required: OptMoney,
      allowedForms: z.array(BondFormSchema).default(['转账', '保函']),
      deadline: OptDateTime,
      paidAmount: OptMoney,
      paidForm: BondFormSchema.nullable().default(null),
      paidAt: OptDateTime,
      /** The 保函 or the bank transfer receipt, scanned: printed in the bond section (投标保证金). */
      proof: z.array(AttachmentSchema).max(20).default([]),
      /** The tender requires a bond paid in cash or by transfer to come from the 基本账户 (实施条例 art. 26). */
      basicAccountRequired: z.boolean().default(false),
      /** The account the bond was paid from. */
      payerAccount: ShortText,
    })
    .prefault({}),
  copies: z
    .object({
      originalRequired: z.number().int().nonnegative().default(1),
      copiesRequired: z.number().int().nonnegative().default(0),
      electronicRequired: z.boolean().default(false),
      originalPlanned: z.number().int().nonnegative().default(0),
      copiesPlanned: z.number().int().nonnegative().default(0),
      electronicPlanned: z.boolean().default(false),
    })
    .prefault({}),
  stage: z.number().int().min(1).max(7).default(1),
  /** When the bid entered each stage (a save that changes the stage appends an entry). */
  stageHistory: z.array(StageEntrySchema).max(1_000).default([]),
  forecast: z
    .object({
      /** The contract amount we expect; when null, our bid price, else the budget (shared/domain/pipeline). */
      amount: OptMoney,
      bidDate: OptDate,
      resultDate: OptDate,
      contractDate: OptDate,
      paymentDate: OptDate,
      revenueDate: OptDate,
    })
    .prefault({}),
  result: z
    .object({
      /** 放弃: we dropped the opportunity (or did not bid) before a result. */
      outcome: z.enum(['未定', '中标', '未中标', '流标/废标', '放弃']).default('未定'),
      winner: ShortText,
      winningPrice: OptMoney,
      /** Why we won, lost, or the procurement failed (评审得分、价格、资格…). */
      reason: Text,
      lessons: Text,
    })
    .prefault({}),
  consortium: ConsortiumSchema.prefault({}),
  sme: SmeSchema.prefault({}),
  keyStaff: z.array(KeyStaffSchema).max(200).default([]),
  signatory: SignatorySchema.prefault({}),
  tax: TaxSchema.prefault({}),
  manufacturerAuthRequired: z.boolean().default(false),
  manufacturerAuthMaterialId: IdSchema.nullable().default(null),
  /** The tender asks for the 投标文件 in parts (资格/商务/技术/报价): a divider page starts each part. */
  partDividers: z.boolean().default(false),
  /** The section titles in the order the tender mandates (目录 of the 投标文件格式). */
  mandatedOrder: StringList,
  requirements: z.array(RequirementSchema).max(50_000).default([]),
  sections: z.array(SectionSchema).max(5_000).default([]),
  /** The buyer's own form files, each form printed instead of its matching standard section (full export). */
  buyerForms: z.array(BuyerFormFileSchema).max(50).default([]),
  requiredMaterials: z.array(RequiredMaterialSchema).max(500).default([]),
  materialIds: IdList,
  quote: QuoteSchema.prefault({}),
  termsRequired: TermsSchema.prefault({}),
  termsOffered: TermsSchema.prefault({}),
  /** The customer of the archive this bid is for (DOMAIN.md §7). */
  customerId: IdSchema.nullable().default(null),
  /** The decision chain: people of the customer, referenced. */
  decisionChain: z.array(ChainLinkSchema).max(500).default([]),
  /** A chain written before the customer archive (schema v3 `people`), kept until it is moved into the customer. */
  legacyPeople: z.array(PersonSchema).max(500).default([]),
  /** 开标记录: every bidder's price (and score when published). */
  opening: OpeningRecordSchema,
  clarifications: z.array(ClarificationSchema).max(500).default([]),
  risks: z.array(RiskSchema).max(500).default([]),
  manualChecklist: z.array(ChecklistItemSchema).max(500).default([]),
  competitorIds: IdList,
  /** The differentiation strategy sheet of this bid (DOMAIN.md §6); null until the team starts one. */
  strategy: StrategySheetSchema.nullable().default(null),
  matrixId: IdSchema.nullable().default(null),
  /** Per-bid overrides of check thresholds (see shared/domain/checks config). */
  checkConfig: z.record(z.string(), z.unknown()).default({}),
  acknowledgements: z.array(AcknowledgementSchema).max(5_000).default([]),
  exportDecisions: z.array(ExportDecisionSchema).max(1_000).default([]),
  notes: Text,
})
export type Bid = z.infer<typeof BidSchema>
export type BidInput = z.input<typeof BidSchema>
