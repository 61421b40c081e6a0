import { z } from 'zod'
import { DateSchema, IdSchema, MaterialSchema } from '../schemas'
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
}
