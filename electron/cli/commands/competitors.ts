import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CompetitorReportFile } from '@shared/contract/competitors'
import { call, withWorkspace, writeBase64 } from '../api'
import { UsageError, type CliCommand, type CliIo } from '../types'

const USAGE =
  'competitors report <workspaceDir> --bid <id> [--out report.docx] [--xlsx report.xlsx] [--strategy sheet.json] [--date YYYY-MM-DD] [--json] | competitors duplicates <workspaceDir> [--json]'

export const command: CliCommand = {
  name: 'competitors',
  summary: {
    zh: '竞争对手分析报告（Word/Excel），或查找重复的竞争对手档案',
    en: 'Competitor-analysis report (Word/Excel), or find duplicate competitor records',
  },
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv
    if (sub === 'report') return report(rest, io)
    if (sub === 'duplicates') return duplicates(rest, io)
    throw new UsageError(
      sub === undefined
        ? '缺少子命令 report 或 duplicates / missing sub-command: report or duplicates'
        : `未知子命令“${sub}”，应为 report 或 duplicates / unknown sub-command '${sub}': use report or duplicates`,
    )
  },
}

function oneDir(positionals: string[], sub: string): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `competitors ${sub} 需要且只需要一个工作区文件夹 / competitors ${sub} takes exactly one workspace folder`,
    )
  }
  return positionals[0]
}

function checkExt(path: string | undefined, ext: string, option: string): string | undefined {
  if (path === undefined) return undefined
  if (extname(path).toLowerCase() !== ext) {
    throw new UsageError(
      `${option} 的文件名应以 ${ext} 结尾：${path} / ${option} must end in ${ext}: ${path}`,
    )
  }
  return resolve(path)
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch (e) {
    throw new UsageError(
      `无法读取策略表 ${path}：${(e as Error).message} / cannot read strategy sheet ${path}: ${(e as Error).message}`,
    )
  }
}

async function report(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      bid: { type: 'string' },
      out: { type: 'string' },
      xlsx: { type: 'string' },
      strategy: { type: 'string' },
      date: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  const dir = oneDir(positionals, 'report')
  if (!values.bid) throw new UsageError('缺少 --bid <项目 id> / missing --bid <id>')
  const docxPath = checkExt(values.out, '.docx', '--out')
  const xlsxPath = checkExt(values.xlsx, '.xlsx', '--xlsx')
  if (!docxPath && !xlsxPath) {
    throw new UsageError(
      '请用 --out 或 --xlsx 指定输出文件 / give --out report.docx and/or --xlsx report.xlsx',
    )
  }
  const strategy = values.strategy ? await readJson(values.strategy) : undefined
  // One report per format through competitors.report: the same use case, checks and errors as the app.
  const files = await withWorkspace(dir, { readOnly: true }, async (ctx) => {
    const out: { path: string; file: CompetitorReportFile }[] = []
    for (const [path, format] of [
      [docxPath, 'docx'],
      [xlsxPath, 'xlsx'],
    ] as const) {
      if (!path) continue
      const file = await call(ctx, 'competitors.report', {
        bidId: values.bid!,
        format,
        ...(values.date !== undefined ? { date: values.date } : {}),
        ...(strategy !== undefined ? { strategy } : {}),
      })
      out.push({ path, file })
    }
    return out
  })
  for (const f of files) await writeBase64(f.path, f.file.dataBase64)
  const { competitors, missingIds } = files[0].file
  const written = files.map((f) => f.path)
  if (missingIds.length) {
    io.err(
      `警告：项目登记的竞争对手在工作区中没有档案，未纳入报告：${missingIds.join('、')} / warning: competitors listed by the bid but missing from the workspace were left out: ${missingIds.join(', ')}`,
    )
  }
  if (values.json) io.out(JSON.stringify({ bidId: values.bid, competitors, missingIds, written }))
  else {
    io.out(`已生成 / written (${competitors.length} 家竞争对手 / competitors):`)
    for (const w of written) io.out(`  ${w}`)
  }
  return missingIds.length ? 1 : 0
}

async function duplicates(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  const groups = await withWorkspace(oneDir(positionals, 'duplicates'), { readOnly: true }, (ctx) =>
    call(ctx, 'competitors.duplicates', {}),
  )
  if (values.json) io.out(JSON.stringify({ groups }))
  else if (!groups.length) io.out('没有重复的竞争对手 / no duplicate competitors')
  else {
    io.out(`发现 ${groups.length} 组重复 / ${groups.length} group(s) of duplicates:`)
    for (const g of groups) {
      io.out(`  ${g.members.map((m) => `${m.title}（${m.id}）`).join(' = ')}  [${g.sharedKeys.join('、')}]`)
    }
  }
  return groups.length ? 1 : 0
}
