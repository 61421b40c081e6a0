import { z } from 'zod'
import { IdSchema, RequirementSchema } from '../schemas'
import { method } from './define'

/** An Office file (.xlsx, .docx) sent by the renderer; the import guard checks it again on the server side. */
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
  'bids.importSectionDocx': method(
    z.strictObject({
      dataBase64: XlsxBase64,
      fileName: z.string().trim().max(255).optional(),
    }),
    z.object({
      html: z.string(),
      headings: z.number().int(),
      tables: z.number().int(),
      images: z.number().int(),
      warnings: z.array(z.string()),
    }),
    'Read a Word chapter (.docx) for a section: structure as HTML for the editor, pictures stored by hash',
  ),
}
