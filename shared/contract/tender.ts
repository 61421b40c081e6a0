import { z } from 'zod'
import { IdSchema, PartKindSchema, PriceRuleSchema, ScoreCategorySchema } from '../schemas'
import { TenderProposalSchema } from '../domain/tender/proposal'
import { base64File, method, TENDER_FILE } from './define'

/** A tender file sent by the renderer; the import worker checks what it really is. */
const FileIn = z.strictObject({
  name: z.string().trim().min(1).max(300),
  dataBase64: base64File(TENDER_FILE.maxMb),
})

const Bilingual = z.object({ zh: z.string(), en: z.string(), path: z.string().optional() })
export const TenderSourceSchema = z.object({
  file: z.string(),
  chapter: z.string(),
  page: z.number().optional(),
  paragraph: z.number(),
  excerpt: z.string(),
})
const Money = z.number().nullable()
const When = z.string().nullable()

/** shared/domain/tender's TenderImport as it crosses the API (the shape of `tender import --json`). */
export const TenderImportSchema = z.object({
  project: z.object({
    name: z.string().nullable(),
    number: z.string().nullable(),
    buyer: z.string().nullable(),
    agency: z.string().nullable(),
    budget: Money,
    ceiling: Money,
    deadline: When,
    opening: When,
    openingPlace: z.string().nullable(),
    submitPlace: z.string().nullable(),
    bond: z.object({ amount: Money, form: z.array(z.string()), deadline: When }),
    validityDays: z.number().nullable(),
    copies: z.object({
      original: z.number().nullable(),
      duplicates: z.number().nullable(),
      electronic: z.boolean(),
    }),
    method: z.string().nullable(),
    evaluation: z.string().nullable(),
    category: z.enum(['货物', '服务', '工程']),
    lots: z.array(z.object({ no: z.string(), name: z.string(), budget: Money })),
  }),
  requirements: z.array(
    z.object({
      clause: z.string(),
      text: z.string(),
      star: z.enum(['★', '▲']).nullable(),
      category: PartKindSchema,
    }),
  ),
  scoring: z
    .object({
      items: z.array(
        z.object({
          category: ScoreCategorySchema,
          name: z.string(),
          maxPoints: z.number().nullable(),
          criteria: z.string(),
          kind: z.enum(['objective', 'subjective']),
        }),
      ),
      totalPoints: z.number(),
      categories: z.record(z.string(), z.number()),
      priceWeight: z.number(),
      priceRule: PriceRuleSchema.partial().nullable(),
      detection: z.unknown(),
      warnings: z.array(z.object({ zh: z.string(), en: z.string() })),
    })
    .nullable(),
  vetoClauses: z.array(z.object({ text: z.string(), source: TenderSourceSchema })),
  forms: z.array(z.object({ title: z.string(), source: TenderSourceSchema })),
  changes: z.array(
    z.object({
      path: z.string(),
      before: z.unknown(),
      after: z.unknown(),
      source: TenderSourceSchema,
      label: z.string(),
    }),
  ),
  sources: z.record(z.string(), TenderSourceSchema),
  warnings: z.array(Bilingual),
  files: z.array(
    z.object({
      file: z.string(),
      format: z.enum(['docx', 'pdf']),
      role: z.enum(['tender', 'amendment']),
      pages: z.number().optional(),
    }),
  ),
})
export type TenderImportOut = z.infer<typeof TenderImportSchema>

export const BidDiffSchema = z.object({
  facts: z.array(z.object({ field: z.string(), current: z.unknown(), proposed: z.unknown() })),
  requirements: z.object({
    added: z.array(z.object({ no: z.string(), text: z.string() })),
    changed: z.array(z.object({ no: z.string(), before: z.string(), after: z.string() })),
    missing: z.array(z.object({ no: z.string(), text: z.string() })),
  }),
  formsAdded: z.array(z.string()),
  lotsAdded: z.array(z.string()),
  clarificationsAdded: z.array(z.string()),
  vetoAdded: z.number(),
})

export const TenderPreviewSchema = z.object({
  import: TenderImportSchema,
  proposal: TenderProposalSchema,
  /** Against the bid being updated; null for a new bid. */
  diff: BidDiffSchema.nullable(),
  /** The bid already has a scoring matrix (accepting the scoring updates it). */
  hasMatrix: z.boolean(),
})
export type TenderPreview = z.infer<typeof TenderPreviewSchema>

export const tenderContract = {
  'tender.importPreview': method(
    z.strictObject({ files: z.array(FileIn).min(1).max(10), bidId: IdSchema.optional() }),
    TenderPreviewSchema,
    'Read a tender (.docx/.pdf) and its amendments (later wins) for review; nothing is saved (no workspace needed without bidId)',
  ),
  'tender.importApply': method(
    z.strictObject({ bidId: IdSchema.optional(), proposal: TenderProposalSchema }),
    z.object({ bidId: z.string(), matrixId: z.string().nullable(), created: z.boolean() }),
    'Create a bid (or update one) from the reviewed import: facts, requirements, scoring matrix, forms, veto clauses',
  ),
}
