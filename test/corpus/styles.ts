import { JOINT_STYLES } from './styles-joint'
import { SINGLE_STYLES } from './styles-single'

/**
 * The house styles of the planted-error corpus: six tenders as bid teams meet them (goods, services,
 * works, a consortium, a multi-lot tender, an SME goods tender). Each is plain data; test/corpus/build.ts
 * writes the bid from it with seeded wording variants, test/corpus/plants.ts breaks it.
 */

export interface Party {
  name: string
  code: string
  legalRep: string
  legalRepId: string
  agent: string
  agentId: string
  basicAccount: string
}

export interface Line {
  name: string
  unit: string
  qty: number
  unitPrice: number
  taxRate: number
  lot?: string
  maker?: string
  makerSize?: '大型' | '中型' | '小型' | '微型'
}

export interface Req {
  no: string
  text: string
  response: string
  kind: '技术' | '商务'
  star?: boolean
  scored?: boolean
  deviation?: '无偏离' | '正偏离'
}

export interface Staff {
  post: string
  name: string
  id: string
  cert: string
}

export interface LotSpec {
  no: string
  name: string
  ceiling: number
  bond: number
}

export interface Style {
  key:
    | 'goods'
    | 'services'
    | 'works'
    | 'consortium'
    | 'lots'
    | 'sme'
    | 'build'
    | 'tos'
    | 'plain'
    | 'device'
    | 'property'
    | 'fitout'
  /** Whose forms the bid is written on (test/corpus/houses.ts); the product's own wording when absent. */
  house?: 'build' | 'tos' | 'plain'
  /** Permits filed with the qualifications (安全生产许可证…), each a dated material. */
  permits?: string[]
  bondForm?: '保函'
  /** 竞争性磋商: the first-round price (in the quote's unit) the response file states before the final one. */
  firstRound?: number
  law: '政府采购' | '招标投标'
  category: '货物' | '服务' | '工程'
  title: string
  tenderNo: string
  buyer: string
  agency: string
  us: Party
  partner?: Party & { work: string; share: number; qualification: string }
  ourWork?: string
  ourQualification?: string
  moneyUnit: '元' | '万元'
  ceiling: number
  lines: Line[]
  lots?: LotSpec[]
  bond: number
  basicAccountRequired: boolean
  taxRates: number[]
  delivery: { label: string; required: number; offered: number; unit: string }
  warranty: { required: number; offered: number }
  validity: number
  reqs: Req[]
  staff: Staff[]
  sme?: {
    size: '小型企业' | '微型企业'
    industry: string
    percent: number
    /** Our previous-year figures (company profile) and the other makers' (sme.makers), as the 声明函 states them. */
    figures: { employees: number; revenueWan: number; assetsWan: number }
    makers: { id: string; name: string; employees: number; revenueWan: number; assetsWan: number }[]
  }
  /** A project we won before: the decided bid of the workspace and a line of the 业绩表. */
  past: { customer: string; title: string; tenderNo: string; amount: number }
  /** Plan text (two paragraphs), free of key facts. */
  plan: [string, string]
}

/** In the corpus's order (the seeds of each style depend on it). */
export const STYLES: Style[] = [...SINGLE_STYLES, ...JOINT_STYLES]
