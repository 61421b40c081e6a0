import { z } from 'zod'
import { OptDate, ShortText, Text } from './common'
import { AttachmentSchema } from './material'
import { CalendarSettingsSchema, CustomerSettingsSchema, PipelineSettingsSchema } from './pipeline-settings'

export const WORKSPACE_SCHEMA_VERSION = 1

export const CompanyProfileSchema = z.object({
  name: ShortText,
  creditCode: ShortText,
  legalRep: ShortText,
  address: ShortText,
  phone: ShortText,
  bank: ShortText,
  bankAccount: ShortText,
  /** 法定代表人身份证明 asks for these: 性别、年龄（from the birth date, at the signing date）、职务、身份证号. */
  legalRepGender: z.enum(['', '男', '女']).default(''),
  legalRepBirthDate: OptDate,
  legalRepTitle: ShortText,
  legalRepIdNumber: ShortText,
  /** ID card scans (正面, 反面) printed after 法定代表人身份证明 / 授权委托书. */
  legalRepIdCard: z.array(AttachmentSchema).max(4).default([]),
  /** 基本存款账户 account number (a bond paid by transfer must come from it when the tender says so). */
  basicAccount: ShortText,
  sme: z.boolean().default(false),
  /**
   * The previous year's figures the 中小企业声明函 states (财库〔2020〕46号) and the size is judged from
   * (工信部联企业〔2011〕300号): 从业人员 (persons), 营业收入 and 资产总额 in 万元. Null: not entered (a company
   * founded this year has none and may leave them blank).
   */
  employees: z.number().int().nonnegative().max(10_000_000).nullable().default(null),
  revenueWan: z.number().finite().nonnegative().max(1e9).nullable().default(null),
  assetsWan: z.number().finite().nonnegative().max(1e9).nullable().default(null),
  /** What buyers' 投标人基本情况表 and 法定代表人身份证明 ask beyond the above (additive, no migration). */
  nature: ShortText,
  foundedDate: OptDate,
  registeredCapital: ShortText,
  postcode: ShortText,
  fax: ShortText,
  email: ShortText,
  agents: z
    .array(
      z.object({
        name: ShortText,
        idNumber: ShortText,
        phone: ShortText,
        idCard: z.array(AttachmentSchema).max(4).default([]),
      }),
    )
    .default([]),
  intro: Text,
})
export type CompanyProfile = z.infer<typeof CompanyProfileSchema>

export const WorkspaceSchema = z.object({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  createdAt: z.string(),
  updatedAt: z.string(),
  company: CompanyProfileSchema.prefault({}),
  settings: z
    .object({
      /** Workspace-wide defaults for check thresholds; a bid may override them. */
      checks: z.record(z.string(), z.unknown()).default({}),
      pipeline: PipelineSettingsSchema,
      customers: CustomerSettingsSchema,
      /** Working-day calendar years entered from the State Council's notice (shared/domain/calendar). */
      calendar: CalendarSettingsSchema,
      /**
       * The decision chains of bids written before the customer archive have been moved into it (done once, on the
       * first writable open; new workspaces start with true).
       */
      decisionChainsLinked: z.boolean().default(false),
    })
    .prefault({}),
})
export type Workspace = z.infer<typeof WorkspaceSchema>
