import { z } from 'zod'
import { DateSchema, IdSchema, MaterialSchema, SectionDocSchema } from '../schemas'
import { method, NoInput } from './define'

/** A bid as the library and the checks see it from outside: identity, result, and every material id it links. */
export const BidLinksSchema = z.object({
  id: z.string(),
  title: z.string(),
  buyerName: z.string(),
  tenderNo: z.string(),
  outcome: z.string(),
  submissionDeadline: z.string().nullable(),
  materialIds: z.array(z.string()),
  /** Lot numbers it bids on and its consortium partners (the checks' E15). */
  lots: z.array(z.string()).optional(),
  members: z.array(z.string()).optional(),
})
export type BidLinks = z.infer<typeof BidLinksSchema>

export const MaterialLibrarySchema = z.object({
  materials: z.array(MaterialSchema),
  bids: z.array(BidLinksSchema),
})
export type MaterialLibrary = z.infer<typeof MaterialLibrarySchema>

export const RenewResultSchema = z.object({
  material: MaterialSchema,
  /** Open bids whose links now point at the new material. */
  updatedBids: z.array(z.object({ id: z.string(), title: z.string() })),
  /** Open bids that could not be saved (e.g. changed meanwhile): to relink by hand. */
  failedBids: z.array(z.object({ id: z.string(), title: z.string(), zh: z.string(), en: z.string() })),
})
export type RenewResult = z.infer<typeof RenewResultSchema>

const Bilingual = z.object({ zh: z.string(), en: z.string() })

export const BlockLibrarySchema = z.object({
  blocks: z.array(z.object({ material: MaterialSchema, excerpt: z.string() })),
  tags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
})

export const PulledBlockSchema = z.object({
  material: MaterialSchema,
  /** The block as it goes into this bid (responses to the source bid's requirements unwrapped). */
  doc: SectionDocSchema,
  text: z.string(),
  /** Responses to requirements this bid does not have, turned into plain paragraphs. */
  unlinked: z.number().int(),
  /** Leftovers of the source bid in the text (E07 on reuse), to read before or right after inserting. */
  findings: z.array(
    z.object({
      ruleId: z.literal('E07'),
      kind: z.enum(['buyer', 'tenderNo', 'project', 'date']),
      severity: z.enum(['否决风险', '失分风险', '提示']),
      message: Bilingual,
      fix: Bilingual,
    }),
  ),
})
export type PulledBlock = z.infer<typeof PulledBlockSchema>

const Tag = z.string().trim().min(1).max(50)

export const materialsContract = {
  'materials.library': method(
    NoInput,
    MaterialLibrarySchema,
    'Every material of the library, and every bid with its result and the materials it links',
  ),
  'materials.renew': method(
    z
      .strictObject({
        id: IdSchema,
        validFrom: DateSchema.nullable(),
        validTo: DateSchema,
        number: z.string().max(2_000).optional(),
        title: z.string().trim().min(1).max(500).optional(),
      })
      .refine((x) => !x.validFrom || x.validFrom <= x.validTo, {
        message: 'validFrom: after validTo',
        path: ['validFrom'],
      }),
    RenewResultSchema,
    'Create the successor of a material (supersedes the old one) and relink every open bid to it',
  ),
  'materials.saveBlock': method(
    z.strictObject({
      bidId: IdSchema,
      sectionId: IdSchema,
      title: z.string().trim().min(1, 'title: empty').max(500),
      tags: z.array(Tag).max(50).default([]),
      /** The part of the section to save (the editor's selection or its current document); absent: the saved section. */
      doc: SectionDocSchema.optional(),
    }),
    MaterialSchema,
    "Save a bid's section (or a part of it) to the materials library as a reusable 文本块 with tags",
  ),
  'materials.blocks': method(
    z.strictObject({
      query: z.string().max(500).optional(),
      tags: z.array(Tag).max(50).optional(),
    }),
    BlockLibrarySchema,
    'The reusable 文本块 of the library carrying every tag given and every word of the query, with all their tags',
  ),
  'materials.pullBlock': method(
    z.strictObject({ materialId: IdSchema, bidId: IdSchema, sectionId: IdSchema.optional() }),
    PulledBlockSchema,
    "A 文本块 ready to insert into a bid's section, with the source bid's leftovers found in it (E07); saves nothing",
  ),
}
