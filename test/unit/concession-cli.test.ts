import { describe, expect, it } from 'vitest'
import { command } from '@cli/commands/concession'
import { UsageError } from '@cli/types'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await command.run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

async function usageError(...argv: string[]): Promise<string> {
  try {
    await run(...argv)
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError)
    return (e as Error).message
  }
  throw new Error(`no usage error for ${argv.join(' ')}`)
}

describe('bidbench concession patterns', () => {
  it('--json lists all nine with the reference schedules by default', async () => {
    const r = await run('patterns', '--json')
    expect(r.code).toBe(0)
    const rows = JSON.parse(r.out) as {
      name: string
      schedule: number[]
      pros: { zh: string }
      signal: { zh: string; en: string }
    }[]
    expect(rows.map((x) => [x.name, x.schedule])).toEqual([
      ['坚定冒险型', [0, 0, 0, 60]],
      ['强硬态度型', [0, 0, 0, 0]],
      ['刺激欲望型', [15, 15, 15, 15]],
      ['诱发幻想型', [8, 13, 17, 22]],
      ['希望成交型', [22, 17, 13, 8]],
      ['妥协成交型', [26, 20, 12, 2]],
      ['或冷或热型', [59, 0, 0, 1]],
      ['虚伪报价型', [50, 10, -1, 1]],
      ['愚蠢缴枪型', [60, 0, 0, 0]],
    ])
    for (const x of rows) expect(x.signal.zh && x.signal.en && x.pros.zh).toBeTruthy()
  })

  it('scales with --total and --rounds: 希望成交型 120 over 3 = 59 / 40 / 21', async () => {
    const rows = JSON.parse((await run('patterns', '--total', '120', '--rounds', '3', '--json')).out)
    expect(rows.find((x: { name: string }) => x.name === '希望成交型').schedule).toEqual([59, 40, 21])
  })

  it('prints a readable table without --json', async () => {
    const r = await run('patterns')
    expect(r.out).toContain('希望成交型  22 / 17 / 13 / 8')
    expect(r.out.split('\n')).toHaveLength(10)
  })

  it('rejects rounds outside 2–12, a negative total and a total finer than 1 分', async () => {
    expect(await usageError('patterns', '--rounds', '13')).toMatch(/2–12.*2 to 12/)
    expect(await usageError('patterns', '--rounds', '1')).toContain('--rounds')
    expect(await usageError('patterns', '--total', '-5')).toMatch(/不能为负数.*must not be negative/)
    expect(await usageError('patterns', '--total', 'abc')).toContain('must be a number')
    expect(await usageError('patterns', '--total', '7.505')).toContain('分')
  })
})

describe('bidbench concession simulate', () => {
  it('--json gives the population result; 强硬态度型 closes only when the reservation reaches the opening', async () => {
    const r = await run('simulate', '--pattern', '强硬态度型', '--trials', '10000', '--seed', '5', '--json')
    expect(r.code).toBe(0)
    const res = JSON.parse(r.out)
    expect(res.trials).toBe(10000)
    expect(res.plan).toEqual({ openingPrice: 1000, total: 60, rounds: 4, unit: 1 })
    expect(res.results).toHaveLength(1)
    // default reservation triangular(952, 976, 1012): P(≥ 1000) = 144 / 2160 = 0.0667
    expect(Math.abs(res.results[0].dealProbability - 0.0667)).toBeLessThan(0.01)
  })

  it('is reproducible for a seed and honours --opening, --total, --rounds', async () => {
    const args = [
      'simulate',
      '--pattern',
      'all',
      '--opening',
      '5000',
      '--total',
      '600',
      '--rounds',
      '5',
      '--trials',
      '2000',
      '--seed',
      '9',
      '--json',
    ]
    const a = await run(...args)
    expect((await run(...args)).out).toBe(a.out)
    const res = JSON.parse(a.out)
    expect(res.results).toHaveLength(9)
    // 5 rounds at t = 0, ¾, 1½, 2¼, 3 of the reference: weights 22, 18.25, 15, 11.75, 8 (sum 75), × 600/75
    expect(res.results.find((x: { pattern: string }) => x.pattern === '希望成交型').steps).toEqual([
      176, 146, 120, 94, 64,
    ])
    for (const x of res.results) if (x.finalPrice) expect(x.finalPrice.min).toBeGreaterThanOrEqual(4400 - 10)
  })

  it('--buyer-style restricts the population to one style', async () => {
    const res = JSON.parse(
      (
        await run(
          'simulate',
          '--pattern',
          '希望成交型',
          '--buyer-style',
          '竞争型',
          '--trials',
          '500',
          '--json',
        )
      ).out,
    )
    expect(res.population.styleWeights).toEqual({ 竞争型: 1 })
  })

  it('prints a table without --json', async () => {
    const r = await run('simulate', '--pattern', 'all', '--trials', '500')
    for (const name of ['坚定冒险型', '希望成交型', '愚蠢缴枪型']) expect(r.out).toContain(name)
    expect(r.out).toContain('成交率 deal')
  })

  it('rejects bad input with bilingual messages', async () => {
    expect(await usageError('simulate', '--pattern', '随便型')).toMatch(/未知的让步模式.*unknown pattern/)
    expect(await usageError('simulate')).toContain('--pattern')
    expect(await usageError('simulate', '--pattern', 'all', '--rounds', '20')).toContain('2 to 12')
    expect(await usageError('simulate', '--pattern', 'all', '--total', '-60')).toContain(
      'must not be negative',
    )
    expect(await usageError('simulate', '--pattern', 'all', '--buyer-style', '乱来型')).toMatch(
      /乱来型.*竞争型/,
    )
    expect(await usageError('simulate', '--pattern', 'all', '--trials', '0')).toContain('--trials')
    expect(await usageError('simulate', '--pattern', 'all', '--seed', '1.5')).toContain('--seed')
    // The generator reads the seed as unsigned 32-bit: -1 and 2^32 would repeat other seeds' draws.
    expect(await usageError('simulate', '--pattern', 'all', '--seed', '-1')).toContain('0–4294967295')
    expect(await usageError('simulate', '--pattern', 'all', '--seed', '4294967296')).toContain('--seed')
    expect(await usageError('simulate', '--pattern', 'all', '--opening', '50')).toContain('below the total')
    expect(await usageError('frobnicate')).toContain('unknown sub-command')
    expect(await usageError()).toContain('missing sub-command')
  })
})

describe('bidbench concession help', () => {
  it('documents the default buyer population and the scaling rule', async () => {
    const r = await run('help')
    expect(r.code).toBe(0)
    expect(r.out).toContain('P−1.2N / P−0.9N / P−0.5N')
    expect(r.out).toContain('P−0.8N / P−0.4N / P+0.2N')
    expect(r.out).toContain('largest-remainder')
  })
})

describe('bidbench concession simulate --floor', () => {
  it('ranks the patterns by expected margin and names what each gives away', async () => {
    const r = await run(
      'simulate',
      '--pattern',
      'all',
      '--opening',
      '3850000',
      '--total',
      '700000',
      '--floor',
      '3150000',
      '--trials',
      '2000',
      '--json',
    )
    expect(r.code).toBe(0)
    const res = JSON.parse(r.out)
    expect(res.floor).toBe(3_150_000)
    const evs = res.values.map((v: { expectedValue: number }) => v.expectedValue)
    expect(evs).toEqual([...evs].sort((a, b) => b - a))
    const giveAll = res.values.find((v: { pattern: string }) => v.pattern === '愚蠢缴枪型')
    expect(giveAll).toMatchObject({ dealProbability: 1, meanMargin: 0, expectedValue: 0 })
    expect(giveAll.leaks[0].code).toBe('FRONT_LOADED')
    // steps in the default unit for a 700,000 budget: whole thousands
    for (const v of res.values) for (const s of v.steps) expect(Math.abs(s % 1000)).toBe(0)
  })
})
