import * as path from 'node:path'
import { parseArgs } from 'node:util'
import type { ExportFormat } from '@shared/contract/export'
import { exportFormats } from '@services/export/formats'
import { withWorkspace } from '../api'
import { UsageError, type CliCommand } from '../types'
import { ATTACH_USAGE, runExportAttach } from './export-attach'
import { FORM_USAGE, runExportForm } from './export-form'
import { exportThroughApi, readFormBase64, reportBlocked, reportOverridden } from './export-run'

const USAGE =
  FORM_USAGE +
  ' | ' +
  ATTACH_USAGE +
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

export const command: CliCommand = {
  name: 'export',
  summary: {
    zh: '检查并导出投标文件（Word，或填写招标方表单）与报价/偏离表（Excel）；有否决风险时不导出（--force 仍然导出并记录）',
    en: 'Check, then export the tender response (Word, or the buyer’s form) or the quote/deviation tables (Excel); refuses on rejection risks unless --force (recorded in the bid)',
  },
  usage: USAGE,
  async run(argv, io) {
    if (argv[0] === 'form') return runExportForm(argv.slice(1), io)
    if (['attach-form', 'map-form', 'detach-form', 'forms', 'form-blanks'].includes(argv[0]))
      return runExportAttach(argv[0], argv.slice(1), io)
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
    const buyerFormBase64 = values.form ? await readFormBase64(values.form) : undefined
    const out = path.resolve(values.out)

    // --force records the decision in the bid, so it needs the workspace writable; a plain export only reads.
    return withWorkspace(dir, { readOnly: !values.force }, async (ctx) => {
      let r
      try {
        r = await exportThroughApi(ctx, {
          bidId: values.bid!,
          format: format as ExportFormat,
          ...(format === 'xlsx' ? {} : { copy }),
          date: values.date,
          buyerFormBase64,
          allowUnknown: values['allow-unknown'] || undefined,
          decision: values.force ? 'export-anyway' : undefined,
          pages: values.pages || undefined,
          out,
          docxOut: values.docx ? path.resolve(values.docx) : undefined,
        })
      } catch (e) {
        if (await reportBlocked(e, values.json, ctx, values.bid!, io)) return 1
        throw e
      }
      for (const w of r.warnings) io.err(`警告 / warning: ${w.zh} / ${w.en}`)
      if (!values.json) await reportOverridden(r, ctx, values.bid!, io)
      const result = {
        blocked: false,
        out,
        format,
        kind: r.kind,
        bytes: r.bytes,
        signDate: r.signDate ?? null,
        warnings: r.warnings,
        missingMaterials: r.missingMaterials,
        pageNumbers: r.pageNumbers,
        pageCount: r.pageCount,
        overridden: r.overriddenFindings ?? [],
        headings: r.headings,
      }
      if (r.kind === 'bid-docx' && !values.pages)
        io.err(
          '目录/评分索引表页码留给 Word 打开时更新；要写入页码请加 --pages（需 LibreOffice）/ contents page numbers are left for Word to update; add --pages (needs LibreOffice) to write them',
        )
      const n = r.pageCount
      const text = n
        ? `已导出（${n} 页，页码已写入）→ ${out}\nexported (${n} pages, page numbers written) → ${out}`
        : `已导出 → ${out}\nexported → ${out}`
      io.out(values.json ? JSON.stringify(result) : text)
      return 0
    })
  },
}
