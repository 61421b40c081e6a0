import ExcelJS from 'exceljs'
import type { PrintModel } from '@shared/domain/export'
import type { Bid, CompanyProfile, Material, Matrix, PartKind } from '@shared/schemas'
import { xmlSafe } from '@shared/xml-text'
import { throwIfAborted, writeFileAtomic } from '../atomic'
import { finalizeOfficePackage } from '../ooxml-package'
import { printModelFor } from '../docx/assemble'
import { loadFormLibrary, type FormLibrary } from '../templates'
import { deviationSheet, openingSheet, quoteRefs, quoteSheet } from './sheets'

export interface ExportBidXlsxOptions {
  bid: Bid
  company: CompanyProfile
  /** The print model when the caller built it (the export use case); built here otherwise. */
  model?: PrintModel
  materials?: Material[]
  matrix?: Matrix | null
  /** Signing date YYYY-MM-DD chosen for this export. */
  date?: string
  out: string
  /** Template overrides (the deviation tables take their requirement kinds from the forms). */
  workspaceDir?: string
  templatesDir?: string
  onProgress?(done: number, total: number, label: string): void
  signal?: AbortSignal
}

export interface ExportXlsxResult {
  out: string
  sheets: string[]
  /** Σ line totals and tax, as the formulas compute them. */
  total: number
  taxTotal: number
  deviationRows: Record<string, number>
}

const DEFAULT_KINDS: Record<string, PartKind[]> = { 商务偏离表: ['商务', '报价'], 技术偏离表: ['技术'] }

/** The Word form and the Excel sheet of a deviation table list the same requirements: read the form's kinds. */
function kindsOf(library: FormLibrary | null, key: string): PartKind[] {
  if (library?.has(key)) {
    for (const b of library.get(key).blocks)
      if (b.type === 'table' && b.source === 'requirements' && b.kinds) return b.kinds
  }
  return DEFAULT_KINDS[key]
}

export async function exportBidXlsx(opts: ExportBidXlsxOptions): Promise<ExportXlsxResult> {
  const { bid, signal } = opts
  throwIfAborted(signal)
  const library = await loadFormLibrary({
    workspaceDir: opts.workspaceDir,
    templatesDir: opts.templatesDir,
  }).catch(() => null)
  // Every text that reaches the package passes the one XML-character sanitizer (shared/xml-text.ts).
  const model = xmlSafe(
    opts.model ??
      (await printModelFor({
        bid,
        company: opts.company,
        materials: opts.materials ?? [],
        matrix: opts.matrix ?? null,
        workspaceDir: opts.workspaceDir ?? '',
        copy: '正本',
        date: opts.date,
        templatesDir: opts.templatesDir,
      })),
  )
  const wb = new ExcelJS.Workbook()
  wb.creator = xmlSafe(opts.company.name) || 'BidBench'
  const updated = new Date(bid.updatedAt)
  wb.created = Number.isNaN(updated.getTime()) ? new Date() : updated
  // Ask Excel to recalculate on open too: the cached results are right, this keeps edited copies right.
  wb.calcProperties = { fullCalcOnLoad: true }
  const total = 5
  let done = 0
  // 开标一览表 is read aloud first: it is the first tab, and refers to the quote total written after it.
  openingSheet(wb, model, quoteRefs(model))
  opts.onProgress?.(++done, total, '开标一览表')
  const refs = quoteSheet(wb, model)
  opts.onProgress?.(++done, total, '报价明细表')
  const deviationRows: Record<string, number> = {}
  for (const key of ['商务偏离表', '技术偏离表']) {
    throwIfAborted(signal)
    deviationRows[key] = deviationSheet(wb, model, key, kindsOf(library, key))
    opts.onProgress?.(++done, total, key)
  }
  await writeFileAtomic(
    opts.out,
    async () =>
      finalizeOfficePackage(new Uint8Array(await wb.xlsx.writeBuffer()), '投标报价表 / bid workbook (.xlsx)'),
    signal,
  )
  opts.onProgress?.(++done, total, '完成 / written')
  return {
    out: opts.out,
    sheets: wb.worksheets.map((w) => w.name),
    total: refs.totals.total,
    taxTotal: refs.totals.taxTotal,
    deviationRows,
  }
}
