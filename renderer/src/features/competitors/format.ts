/** Today as a local YYYY-MM-DD (the one rule, shared with the services). */
export { localToday } from '@shared/domain/calendar/dates'

// A missing number is shown as missing (the caller's word for it, in the user's language), never as 0.

export function fmtScore(v: number | null, missing: string): string {
  return v === null ? missing : String(v)
}

export function fmtGap(v: number | null, missing: string): string {
  return v === null ? missing : v > 0 ? `+${v}` : String(v)
}

export function fmtShare(v: number | null, missing: string): string {
  return v === null ? missing : `${v}%`
}
