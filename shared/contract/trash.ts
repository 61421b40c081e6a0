import { z } from 'zod'
import { DocKindSchema, IdSchema, IndexEntrySchema } from '../schemas'
import { method } from './define'

export const TrashEntrySchema = z.object({
  kind: DocKindSchema,
  id: z.string(),
  title: z.string(),
  deletedAt: z.string(),
})
export type TrashEntry = z.infer<typeof TrashEntrySchema>

export const trashContract = {
  'trash.list': method(
    z.strictObject({ kind: DocKindSchema.optional() }),
    z.array(TrashEntrySchema),
    'Deleted documents',
  ),
  'trash.restore': method(
    z.strictObject({ kind: DocKindSchema, id: IdSchema }),
    IndexEntrySchema,
    'Restore a deleted document',
  ),
}
