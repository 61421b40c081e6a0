import { z } from 'zod'

/** Document ids are used as file names, so they are restricted to a safe alphabet. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id: 1–64 characters of A–Z a–z 0–9 _ -')

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date (YYYY-MM-DD) that exists, e.g. rejects 2026-02-30. */
export const DateSchema = z.string().refine((s) => {
  if (!DATE_RE.test(s)) return false
  const [y, m, d] = s.split('-').map(Number)
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
}, 'date: YYYY-MM-DD, a real calendar date')

/** Date or date-time in ISO form; used where the hour matters (submission deadline). */
export const DateTimeSchema = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
    'date-time: ISO 8601',
  )

export const OptDate = DateSchema.nullable().default(null)
export const OptDateTime = DateTimeSchema.nullable().default(null)

/** Money in yuan; finite, non-negative, at most two decimals (rounding is never silent). */
export const MoneySchema = z
  .number()
  .finite()
  .nonnegative()
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'money: at most two decimals')

export const OptMoney = MoneySchema.nullable().default(null)

/**
 * A simulation's random seed. The generator reads it as an unsigned 32-bit number (createRng: seed >>> 0), so a
 * negative, fractional or larger seed would silently repeat another seed's draws: refused instead.
 */
export const SeedSchema = z.number().int().min(0).max(0xffff_ffff)

export const Text = z.string().max(200_000).default('')
export const ShortText = z.string().max(2_000).default('')
export const StringList = z.array(z.string().max(2_000)).max(10_000).default([])
export const IdList = z.array(IdSchema).max(10_000).default([])

/**
 * A field edited differently on two machines, kept until someone decides (shared/domain/merge). The
 * document holds `ours` meanwhile; `deleted` names the side that removed the item.
 */
export const SyncConflictSchema = z.object({
  path: z.string().min(1).max(2_000),
  base: z.unknown(),
  ours: z.unknown(),
  theirs: z.unknown(),
  deleted: z.enum(['ours', 'theirs']).optional(),
  /** Values of a third (fourth …) machine for the same field, kept until someone decides. */
  alternatives: z.array(z.unknown()).max(100).optional(),
  oursBy: z.string().max(200).default(''),
  theirsBy: z.string().max(200).default(''),
  at: z.string().max(40),
})
export type SyncConflict = z.infer<typeof SyncConflictSchema>

export const DocMetaShape = {
  id: IdSchema,
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  title: z.string().trim().min(1, 'title: required').max(500),
  /** Pending sync conflicts (store-managed; absent when there are none, so documents stay unchanged). */
  syncConflicts: z.array(SyncConflictSchema).max(10_000).optional(),
}

export const OrgTypeSchema = z.enum(['国企', '民营', '外资', '政府'])
export type OrgType = z.infer<typeof OrgTypeSchema>

export const PartKindSchema = z.enum(['资格', '商务', '技术', '报价', '其他'])
export type PartKind = z.infer<typeof PartKindSchema>

export const NegotiationStyleSchema = z.enum(['迁就型', '妥协型', '规避型', '合作型', '竞争型'])
export type NegotiationStyle = z.infer<typeof NegotiationStyleSchema>

export function newId(prefix = ''): string {
  const bytes = new Uint8Array(9)
  globalThis.crypto.getRandomValues(bytes)
  let s = ''
  for (const b of bytes) s += b.toString(36).padStart(2, '0')
  return prefix + s.slice(0, 14)
}
