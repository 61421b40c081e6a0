import { parseArgs } from 'node:util'
import { priceScores, type PriceInput } from '@shared/domain/matrices/price'
import type { PriceRule } from '@shared/schemas'
import { UsageError, type CliCommand, type CliIo } from '../types'

const USAGE =
  'price-score --method lowest|average [--weight 30] [--drop-extremes N] [--k 1.0] [--above 1] [--below 0.5] [--sme-deduction PCT:POSITIONS] --prices p1,p2,... [--json]'

function bad(zh: string, en: string): never {
  throw new UsageError(`${zh} / ${en}`)
}

function number(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
  opts: { minExclusive?: boolean } = {},
) {
  if (raw === undefined) return undefined
  const v = Number(raw.trim())
  if (raw.trim() === '' || !Number.isFinite(v) || (opts.minExclusive ? v <= min : v < min) || v > max) {
    const range = `${opts.minExclusive ? '>' : '≥'} ${min}, ≤ ${max}`
    bad(`${name} 应为数字（${range}）：${raw}`, `${name} must be a number (${range}): ${raw}`)
  }
  return v
}

/** "950000,1000000,1200000" → numbers; every entry must be a number greater than 0. */
export function parsePrices(raw: string | undefined): number[] {
  if (!raw || raw.trim() === '')
    bad('缺少 --prices（逗号分隔的报价）', 'missing --prices (comma-separated prices)')
  return raw.split(',').map((s, i) => {
    const t = s.trim().replace(/_/g, '')
    const v = Number(t)
    if (t === '' || !Number.isFinite(v)) {
      bad(`第 ${i + 1} 个报价不是数字：“${s}”`, `price #${i + 1} is not a number: "${s}"`)
    }
    if (v <= 0) bad(`第 ${i + 1} 个报价必须大于 0：${s}`, `price #${i + 1} must be greater than 0: ${s}`)
    return v
  })
}

/** "10:1,3" → 10 % for the 1st and 3rd bid (1-based). */
export function parseSmeDeduction(
  raw: string | undefined,
  count: number,
): { pct: number; positions: number[] } | null {
  if (raw === undefined) return null
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*:\s*(\d+(?:\s*,\s*\d+)*)\s*$/.exec(raw)
  if (!m) {
    bad(
      `--sme-deduction 格式应为 百分比:位置，如 10:1,3：${raw}`,
      `--sme-deduction must be PCT:POSITIONS, e.g. 10:1,3: ${raw}`,
    )
  }
  const pct = Number(m[1])
  if (pct <= 0 || pct > 50)
    bad(`扣除比例应在 0–50% 之间：${pct}`, `the deduction must be within 0–50 %: ${pct}`)
  const positions = m[2].split(',').map((p) => Number(p.trim()))
  for (const p of positions) {
    if (p < 1 || p > count) {
      bad(
        `--sme-deduction 的位置 ${p} 不在 1–${count} 之间`,
        `--sme-deduction position ${p} is outside 1–${count}`,
      )
    }
  }
  return { pct, positions: [...new Set(positions)].sort((a, b) => a - b) }
}

export const command: CliCommand = {
  name: 'price-score',
  summary: {
    zh: '按低价优先或平均值基准价计算价格分（可含小微企业价格扣除）',
    en: 'Price scores by the lowest-price or average-benchmark rule (with the SME deduction)',
  },
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        method: { type: 'string', default: 'lowest' },
        weight: { type: 'string' },
        'drop-extremes': { type: 'string' },
        k: { type: 'string' },
        above: { type: 'string' },
        below: { type: 'string' },
        'sme-deduction': { type: 'string' },
        prices: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    })
    if (positionals.length > 0)
      bad(`多余的参数：${positionals.join(' ')}`, `unexpected arguments: ${positionals.join(' ')}`)
    const method = values.method
    if (method !== 'lowest' && method !== 'average') {
      bad(
        `未知的计算方法“${method}”，应为 lowest 或 average`,
        `unknown method '${method}': use lowest or average`,
      )
    }
    const prices = parsePrices(values.prices)
    const weight = number('--weight', values.weight, 0, 100) ?? 30
    const dropRaw = values['drop-extremes']
    const drop = number('--drop-extremes', dropRaw, 0, 1000)
    if (drop !== undefined && !Number.isInteger(drop))
      bad(`--drop-extremes 应为整数：${dropRaw}`, `--drop-extremes must be an integer: ${dropRaw}`)
    const k = number('--k', values.k, 0, 2, { minExclusive: true })
    const above = number('--above', values.above, 0, 100)
    const below = number('--below', values.below, 0, 100)
    if (method === 'lowest') {
      const given = (['drop-extremes', 'k', 'above', 'below'] as const).filter((o) => values[o] !== undefined)
      if (given.length > 0) {
        const opts = given.map((o) => `--${o}`).join(' ')
        bad(`${opts} 只适用于 --method average`, `${opts} only apply to --method average`)
      }
    }
    const sme = parseSmeDeduction(values['sme-deduction'], prices.length)
    const rule: Partial<PriceRule> = {
      method,
      weight,
      dropExtremesWhenAtLeast: drop ?? null,
      ...(k !== undefined && { k }),
      ...(above !== undefined && { pointsPerPctAbove: above }),
      ...(below !== undefined && { pointsPerPctBelow: below }),
      smeDeductionPct: sme?.pct ?? 0,
    }
    const inputs: PriceInput[] = prices.map((price, i) => ({ price, sme: !!sme?.positions.includes(i + 1) }))
    const r = priceScores(inputs, rule)
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            method,
            weight,
            benchmark: r.benchmark,
            droppedExtremes: r.droppedExtremes,
            scores: r.scores,
            bidders: inputs.map((x, i) => ({
              position: i + 1,
              price: x.price,
              sme: !!x.sme,
              evaluatedPrice: r.evaluated[i],
              score: r.scores[i],
            })),
          },
          null,
          2,
        ),
      )
      return 0
    }
    const fmt = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })
    const head = method === 'lowest' ? '低价优先 / lowest price' : '平均值基准价 / average benchmark'
    const lines = [
      `${head}，价格分值 / weight ${weight}，评标基准价 / benchmark ${fmt(r.benchmark!)}${r.droppedExtremes ? '（已去掉最高最低 / extremes dropped）' : ''}`,
      ['序号/#', '报价/price', '评审价/evaluated', '价格分/score'].join('\t'),
      ...inputs.map((x, i) =>
        [
          i + 1,
          fmt(x.price),
          fmt(r.evaluated[i]) + (x.sme ? ` (小微 −${sme!.pct}%)` : ''),
          r.scores[i].toFixed(2),
        ].join('\t'),
      ),
    ]
    io.out(lines.join('\n'))
    return 0
  },
}
