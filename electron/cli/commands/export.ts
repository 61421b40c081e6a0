import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import type { Finding } from '@shared/domain/checks'
import type { PrintModel } from '@shared/domain/export'
import { AppError, isAppError } from '@shared/errors'
import { linkedMaterialIds } from '@shared/domain/materials'
import { locationText } from '@services/checks/location'
import { exportFormats } from '@services/export/formats'
import { gateCheck } from '@services/export/gate'
import { runExportTask } from '@services/export/jobs/export-task'
import { beginExport } from '@services/export/use-case'
import { openWorkspace, type WorkspaceSession } from '@services/store'
import type { Bid } from '@shared/schemas'
import { UsageError, type CliCommand, type CliIo } from '../types'
import { FORM_USAGE, runExportForm } from './export-form'

const USAGE =
  FORM_USAGE +
  ' | export docx <workspaceDir> --bid <id> --out file.docx [--copy 正本|副本] [--form buyer.docx [--allow-unknown]] [--date YYYY-MM-DD] [--pages] [--force] [--json] | export pdf <workspaceDir> --bid <id> --out file.pdf [--copy 正本|副本] [--date YYYY-MM-DD] [--docx file.docx] [--force] [--json] | export xlsx <workspaceDir> --bid <id> --out file.xlsx [--force] [--json]'

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
  force: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const

/** One finding as the CLI prints it: rule, severity, message, where it is printed (or where to fix it). */
export function findingLine(f: Finding, bid: Bid): string {
  const basis = f.basis ? ` 〔${f.basis}〕` : ''
  const where = f.printedIn?.length
    ? `印于 / printed in: ${f.printedIn.map((p) => p.title).join('、')}`
    : `位置 / at: ${locationText(f, bid)}`
  return `  [${f.severity}] ${f.ruleId} ${f.message.zh}${basis}\n      ${where}\n      ${f.message.en}`
}

/**
 * Prints a gate refusal (VETO_FINDINGS) the way every export command reports it and returns true; any other
 * error is not a refusal and is left to the caller.
 */
export function reportBlocked(e: unknown, json: boolean, bid: Bid, io: CliIo): boolean {
  if (!(isAppError(e) && e.code === 'VETO_FINDINGS')) return false
  const findings = (e.details as { findings: Finding[] }).findings
  if (json) io.out(JSON.stringify({ blocked: true, findings }))
  else {
    io.err(`未导出：${findings.length} 项否决风险须先处理（或用 --force 仍然导出，决定记入投标）`)
    io.err(
      `not exported: ${findings.length} rejection risk(s) to fix first (or --force to export anyway, recorded in the bid)`,
    )
    for (const f of findings) io.err(findingLine(f, bid))
  }
  return true
}

export const command: CliCommand = {
  name: 'export',
  summary: {
    zh: '检查并导出投标文件（Word，或填写招标方表单）与报价/偏离表（Excel）；有否决风险时不导出（--force 仍然导出并记录）',
    en: 'Check, then export the tender response (Word, or the buyer’s form) or the quote/deviation tables (Excel); refuses on rejection risks unless --force (recorded in the bid)',
  },
  usage: USAGE,
  async run(argv, io) {
    if (argv[0] === 'form') return runExportForm(argv.slice(1), io)
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    })
    const [format, dir, ...extra] = positionals
    const formats = exportFormats()
    if (!format || !formats.includes(format)) {
      throw new UsageError(
        format === undefined
          ? `缺少导出格式 ${formats.join(' 或 ')} / missing format: ${formats.join(' or ')}`
          : `未知导出格式“${format}”，应为 ${formats.join(' 或 ')} / unknown format '${format}': use ${formats.join(' or ')}`,
      )
    }
    if (!dir) throw new UsageError('缺少工作区目录 / missing workspace folder')
    if (extra.length) throw new UsageError(`多余的参数 / unexpected arguments: ${extra.join(' ')}`)
    if (!values.bid) throw new UsageError('缺少 --bid <id> / missing --bid <id>')
    if (!values.out) throw new UsageError('缺少 --out <文件> / missing --out <file>')
    if (path.extname(values.out).toLowerCase() !== `.${format}`)
      throw new UsageError(`--out 应以 .${format} 结尾 / --out must end in .${format}`)
    const copy = values.copy ?? '正本'
    if (copy !== '正本' && copy !== '副本')
      throw new UsageError('--copy 只能是 正本 或 副本 / --copy must be 正本 or 副本')
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
      throw new UsageError('--date 格式应为 YYYY-MM-DD / --date must be YYYY-MM-DD')
    if (format === 'xlsx' && (values.form || values.copy || values['allow-unknown']))
      throw new UsageError('--form / --copy / --allow-unknown 只用于 docx / only apply to docx')
    if (format === 'pdf' && (values.form || values['allow-unknown'] || values.pages))
      throw new UsageError('--form / --allow-unknown / --pages 不用于 pdf / do not apply to pdf')
    if (format === 'xlsx' && values.pages)
      throw new UsageError('--pages 只用于 docx / --pages only applies to docx')
    if (
      values.docx !== undefined &&
      (format !== 'pdf' || path.extname(values.docx).toLowerCase() !== '.docx')
    )
      throw new UsageError('--docx <文件.docx> 只用于 pdf / --docx <file.docx> only applies to pdf')
    if (values.pages && values.form)
      throw new UsageError('--pages 不用于 --form / --pages does not apply to --form')
    if (values['allow-unknown'] && !values.form)
      throw new UsageError('--allow-unknown 需要 --form / needs --form')
    const buyerForm = values.form ? await readForm(values.form) : undefined

    // --force records the decision in the bid, so it needs the workspace writable; a plain export only reads.
    const ws = await openWorkspace(dir, { readOnly: !values.force })
    // Ctrl+C cancels: the exporters then remove their temp file, so no half-written document is left.
    const ac = new AbortController()
    const onSigint = () => ac.abort()
    process.once('SIGINT', onSigint)
    try {
      const bid = await getBid(ws, values.bid)
      let model: PrintModel | undefined
      const out = path.resolve(values.out)
      let begun
      try {
        begun = await beginExport(
          ws,
          {
            bidId: bid.id,
            format,
            copy,
            date: values.date,
            buyerForm,
            allowUnknown: values['allow-unknown'],
            decision: values.force ? 'export-anyway' : undefined,
            out,
            pages: values.pages,
            docxOut: values.docx ? path.resolve(values.docx) : undefined,
          },
          async (task, checks) => {
            const r = await gateCheck(task, checks)
            model = r.model
            return r.blocking
          },
          { materialIds: linkedMaterialIds },
        )
      } catch (e) {
        if (!reportBlocked(e, values.json, bid, io)) throw e
        return 1
      }
      try {
        const outcome = await runExportTask(begun.task, () => undefined, ac.signal, model)
        for (const w of outcome.warnings) io.err(`警告 / warning: ${w.zh} / ${w.en}`)
        if (begun.overridden.length && !values.json) {
          io.err(
            `已按 --force 导出，${begun.overridden.length} 项否决风险已记入投标 / exported with --force; recorded in the bid:`,
          )
          for (const f of begun.overridden) io.err(findingLine(f, bid))
        }
        const result = {
          blocked: false,
          out,
          format,
          kind: begun.task.kind,
          bytes: (await fs.stat(out)).size,
          signDate: model?.signDate ?? null,
          warnings: outcome.warnings,
          missingMaterials: outcome.missingMaterials,
          pageNumbers: outcome.pageNumbers,
          pageCount: outcome.pageCount,
          overridden: begun.overridden,
          headings: model?.parts.flatMap((p) =>
            p.blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [b.text] : [])),
          ),
        }
        if (begun.task.kind === 'bid-docx' && !values.pages)
          io.err(
            '目录/评分索引表页码留给 Word 打开时更新；要写入页码请加 --pages（需 LibreOffice）/ contents page numbers are left for Word to update; add --pages (needs LibreOffice) to write them',
          )
        const n = outcome.pageCount
        const text = n
          ? `已导出（${n} 页，页码已写入）→ ${out}\nexported (${n} pages, page numbers written) → ${out}`
          : `已导出 → ${out}\nexported → ${out}`
        io.out(values.json ? JSON.stringify(result) : text)
        return 0
      } finally {
        begun.release()
      }
    } finally {
      process.off('SIGINT', onSigint)
      await ws.close()
    }
  },
}

export async function readForm(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(path.resolve(file))
  } catch {
    throw new AppError('NOT_FOUND', { zh: `找不到表单文件 ${file}`, en: `form file not found: ${file}` })
  }
}

export async function getBid(ws: WorkspaceSession, id: string): Promise<Bid> {
  try {
    return await ws.get('bids', id)
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
