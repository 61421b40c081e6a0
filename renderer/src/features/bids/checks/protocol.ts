import type { CheckInput, CheckResult } from '@shared/domain/checks'

/** What crosses to the check worker: the engine's input with `now` as a timestamp (Dates do clone, but explicit is clearer). */
export interface CheckRequest {
  seq: number
  input: Omit<CheckInput, 'now'> & { now: number }
}

export type CheckResponse =
  { seq: number; result: CheckResult } | { seq: number; error: { zh: string; en: string } }
