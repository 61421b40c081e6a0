import { z } from 'zod'
import { DateSchema, IdSchema, MaterialSchema, RequirementSchema } from '../schemas'
import { method, NoInput } from './define'

/** An .xlsx sent by the renderer; the import guard checks it again on the server side. */
const XlsxBase64 = z
  .string()
  .min(1, 'dataBase64: empty file')
  .max(70_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'dataBase64: not base64')

export const RequirementImportPreviewSchema = z.object({
  requirements: z.array(RequirementSchema),
  /** Rows with content that were not imported, and values not understood (1-based Excel rows). */
  problems: z.array(z.object({ row: z.number(), zh: z.string(), en: z.string() })),
  /** The sheet the header was found in. */
  sheet: z.string(),
  /** 1-based row number of the detected header. */
  headerRow: z.number(),
  /** 1-based column number of each recognised field. */
  columns: z.record(z.string(), z.number()),
})
export type RequirementImportPreview = z.infer<typeof RequirementImportPreviewSchema>

/** A bid as the library and the checks see it from outside: identity, result, and every material id it links. */
export const BidLinksSchema = z.object({
  id: z.string(),
  title: z.string(),
  buyerName: z.string(),
  tenderNo: z.string(),
  outcome: z.string(),
  submissionDeadline: z.string().nullable(),
  materialIds: z.array(z.string()),
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

const FileOut = z.object({ dataBase64: z.string(), fileName: z.string() })

export const bidsContract = {
  'bids.importRequirements': method(
    z.strictObject({
      bidId: IdSchema.optional(),
      dataBase64: XlsxBase64,
      sheet: z.string().trim().min(1).max(200).optional(),
    }),
    RequirementImportPreviewSchema,
    'Read requirements from an .xlsx (header row detected by name) for preview; nothing is saved',
  ),
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
  'checks.exportXlsx': method(
    z.strictObject({ bidId: IdSchema }),
    FileOut,
    'The check findings of one bid as an .xlsx (one row a finding, filters on)',
  ),
  'checks.reportHtml': method(
    z.strictObject({ bidId: IdSchema }),
    z.object({ html: z.string(), fileName: z.string() }),
    'A printable HTML check report of one bid',
  ),
}
