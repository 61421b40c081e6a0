import { z } from 'zod'
import { CompetitorSchema, DateSchema, IdSchema } from '../schemas'
import { method, NoInput } from './define'
import { TrashEntrySchema } from './trash'

const Title = z.string().trim().min(1).max(500)
const Aliases = z.array(z.string().max(2_000)).max(10_000)

export const NameCollisionSchema = z.object({
  name: z.string(),
  existingId: z.string(),
  existingTitle: z.string(),
})

export const NameCheckSchema = z.object({
  ok: z.boolean(),
  /** Why the names are refused ('' when ok). */
  zh: z.string(),
  en: z.string(),
  collisions: z.array(NameCollisionSchema),
})
export type NameCheck = z.infer<typeof NameCheckSchema>

export const DuplicateGroupViewSchema = z.object({
  sharedKeys: z.array(z.string()),
  members: z.array(z.object({ id: z.string(), title: z.string(), aliases: z.array(z.string()) })),
})
export type DuplicateGroupView = z.infer<typeof DuplicateGroupViewSchema>

const Ref = z.object({ id: z.string(), title: z.string() })
const Failure = z.object({
  kind: z.enum(['bids', 'matrices']),
  id: z.string(),
  title: z.string(),
  zh: z.string(),
  en: z.string(),
})

export const MergeResultSchema = z.object({
  competitor: CompetitorSchema,
  /** The merged-away competitor in the trash; null when some link could not be moved (it is kept). */
  trashed: TrashEntrySchema.nullable(),
  bids: z.array(Ref),
  matrices: z.array(Ref),
  failed: z.array(Failure),
  warnings: z.array(z.object({ zh: z.string(), en: z.string() })),
})
export type MergeResult = z.infer<typeof MergeResultSchema>

export const MatrixSyncViewSchema = z.object({
  matrixId: z.string(),
  matrixTitle: z.string(),
  added: z.array(z.string()),
  renamed: z.array(z.object({ from: z.string(), to: z.string() })),
  linked: z.array(z.string()),
  notInBid: z.array(z.string()),
})

export const CompetitorReportFileSchema = z.object({
  fileName: z.string(),
  dataBase64: z.string(),
  /** Competitor ids in the report, in the bid's order. */
  competitors: z.array(z.string()),
  /** Competitors the bid lists that the registry does not have: left out of the report. */
  missingIds: z.array(z.string()),
})
export type CompetitorReportFile = z.infer<typeof CompetitorReportFileSchema>

export const competitorsContract = {
  'competitors.all': method(NoInput, z.array(CompetitorSchema), 'Every competitor of the registry, whole'),
  'competitors.validate': method(
    z.strictObject({ id: IdSchema.optional(), title: z.string().max(500), aliases: Aliases.default([]) }),
    NameCheckSchema,
    'Whether a name and aliases are free (no other competitor goes by any of them after normalisation)',
  ),
  'competitors.add': method(
    z.strictObject({ title: Title, aliases: Aliases.default([]) }),
    CompetitorSchema,
    'Create a competitor; refused (VALIDATION, details.collisions) when a name or alias is taken',
  ),
  'competitors.setNames': method(
    z.strictObject({ id: IdSchema, title: Title, aliases: Aliases.optional() }),
    CompetitorSchema,
    'Rename a competitor and/or replace its aliases; refused when a name or alias is taken',
  ),
  'competitors.duplicates': method(
    NoInput,
    z.array(DuplicateGroupViewSchema),
    'Groups of competitors that share a name or alias (to merge)',
  ),
  'competitors.merge': method(
    z
      .strictObject({ keepId: IdSchema, mergeId: IdSchema })
      .refine((x) => x.keepId !== x.mergeId, { message: 'mergeId: same as keepId', path: ['mergeId'] }),
    MergeResultSchema,
    'Merge one competitor into another, repoint every bid and matrix, move the merged one to the trash',
  ),
  'competitors.setIntel': method(
    z.strictObject({
      competitorId: IdSchema,
      bidId: IdSchema,
      key: z.string().min(1).max(200),
      answer: z.string().max(5_000),
    }),
    CompetitorSchema,
    'Set (or clear with "") one intel answer of a competitor for a bid',
  ),
  'competitors.syncMatrix': method(
    z.strictObject({ bidId: IdSchema }),
    MatrixSyncViewSchema,
    "Add/rename the bid's scoring-matrix bidders from the bid's competitors (linked by competitorId)",
  ),
  'competitors.report': method(
    z.strictObject({
      bidId: IdSchema,
      format: z.enum(['docx', 'xlsx']),
      /** The report date; today when absent. */
      date: DateSchema.optional(),
      /** A strategy sheet (JSON) to report instead of the bid's own; checked against the bid. */
      strategy: z.unknown().optional(),
    }),
    CompetitorReportFileSchema,
    'The competitor-analysis report of a bid as Word or Excel (and which competitors it covers)',
  ),
}
