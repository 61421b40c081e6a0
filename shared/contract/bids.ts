import { z } from 'zod'
import { AttachmentSchema, IdSchema, RequirementSchema } from '../schemas'
import { base64File, method, XLSX_FILE } from './define'

/** An Office file (.xlsx, .docx) sent by the renderer; the import guard checks it again on the server side. */
const XlsxBase64 = base64File(XLSX_FILE.maxMb)

/** A worksheet's name as typed to pick one (Excel allows 31 characters; other writers more). */
export const SheetNameSchema = z.string().trim().min(1).max(200)

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

const PreviewItemSchema = z.union([
  z.object({
    type: z.enum(['heading', 'paragraph', 'marker']),
    text: z.string(),
    align: z.string().optional(),
    bold: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('table'),
    rows: z.array(z.array(z.object({ text: z.string(), span: z.number(), bold: z.boolean().optional() }))),
    more: z.number(),
  }),
  z.object({ type: z.literal('materials'), lines: z.array(z.string()) }),
])
export const FormTemplatesSchema = z.object({
  templates: z.array(z.object({ key: z.string(), title: z.string(), preview: z.array(PreviewItemSchema) })),
  /** Front forms (封面, 目录, 评分索引表) and the part divider: written by the export, never a section. */
  hidden: z.array(z.string()),
})
export type FormTemplates = z.infer<typeof FormTemplatesSchema>

export const bidsContract = {
  'bids.importRequirements': method(
    z.strictObject({
      bidId: IdSchema.optional(),
      dataBase64: XlsxBase64,
      sheet: SheetNameSchema.optional(),
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
  'bids.storeClipboardPicture': method(
    z.strictObject({ url: z.string().max(4_096) }),
    AttachmentSchema,
    "Paste from Word: store a picture of the pasted HTML (a file in Word's or WPS's clipboard folder) by hash",
  ),
  'bids.formTemplates': method(
    z.strictObject({ bidId: IdSchema }),
    FormTemplatesSchema,
    "The standard form templates (shipped and the workspace's own), each previewed as this bid would fill it",
  ),
}
