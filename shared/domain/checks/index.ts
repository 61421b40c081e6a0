import { resolveConfig } from './config'
import { buildContext } from './context'
import { runCu } from './cu'
import { runExpiry } from './cu-expiry'
import { runCuo } from './cuo'
import { runCorrection } from './cuo-correction'
import { runCuoPrice } from './cuo-price'
import { runTax } from './cuo-tax'
import { runLots } from './cuo-lots'
import { runStaff } from './cuo-staff'
import { runParties } from './lou-parties'
import { runSme } from './lou-sme'
import { runLou } from './lou'
import { RULES } from './rules'
import {
  FAMILIES,
  type CheckInput,
  type CheckResult,
  type Family,
  type FamilyProgress,
  type Finding,
  type SeverityCounts,
} from './types'

export * from './types'
export {
  CheckSettingsSchema,
  DEFAULT_SETTINGS,
  resolveConfig,
  type CheckConfig,
  type CheckSettings,
} from './config'
export { RULES, type RuleInfo } from './rules'
export { vetoBasis, vetoName, otherBidRef, otherBidRefs } from './context'
export { quoteTotalFen } from './quote-total'

const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]))

/**
 * Runs every rule of DOMAIN.md §4 over one bid. Pure and synchronous, so the UI can call it on every
 * edit. Throws AppError('VALIDATION') only when the check settings themselves are invalid.
 */
export function runChecks(input: CheckInput): CheckResult {
  const cfg = input.config ?? resolveConfig(input.workspaceChecks, input.bid.checkConfig)
  const ctx = buildContext({
    bid: input.bid,
    cfg,
    company: input.company,
    matrix: input.matrix ?? null,
    materials: input.materials,
    otherBids: input.otherBids ?? [],
    now: input.now,
  })
  runLou(ctx)
  runCu(ctx)
  runExpiry(ctx)
  runCuo(ctx)
  runCorrection(ctx)
  runCuoPrice(ctx)
  runTax(ctx)
  runLots(ctx)
  runStaff(ctx)
  runParties(ctx)
  runSme(ctx)
  const acks = new Map(input.bid.acknowledgements.map((a) => [a.key, a]))
  const findings = ctx.findings.map((f): Finding => {
    const a = acks.get(f.key)
    return a ? { ...f, acknowledged: { reason: a.reason, by: a.by, at: a.at } } : f
  })
  // Array.prototype.sort is stable: within a rule, findings stay in document order.
  findings.sort((a, b) => (RULE_ORDER.get(a.ruleId) ?? 999) - (RULE_ORDER.get(b.ruleId) ?? 999))
  return summarise(findings)
}

export function summarise(findings: Finding[]): CheckResult {
  const zero = (): SeverityCounts => ({ 否决风险: 0, 失分风险: 0, 提示: 0 })
  const counts = Object.fromEntries(FAMILIES.map((f) => [f, zero()])) as Record<Family, SeverityCounts>
  const failing = new Set<string>()
  let acknowledgedCount = 0
  for (const f of findings) {
    if (f.acknowledged) {
      acknowledgedCount++
      continue
    }
    counts[f.family][f.severity]++
    failing.add(f.ruleId)
  }
  const progress = Object.fromEntries(
    FAMILIES.map((fam) => {
      const rules = RULES.filter((r) => r.family === fam)
      const failingRuleIds = rules.filter((r) => failing.has(r.id)).map((r) => r.id)
      const passing = rules.length - failingRuleIds.length
      const p: FamilyProgress = {
        rules: rules.length,
        passing,
        share: passing / rules.length,
        failingRuleIds,
      }
      return [fam, p]
    }),
  ) as Record<Family, FamilyProgress>
  return { findings, counts, acknowledgedCount, progress }
}

/** Open findings that would get the bid thrown out (the CLI's exit code, the export gate). */
export function vetoFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === '否决风险' && !f.acknowledged)
}
