import { z } from 'zod'
import { IdList, IdSchema, OptMoney, ShortText } from './common'

/**
 * The parts of a bid that say who bids and on what (DOMAIN.md §4, checks v2): the consortium, the lots,
 * the 中小企业 status with its 声明函, the key staff, who signs, and the tax rate the tender requires.
 */

const Figure = z.number().finite().nonnegative().max(1e9).nullable().default(null)

export const ConsortiumRoleSchema = z.enum(['牵头人', '成员'])

export const ConsortiumMemberSchema = z.object({
  id: IdSchema,
  name: ShortText,
  creditCode: ShortText,
  role: ConsortiumRoleSchema.default('成员'),
  /** This member is our own company (its name and code then come from the company profile). */
  isUs: z.boolean().default(false),
  legalRep: ShortText,
  /** 分工: the part of the work this member does, as the 联合体协议 states it. */
  work: ShortText,
  /** Share of the contract in percent, as the agreement states it. */
  sharePercent: z.number().finite().min(0).max(100).nullable().default(null),
  /** The qualifications its share needs (e.g. 建筑工程施工总承包二级), one per line. */
  qualificationsRequired: z.array(z.string().max(200)).max(50).default([]),
  /** Library materials that prove them (certificates of this member). */
  qualificationMaterialIds: IdList,
  /** 中小企业 status of the member (for the consortium deduction of 财库〔2020〕46号 art. 9). */
  size: z.enum(['', '大型', '中型', '小型', '微型']).default(''),
  /** 从业人员 (persons), 营业收入 and 资产总额 (万元) of the previous year, as its 声明函 line states them (46号 附1). */
  employees: Figure,
  revenueWan: Figure,
  assetsWan: Figure,
})
export type ConsortiumMember = z.infer<typeof ConsortiumMemberSchema>

export const ConsortiumSchema = z.object({
  isConsortium: z.boolean().default(false),
  agreementMaterialId: IdSchema.nullable().default(null),
  members: z.array(ConsortiumMemberSchema).max(20).default([]),
})

export const LotSchema = z.object({
  id: IdSchema,
  no: ShortText,
  name: ShortText,
  budget: OptMoney,
  /** We bid on this lot (多包 tenders let a bidder choose lots). */
  bidding: z.boolean().default(true),
  priceCeiling: OptMoney,
  bondRequired: OptMoney,
  bondPaid: OptMoney,
  /** This lot's line of the 开标一览表 (in the quote's money unit; words in yuan). */
  price: OptMoney,
  priceWords: ShortText,
  deliveryPeriod: ShortText,
  warranty: ShortText,
})
export type Lot = z.infer<typeof LotSchema>

export const EnterpriseSizeSchema = z.enum(['', '大型企业', '中型企业', '小型企业', '微型企业'])

export const SmeMakerSchema = z.object({
  id: IdSchema,
  name: ShortText,
  /** 从业人员 (persons), 营业收入 and 资产总额 (万元) of the previous year. */
  employees: Figure,
  revenueWan: Figure,
  assetsWan: Figure,
})
export type SmeMaker = z.infer<typeof SmeMakerSchema>

export const SmeSchema = z.object({
  /** Our size under 工信部联企业〔2011〕300号 for the tender's industry. */
  size: EnterpriseSizeSchema.default(''),
  /** 监狱企业 and 残疾人福利性单位 count as small and micro enterprises (财库〔2020〕46号 art. 16). */
  prisonEnterprise: z.boolean().default(false),
  welfareUnit: z.boolean().default(false),
  /** The industry the tender names (所属行业), printed in the 声明函. */
  industry: ShortText,
  /** We claim the tender's price deduction for small and micro enterprises. */
  deductionClaimed: z.boolean().default(false),
  /** The deduction the tender offers, in percent (10–20 for goods and services, 3–5 for works). */
  deductionPercent: z.number().finite().min(0).max(50).nullable().default(null),
  /** The signed 中小企业声明函 (or 监狱企业 proof / 残疾人福利性单位声明函) in the library. */
  declarationMaterialId: IdSchema.nullable().default(null),
  /**
   * Goods: the figures of the manufacturers other than us, as their 声明函 lines state them (matched to the quote
   * lines by the maker's name; our own figures are in the company profile).
   */
  makers: z.array(SmeMakerSchema).max(200).default([]),
  /** 监狱企业: the 省级以上监狱管理局/戒毒管理局 certificate (财库〔2020〕46号 art. 16) in the library, printed as scans. */
  prisonCertificateMaterialId: IdSchema.nullable().default(null),
})

export const KeyStaffSchema = z.object({
  id: IdSchema,
  /** 项目经理, 技术负责人, 安全员… */
  post: ShortText,
  name: ShortText,
  idNumber: ShortText,
  /** The certificate the tender asks for this post (e.g. 一级建造师（机电工程）, PMP). */
  certificateRequired: ShortText,
  /** Library materials (人员证书) held by this person. */
  certificateMaterialIds: IdList,
})
export type KeyStaff = z.infer<typeof KeyStaffSchema>

export const SignatorySchema = z.object({
  /** Who signs the forms: the legal representative, or an agent under a 授权委托书. */
  role: z.enum(['法定代表人', '授权代表']).default('法定代表人'),
  /** The agent (name as in the company profile's agents). */
  agentName: ShortText,
})

export const TaxSchema = z.object({
  /** The VAT rates the tender requires (e.g. [9] for works, [13, 6] for goods with services); empty: none. */
  requiredRates: z.array(z.number().finite().min(0).max(100)).max(10).default([]),
  /** The tender declares a bid at another rate 无效 (its own 无效投标 clause). */
  wrongRateVoids: z.boolean().default(false),
})
