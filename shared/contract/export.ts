import { z } from 'zod'
import type { Finding } from '../domain/checks'
import { BuyerFormFileSchema, DateSchema, ExportDecisionSchema, IdSchema } from '../schemas'
import { base64File, BUYER_FORM_FILE, method, NoInput } from './define'

/** A .docx sent by the renderer; the import guard checks it again on the server side before anything parses it. */
const DocxBase64 = base64File(BUYER_FORM_FILE.maxMb)

const BlankOverrides = z.record(z.string().max(64), z.string().max(64).nullable())

export const CopySchema = z.enum(['正本', '副本'])
/** docx: the 投标文件 in Word; pdf: the same printed by LibreOffice with true page numbers; xlsx: the quote tables. */
export const ExportFormatSchema = z.enum(['docx', 'xlsx', 'pdf'])
export type ExportFormat = z.infer<typeof ExportFormatSchema>

export const JobIdSchema = z.string().regex(/^job-[0-9a-z-]{1,64}$/, 'jobId: not a job id')

export const JobStateSchema = z.enum(['running', 'done', 'failed', 'cancelled'])
export type JobState = z.infer<typeof JobStateSchema>

const Bilingual = z.object({ zh: z.string(), en: z.string() })

/** One blank of a buyer's form and what it gets (filled), or why not (unfilled, manual: for the hand that signs). */
const BlankSchema = z.object({
  id: z.string(),
  kind: z.string(),
  where: Bilingual,
  label: z.string(),
  key: z.string().nullable(),
  confidence: z.number(),
  reason: Bilingual.nullable(),
  status: z.enum(['filled', 'unfilled', 'manual']),
  value: z.string().nullable(),
  why: Bilingual.nullable(),
  /** Filled, but it will not print as it should (a value too wide for the buyer's column). */
  warning: Bilingual.optional(),
})

export const ExportResultSchema = z.object({
  format: ExportFormatSchema,
  /** What was exported: the generated 投标文件, the buyer's filled form, or the Excel tables. */
  kind: z.enum(['bid-docx', 'buyer-form', 'bid-xlsx', 'bid-pdf']),
  fileName: z.string(),
  /** Absolute path of the saved file: <workspace>/exports/<name>-<timestamp>.<ext>. */
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  /** What the exporter could not do as asked (unknown placeholders, missing materials…), for the user to see. */
  warnings: z.array(Bilingual),
  /** Materials the document lists whose scan is not in the print (the P04 findings say the same). */
  missingMaterials: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        reason: z.enum(['not-found', 'no-scan', 'scan-missing', 'scan-not-image', 'scans-not-printed']),
      }),
    )
    .default([]),
  /** Rule ids of the blocking findings the user decided to export anyway (recorded in bid.exportDecisions). */
  overridden: z.array(z.string()).default([]),
  /**
   * PDF, and Word with pages: who wrote the page numbers of the 目录 and 评分索引表 — LibreOffice's layout, or
   * left for Word to fill on opening (no LibreOffice here; a warning says so).
   */
  pageNumbers: z.enum(['libreoffice', 'word-on-open']).optional(),
  pageCount: z.number().int().nonnegative().nullable().optional(),
  /** The signing date printed ({{日期}}): the chosen one, else the bid's. */
  signDate: z.string().nullable().optional(),
  /** The level-1 headings of the printed 投标文件, in order (the parts the 目录 lists). */
  headings: z.array(z.string()).optional(),
  /** Buyer form: every blank it printed and what became of it. */
  blanks: z.array(BlankSchema).optional(),
  /** The blocking findings the user decided to export anyway, in full (rule, message, where printed). */
  overriddenFindings: z.array(z.custom<Finding>()).optional(),
})
export type ExportResult = z.infer<typeof ExportResultSchema>

export const JobStatusSchema = z.object({
  jobId: z.string(),
  state: JobStateSchema,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  label: z.string(),
  error: z.object({ code: z.string(), message: Bilingual, details: z.unknown().optional() }).optional(),
  result: ExportResultSchema.optional(),
})
export type JobStatus = z.infer<typeof JobStatusSchema>

export const FormScanSchema = z.object({
  /** Every placeholder key found, in document order, with the part it is in (document, header1…). */
  found: z.array(z.object({ key: z.string(), part: z.string() })),
  /** Known keys with the value they will be filled with ('' = no value: a blank line is printed). */
  known: z.array(z.object({ key: z.string(), value: z.string() })),
  unknown: z.array(z.string()),
  /** The blanks the buyer printed (lines, dates, brackets, empty cells…) and what each will get, or why not. */
  blanks: z.array(BlankSchema).default([]),
  /** The forms the file holds (split at page and section breaks), by title, in the buyer's order. */
  forms: z.array(z.object({ title: z.string() })).default([]),
  /** Pictures in the form that the full 投标文件 does not carry (the form's own logo or samples). */
  droppedPictures: z.number().int().nonnegative().default(0),
})
export type FormScan = z.infer<typeof FormScanSchema>

/** Form number in the file (0-based, as a JSON key) → the section it is printed instead of, or null: not printed. */
const FormSections = z.record(z.string().regex(/^\d{1,3}$/, 'form index'), IdSchema.nullable())
const toSections = (r: Record<string, string | null> | undefined) =>
  r ? Object.fromEntries(Object.entries(r).map(([k, v]) => [Number(k), v])) : undefined
export { toSections as formSectionsOf }

export const exportContract = {
  'export.start': method(
    z
      .strictObject({
        bidId: IdSchema,
        format: ExportFormatSchema,
        copy: CopySchema.optional(),
        buyerFormBase64: DocxBase64.optional(),
        allowUnknown: z.boolean().optional(),
        /** Buyer form: blank id → dictionary key, or null to leave that blank as printed. */
        overrides: BlankOverrides.optional(),
        /** Signing date for {{日期}}: the bid's signing date (else the deadline day) when absent, never today. */
        date: DateSchema.optional(),
        decision: z.literal('export-anyway').optional(),
        /** docx: write the page numbers of the 目录 and 评分索引表 (laid out by LibreOffice when installed). */
        pages: z.boolean().optional(),
        /**
         * Command line only: write the file here (an absolute path chosen at the terminal) instead of
         * <workspace>/exports; the app and the browser download the file instead.
         */
        out: z.string().min(1).max(4096).optional(),
        /** pdf, command line only: also write the numbered .docx of the same LibreOffice pass here. */
        docxOut: z.string().min(1).max(4096).optional(),
      })
      .refine((x) => x.format !== 'xlsx' || !x.copy, {
        message: 'copy: only for docx and pdf',
        path: ['format'],
      })
      .refine((x) => x.format === 'docx' || (!x.buyerFormBase64 && !x.allowUnknown && !x.pages), {
        message: 'buyerFormBase64 / allowUnknown / pages: only for docx',
        path: ['format'],
      })
      .refine((x) => !(x.pages && x.buyerFormBase64), {
        message: "pages: not for a buyer's form",
        path: ['pages'],
      })
      .refine((x) => x.format === 'pdf' || !x.docxOut, {
        message: 'docxOut: only for pdf',
        path: ['docxOut'],
      }),
    z.object({ jobId: z.string() }),
    'Check the bid, then export it to <workspace>/exports in a background job (VETO_FINDINGS when 否决风险 is open)',
  ),
  'export.capabilities': method(
    NoInput,
    z.object({
      formats: z.array(ExportFormatSchema),
      /** PDF and the page numbers of a Word export need LibreOffice on this machine. */
      libreoffice: z.object({ installed: z.boolean(), version: z.string().nullable() }),
    }),
    'What this machine can export: the formats, and whether LibreOffice is installed (PDF, page numbers)',
  ),
  'export.scanForm': method(
    z.strictObject({
      bidId: IdSchema,
      dataBase64: DocxBase64,
      copy: CopySchema.optional(),
      overrides: BlankOverrides.optional(),
    }),
    FormScanSchema,
    "List the placeholders of a buyer's .docx form: which the bid can fill and which are unknown",
  ),
  'export.attachForm': method(
    z.strictObject({
      bidId: IdSchema,
      name: z.string().trim().min(1).max(255),
      dataBase64: DocxBase64,
      sections: FormSections.optional(),
      overrides: BlankOverrides.optional(),
    }),
    z.object({
      entry: BuyerFormFileSchema,
      scan: FormScanSchema,
      updatedAt: z.string(),
      replaced: z.array(z.string()),
    }),
    "Attach the buyer's .docx forms to the bid: each form prints instead of its matching section in the full export",
  ),
  'export.mapForm': method(
    z.strictObject({
      bidId: IdSchema,
      id: IdSchema,
      sections: FormSections.optional(),
      overrides: BlankOverrides.optional(),
    }),
    z.object({ entry: BuyerFormFileSchema, updatedAt: z.string() }),
    "Change which section each form of an attached buyer's file replaces, and how its blanks are filled",
  ),
  'export.formBlanks': method(
    z.strictObject({ bidId: IdSchema, id: IdSchema }),
    FormScanSchema,
    "The blanks of an attached buyer's file and what the full export fills in each (its saved choices applied)",
  ),
  'export.detachForm': method(
    z.strictObject({ bidId: IdSchema, id: IdSchema }),
    z.object({ updatedAt: z.string() }),
    "Remove an attached buyer's file: its sections print their standard forms again",
  ),
  'export.recordDecision': method(
    z.strictObject({ bidId: IdSchema, choice: z.literal('go-back') }),
    z.object({ decision: ExportDecisionSchema, updatedAt: z.string() }),
    'Record in the bid that the user went back to fix the 否决风险 findings instead of exporting',
  ),
  'export.status': method(
    z.strictObject({
      jobId: JobIdSchema,
      /** Answer once the job has ended, or after this many milliseconds (long poll; 0 or absent: at once). */
      waitMs: z.number().int().min(0).max(60_000).optional(),
    }),
    JobStatusSchema,
    'Progress, state, error and result of a background job (waitMs: wait up to that long for it to end)',
  ),
  'export.cancel': method(
    z.strictObject({ jobId: JobIdSchema }),
    JobStatusSchema,
    'Cancel a running job; its partial output is removed before this returns',
  ),
  'export.download': method(
    z.strictObject({ jobId: JobIdSchema }),
    z.object({ fileName: z.string(), dataBase64: z.string() }),
    'The file a finished export job wrote, as base64',
  ),
}
