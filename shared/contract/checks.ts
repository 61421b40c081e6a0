import { z } from 'zod'
import type { CheckResult } from '../domain/checks'
import type { BuyerFormSlot, FormSet } from '../domain/export'
import { CompanyProfileSchema, IdSchema, MaterialSchema, MatrixSchema } from '../schemas'
import { method } from './define'

/** shared/domain/checks CheckSources as it crosses the API. */
export const CheckSourcesSchema = z.object({
  materials: z.array(MaterialSchema),
  otherBids: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      buyerName: z.string().optional(),
      tenderNo: z.string().optional(),
    }),
  ),
  company: CompanyProfileSchema,
  matrix: MatrixSchema.nullable(),
  workspaceChecks: z.record(z.string(), z.unknown()),
})

/**
 * checks.input: the check sources plus what printing the bid reads (templates, scan states), so the check panel
 * runs the print rules (P01…) on the bid being edited as `check` and the export gate do. print is null when the
 * templates cannot be read (printError says why; the panel then checks the bid alone).
 */
export const PanelCheckInputSchema = CheckSourcesSchema.extend({
  print: z
    .object({
      forms: z.custom<FormSet>((v) => typeof v === 'object' && v !== null),
      scans: z.record(z.string(), z.enum(['ok', 'missing', 'not-image'])),
      /** The buyer's attached forms, filled (by section id): the panel checks their text as the export prints it. */
      buyerForms: z
        .record(
          z.string(),
          z.custom<BuyerFormSlot>((v) => typeof v === 'object' && v !== null),
        )
        .optional(),
    })
    .nullable(),
  printError: z.object({ zh: z.string(), en: z.string() }).nullable(),
})
export type PanelCheckInput = z.infer<typeof PanelCheckInputSchema>

const FileOut = z.object({ dataBase64: z.string(), fileName: z.string() })

const Bilingual = z.object({ zh: z.string(), en: z.string() })

export const CheckRunSchema = z.object({
  checks: z.array(z.object({ bidId: z.string(), title: z.string(), result: z.custom<CheckResult>() })),
  /** Documents that could not be read; the checks ran without them. */
  warnings: z.array(Bilingual),
})
export type CheckRun = z.infer<typeof CheckRunSchema>

export const checksContract = {
  'checks.run': method(
    z.strictObject({ bidId: IdSchema.optional() }),
    CheckRunSchema,
    'The 不漏/不粗/不错 findings of one saved bid, or of every bid when bidId is absent',
  ),
  'checks.input': method(
    z.strictObject({ bidId: IdSchema, matrixId: IdSchema.nullable().optional() }),
    PanelCheckInputSchema,
    'What the checks of a bid read besides the bid (library, other bids, company, matrix, settings, and the templates and scan states its print reads); matrixId overrides the saved one',
  ),
  'checks.exportXlsx': method(
    z.strictObject({ bidId: IdSchema }),
    FileOut,
    'The check findings of one bid as an .xlsx (one row a finding, filters on)',
  ),
  'checks.sealChecklist': method(
    z.strictObject({ bidId: IdSchema, pages: z.boolean().optional() }),
    FileOut.extend({ pdfPageCount: z.number().int().nullable() }),
    'The printable 封装 checklist of a bid (.docx): per copy, every form to seal and sign with its page range in the PDF of the same print (LibreOffice; pages:false or no LibreOffice → the 目录 is referred to), per-page marks, envelopes and labels, open 封装 findings',
  ),
  'checks.reportHtml': method(
    z.strictObject({ bidId: IdSchema }),
    z.object({ html: z.string(), fileName: z.string() }),
    'A printable HTML check report of one bid',
  ),
}
