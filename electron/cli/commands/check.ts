import * as path from 'node:path'
import { parseArgs } from 'node:util'
import {
  blockingFindings,
  FAMILIES,
  PHASES,
  vetoFindings,
  type CheckResult,
  type Finding,
  type Phase,
} from '@shared/domain/checks'
import type { Bid } from '@shared/schemas'
import { locationText } from '@services/checks/location'
import { call, withWorkspace, writeBase64 } from '../api'
import { UsageError, type CliCommand, type CliIo } from '../types'

interface BidCheck {
  bid: Bid
  result: CheckResult
}

const USAGE =
  'check <workspaceDir> [--bid <id> | --all] [--phase 编制|封装] [--json] [--xlsx <out.xlsx>] [--out <封装清单.docx> [--no-pages] (with --bid --phase 封装)]'

const phaseOfFinding = (f: Finding): Phase => f.phase ?? '编制'

function printReadable(io: CliIo, c: BidCheck, findings: Finding[]): void {
  const { bid, result } = c
  const open = findings.filter((f) => !f.acknowledged)
  const veto = vetoFindings(findings).length
  const blocking = blockingFindings(findings).length
  const sealing = open.filter((f) => phaseOfFinding(f) === '封装').length
  io.out(`${bid.title} (${bid.id})`)
  io.out(
    `  ${open.length} 个问题 / open findings（否决风险 ${veto}），已确认 / acknowledged ${result.acknowledgedCount}`,
  )
  // 编制: fixed before export (the export gate stops on these); 封装: done on the printed copies.
  io.out(
    `  编制阶段否决风险（阻止导出）/ blocking export (编制): ${blocking}；封装事项（盖章、签字、密封、递交）/ 封装 items (seal, sign, pack, deliver): ${sealing}`,
  )
  for (const fam of FAMILIES) {
    const p = result.progress[fam]
    const list = findings.filter((f) => f.family === fam)
    io.out(`  ${fam}  ${p.passing}/${p.rules} 条规则通过 / rules passing`)
    for (const f of list) io.out(line(f, c))
  }
}

function line(f: Finding, c: BidCheck): string {
  const ack = f.acknowledged ? ` [已确认 / acknowledged: ${f.acknowledged.reason}]` : ''
  const basis = f.basis ? ` 〔${f.basis}〕` : ''
  const printed = f.printedIn?.length
    ? `\n      印于 / printed in: ${f.printedIn.map((p) => p.title).join('、')}`
    : ''
  return `    [${f.severity}][${phaseOfFinding(f)}] ${f.ruleId} ${f.message.zh}${basis}${ack}\n      位置 / at: ${locationText(f, c.bid)} — ${f.fix.zh}${printed}`
}

export const command: CliCommand = {
  name: 'check',
  summary: {
    zh: '检查投标文件（不漏/不粗/不错）；有否决风险时退出码为 1',
    en: 'Check bids (不漏/不粗/不错); exit 1 when any finding would get a bid thrown out',
  },
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        bid: { type: 'string' },
        all: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        xlsx: { type: 'string' },
        phase: { type: 'string' },
        out: { type: 'string' },
        'no-pages': { type: 'boolean', default: false },
      },
      allowPositionals: true,
    })
    if (positionals.length !== 1)
      throw new UsageError('需要且只需要一个工作区文件夹 / exactly one workspace folder is required')
    if (values.bid !== undefined && values.all)
      throw new UsageError('--bid 与 --all 只能选一个 / use either --bid or --all, not both')
    if (values.bid === '') throw new UsageError('--bid 需要投标项目 id / --bid needs a bid id')
    const phase = values.phase as Phase | undefined
    if (phase !== undefined && !PHASES.includes(phase))
      throw new UsageError(
        '--phase 只能是 编制（导出前修改）或 封装（打印后盖章、签字、密封、递交）/ --phase must be 编制 or 封装',
      )
    if (values.xlsx !== undefined && values.bid === undefined)
      throw new UsageError('--xlsx 需与 --bid 一起使用 / --xlsx needs --bid (one bid per workbook)')
    if (values.xlsx !== undefined && !values.xlsx.toLowerCase().endsWith('.xlsx'))
      throw new UsageError('--xlsx 的文件名应以 .xlsx 结尾 / the --xlsx file name must end in .xlsx')

    if (values.out !== undefined && (values.bid === undefined || phase !== '封装'))
      throw new UsageError(
        '--out 写出封装检查清单，需与 --bid 和 --phase 封装 一起使用 / --out writes the sealing checklist: use it with --bid and --phase 封装',
      )
    if (values.out !== undefined && !values.out.toLowerCase().endsWith('.docx'))
      throw new UsageError('--out 的文件名应以 .docx 结尾 / the --out file name must end in .docx')
    // checks.run (and checks.exportXlsx): the same check input and findings as the app and the API.
    return withWorkspace(positionals[0], { readOnly: true }, async (ctx) => {
      const run = await call(ctx, 'checks.run', values.bid === undefined ? {} : { bidId: values.bid })
      for (const w of run.warnings) io.err(`警告 / warning: ${w.zh} / ${w.en}`)
      if (values.xlsx) {
        const out = path.resolve(values.xlsx)
        await writeBase64(out, (await call(ctx, 'checks.exportXlsx', { bidId: values.bid! })).dataBase64)
        if (!values.json) io.out(`已导出 / exported: ${out}`)
      }
      if (values.out) {
        const out = path.resolve(values.out)
        // Page ranges come from a LibreOffice print of the same model (skipped with --no-pages or without LibreOffice).
        const f = await call(ctx, 'checks.sealChecklist', { bidId: values.bid!, pages: !values['no-pages'] })
        await writeBase64(out, f.dataBase64)
        if (!values.json)
          io.out(
            f.pdfPageCount === null
              ? `封装检查清单 / sealing checklist: ${out}（页码见 PDF 目录 / pages: see the PDF's contents）`
              : `封装检查清单 / sealing checklist: ${out}（页码按 PDF 共 ${f.pdfPageCount} 页 / page ranges of the ${f.pdfPageCount}-page PDF）`,
          )
      }
      // --phase 编制: what to fix before export; --phase 封装: the seal-and-sign list for the printed copies.
      const shown = (r: CheckResult) =>
        phase ? r.findings.filter((f) => phaseOfFinding(f) === phase) : r.findings
      if (values.json) {
        const rows = run.checks.flatMap((c) =>
          shown(c.result).map((f) => (values.bid === undefined ? { bidId: c.bidId, ...f } : f)),
        )
        io.out(JSON.stringify(rows, null, 2))
      } else if (run.checks.length === 0) io.out('工作区中没有投标项目 / the workspace has no bids')
      else
        for (const c of run.checks) {
          const bid = await call(ctx, 'bids.get', { id: c.bidId })
          printReadable(io, { bid, result: c.result }, shown(c.result))
        }
      return run.checks.some((c) => vetoFindings(shown(c.result)).length > 0) ? 1 : 0
    })
  },
}
