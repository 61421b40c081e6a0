import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { call, withWorkspace, writeBase64 } from '../api'
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
  const out = resolve(values.out)
  const r = await withWorkspace(positionals[0], { readOnly: true }, (ctx) =>
    call(ctx, 'negotiations.brief', {
      planId: values.plan!,
      ...(values.date !== undefined ? { date: values.date } : {}),
    }),
  )
  await writeBase64(out, r.dataBase64)
  const bytes = Buffer.from(r.dataBase64, 'base64').length
  if (values.json) io.out(JSON.stringify({ planId: values.plan, out, bytes }))
  else io.out(`已生成 / written: ${out}`)
  return 0
}
