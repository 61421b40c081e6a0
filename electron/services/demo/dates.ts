/** Demo dates are relative to the day the sample is written, so "expired" and "expiring soon" stay true. */
export function day(offset: number, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + offset))
  return d.toISOString().slice(0, 10)
}

export function at(offset: number, hhmm: string, from = new Date()): string {
  return `${day(offset, from)}T${hhmm}:00+08:00`
}

export function yearOf(offset: number, from = new Date()): number {
  return Number(day(offset, from).slice(0, 4))
}
