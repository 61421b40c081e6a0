import { parseArgs } from 'node:util'
import { computeStandings, overtakePrice } from '@shared/domain/matrices/matrix'
import { winProbability, winProbabilitySweep } from '@shared/domain/matrices/winprob'
import { UsageError, type CliCommand, type CliIo } from '../types'
import { loadMatrixWithPlansOrUsage, positivePrice } from './matrix'
import { profitFloor } from '@shared/domain/matrices/profit'

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
    const trials = values.trials === undefined ? 10_000 : Number(values.trials)
    if (!Number.isInteger(trials) || trials < 1 || trials > 5_000_000) {
      bad(
        `--trials 应为 1–5000000 的整数：${values.trials}`,
        `--trials must be an integer 1–5000000: ${values.trials}`,
      )
    }
    const seed = values.seed === undefined ? undefined : Number(values.seed)
    if (seed !== undefined && !Number.isInteger(seed))
      bad(`--seed 应为整数：${values.seed}`, `--seed must be an integer: ${values.seed}`)
    let sweepOpts: { from: number; to: number; steps: number } | null = null
    if (values.sweep !== undefined) {
      const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?):(\d+)$/.exec(values.sweep.trim())
      if (
        !m ||
        !(Number(m[1]) > 0 && Number(m[2]) > Number(m[1]) && Number(m[3]) >= 2 && Number(m[3]) <= 1000)
      ) {
        bad(
          `--sweep 格式应为 起价:止价:点数（起价<止价，点数 2–1000）：${values.sweep}`,
          `--sweep must be FROM:TO:STEPS with FROM < TO and 2–1000 steps: ${values.sweep}`,
        )
      }
      sweepOpts = { from: Number(m[1]), to: Number(m[2]), steps: Number(m[3]) }
    }
    const cost = positivePrice('--cost', values.cost)
    const { matrix, walkAway, budget } = await loadMatrixWithPlansOrUsage(positionals[0], values.matrix)
    const floor = profitFloor(cost ?? matrix.cost, walkAway)
    if (price === undefined && matrix.ourPrice == null) {
      bad(
        '缺少 --price <我方报价>（评分矩阵中也没有我方报价）',
        'missing --price <ours> (the matrix has no price of ours either)',
      )
    }
    const r = winProbability(matrix, price, { trials, seed })
    const standings = computeStandings(matrix, r.ourPrice)
    const overtake = overtakePrice(matrix, r.ourPrice)
    // The recommendation needs a sweep: the given one, else the default range around our price.
    const sweep = winProbabilitySweep(price === undefined ? matrix : { ...matrix, ourPrice: price }, {
      ...(sweepOpts ?? {}),
      trials,
      seed,
      floor,
      ceiling: budget,
    })
    const us = standings.bidders.find((b) => b.isUs)!
    const result = {
      matrixId: matrix.id,
      ourPrice: r.ourPrice,
      probability: r.probability,
      standardError: r.standardError,
      trials: r.trials,
      seed: r.seed,
      atLikelyValues: { ourTotal: us.total, ourRank: us.rank, leader: standings.leader },
      overtakePrice: overtake.price,
      overtakeStatus: overtake.status,
      floor,
      ceiling: budget,
      recommendation: sweep.profit.best,
      optimises: 'P(win) × (price − floor)',
      ...(sweepOpts && { sweep: sweep.profit.points, band: sweep.band }),
    }
    if (values.json) {
      io.out(JSON.stringify(result, null, 2))
      return 0
    }
    const pct = (p: number) => `${(p * 100).toFixed(1)}%`
    const lines = [
      `报价 / price ${r.ourPrice}：排名第一的概率 / P(rank 1) = ${pct(r.probability)} ± ${pct(r.standardError)}（${r.trials} 次 / trials，种子 / seed ${r.seed}）`,
      `按最可能值 / at likely values: ${us.total} 分 / points，第 ${us.rank} 名 / rank ${us.rank}`,
      overtake.status === 'found'
        ? `报价降到 ${overtake.price} 可超过领先者 / at ${overtake.price} we overtake the leader`
        : `超越价 / overtake price: ${overtake.status}`,
      ...(sweepOpts
        ? sweep.profit.points.map(
            (p) =>
              `${p.price}\t${pct(p.probability)}${p.expectedProfit == null ? '' : `\t${p.expectedProfit}`}`,
          )
        : []),
      sweep.profit.best
        ? `推荐报价 / recommended: ${sweep.profit.best.price}（期望利润最大 / max expected profit P(win) × (报价 − ${floor!.value}) = ${sweep.profit.best.expectedProfit}，中标概率 / P(win) ${pct(sweep.profit.best.probability)}）`
        : floor
          ? `底线 ${floor.value} 以上没有能中标的报价 / no price at or above the floor ${floor.value} wins`
          : '无推荐报价：请填写成本（--cost）或为该项目建立含底线的谈判方案 / no recommendation: give --cost or link a negotiation plan with a walk-away',
    ]
    io.out(lines.join('\n'))
    return 0
  },
}
