import { z } from 'zod'
import { IdSchema, OptDateTime, ShortText } from './common'
import { AttachmentSchema } from './material'

/** One form of an attached file (a 投标文件格式 chapter holds several, one per page run), in the buyer's order. */
export const AttachedFormSchema = z.object({
  /** The form's own title as the buyer printed it (its first line). */
  title: ShortText,
  /** The bid section this form is printed instead of; null: not printed (no matching section). */
  sectionId: IdSchema.nullable().default(null),
})
export type AttachedForm = z.infer<typeof AttachedFormSchema>

/**
 * A buyer's own form file (.docx of the 投标文件格式 chapter) attached to the bid: stored once by its hash under
 * files/, split into its forms, each mapped to the standard section it replaces in the full 投标文件 export, with
 * the user's choices for its blanks (blank id → dictionary key, or null to leave the blank as printed).
 */
export const BuyerFormFileSchema = z.object({
  id: IdSchema,
  file: AttachmentSchema,
  forms: z.array(AttachedFormSchema).max(100).default([]),
  overrides: z.record(z.string().max(64), z.string().max(64).nullable()).default({}),
  attachedAt: OptDateTime,
})
export type BuyerFormFile = z.infer<typeof BuyerFormFileSchema>
