import { ExportFormatSchema, type ExportFormat } from '@shared/contract/export'
import { placeholderSources, resolvePlaceholders, type PrintModel } from '@shared/domain/export'
import { formDataOf } from '@shared/domain/blanks'
import { AppError } from '@shared/errors'
import { exportBidDocx, missingOf, printModelFor, type ExportDocxResult } from './docx/assemble'
import { fillBuyerForm } from './docx/buyer-form'
import type { Bilingual, ExportKind, ExportTask, OnProgress, TaskOutcome } from './jobs/export-task'
import { exportBidDocxPaged, exportBidPdf, type PagedExportResult } from './pdf/bid'
import { findSoffice, libreOfficeInfo } from './pdf/soffice'
import { exportBidXlsx } from './xlsx/workbook'

/**
 * The export formats, one entry each: what the file is called and how it is written from the print model. The
 * export use case (use-case.ts) is the same for every format — checks, gate, decision, file name — so a new
 * format (PDF) registers here and every transport (UI, API, CLI) has it.
 */
export interface RenderContext {
  onProgress: OnProgress
  signal?: AbortSignal
  /** The print model the gate checked; the renderer builds it when absent. */
  model?: PrintModel
}

export interface ExportFormatDef {
  format: string
  ext: string
  kind: ExportKind
  /** File name stem, without the timestamp. */
  baseName(title: string, copy: string): string
  render(task: ExportTask, ctx: RenderContext): Promise<TaskOutcome>
}

const list = (keys: string[]) => keys.map((k) => `{{${k}}}`).join('、')

const REASON: Record<ReturnType<typeof missingOf>[number]['reason'], Bilingual> = {
  'not-found': { zh: '资料库中找不到', en: 'not in the library' },
  'no-scan': { zh: '没有扫描件', en: 'no scan' },
  'scan-missing': { zh: '扫描件文件缺失', en: 'scan file missing' },
  'scan-not-image': { zh: '扫描件不是图片', en: 'scan is not an image' },
  'scans-not-printed': { zh: '未附复印件', en: 'copies not printed' },
}

function docxWarnings(r: ExportDocxResult): Bilingual[] {
  const w: Bilingual[] = []
  if (r.unknownPlaceholders.length)
    w.push({
      zh: `模板中未识别的占位符（原样保留）：${list(r.unknownPlaceholders)}`,
      en: `unknown placeholders in the templates (kept as-is): ${list(r.unknownPlaceholders)}`,
    })
  if (r.emptyPlaceholders.length)
    w.push({
      zh: `无值的占位符（印为空线，待手填）：${list(r.emptyPlaceholders)}`,
      en: `placeholders without a value (printed as a blank line): ${list(r.emptyPlaceholders)}`,
    })
  for (const m of r.missingMaterials)
    w.push({
      zh: `材料“${m.title}”：${REASON[m.reason].zh}`,
      en: `material "${m.title}": ${REASON[m.reason].en}`,
    })
  for (const f of r.unknownForms)
    w.push({
      zh: `没有表单模板“${f.formKey}”，该章节按正文输出`,
      en: `no form template '${f.formKey}': the section was written as text`,
    })
  return w
}

async function modelFor(task: ExportTask, model?: PrintModel): Promise<PrintModel> {
  return (
    model ??
    printModelFor({
      bid: task.bid,
      company: task.company,
      materials: task.materials,
      matrix: task.matrix,
      workspaceDir: task.workspaceDir,
      copy: task.copy,
      date: task.date,
      templatesDir: task.templatesDir,
    })
  )
}

function bidOptions(task: ExportTask, ctx: RenderContext, model: PrintModel) {
  return {
    bid: task.bid,
    company: task.company,
    materials: task.materials,
    workspaceDir: task.workspaceDir,
    copy: task.copy,
    out: task.out,
    model,
    onProgress: ctx.onProgress,
    signal: ctx.signal,
  }
}

function pagedOutcome(r: PagedExportResult): TaskOutcome {
  const warnings = docxWarnings(r)
  if (r.note) warnings.push(r.note)
  return {
    warnings,
    missingMaterials: r.missingMaterials,
    pageNumbers: r.pageNumbers,
    pageCount: r.pageCount,
  }
}

const docx: ExportFormatDef = {
  format: 'docx',
  ext: 'docx',
  kind: 'bid-docx',
  baseName: (title, copy) => `${title}_投标文件_${copy}`,
  async render(task, ctx) {
    const opts = bidOptions(task, ctx, await modelFor(task, ctx.model))
    // With pages, LibreOffice (when installed) lays the document out and its page numbers are written in.
    if (task.pages) return pagedOutcome(await exportBidDocxPaged(opts))
    const r = await exportBidDocx(opts)
    return { warnings: docxWarnings(r), missingMaterials: r.missingMaterials }
  },
}

/** The 投标文件 printed by LibreOffice, contents and 评分索引表 with true page numbers (LIBREOFFICE_MISSING without). */
const pdf: ExportFormatDef = {
  format: 'pdf',
  ext: 'pdf',
  kind: 'bid-pdf',
  baseName: (title, copy) => `${title}_投标文件_${copy}`,
  async render(task, ctx) {
    const opts = bidOptions(task, ctx, await modelFor(task, ctx.model))
    return pagedOutcome(await exportBidPdf({ ...opts, docxOut: task.docxOut }))
  },
}

const xlsx: ExportFormatDef = {
  format: 'xlsx',
  ext: 'xlsx',
  kind: 'bid-xlsx',
  baseName: (title) => `${title}_报价及偏离表`,
  async render(task, ctx) {
    const model = await modelFor(task, ctx.model)
    await exportBidXlsx({
      bid: task.bid,
      company: task.company,
      model,
      out: task.out,
      workspaceDir: task.workspaceDir,
      templatesDir: task.templatesDir,
      onProgress: ctx.onProgress,
      signal: ctx.signal,
    })
    return { warnings: [], missingMaterials: [] }
  },
}

const buyerForm: ExportFormatDef = {
  format: 'docx',
  ext: 'docx',
  kind: 'buyer-form',
  baseName: (title, copy) => `${title}_招标方表单_${copy}`,
  async render(task, ctx) {
    if (!task.buyerForm) throw new Error('buyer-form task without a form')
    ctx.onProgress(0, 2, '读取招标方表单 / reading the form')
    const model = await modelFor(task, ctx.model)
    // The same values the print model printed (its signing date included), so the buyer's form says the same.
    const opts = { copy: task.copy, date: model.signDate ?? undefined }
    const values = resolvePlaceholders(task.bid, task.company, opts)
    const r = await fillBuyerForm({
      input: Buffer.from(task.buyerForm),
      values,
      out: task.out,
      allowUnknown: task.allowUnknown,
      overrides: task.overrides,
      sources: placeholderSources(task.bid, task.company, opts),
      data: formDataOf(task.bid),
      signal: ctx.signal,
    })
    ctx.onProgress(2, 2, '完成 / written')
    const warnings: Bilingual[] = []
    if (r.unknown.length)
      warnings.push({
        zh: `未识别的占位符（原样保留）：${list(r.unknown)}`,
        en: `unknown placeholders (kept as-is): ${list(r.unknown)}`,
      })
    if (r.empty.length)
      warnings.push({
        zh: `无值的占位符（印为空线，待手填）：${list(r.empty)}`,
        en: `placeholders without a value (printed as a blank line): ${list(r.empty)}`,
      })
    const unfilled = r.blanks.filter((b) => b.status === 'unfilled')
    if (unfilled.length)
      warnings.push({
        zh: `未填的空白（待手填）：${unfilled.map((b) => `${b.where.zh}“${b.label}”`).join('、')}`,
        en: `blanks left unfilled: ${unfilled.map((b) => `${b.where.en} "${b.label}"`).join(', ')}`,
      })
    for (const b of r.blanks.filter((x) => x.status === 'filled' && x.warning))
      warnings.push({
        zh: `${b.where.zh}“${b.label}”：${b.warning!.zh}`,
        en: `${b.where.en} "${b.label}": ${b.warning!.en}`,
      })
    return { warnings, missingMaterials: [], blanks: r.blanks }
  },
}

const FORMATS = new Map<string, ExportFormatDef>([
  ['docx', docx],
  ['xlsx', xlsx],
  ['pdf', pdf],
])

/** Adds a format (e.g. pdf) to every transport: the contract's format enum must list it too. */
export function registerExportFormat(def: ExportFormatDef): void {
  FORMATS.set(def.format, def)
}

export function exportFormats(): string[] {
  return [...FORMATS.keys()]
}

/** The format's definition; a buyer's form is the Word format's variant that fills the buyer's own file. */
export function exportFormat(format: string, withBuyerForm = false): ExportFormatDef {
  if (withBuyerForm) {
    if (format !== 'docx')
      throw new AppError('VALIDATION', {
        zh: '招标方表单只能导出为 Word',
        en: "a buyer's form is exported as Word only",
      })
    return buyerForm
  }
  const def = FORMATS.get(format)
  if (!def)
    throw new AppError('VALIDATION', {
      zh: `不支持的导出格式“${format}”（可用：${exportFormats().join('、')}）`,
      en: `unsupported export format '${format}' (available: ${exportFormats().join(', ')})`,
    })
  return def
}

/**
 * What this machine can export: every format, and whether LibreOffice is there (a PDF needs it; a Word export
 * without it leaves the 目录 page numbers for Word). Looked up on every call, so installing LibreOffice while the
 * app runs is seen at the next export dialog.
 */
export async function exportCapabilities(): Promise<{
  formats: ExportFormat[]
  libreoffice: { installed: boolean; version: string | null }
}> {
  const installed = findSoffice() !== null
  const version = installed ? (await libreOfficeInfo()).version : null
  // The formats every transport can ask for: registered here and listed by the contract.
  const formats = exportFormats().filter((f): f is ExportFormat => ExportFormatSchema.safeParse(f).success)
  return { formats, libreoffice: { installed, version } }
}
