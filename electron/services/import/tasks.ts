/**
 * The imports that run in the import worker (see run-import.ts), by name. Each takes the file's bytes and plain
 * options and returns plain data. Modules are loaded on first use, so a worker loads only its own parser (a fresh
 * worker starts for every import). Register new kinds here (e.g. 'tender-docx', 'tender-pdf').
 */
import type { ImportRequirementsOptions } from '../bids/import-requirements'
import type { DetectOverrides } from '@shared/domain/matrices/import'
import type { TenderFilesInput } from '../tender/read-file'
import type { FormData } from '@shared/domain/blanks'

export const IMPORT_TASKS = {
  /** A 招标文件 (.docx or PDF) and its amendments: read and extracted (facts, requirements, scoring, forms…). */
  'tender-import': async (b: Buffer, o: TenderFilesInput) =>
    (await import('../tender/read-file')).importTenderFilesInWorker(b, o),
  /** A bid's requirements from the buyer's .xlsx. */
  'requirements-xlsx': async (b: Buffer, o: Omit<ImportRequirementsOptions, 'limits'>) =>
    (await import('../bids/import-requirements')).importRequirementsXlsx(b, o),
  /** The tender's scoring table from .xlsx, detected. */
  'scoring-xlsx': async (b: Buffer, o: DetectOverrides) =>
    (await import('../matrices/import-xlsx')).importScoringXlsx(b, o),
  /** Every sheet of an .xlsx as a text grid (the import wizard's preview). */
  'scoring-grids': async (b: Buffer, _o: Record<string, never>) =>
    (await import('../matrices/import-xlsx')).scoringGrids(b),
  /** A Word chapter for a bid section: its structure as HTML and its pictures. */
  'section-docx': async (b: Buffer, _o: Record<string, never>) =>
    (await import('../bids/section-docx-worker')).readSectionDocx(b),
  /** The placeholders of a buyer's own .docx form. */
  'buyer-form-scan': async (
    b: Buffer,
    o: {
      values: Record<string, string>
      overrides?: Record<string, string | null>
      sources?: Record<string, string>
      data?: FormData
    },
  ) => (await import('../export/docx/buyer-form')).scanBuyerForm(b, o.values, o),
}

export type ImportTaskName = keyof typeof IMPORT_TASKS
export type TaskInput<K extends ImportTaskName> = Parameters<(typeof IMPORT_TASKS)[K]>[1]
export type TaskOutput<K extends ImportTaskName> = Awaited<ReturnType<(typeof IMPORT_TASKS)[K]>>
