import { parseArgs } from 'node:util'
import {
  CONCESSION_PATTERN_NAMES,
  NegotiationStyleSchema,
  SeedSchema,
  type NegotiationStyle,
} from '@shared/schemas'
import {
  CONCESSION_PATTERNS,
  MAX_ROUNDS,
  MIN_ROUNDS,
  defaultPopulation,
  defaultUnit,
  isPatternName,
  patternValues,
  scalingRule,
  schedule,
  simulatePopulation,
  type PatternValue,
  type PopulationResult,
} from '@shared/domain/negotiations'
import { isAppError } from '@shared/errors'
import { UsageError, type CliCommand, type CliIo } from '../types'

const USAGE =
  'concession patterns [--total 60] [--rounds 4] [--json] | concession simulate --pattern <name|all> [--total 60] [--rounds 4] [--opening 1000] [--buyer-style 竞争型] [--trials 10000] [--seed 1] [--json] | concession help'

const DEFAULTS = { total: 60, rounds: 4, opening: 1000, trials: 10_000, seed: 1 }

export const HELP = `bidbench concession — 九种让步模式与买方模拟 / the nine concession patterns and the buyer simulator

  concession patterns [--total N] [--rounds R] [--unit U] [--json]
      每种模式按总额 N（默认 ${DEFAULTS.total}）和轮次 R（${MIN_ROUNDS}–${MAX_ROUNDS}，默认 ${DEFAULTS.rounds}）排出的让步表
      Each pattern's schedule for total N (default ${DEFAULTS.total}) over R rounds (${MIN_ROUNDS}–${MAX_ROUNDS}, default ${DEFAULTS.rounds})
      --unit 让步取整单位（默认按总额：>10万 为 1000 元，>1万 为 100，>1000 为 10，否则 1）
      --unit the money unit steps are rounded to (default by total: 1,000 over 100,000; 100 over 10,000; 10 over 1,000; else 1)

  concession simulate --pattern <name|all> [--total N] [--rounds R] [--opening P] [--buyer-style S]
                      [--trials T] [--seed X] [--unit U] [--floor F] [--json]
      蒙特卡洛：用一种（或全部）模式对一个买方群体谈判 T 次（默认 ${DEFAULTS.trials}），种子相同结果相同
      Monte Carlo of one pattern (or all) against a buyer population, T trials (default ${DEFAULTS.trials}), seeded
      --opening 开价，默认 ${DEFAULTS.opening} / opening price, default ${DEFAULTS.opening}
      --floor 成本或底线：按期望利润 成交率 × (均价 − F) 排序 / cost or walk-away: ranks by expected margin
      --buyer-style 只模拟这一种风格的买方 / only buyers of this style (${NegotiationStyleSchema.options.join(' ')})

  默认买方群体（相对开价 P 与总额 N，三角分布 最低/最可能/最高）/ default buyer population
  (relative to opening P and total N, triangular low/likely/high):
      目标价 target        P−1.2N / P−0.9N / P−0.5N
      保留价 reservation   P−0.8N / P−0.4N / P+0.2N   (不低于目标价 / raised to the target when below it)
      耐心 patience        2 / 4 / 6 轮 rounds
      信任 trust           0.4 / 0.8 / 1.0
      风格 style           五种风格等概率 / five styles equally likely (or only --buyer-style)

  缩放规则 / scaling rule:
      ${scalingRule.zh}
      ${scalingRule.en}

  模式 / patterns: ${CONCESSION_PATTERN_NAMES.join(' ')}`

/** parseArgs reads "--total -5" as a missing value; glue signed numbers to their option so the range check can say "negative". */
function glueNegatives(argv: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const next = argv[i + 1]
    if (a.startsWith('--') && !a.includes('=') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`)
      i++
    } else out.push(a)
  }
  return out
}

function num(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(n)) {
    throw new UsageError(`--${name} 必须是数字，收到“${raw}” / --${name} must be a number, got '${raw}'`)
  }
  return n
}

function readPlan(values: Record<string, string | boolean | undefined>) {
  const total = num('total', values.total as string | undefined, DEFAULTS.total)
  const rounds = num('rounds', values.rounds as string | undefined, DEFAULTS.rounds)
  const unit = num('unit', values.unit as string | undefined, defaultUnit(total))
  if (total < 0)
    throw new UsageError(`--total 不能为负数，收到 ${total} / --total must not be negative, got ${total}`)
  if (!Number.isInteger(rounds) || rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
    throw new UsageError(
      `--rounds 必须是 ${MIN_ROUNDS}–${MAX_ROUNDS} 的整数，收到 ${rounds} / --rounds must be a whole number from ${MIN_ROUNDS} to ${MAX_ROUNDS}, got ${rounds}`,
    )
  }
  if (unit <= 0)
    throw new UsageError(`--unit 必须为正数，收到 ${unit} / --unit must be positive, got ${unit}`)
  return { total, rounds, unit }
}

/** Domain validation errors are bad input too: show them as usage errors (exit 2). */
async function asUsage<T>(f: () => T): Promise<T> {
  try {
    return f()
  } catch (e) {
    if (isAppError(e) && e.code === 'VALIDATION') throw new UsageError(`${e.zh} / ${e.en}`)
    throw e
  }
}

async function patterns(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: glueNegatives(argv),
    options: {
      total: { type: 'string' },
      rounds: { type: 'string' },
      unit: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  if (positionals.length)
    throw new UsageError(
      `多余的参数：${positionals.join(' ')} / unexpected arguments: ${positionals.join(' ')}`,
    )
  const { total, rounds, unit } = readPlan(values)
  const rows = await asUsage(() =>
    CONCESSION_PATTERNS.map((p) => ({
      name: p.name,
      en: p.en,
      schedule: schedule(p.name, total, rounds, unit),
      pros: p.pros,
      cons: p.cons,
      signal: p.signal,
    })),
  )
  if (values.json) {
    io.out(JSON.stringify(rows, null, 2))
    return 0
  }
  const lines = rows.map(
    (r) => `${r.name}  ${r.schedule.join(' / ').padEnd(12 + rounds * 4)}  ${r.signal.zh}`,
  )
  io.out([`让步总额 total ${total}，${rounds} 轮 rounds`, ...lines].join('\n'))
  return 0
}

async function simulate(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: glueNegatives(argv),
    options: {
      pattern: { type: 'string' },
      total: { type: 'string' },
      rounds: { type: 'string' },
      unit: { type: 'string' },
      opening: { type: 'string' },
      floor: { type: 'string' },
      'buyer-style': { type: 'string' },
      trials: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  if (positionals.length)
    throw new UsageError(
      `多余的参数：${positionals.join(' ')} / unexpected arguments: ${positionals.join(' ')}`,
    )
  const pattern = values.pattern
  if (!pattern)
    throw new UsageError(`缺少 --pattern（模式名或 all） / missing --pattern (a pattern name or all)`)
  if (pattern !== 'all' && !isPatternName(pattern)) {
    throw new UsageError(
      `未知的让步模式“${pattern}”，可选：${CONCESSION_PATTERN_NAMES.join('、')} 或 all / unknown pattern '${pattern}'; choose one of ${CONCESSION_PATTERN_NAMES.join(', ')} or all`,
    )
  }
  const { total, rounds, unit } = readPlan(values)
  const opening = num('opening', values.opening, DEFAULTS.opening)
  if (opening < total) {
    throw new UsageError(
      `--opening ${opening} 小于让步总额 ${total}，价格会变成负数 / --opening ${opening} is below the total ${total}; prices would go negative`,
    )
  }
  const trials = num('trials', values.trials, DEFAULTS.trials)
  if (!Number.isInteger(trials) || trials < 1 || trials > 1_000_000) {
    throw new UsageError(
      `--trials 必须是 1–1000000 的整数，收到 ${trials} / --trials must be a whole number from 1 to 1,000,000, got ${trials}`,
    )
  }
  const seed = num('seed', values.seed, DEFAULTS.seed)
  if (!SeedSchema.safeParse(seed).success)
    throw new UsageError(
      `--seed 必须是 0–4294967295 的整数，收到 ${seed} / --seed must be a whole number from 0 to 4294967295, got ${seed}`,
    )
  const population = defaultPopulation(opening, total)
  const style = values['buyer-style']
  if (style !== undefined) {
    const s = NegotiationStyleSchema.safeParse(style)
    if (!s.success) {
      throw new UsageError(
        `未知的买方风格“${style}”，可选：${NegotiationStyleSchema.options.join('、')} / unknown buyer style '${style}'; choose one of ${NegotiationStyleSchema.options.join(', ')}`,
      )
    }
    population.styleWeights = { [s.data]: 1 } as Partial<Record<NegotiationStyle, number>>
  }
  const result = await asUsage(() =>
    simulatePopulation(pattern, population, { trials, seed, openingPrice: opening, total, rounds, unit }),
  )
  const floor = values.floor === undefined ? null : num('floor', values.floor, 0)
  const ranked = patternValues(result, { floor })
  io.out(
    values.json
      ? JSON.stringify({ ...result, floor, values: ranked }, null, 2)
      : table(result, ranked, floor),
  )
  return 0
}

function table(r: PopulationResult, ranked: PatternValue[], floor: number | null): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  const head = `开价 opening ${r.plan.openingPrice}，总额 total ${r.plan.total}，${r.plan.rounds} 轮 rounds，${r.trials} 次 trials，seed ${r.seed}`
  const basis =
    floor == null
      ? '按期望收入排序（成交率 × 均价）/ sorted by expected revenue (deal rate × mean price); --floor 成本或底线 for margins'
      : `按期望利润排序（成交率 × (均价 − ${floor})）/ sorted by expected margin over ${floor}`
  const cols = `模式 pattern   成交率 deal   均价 mean   ${floor == null ? '' : '利润 margin   '}期望值 EV   标准差 sd   P10   P50   P90   平均轮次 rounds   泄露 leaks`
  const stats = new Map(r.results.map((x) => [x.pattern, x]))
  const rows = ranked.map((v) => {
    const x = stats.get(v.pattern)!
    const f = x.finalPrice
    const cell = (n: number | null | undefined) => (n == null ? '—' : String(n))
    return [
      v.pattern,
      pct(v.dealProbability),
      cell(v.meanPrice),
      ...(floor == null ? [] : [cell(v.meanMargin)]),
      cell(v.expectedValue),
      cell(f?.sd),
      cell(f?.p10),
      cell(f?.p50),
      cell(f?.p90),
      cell(x.meanRounds),
      v.leaks.map((w) => w.code).join(',') || '—',
    ].join('   ')
  })
  return [head, basis, cols, ...rows].join('\n')
}

export const command: CliCommand = {
  name: 'concession',
  summary: {
    zh: '九种让步模式的让步表（patterns）与买方群体模拟（simulate）；concession help 查看默认买方群体',
    en: 'Schedules of the nine concession patterns (patterns) and the buyer-population simulation (simulate); concession help shows the default population',
  },
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv
    if (sub === 'patterns') return patterns(rest, io)
    if (sub === 'simulate') return simulate(rest, io)
    if (sub === 'help') {
      io.out(HELP)
      return 0
    }
    throw new UsageError(
      sub === undefined
        ? '缺少子命令 patterns、simulate 或 help / missing sub-command: patterns, simulate or help'
        : `未知子命令“${sub}”，应为 patterns、simulate 或 help / unknown sub-command '${sub}': use patterns, simulate or help`,
    )
  },
}
