import { parseArgs } from 'node:util'
import { call, withWorkspace } from '../api'
import { UsageError, type CliCommand, type CliIo } from '../types'
import { intArg, positivePrice } from './matrix'

const USAGE =
  'winprob <workspaceDir> --matrix <id> --price <ours> [--cost C] [--trials N] [--seed S] [--sweep FROM:TO:STEPS] [--json]'

function bad(zh: string, en: string): never {
  throw new UsageError(`${zh} / ${en}`)
}

export const command: CliCommand = {
  name: 'winprob',
  summary: {
    zh: '蒙特卡洛估算我方在某报价下排名第一的概率（可扫描报价区间）',
    en: 'Monte Carlo probability that we rank first at a price (optionally over a price sweep)',
  },
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        matrix: { type: 'string' },
        price: { type: 'string' },
        trials: { type: 'string' },
        seed: { type: 'string' },
        sweep: { type: 'string' },
        cost: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    })
    if (positionals.length !== 1)
      bad('winprob 需要且只需要一个工作区文件夹', 'winprob takes exactly one workspace folder')
    if (!values.matrix) bad('缺少 --matrix <评分矩阵 id>', 'missing --matrix <id>')
    const price = positivePrice('--price', values.price)
    const cost = positivePrice('--cost', values.cost)
    const trials = intArg('--trials', values.trials)
    const seed = intArg('--seed', values.seed)
    let sweep: { from: number; to: number; steps: number } | undefined
    if (values.sweep !== undefined) {
      const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?):(\d+)$/.exec(values.sweep.trim())
      if (!m)
        bad(
          `--sweep 格式应为 起价:止价:点数：${values.sweep}`,
          `--sweep must be FROM:TO:STEPS: ${values.sweep}`,
        )
      sweep = { from: Number(m[1]), to: Number(m[2]), steps: Number(m[3]) }
    }
    // The same method, defaults and limits as the API (matrices.winProbability).
    const result = await withWorkspace(positionals[0], { readOnly: true }, (ctx) =>
      call(ctx, 'matrices.winProbability', {
        matrixId: values.matrix!,
        ...(price !== undefined ? { price } : {}),
        ...(cost !== undefined ? { cost } : {}),
        ...(trials !== undefined ? { trials } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(sweep ? { sweep } : {}),
      }),
    )
    const r = result
    const us = result.atLikelyValues
    const floor = result.floor
    const best = result.recommendation
    if (values.json) {
      io.out(JSON.stringify(result, null, 2))
      return 0
    }
    const pct = (p: number) => `${(p * 100).toFixed(1)}%`
    const lines = [
      `报价 / price ${r.ourPrice}：排名第一的概率 / P(rank 1) = ${pct(r.probability)} ± ${pct(r.standardError)}（${r.trials} 次 / trials，种子 / seed ${r.seed}）`,
      `按最可能值 / at likely values: ${us.ourTotal} 分 / points，第 ${us.ourRank} 名 / rank ${us.ourRank}`,
      result.overtakeStatus === 'found'
        ? `报价降到 ${result.overtakePrice} 可超过领先者 / at ${result.overtakePrice} we overtake the leader`
        : `超越价 / overtake price: ${result.overtakeStatus}`,
      ...(result.sweep
        ? result.sweep.map(
            (p) =>
              `${p.price}\t${pct(p.probability)}${p.expectedProfit == null ? '' : `\t${p.expectedProfit}`}`,
          )
        : []),
      best
        ? `推荐报价 / recommended: ${best.price}（期望利润最大 / max expected profit P(win) × (报价 − ${floor!.value}) = ${best.expectedProfit}，中标概率 / P(win) ${pct(best.probability)}）`
        : floor
          ? `底线 ${floor.value} 以上没有能中标的报价 / no price at or above the floor ${floor.value} wins`
          : '无推荐报价：请填写成本（--cost）或为该项目建立含底线的谈判方案 / no recommendation: give --cost or link a negotiation plan with a walk-away',
    ]
    io.out(lines.join('\n'))
    return 0
  },
}
