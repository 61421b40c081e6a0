import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { AppError, isAppError } from '@shared/errors'
import { DateSchema } from '@shared/schemas'
import { briefForPlan } from '@services/negotiations'
import { openWorkspace } from '@services/store'
import { UsageError, type CliCommand, type CliIo } from '../types'

const USAGE = 'negotiation brief <workspaceDir> --plan <id> --out brief.docx [--date YYYY-MM-DD] [--json]'

export const command: CliCommand = {
  name: 'negotiation',
  summary: {
    zh: '生成谈判简报（Word）：目标与底线、风格、分阶段策略、让步时间表与曲线、话术、风险',
    en: 'Write the Word negotiation brief: goals, styles, phase strategies, concession schedule and curve, phrases, risks',
  },
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv
    if (sub === 'brief') return brief(rest, io)
    throw new UsageError(
      sub === undefined
        ? `缺少子命令 brief / missing sub-command: brief\n${USAGE}`
        : `未知子命令“${sub}”，应为 brief / unknown sub-command '${sub}': use brief\n${USAGE}`,
    )
  },
}

/* Written next to the target and renamed over it: an existing brief is replaced whole or not at all. */
async function writeAtomic(path: string, data: Buffer): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(tmp, data)
    await rename(tmp, path)
  } catch (e) {
    await rm(tmp, { force: true })
    const code = (e as NodeJS.ErrnoException).code
    throw new AppError(
      code === 'ENOSPC' ? 'DISK_FULL' : code === 'EACCES' || code === 'EPERM' ? 'PERMISSION' : 'IO',
      { zh: `无法写入 ${path}（${code ?? String(e)}）`, en: `cannot write ${path} (${code ?? String(e)})` },
    )
  }
}

async function brief(argv: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        plan: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    })
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1) {
    throw new UsageError(
      `negotiation brief 需要且只需要一个工作区文件夹 / negotiation brief takes exactly one workspace folder\n${USAGE}`,
    )
  }
  if (!values.plan) throw new UsageError(`缺少 --plan <谈判方案 id> / missing --plan <id>\n${USAGE}`)
  if (!values.out) throw new UsageError(`缺少 --out brief.docx / missing --out brief.docx\n${USAGE}`)
  if (extname(values.out).toLowerCase() !== '.docx') {
    throw new UsageError(
      `--out 的文件名应以 .docx 结尾：${values.out} / --out must end in .docx: ${values.out}`,
    )
  }
  if (values.date !== undefined && !DateSchema.safeParse(values.date).success) {
    throw new UsageError(
      `--date 应为真实日期 YYYY-MM-DD：${values.date} / --date must be a real date YYYY-MM-DD: ${values.date}`,
    )
  }
  const out = resolve(values.out)
  const ws = await openWorkspace(positionals[0], { readOnly: true })
  try {
    let result
    try {
      result = await briefForPlan(ws, values.plan, values.date)
    } catch (e) {
      if (!(isAppError(e) && e.code === 'NOT_FOUND')) throw e
      const known = ws.list('negotiations').map((n) => `${n.id}（${n.title}）`)
      throw new UsageError(
        `工作区中没有谈判方案 ${values.plan}；已有：${known.join('、') || '无'} / no negotiation plan ${values.plan} in the workspace; known: ${known.join(', ') || 'none'}`,
      )
    }
    await writeAtomic(out, result.data)
    if (values.json) io.out(JSON.stringify({ planId: values.plan, out, bytes: result.data.length }))
    else io.out(`已生成 / written: ${out}`)
    return 0
  } finally {
    await ws.close()
  }
}
