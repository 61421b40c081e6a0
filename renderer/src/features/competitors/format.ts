/** Today as YYYY-MM-DD in local time (a date typed by a person in China is a local date). */
export function localToday(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

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
