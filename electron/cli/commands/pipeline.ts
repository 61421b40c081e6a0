import { parseArgs } from 'node:util'
import { PIPELINE_STAGES } from '@shared/schemas'
import * as path from 'node:path'
import { call, withWorkspace, writeBase64 } from '../api'
import { UsageError, type CliCommand, type CliIo } from '../types'

const yuan = (n: number | null) => (n == null ? '—' : n.toLocaleString('zh-CN', { minimumFractionDigits: 2 }))
const pct = (r: number | null) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`)

function oneWorkspace(positionals: string[], name: string): string {
  if (positionals.length !== 1)
    throw new UsageError(`${name} 需要且只需要一个工作区文件夹 / ${name} takes exactly one workspace folder`)
  return positionals[0]
}

const pipeline: CliCommand = {
  name: 'pipeline',
  summary: {
    zh: '销售漏斗：各阶段数量、金额、概率、加权金额；按月/季度的签约与回款预测；商机储备覆盖率',
    en: 'Sales funnel: count, amount, probability and weighted amount per stage; signing/collection forecast by month and quarter; coverage of the target',
  },
  usage:
    'pipeline <workspaceDir> [--period 2027Q1|2027-03|2027] [--today YYYY-MM-DD] [--json] [--xlsx out.xlsx]',
  async run(argv: string[], io: CliIo) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        period: { type: 'string' },
        today: { type: 'string' },
        json: { type: 'boolean', default: false },
        xlsx: { type: 'string' },
      },
      allowPositionals: true,
    })
    const dir = oneWorkspace(positionals, 'pipeline')
    if (values.xlsx !== undefined && !values.xlsx.toLowerCase().endsWith('.xlsx'))
      throw new UsageError('--xlsx 的文件名应以 .xlsx 结尾 / the --xlsx file name must end in .xlsx')
    const input = {
      ...(values.period !== undefined && { period: values.period }),
      ...(values.today !== undefined && { today: values.today }),
    }
    const s = await withWorkspace(dir, { readOnly: true }, async (ctx) => {
      if (values.xlsx) {
        const out = path.resolve(values.xlsx)
        await writeBase64(out, (await call(ctx, 'pipeline.exportXlsx', input)).dataBase64)
        if (!values.json) io.out(`已导出 / exported: ${out}`)
      }
      return call(ctx, 'pipeline.summary', input)
    })
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            stages: s.stages.map((r) => ({
              stage: r.stage,
              count: r.count,
              amount: r.amount,
              probability: r.probability,
              weighted: r.weighted,
            })),
            forecast: s.forecast.map((f) => ({
              period: f.period,
              signing: f.signing,
              collection: f.collection,
            })),
            coverage: { target: s.coverage.target, weighted: s.coverage.weighted, ratio: s.coverage.ratio },
          },
          null,
          2,
        ),
      )
      return 0
    }
    const lines = [
      `销售漏斗 / pipeline — ${s.period}（今天 / today ${s.today}）`,
      '阶段 / stage\t数量 / count\t金额 / amount\t概率 / prob.\t加权 / weighted',
      ...s.stages.map(
        (r) =>
          `${r.stage} ${PIPELINE_STAGES[r.stage - 1]}\t${r.count}\t${yuan(r.amount)}\t${r.probability}%\t${yuan(r.weighted)}`,
      ),
      '',
      '预测 / forecast\t签约 / signing\t回款 / collection',
      ...s.forecast.map((f) => `${f.period}\t${yuan(f.signing)}\t${yuan(f.collection)}`),
      '',
      `商机储备覆盖率 / coverage ${s.coverage.period}: ${yuan(s.coverage.weighted)} ÷ ${yuan(s.coverage.target)} = ${pct(s.coverage.ratio)}`,
      `第四季度集中度 / Q4 concentration ${s.q4.year}: ${pct(s.q4.share)}（投标 / bids ${s.q4.q4Bids}/${s.q4.bids}）`,
      ...s.warnings.map(
        (w) =>
          `⚠ ${w.title}: ${w.kind === 'stuck' ? `停留 / in stage ${w.atLeast ? '≥' : ''}${w.days} 天 / days (限 / limit ${w.limit})` : `${w.kind} ${w.days} 天 / days`}`,
      ),
      `工作日历有效至 / calendar valid through ${s.calendar.validThrough}`,
    ]
    io.out(lines.join('\n'))
    return 0
  },
}

const winloss: CliCommand = {
  name: 'winloss',
  summary: {
    zh: '输赢分析：按遇到的竞争对手、客户性质、评标方法和价格权重的中标率；未中标时与中标价的差距',
    en: 'Win/loss: win rate by competitor met, customer 性质, evaluation method and price weight; price gap to the winner at losses',
  },
  usage: 'winloss <workspaceDir> [--json]',
  async run(argv: string[], io: CliIo) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    })
    const dir = oneWorkspace(positionals, 'winloss')
    const w = await withWorkspace(dir, { readOnly: true }, (ctx) => call(ctx, 'pipeline.winloss', {}))
    if (values.json) {
      io.out(JSON.stringify(w, null, 2))
      return 0
    }
    const row = (r: { key: string; won: number; decided: number; rate: number | null }) =>
      `  ${r.key}\t${r.won}/${r.decided}\t${pct(r.rate)}`
    io.out(
      [
        `中标率 / win rate: ${w.overall.won}/${w.overall.decided} = ${pct(w.overall.rate)}（流标/废标 ${w.failed}，放弃 ${w.dropped}，未定 ${w.open}）`,
        '按竞争对手 / by competitor met:',
        ...w.byCompetitor.map((r) => row({ ...r, key: r.name })),
        '按客户性质 / by customer 性质:',
        ...w.byNature.map(row),
        '按评标方法 / by evaluation method:',
        ...w.byMethod.map(row),
        '按价格权重 / by price weight:',
        ...w.byPriceWeight.map(row),
        '未中标价差 / gap to the winner at losses:',
        ...w.gaps.map(
          (g) => `  ${g.title}\t${yuan(g.ours)} − ${yuan(g.winner)} = ${yuan(g.gap)}（${g.gapPct}%）`,
        ),
      ].join('\n'),
    )
    return 0
  },
}

const deadline: CliCommand = {
  name: 'deadline',
  summary: {
    zh: '质疑（7 个工作日）或投诉（15 个工作日）截止日，按含调休的官方工作日历；起算日当天不计',
    en: 'Challenge (7 working days) or complaint (15) deadline on the official calendar with 调休; the --from day is not counted',
  },
  usage: 'deadline 质疑|投诉 --from YYYY-MM-DD [--workspace <dir>] [--json]',
  async run(argv: string[], io: CliIo) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        workspace: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    })
    const kind = positionals[0]
    if (positionals.length !== 1 || (kind !== '质疑' && kind !== '投诉'))
      throw new UsageError('第一个参数应为 质疑 或 投诉 / the first argument must be 质疑 or 投诉')
    if (!values.from) throw new UsageError('缺少 --from YYYY-MM-DD / missing --from YYYY-MM-DD')
    const from = values.from
    // A workspace adds the calendar years its settings supply (the State Council notice entered by the user).
    const r = await withWorkspace(values.workspace, { readOnly: true }, (ctx) =>
      call(ctx, 'pipeline.deadline', { kind, from }),
    )
    if (values.json) {
      io.out(JSON.stringify({ deadline: r.deadline, workingDays: r.workingDays }))
      return 0
    }
    io.out(
      [
        `${kind}截止 / deadline: ${r.deadline}（${r.from} 起 ${r.workingDays} 个工作日，当日不计 / ${r.workingDays} working days after ${r.from}; ${r.basis}）`,
        ...(r.skipped.length
          ? [`跳过节假日 / holidays skipped: ${r.skipped.map((d) => `${d.date} ${d.name.zh}`).join('、')}`]
          : []),
        ...(r.adjusted.length
          ? [`调休上班日 / 调休 working days: ${r.adjusted.map((d) => `${d.date} ${d.name.zh}`).join('、')}`]
          : []),
        `工作日历有效至 / calendar valid through ${r.calendarValidThrough}`,
      ].join('\n'),
    )
    return 0
  },
}

export const commands: CliCommand[] = [pipeline, winloss, deadline]
