import { runChecks, type Finding } from '@shared/domain/checks'
import type { Bid } from '@shared/schemas'
import type { CheckInputData } from '@services/checks/input'

export { loadCheckInput, type CheckInputData } from '@services/checks/input'

/** The open (not acknowledged) 否决风险 findings: what makes the export ask before it goes on. */
export function openVetoes(bid: Bid, input: CheckInputData): Finding[] {
  return runChecks({ bid, ...input }).findings.filter((f) => f.severity === '否决风险' && !f.acknowledged)
}
