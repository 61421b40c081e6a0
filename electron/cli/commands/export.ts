import { assertNoSyncConflicts } from '@shared/domain/merge'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { resolvePlaceholders } from '@shared/domain/export'
import { linkedMaterialIds } from '@shared/domain/materials'
import { isAppError } from '@shared/errors'
import type { Bid, Material } from '@shared/schemas'
import { exportBidDocx } from '@services/export/docx/assemble'
import { exportBidDocxPaged, exportBidPdf } from '@services/export/pdf/bid'
import { fillBuyerFormFile } from '@services/export/docx/buyer-form'
import { exportBidXlsx } from '@services/export/xlsx/workbook'
import { openWorkspace, type WorkspaceSession } from '@services/store'
import { UsageError, type CliCommand, type CliIo } from '../types'

const USAGE =
  'export docx <workspaceDir> --bid <id> --out file.docx [--copy 正本|副本] [--form buyer.docx [--allow-unknown]] [--date YYYY-MM-DD] [--pages] [--json] | export pdf <workspaceDir> --bid <id> --out file.pdf [--copy 正本|副本] [--date YYYY-MM-DD] [--docx file.docx] [--json] | export xlsx <workspaceDir> --bid <id> --out file.xlsx [--json]'

const OPTIONS = {
  bid: { type: 'string' },
  out: { type: 'string' },
  copy: { type: 'string' },
  form: { type: 'string' },
  date: { type: 'string' },
  'allow-unknown': { type: 'boolean', default: false },
  /** docx: write the real page numbers of the contents and 评分索引表 (laid out by LibreOffice). */
  pages: { type: 'boolean', default: false },
  /** pdf: also write the .docx of the same pass, page numbers included. */
  docx: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const

export const command: CliCommand = {
  name: 'export',
  summary: {
    zh: '导出投标文件（Word，或填写招标方表单）与报价/偏离表（Excel）',
    en: 'Export the tender response (Word, or fill the buyer’s form) and quote/deviation tables (Excel)',
  },
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    })
    const [format, dir, ...extra] = positionals
    if (format !== 'docx' && format !== 'xlsx' && format !== 'pdf') {
      throw new UsageError(
        format === undefined
          ? '缺少导出格式 docx、pdf 或 xlsx / missing format: docx, pdf or xlsx'
          : `未知导出格式“${format}”，应为 docx、pdf 或 xlsx / unknown format '${format}': use docx, pdf or xlsx`,
      )
    }
    if (!dir) throw new UsageError('缺少工作区目录 / missing workspace folder')
    if (extra.length) throw new UsageError(`多余的参数 / unexpected arguments: ${extra.join(' ')}`)
    if (!values.bid) throw new UsageError('缺少 --bid <id> / missing --bid <id>')
    if (!values.out) throw new UsageError('缺少 --out <文件> / missing --out <file>')
    const ext = path.extname(values.out).toLowerCase()
    if (ext !== `.${format}`)
      throw new UsageError(`--out 应以 .${format} 结尾 / --out must end in .${format}`)
    const copy = values.copy ?? '正本'
    if (copy !== '正本' && copy !== '副本')
      throw new UsageError('--copy 只能是 正本 或 副本 / --copy must be 正本 or 副本')
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
      throw new UsageError('--date 格式应为 YYYY-MM-DD / --date must be YYYY-MM-DD')
    }
    if (format === 'xlsx' && (values.form || values.copy || values['allow-unknown'])) {
      throw new UsageError('--form / --copy / --allow-unknown 只用于 docx / only apply to docx')
    }
    if (format === 'pdf' && (values.form || values['allow-unknown'] || values.pages))
      throw new UsageError('--form / --allow-unknown / --pages 不用于 pdf / do not apply to pdf')
    if (
      values.docx !== undefined &&
      (format !== 'pdf' || path.extname(values.docx).toLowerCase() !== '.docx')
    )
      throw new UsageError('--docx <文件.docx> 只用于 pdf / --docx <file.docx> only applies to pdf')
    if (values.pages && values.form)
      throw new UsageError('--pages 不用于 --form / --pages does not apply to --form')
    if (values['allow-unknown'] && !values.form)
      throw new UsageError('--allow-unknown 需要 --form / needs --form')

    const ws = await openWorkspace(dir, { readOnly: true })
    // Ctrl+C cancels: the exporters then remove their temp file, so no half-written document is left.
    const ac = new AbortController()
    const onSigint = () => ac.abort()
    process.once('SIGINT', onSigint)
    try {
      const bid = await getBid(ws, values.bid)
      const company = ws.workspace.company
      const out = path.resolve(values.out)
      if (format === 'xlsx') {
        const r = await exportBidXlsx({ bid, company, out, workspaceDir: ws.dir, signal: ac.signal })
        report(
          io,
          values.json,
          r,
          `已导出 ${r.sheets.join('、')} → ${out}\nexported ${r.sheets.length} sheets → ${out}`,
        )
        return 0
      }
      if (values.form) {
        const placeholderValues = resolvePlaceholders(bid, company, { copy, date: values.date })
        const r = await fillBuyerFormFile(path.resolve(values.form), {
          values: placeholderValues,
          out,
          allowUnknown: values['allow-unknown'],
          signal: ac.signal,
        })
        if (r.unknown.length)
          io.err(
            `未识别的占位符（已保留原样）/ unknown placeholders kept as-is: ${r.unknown.map((k) => `{{${k}}}`).join(', ')}`,
          )
        if (r.empty.length)
          io.err(`无值的占位符（留空线）/ placeholders without a value (blank line): ${r.empty.join(', ')}`)
        report(
          io,
          values.json,
          r,
          `已填写 ${r.filled.length} 个占位符 → ${out}\nfilled ${r.filled.length} placeholders → ${out}`,
        )
        return 0
      }
      const materials = await linkedMaterials(ws, bid)
      if (format === 'pdf' || values.pages) {
        const opts = {
          bid,
          company,
          materials,
          workspaceDir: ws.dir,
          copy: copy as '正本' | '副本',
          out,
          date: values.date,
          signal: ac.signal,
        }
        const r =
          format === 'pdf'
            ? await exportBidPdf({ ...opts, docxOut: values.docx ? path.resolve(values.docx) : undefined })
            : await exportBidDocxPaged(opts)
        warn(io, r)
        if (r.note) io.err(`${r.note.zh} / ${r.note.en}`)
        report(
          io,
          values.json,
          r,
          `已导出投标文件（${copy}，${r.pageCount ?? '?'} 页，目录页码已写入）→ ${out}\nexported the bid (${copy}, ${r.pageCount ?? '?'} pages, contents numbered) → ${out}`,
        )
        return 0
      }
      const r = await exportBidDocx({
        bid,
        company,
        materials,
        workspaceDir: ws.dir,
        copy,
        out,
        date: values.date,
        signal: ac.signal,
      })
      warn(io, r)
      io.err(
        '目录/评分索引表页码留给 Word 打开时更新；要写入页码请加 --pages（需 LibreOffice）/ contents page numbers are left for Word to update; add --pages (needs LibreOffice) to write them',
      )
      report(
        io,
        values.json,
        r,
        `已导出投标文件（${copy}，${r.headings.length} 节）→ ${out}\nexported the bid (${copy}, ${r.headings.length} sections) → ${out}`,
      )
      return 0
    } finally {
      process.off('SIGINT', onSigint)
      await ws.close()
    }
  },
}

function report(io: CliIo, json: boolean | undefined, result: object, text: string) {
  io.out(json ? JSON.stringify(result) : text)
}

function warn(io: CliIo, r: Awaited<ReturnType<typeof exportBidDocx>>) {
  if (r.unknownPlaceholders.length)
    io.err(`模板中未识别的占位符 / unknown placeholders in templates: ${r.unknownPlaceholders.join(', ')}`)
  if (r.emptyPlaceholders.length)
    io.err(`无值的占位符（留空线）/ placeholders without a value: ${r.emptyPlaceholders.join(', ')}`)
  if (r.missingMaterials.length)
    io.err(`找不到的材料 / materials not found: ${r.missingMaterials.join(', ')}`)
  for (const f of r.unknownForms)
    io.err(`没有表单模板“${f.formKey}”，按正文输出 / no form template '${f.formKey}': written as text`)
  for (const s of r.skippedAttachments) {
    io.err(
      `未嵌入附件 / attachment not embedded: ${s.materialTitle} / ${s.name}（${s.reason === 'missing' ? '文件缺失 missing' : '非图片 not an image'}）`,
    )
  }
}

async function getBid(ws: WorkspaceSession, id: string): Promise<Bid> {
  try {
    const bid = await ws.get('bids', id)
    assertNoSyncConflicts(bid)
    return bid
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') {
      const known = ws.list('bids').map((b) => `${b.id}（${b.title}）`)
      throw new UsageError(
        `找不到投标 ${id} / no bid '${id}'. 可选 / known: ${known.join(', ') || '（无 none）'}`,
      )
    }
    throw e
  }
}

/** Every material the bid links; one that cannot be read is left out and reported by the exporter. */
async function linkedMaterials(ws: WorkspaceSession, bid: Bid): Promise<Material[]> {
  const out: Material[] = []
  for (const id of linkedMaterialIds(bid)) {
    try {
      out.push(await ws.get('materials', id))
    } catch (e) {
      if (!(isAppError(e) && e.code === 'NOT_FOUND')) throw e
    }
  }
  return out
}
