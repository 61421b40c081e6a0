import type { BlankFill } from '@shared/domain/blanks'
import type { PrintModel } from '@shared/domain/export'
import type { Bid, CompanyProfile, Material, Matrix } from '@shared/schemas'
import type { MissingMaterial } from '../docx/assemble'
import { exportFormat } from '../formats'

export type ExportKind = 'bid-docx' | 'buyer-form' | 'bid-xlsx' | (string & {})

/** Everything one export needs, as plain data: it is structured-cloned into the worker thread. */
export interface ExportTask {
  /** The registered format (docx, xlsx, …) and what it writes. */
  format: string
  kind: ExportKind
  bid: Bid
  company: CompanyProfile
  /** The materials the bid links (the print model lists them and embeds their scans). */
  materials: Material[]
  matrix: Matrix | null
  workspaceDir: string
  out: string
  copy: '正本' | '副本'
  /** The signing date chosen for this export; the bid's own otherwise. */
  date?: string
  templatesDir?: string
  buyerForm?: Uint8Array
  allowUnknown?: boolean
  /** Buyer form: blank id → dictionary key, or null to leave that blank. */
  overrides?: Record<string, string | null>
  /** docx: write the page numbers of the contents and 评分索引表 (laid out by LibreOffice when installed). */
  pages?: boolean
  /** pdf: also write the numbered .docx of the same LibreOffice pass here. */
  docxOut?: string
}

export interface Bilingual {
  zh: string
  en: string
}

export interface TaskOutcome {
  warnings: Bilingual[]
  /** Materials the document lists without their scan in the print (the same as the P04 findings say). */
  missingMaterials: MissingMaterial[]
  /** Buyer form: every blank it printed and what became of it. */
  blanks?: BlankFill[]
  /** docx with pages, pdf: where the page numbers of the contents come from (LibreOffice, or Word on opening). */
  pageNumbers?: 'libreoffice' | 'word-on-open'
  pageCount?: number | null
  /** The signing date and level-1 headings of the print model the export was written from. */
  signDate?: string | null
  headings?: string[]
}

/** What an export reports of its print model: the date it signs with and its parts' headings, in order. */
export function modelSummary(model: PrintModel): Pick<TaskOutcome, 'signDate' | 'headings'> {
  return {
    signDate: model.signDate ?? null,
    headings: model.parts.flatMap((p) =>
      p.blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [b.text] : [])),
    ),
  }
}

export type OnProgress = (done: number, total: number, label: string) => void

/**
 * Runs one export in the current thread. The worker calls it, so does the CLI; `model` is the print model the
 * gate already built and checked (it is built here when absent). The exporters write atomically (temp file +
 * rename) and delete their temp file on abort, so an aborted task leaves nothing behind.
 */
export async function runExportTask(
  task: ExportTask,
  onProgress: OnProgress,
  signal?: AbortSignal,
  model?: PrintModel,
): Promise<TaskOutcome> {
  return exportFormat(task.format, !!task.buyerForm).render(task, { onProgress, signal, model })
}
