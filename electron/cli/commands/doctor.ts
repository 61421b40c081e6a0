import { parseArgs } from 'node:util'
import * as path from 'node:path'
import { isAppError } from '@shared/errors'
import { AppContext } from '@services/app-context'
import { libreOfficeInfo, type LibreOfficeInfo } from '@services/export/pdf/soffice'
import { call } from '../api'
import { UsageError, type CliCommand, type CliIo } from '../types'

/** The tools exports need beyond the app: LibreOffice makes the PDF and the page numbers of the 目录. */
function toolLine(lo: LibreOfficeInfo): string {
  return lo.installed
    ? `LibreOffice：已安装 / installed — ${lo.version ?? '版本未知 / version unknown'} (${lo.path})`
    : 'LibreOffice：未安装，无法导出 PDF，目录页码留给 Word 更新 / not installed: no PDF export, contents page numbers left for Word'
}

function printTools(io: CliIo, lo: LibreOfficeInfo): void {
  io.out(toolLine(lo))
}

export const command: CliCommand = {
  name: 'doctor',
  summary: {
    zh: '校验工作区的每个文档，发现问题时退出码为 1',
    en: 'Validate every document of a workspace; exit 1 on problems',
  },
  usage: 'doctor <dir> [--json]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    })
    if (positionals.length !== 1) throw new UsageError('usage: bidbench doctor <dir>')
    // Read-only: the doctor reports; it never repairs behind the user's back.
    const ctx = new AppContext('cli')
    try {
      await ctx.open(positionals[0], true)
    } catch (e) {
      // workspace.json itself unreadable (damaged without a good generation, a link, a newer schema): a finding.
      if (!isAppError(e) || e.code === 'WORKSPACE_NOT_FOUND') throw e
      const file = path.join(path.resolve(positionals[0]), 'workspace.json')
      const problem = {
        kind: 'workspace',
        id: 'workspace',
        file,
        severity: 'error',
        code: e.code,
        message: { zh: e.zh, en: e.en },
      }
      const libreoffice = await libreOfficeInfo()
      if (values.json)
        io.out(
          JSON.stringify({
            dir: path.resolve(positionals[0]),
            documents: 0,
            problems: [problem],
            libreoffice,
          }),
        )
      else {
        io.out(`  [${e.code}] workspace.json: ${e.zh} / ${e.en}`)
        printTools(io, libreoffice)
      }
      return 1
    }
    try {
      // workspace.doctor, as the app runs it.
      const report = await call(ctx, 'workspace.doctor', {})
      const libreoffice = await libreOfficeInfo()
      if (values.json) io.out(JSON.stringify({ ...report, libreoffice }))
      else {
        io.out(
          `${report.dir}: ${report.documents} 个文档 / documents, ${report.problems.length} 个问题 / problems`,
        )
        for (const p of report.problems)
          io.out(`  [${p.code}] ${p.kind}/${p.id}: ${p.message.zh} / ${p.message.en}`)
        printTools(io, libreoffice)
      }
      return report.problems.length ? 1 : 0
    } finally {
      await ctx.close()
    }
  },
}
