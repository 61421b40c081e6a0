import { resolvePlaceholders } from '@shared/domain/export'
import type { Bid, CompanyProfile, Material } from '@shared/schemas'
import { exportBidDocx, type ExportDocxResult } from '../docx/assemble'
import { fillBuyerForm } from '../docx/buyer-form'
import { exportBidXlsx } from '../xlsx/workbook'

export type ExportKind = 'bid-docx' | 'buyer-form' | 'bid-xlsx'

/** Everything one export needs, as plain data: it is structured-cloned into the worker thread. */
export interface ExportTask {
  kind: ExportKind
  bid: Bid
  company: CompanyProfile
  materials: Material[]
  workspaceDir: string
  out: string
  copy: '正本' | '副本'
  date?: string
  templatesDir?: string
  buyerForm?: Uint8Array
  allowUnknown?: boolean
}

export interface Bilingual {
  zh: string
  en: string
}

export interface TaskOutcome {
  warnings: Bilingual[]
}

export type OnProgress = (done: number, total: number, label: string) => void

const list = (keys: string[]) => keys.map((k) => `{{${k}}}`).join('、')

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
  if (r.missingMaterials.length)
    w.push({
      zh: `找不到的材料：${r.missingMaterials.join('、')}`,
      en: `materials not found: ${r.missingMaterials.join(', ')}`,
    })
  for (const f of r.unknownForms)
    w.push({
      zh: `没有表单模板“${f.formKey}”，该章节按正文输出`,
      en: `no form template '${f.formKey}': the section was written as text`,
    })
  for (const s of r.skippedAttachments)
    w.push({
      zh: `未嵌入附件：${s.materialTitle} / ${s.name}（${s.reason === 'missing' ? '文件缺失' : '不是图片'}）`,
      en: `attachment not embedded: ${s.materialTitle} / ${s.name} (${s.reason === 'missing' ? 'file missing' : 'not an image'})`,
    })
  return w
}

/**
 * Runs one export in the current thread. The worker calls it; so can a test. The exporters write atomically
 * (temp file + rename) and delete their temp file on abort, so an aborted task leaves nothing behind.
 */
export async function runExportTask(
  task: ExportTask,
  onProgress: OnProgress,
  signal?: AbortSignal,
): Promise<TaskOutcome> {
  if (task.kind === 'bid-xlsx') {
    await exportBidXlsx({
      bid: task.bid,
      company: task.company,
      out: task.out,
      workspaceDir: task.workspaceDir,
      templatesDir: task.templatesDir,
      onProgress,
      signal,
    })
    return { warnings: [] }
  }
  if (task.kind === 'buyer-form') {
    if (!task.buyerForm) throw new Error('buyer-form task without a form')
    onProgress(0, 2, '读取招标方表单 / reading the form')
    const values = resolvePlaceholders(task.bid, task.company, { copy: task.copy, date: task.date })
    const r = await fillBuyerForm({
      input: Buffer.from(task.buyerForm),
      values,
      out: task.out,
      allowUnknown: task.allowUnknown,
      signal,
    })
    onProgress(2, 2, '完成 / written')
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
    return { warnings }
  }
  const r = await exportBidDocx({
    bid: task.bid,
    company: task.company,
    materials: task.materials,
    workspaceDir: task.workspaceDir,
    copy: task.copy,
    out: task.out,
    date: task.date,
    templatesDir: task.templatesDir,
    onProgress,
    signal,
  })
  return { warnings: docxWarnings(r) }
}
