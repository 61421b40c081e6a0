import { type MaterialSchema, type MatrixSchema } from '@shared/schemas'
import type { z } from 'zod'

/** Dates and record shapes every corpus file uses. */

export type MaterialInput = z.input<typeof MaterialSchema>
export type MatrixInput = z.input<typeof MatrixSchema>

export const DAY = 86_400_000
export const ymd = (d: Date) => d.toISOString().slice(0, 10)
export const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }

export interface Dates {
  now: Date
  deadline: Date
  sign: Date
}

export function datesFrom(now: Date): Dates {
  const deadline = new Date(Math.floor(now.getTime() / DAY) * DAY + 10 * DAY + 1.5 * 3_600_000)
  return { now, deadline, sign: new Date(deadline.getTime() - 2 * DAY) }
}

export const yearOf = (d: Dates) => d.deadline.getUTCFullYear()
