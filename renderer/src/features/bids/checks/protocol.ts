import type { CheckInput, CheckResult } from '@shared/domain/checks'
import { printForChecks, type PrintSources } from '@shared/domain/export'
import type { Material } from '@shared/schemas'

/** What crosses to the check worker: the engine's input with `now` as a timestamp (Dates do clone, but explicit is clearer). */
export interface CheckRequest {
  seq: number
  input: Omit<CheckInput, 'now' | 'print' | 'materials'> & {
    materials: readonly Material[]
    now: number
    printSources: PrintSources | null
  }
}

export type CheckResponse =
  { seq: number; result: CheckResult } | { seq: number; error: { zh: string; en: string } }

/**
 * The engine's input for a request: the bid is printed as the export would print it (printForChecks, the same
 * function `check` and the export gate use) so the print rules (P01…) show here too.
 */
export function checkInputOf(input: CheckRequest['input']): CheckInput {
  const { printSources, now, ...rest } = input
  const print = printSources
    ? printForChecks(
        { bid: rest.bid, company: rest.company, materials: rest.materials, matrix: rest.matrix },
        printSources,
      )
    : null
  return { ...rest, now: new Date(now), print }
}
