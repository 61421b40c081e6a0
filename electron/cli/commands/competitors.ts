import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { duplicateGroups, validateStrategySheet } from '@shared/domain/competitors'
import { isAppError } from '@shared/errors'
import { DateSchema, type Competitor, type StrategySheet } from '@shared/schemas'
import { exportCompetitorReport } from '@services/competitors/export'
import { openWorkspace, type WorkspaceSession } from '@services/store'
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

function localToday(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
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

async function readStrategy(path: string, bidId: string, ctx: { today: string; competitorIds: string[] }) {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path, 'utf8'))
  } catch (e) {
    throw new UsageError(
      `无法读取策略表 ${path}：${(e as Error).message} / cannot read strategy sheet ${path}: ${(e as Error).message}`,
    )
  }
  const sheet: StrategySheet = validateStrategySheet(raw, ctx)
  if (sheet.bidId !== bidId) {
    throw new UsageError(
      `策略表属于项目 ${sheet.bidId}，不是 ${bidId} / the strategy sheet is for bid ${sheet.bidId}, not ${bidId}`,
    )
  }
  return sheet
}

async function loadCompetitors(ws: WorkspaceSession, ids: string[]) {
  const competitors: Competitor[] = []
  const missingIds: string[] = []
  for (const id of [...new Set(ids)]) {
    try {
      competitors.push(await ws.get('competitors', id))
    } catch (e) {
      if (isAppError(e) && e.code === 'NOT_FOUND') missingIds.push(id)
      else throw e
    }
  }
  return { competitors, missingIds }
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
  const date = values.date ?? localToday()
  if (!DateSchema.safeParse(date).success) {
    throw new UsageError(
      `--date 应为真实日期 YYYY-MM-DD：${date} / --date must be a real date YYYY-MM-DD: ${date}`,
    )
  }

  const ws = await openWorkspace(dir, { readOnly: true })
  try {
    let bid
    try {
      bid = await ws.get('bids', values.bid)
    } catch (e) {
      if (!(isAppError(e) && e.code === 'NOT_FOUND')) throw e
      const known = ws.list('bids').map((b) => `${b.id}（${b.title}）`)
      throw new UsageError(
        `工作区中没有项目 ${values.bid}；已有：${known.join('、') || '无'} / no bid ${values.bid} in the workspace; known: ${known.join(', ') || 'none'}`,
      )
    }
    const { competitors, missingIds } = await loadCompetitors(ws, bid.competitorIds)
    const strategy = values.strategy
      ? await readStrategy(values.strategy, bid.id, { today: date, competitorIds: bid.competitorIds })
      : null
    const { written } = await exportCompetitorReport(
      { bid, competitors, missingIds, company: ws.workspace.company.name, strategy, date },
      { docxPath, xlsxPath },
    )
    if (missingIds.length) {
      io.err(
        `警告：项目登记的竞争对手在工作区中没有档案，未纳入报告：${missingIds.join('、')} / warning: competitors listed by the bid but missing from the workspace were left out: ${missingIds.join(', ')}`,
      )
    }
    if (values.json) {
      io.out(
        JSON.stringify({ bidId: bid.id, competitors: competitors.map((c) => c.id), missingIds, written }),
      )
    } else {
      io.out(`已生成 / written (${competitors.length} 家竞争对手 / competitors):`)
      for (const w of written) io.out(`  ${w}`)
    }
    return missingIds.length ? 1 : 0
  } finally {
    await ws.close()
  }
}

async function duplicates(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  const ws = await openWorkspace(oneDir(positionals, 'duplicates'), { readOnly: true })
  try {
    const rows = ws.list('competitors')
    const registry = await Promise.all(rows.map((r) => ws.get('competitors', r.id)))
    const groups = duplicateGroups(registry)
    const titles = new Map(registry.map((c) => [c.id, c.title]))
    if (values.json) io.out(JSON.stringify({ groups }))
    else if (!groups.length)
      io.out(
        `没有重复的竞争对手（共 ${registry.length} 家） / no duplicates among ${registry.length} competitors`,
      )
    else {
      io.out(`发现 ${groups.length} 组重复 / ${groups.length} group(s) of duplicates:`)
      for (const g of groups) {
        io.out(
          `  ${g.ids.map((id) => `${titles.get(id)}（${id}）`).join(' = ')}  [${g.sharedKeys.join('、')}]`,
        )
      }
    }
    return groups.length ? 1 : 0
  } finally {
    await ws.close()
  }
}
