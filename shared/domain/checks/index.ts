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
import { runSmeSize } from './lou-sme-size'
import { runLou } from './lou'
import { PRINT_RULES, runPrint } from './print'
import { RULES, phaseOf } from './rules'
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
export { RULES, phaseOf, type RuleInfo } from './rules'
export { vetoBasis, vetoName, otherBidRef, otherBidRefs } from './context'
export { quoteTotalFen } from './quote-total'

const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]))
const PRINT_RULE_IDS = new Set(PRINT_RULES.map((r) => r.id))

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
  runSmeSize(ctx)
  if (input.print) runPrint(ctx, input.print)
  const acks = new Map(input.bid.acknowledgements.map((a) => [a.key, a]))
  const findings = ctx.findings.map((f): Finding => {
    const a = acks.get(f.key)
    const phased = { ...f, phase: phaseOf(f.ruleId) }
    return a ? { ...phased, acknowledged: { reason: a.reason, by: a.by, at: a.at } } : phased
  })
  // Array.prototype.sort is stable: within a rule, findings stay in document order.
  findings.sort((a, b) => (RULE_ORDER.get(a.ruleId) ?? 999) - (RULE_ORDER.get(b.ruleId) ?? 999))
  return summarise(findings, !!input.print)
}

/** Progress counts the rules that ran: the print rules only when a print model was checked. */
export function summarise(
  findings: Finding[],
  withPrint = findings.some((f) => f.ruleId.startsWith('P')),
): CheckResult {
  const ran = withPrint ? RULES : RULES.filter((r) => !PRINT_RULE_IDS.has(r.id))
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
      const rules = ran.filter((r) => r.family === fam)
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

/** Open findings that would get the bid thrown out (the CLI's exit code). */
export function vetoFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === '否决风险' && !f.acknowledged)
}

/**
 * What stops the export: open 否决风险 findings of the 编制 phase. 封装 items (盖章, 签字, 密封 …) are done on the
 * printed copies, so they cannot block printing them; they go to the seal-and-sign checklist.
 */
export function blockingFindings(findings: Finding[]): Finding[] {
  return findings.filter(
    (f) => f.severity === '否决风险' && !f.acknowledged && (f.phase ?? '编制') === '编制',
  )
}
