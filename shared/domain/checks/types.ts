import type { PrintModel } from '@shared/domain/export/print-model'
import type { Bid, CompanyProfile, Material, Matrix } from '@shared/schemas'
import type { CheckConfig } from './config'

export const FAMILIES = ['不漏', '不粗', '不错'] as const
export type Family = (typeof FAMILIES)[number]

export const SEVERITIES = ['否决风险', '失分风险', '提示'] as const
export type Severity = (typeof SEVERITIES)[number]

/**
 * When a finding is dealt with: 编制 while the document is written (fix it before exporting), 封装 once it is
 * printed (盖章, 签字, 逐页小签, 骑缝章, 密封, 递交). The export gate stops only on open 编制-phase 否决风险.
 */
export const PHASES = ['编制', '封装'] as const
export type Phase = (typeof PHASES)[number]

export interface Bilingual {
  zh: string
  en: string
}

export interface FindingLocation {
  doc: 'bid' | 'material' | 'workspace' | 'matrix'
  docId: string
  /** Dotted field path with array indexes, e.g. 'requirements.3.responseText'; the UI maps it to a field. */
  path: string
  /** Id of the array item (requirement, section, quote line…) so the path survives reordering. */
  itemId?: string
}

export interface Acknowledged {
  reason: string
  by: string
  at: string
}

export interface Finding {
  ruleId: string
  family: Family
  severity: Severity
  location: FindingLocation
  message: Bilingual
  fix: Bilingual
  /** Legal or tender basis, e.g. '87号令第63条'. */
  basis?: string
  /** Stable identity (rule + location by item id, not index) that acknowledgements refer to. */
  key: string
  acknowledged?: Acknowledged
  /** 编制 or 封装 (set by runChecks from the rule; absent only in findings stored by an older version). */
  phase?: Phase
  /** Where the value is printed: the forms / sections of the 投标文件 (print-model rules). */
  printedIn?: { partId: string; title: string }[]
}

/** What E07 needs from another bid of the workspace: a full document or an index row. */
export interface OtherBidRef {
  id: string
  title: string
  buyerName?: string
  tenderNo?: string
  /** The lots (包号) it bids on; empty when the tender has no lots or none is chosen. */
  lots?: string[]
  /** Consortium members other than us, when it is a consortium bid. */
  members?: string[]
  /** Its result is still undecided (未定). */
  open?: boolean
}

/**
 * What the checks read besides the bid and the clock. Assembled in one place (services/checks/input.ts
 * loadCheckInput): the CLI, the export gate and the API use it directly, the check panel gets it through
 * checks.input.
 */
export interface CheckSources {
  materials: Material[]
  otherBids: OtherBidRef[]
  company: CompanyProfile
  matrix: Matrix | null
  workspaceChecks: Record<string, unknown>
}

export interface CheckInput {
  bid: Bid
  /** The materials library, by id (a Map, a record or an array). */
  materials: ReadonlyMap<string, Material> | Record<string, Material> | readonly Material[]
  otherBids?: readonly (OtherBidRef | Bid)[]
  company: CompanyProfile
  matrix?: Matrix | null
  now: Date
  /** workspace.settings.checks; merged under bid.checkConfig. */
  workspaceChecks?: Record<string, unknown>
  /** A config already resolved by the caller (skips resolveConfig). */
  config?: CheckConfig
  /** The 投标文件 as it will be printed (buildPrintModel): when given, the print rules (P01…) check it too. */
  print?: PrintModel | null
}

export type SeverityCounts = Record<Severity, number>

export interface FamilyProgress {
  rules: number
  passing: number
  /** passing / rules, 0..1 */
  share: number
  failingRuleIds: string[]
}

export interface CheckResult {
  findings: Finding[]
  /** Open (not acknowledged) findings by family and severity. */
  counts: Record<Family, SeverityCounts>
  acknowledgedCount: number
  /** A rule passes when it has no open finding (acknowledged ones count as passing). */
  progress: Record<Family, FamilyProgress>
}
