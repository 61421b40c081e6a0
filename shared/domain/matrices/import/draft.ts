import { z } from 'zod'
import { PointsSchema, ScoreCategorySchema, ScoringItemSchema } from '@shared/schemas/matrix'
import type { ImportedItem } from './detect'

type Message = { zh: string; en: string }

/*
 * A detected scoring table as the user corrects it before saving (the import wizard's rows; the same rules would
 * check a table confirmed from the command line). What stops a save is a field's own message at that field; a
 * total other than 100 only deserves a look and is said beside the total.
 */

const NAME_EMPTY = '请填写评分项名称 / enter the item’s name'
const POINTS_MISSING = '请填写分值（数字） / enter the max points as a number'

/** Points as the matrix stores them (0–1000): a missing or unreadable figure (null) is refused, never taken as 0. */
const DraftPoints = z
  .number()
  .nullable()
  .superRefine((p, ctx) => {
    if (p === null || !Number.isFinite(p))
      return void ctx.addIssue({ code: 'custom', message: POINTS_MISSING })
    const r = PointsSchema.safeParse(p)
    if (!r.success) for (const i of r.error.issues) ctx.addIssue({ ...i, path: [] })
  })

/** One row of the table: what a scoring item is made of, with its name required (spaces alone are empty). */
export const DraftItemSchema = z.object({
  category: ScoreCategorySchema,
  name: ScoringItemSchema.shape.name.unwrap().refine((s) => s.trim() !== '', NAME_EMPTY),
  maxPoints: DraftPoints,
  criteria: z.string(),
  kind: ScoringItemSchema.shape.kind.unwrap(),
})
export type DraftItem = z.infer<typeof DraftItemSchema>

/** The rows of an import; messages land at `${i}.name` / `${i}.maxPoints` of the row concerned. */
export const DraftItemsSchema = z.array(DraftItemSchema).max(2_000)

/** The detected rows as editable drafts (points the reader could not take stay missing, to be filled in). */
export function draftsOf(items: readonly ImportedItem[]): DraftItem[] {
  return items.map(({ category, name, maxPoints, criteria, kind }) => ({
    category,
    name,
    maxPoints,
    criteria,
    kind,
  }))
}

/** The points the rows add up to, counting only figures a matrix can hold; to the cent, without binary noise. */
export function draftTotal(items: readonly Pick<DraftItem, 'maxPoints'>[]): number {
  const sum = items.reduce(
    (s, it) => s + (PointsSchema.safeParse(it.maxPoints).success ? it.maxPoints! : 0),
    0,
  )
  return Math.round(sum * 100) / 100
}

/**
 * A total other than the expected 100 is worth a look, not a refusal (a table may be scored out of 60 or list
 * bonus items): null when the total is as expected or there are no rows.
 */
export function draftTotalWarning(
  items: readonly Pick<DraftItem, 'maxPoints'>[],
  expectedTotal = 100,
): Message | null {
  if (items.length === 0) return null
  const total = draftTotal(items)
  if (total === expectedTotal) return null
  return {
    zh: `分值合计为 ${total} 分，通常应为 ${expectedTotal} 分`,
    en: `max points total ${total}; usually ${expectedTotal}`,
  }
}
