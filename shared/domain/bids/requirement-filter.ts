import type { Requirement } from '@shared/schemas'

export interface RequirementFilter {
  status: Requirement['status'] | null
  kind: Requirement['kind'] | null
  /** true: only ★; false: only non-★; null: both. */
  star: boolean | null
  /** Case-insensitive substring of number, text, response or source. */
  text: string
}

export const NO_FILTER: RequirementFilter = { status: null, kind: null, star: null, text: '' }

export function isFiltering(f: RequirementFilter): boolean {
  return f.status !== null || f.kind !== null || f.star !== null || f.text.trim() !== ''
}

/** Indexes (into the bid's array, so edits address the right row) of the requirements the filter keeps. */
export function filterRequirements(reqs: readonly Requirement[], f: RequirementFilter): number[] {
  const q = f.text.trim().toLowerCase()
  const out: number[] = []
  for (let i = 0; i < reqs.length; i++) {
    const r = reqs[i]
    if (f.status !== null && r.status !== f.status) continue
    if (f.kind !== null && r.kind !== f.kind) continue
    if (f.star !== null && r.star !== f.star) continue
    if (
      q &&
      ![r.no, r.text, r.responseText, r.source.chapter, r.source.page].some((s) =>
        s.toLowerCase().includes(q),
      )
    )
      continue
    out.push(i)
  }
  return out
}

/** Counts by status, for the filter buttons. */
export function statusCounts(reqs: readonly Requirement[]): Record<Requirement['status'], number> {
  const c = { 未处理: 0, 响应: 0, 部分响应: 0, 不响应: 0 }
  for (const r of reqs) c[r.status]++
  return c
}
