import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command as matrixCmd } from '@cli/commands/matrix'
import { command as priceScore } from '@cli/commands/price-score'
import { command as winprob } from '@cli/commands/winprob'
import { runCli } from '@cli/run'
import { UsageError, type CliIo } from '@cli/types'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'
import { computeStandings } from '@shared/domain/matrices/matrix'
import { MAX_TRIALS, winProbability } from '@shared/domain/matrices/winprob'
import { makeMatrix } from '@test/unit/matrices/helpers'
import * as fx from './fixtures'

function io() {
  const out: string[] = []
  const err: string[] = []
  const sink: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) }
  return { sink, out, err, json: () => JSON.parse(out.join('\n')) }
}

async function run(cmd: typeof priceScore, argv: string[]) {
  const o = io()
  const code = await cmd.run(argv, o.sink)
  return { code, ...o }
}

describe('price-score', () => {
  it('DOMAIN.md example as JSON, in the order given', async () => {
    const r = await run(priceScore, [
      '--method',
      'lowest',
      '--weight',
      '30',
      '--prices',
      '1000000,950000,1200000',
      '--json',
    ])
    expect(r.code).toBe(0)
    expect(r.json().scores).toEqual([28.5, 30, 23.75])
    expect(r.json().benchmark).toBe(950000)
  })

  it('average benchmark with every option', async () => {
    // drop 800 and 1500 (4 ≥ 4) → mean 1050 × K 1 → 800: 23.81 % below × 0.5 → 18.10; 1500 → 0
    const r = await run(priceScore, [
      '--method',
      'average',
      '--drop-extremes',
      '4',
      '--k',
      '1.0',
      '--above',
      '1',
      '--below',
      '0.5',
      '--prices',
      '800,1000,1100,1500',
      '--json',
    ])
    expect(r.json().scores).toEqual([18.1, 27.62, 25.24, 0])
    expect(r.json().droppedExtremes).toBe(true)
  })

  it('--sme-deduction 10:1,3 deducts 10 % from the 1st and 3rd bid before scoring', async () => {
    const r = await run(priceScore, [
      '--prices',
      '1000000,950000,1050000',
      '--sme-deduction',
      '10:1,3',
      '--json',
    ])
    const j = r.json()
    expect(j.bidders.map((b: { evaluatedPrice: number }) => b.evaluatedPrice)).toEqual([
      900000, 950000, 945000,
    ])
    expect(j.scores).toEqual([30, 28.42, 28.57])
  })

  it('prints a readable table without --json', async () => {
    const r = await run(priceScore, ['--prices', '950000,1000000,1200000'])
    expect(r.out.join('\n')).toMatch(
      /1\t950,000\t950,000\t30\.00\n2\t1,000,000\t1,000,000\t28\.50\n3\t1,200,000\t1,200,000\t23\.75/,
    )
  })

  const badCases: [string, string[], RegExp][] = [
    ['negative price', ['--prices', '100,-5'], /price #2 must be greater than 0/],
    ['non-numeric price', ['--prices', '100,abc'], /price #2 is not a number/],
    ['empty price', ['--prices', '100,,200'], /price #2 is not a number/],
    ['no prices', [], /missing --prices/],
    ['unknown method', ['--method', 'median', '--prices', '1,2'], /unknown method 'median'/],
    ['weight above 100', ['--weight', '120', '--prices', '1,2'], /--weight must be a number/],
    ['weight negative', ['--weight=-1', '--prices', '1,2'], /--weight must be a number/],
    ['negative first price', ['--prices=-5,100'], /price #1 must be greater than 0/],
    ['average options with lowest', ['--k', '0.9', '--prices', '1,2'], /--k only apply to --method average/],
    ['bad SME spec', ['--sme-deduction', '10', '--prices', '1,2'], /PCT:POSITIONS/],
    [
      'SME position out of range',
      ['--sme-deduction', '10:3', '--prices', '1,2'],
      /position 3 is outside 1–2/,
    ],
    ['K of 0', ['--method', 'average', '--k', '0', '--prices', '1,2'], /--k must be a number/],
  ]
  it('a negative value after a space is refused by parseArgs itself (the runner exits 2 on ERR_PARSE_ARGS_*)', async () => {
    const e = await priceScore.run(['--weight', '-1', '--prices', '1,2'], io().sink).catch((x) => x)
    expect(e.code).toMatch(/^ERR_PARSE_ARGS/)
  })

  for (const [name, argv, msg] of badCases) {
    it(`bad input → UsageError (exit 2): ${name}`, async () => {
      const e = await priceScore.run(argv, io().sink).catch((x) => x)
      expect(e).toBeInstanceOf(UsageError)
      expect(e.message).toMatch(msg)
    })
  }
})

describe('matrix import', () => {
  let dir: string
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bidbench-cli-matrix-'))
  })
  afterAll(() => fs.rm(dir, { recursive: true, force: true }))

  it('--json gives items, totalPoints, categories and priceWeight', async () => {
    const f = path.join(dir, 'classic.xlsx')
    await fs.writeFile(f, await fx.classicTable())
    const r = await run(matrixCmd, ['import', f, '--json'])
    expect(r.code).toBe(0)
    const j = r.json()
    expect(j.totalPoints).toBe(100)
    expect(j.priceWeight).toBe(30)
    expect(j.categories).toEqual({ 价格: 30, 商务: 20, 技术: 50 })
    expect(j.items).toHaveLength(8)
    expect(j.items[1]).toEqual({
      category: '商务',
      name: '企业资质',
      maxPoints: 5,
      criteria: '具有ISO9001质量管理体系认证证书的得5分，不提供不得分。',
      kind: 'objective',
    })
  })

  it('--sheet picks the sheet', async () => {
    const f = path.join(dir, 'split.xlsx')
    await fs.writeFile(f, await fx.splitTable())
    const j = (await run(matrixCmd, ['import', f, '--sheet', '评分标准(二)', '--json'])).json()
    expect(j.items.map((i: { name: string }) => i.name)).toEqual(['系统架构', '功能满足度', '安全方案'])
    expect(j.priceWeight).toBe(0)
  })

  it('--sheet naming a sheet the workbook lacks → SHEET_NOT_FOUND (exit 2), no unsafe-file lead-in', async () => {
    const f = path.join(dir, 'split-missing.xlsx')
    await fs.writeFile(f, await fx.splitTable())
    const e = await matrixCmd.run(['import', f, '--sheet', '报价表'], io().sink).catch((x) => x)
    expect(e).toMatchObject({
      code: 'SHEET_NOT_FOUND',
      zh: '找不到工作表“报价表”（有：评分标准(一)、评分标准(二)、说明）',
      en: 'No sheet named "报价表" (sheets: 评分标准(一), 评分标准(二), 说明)',
    })
    const err = io()
    expect(await runCli(['matrix', 'import', f, '--sheet', '报价表'], err.sink)).toBe(2)
    expect(err.err.join('\n')).toContain('找不到工作表“报价表”')
    expect(err.err.join('\n')).not.toContain('不安全')
  })

  it('no scoring table → IMPORT_REJECTED (exit 2) with the wizard’s reason', async () => {
    const f = path.join(dir, 'prices.xlsx')
    await fs.writeFile(f, await fx.priceListOnly())
    const e = await matrixCmd.run(['import', f, '--json'], io().sink).catch((x) => x)
    expect(e).toMatchObject({ code: 'IMPORT_REJECTED' })
    expect(e.zh).toContain('未找到评分表')
    expect(e.en).toContain('no scoring table found')
    expect(await runCli(['matrix', 'import', f], io().sink)).toBe(2)
  })

  it('missing file, wrong extension and unknown sub-command are usage errors', async () => {
    await expect(matrixCmd.run(['import', path.join(dir, 'nope.xlsx')], io().sink)).rejects.toThrow(
      /cannot read/,
    )
    await expect(matrixCmd.run(['import', 'table.csv'], io().sink)).rejects.toThrow(/only .xlsx/)
    await expect(matrixCmd.run(['merge'], io().sink)).rejects.toThrow(/unknown sub-command/)
  })
})

describe('matrix export and winprob on a workspace', () => {
  let dir: string
  const m = makeMatrix(
    [
      { id: 'P', category: '价格', maxPoints: 30 },
      { id: 'A', category: '商务', maxPoints: 20, kind: 'objective', self: 16, est: { X: 18, Y: 12 } },
      { id: 'T', category: '技术', maxPoints: 50, self: 40, est: { X: [35, 42, 48], Y: [30, 36, 44] } },
    ],
    [
      { id: 'us', isUs: true },
      { id: 'X', price: [900000, 960000, 1020000] },
      { id: 'Y', price: [850000, 900000, 980000] },
    ],
    { ourPrice: 950000 },
  )
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bidbench-cli-ws-'))
    const ws = await createWorkspace(path.join(dir, 'ws'), { name: '测试工作区' })
    await ws.create('matrices', { ...m, id: 'mx1' })
    await ws.close()
  })
  afterAll(() => fs.rm(dir, { recursive: true, force: true }))

  it('matrix export writes the workbook with the app’s totals', async () => {
    const out = path.join(dir, 'matrix.xlsx')
    const r = await run(matrixCmd, [
      'export',
      path.join(dir, 'ws'),
      '--matrix',
      'mx1',
      '--out',
      out,
      '--trials',
      '500',
      '--json',
    ])
    expect(r.code).toBe(0)
    const us = computeStandings(m).bidders.find((b) => b.isUs)!
    expect(r.json()).toMatchObject({ ourPrice: 950000, ourTotal: us.total, ourRank: us.rank })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评分矩阵', '中标概率'])
  })

  it('winprob --json equals the library result for the same seed', async () => {
    const r = await run(winprob, [
      path.join(dir, 'ws'),
      '--matrix',
      'mx1',
      '--price',
      '930000',
      '--trials',
      '4000',
      '--seed',
      '5',
      '--json',
    ])
    expect(r.code).toBe(0)
    const j = r.json()
    const lib = winProbability(m, 930000, { trials: 4000, seed: 5 })
    expect(j.probability).toBe(lib.probability)
    expect(j).toMatchObject({ matrixId: 'mx1', ourPrice: 930000, trials: 4000, seed: 5 })
    const again = (
      await run(winprob, [
        path.join(dir, 'ws'),
        '--matrix',
        'mx1',
        '--price',
        '930000',
        '--trials',
        '4000',
        '--seed',
        '5',
        '--json',
      ])
    ).json()
    expect(again).toEqual(j)
  })

  it('winprob --sweep adds the curve and the band', async () => {
    const j = (
      await run(winprob, [
        path.join(dir, 'ws'),
        '--matrix',
        'mx1',
        '--trials',
        '1000',
        '--sweep',
        '850000:1000000:4',
        '--json',
      ])
    ).json()
    expect(j.sweep.map((p: { price: number }) => p.price)).toEqual([850000, 900000, 950000, 1000000])
    expect(j.band).not.toBeNull()
  })

  it('unknown matrix, bad price and missing workspace are the API’s errors, naming the problem', async () => {
    await expect(
      winprob.run([path.join(dir, 'ws'), '--matrix', 'nope', '--price', '1'], io().sink),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', en: expect.stringMatching(/nope; known: mx1/) })
    await expect(
      winprob.run([path.join(dir, 'ws'), '--matrix', 'mx1', '--price=-3'], io().sink),
    ).rejects.toThrow(/--price must be a number greater than 0/)
    await expect(
      winprob.run([path.join(dir, 'ws'), '--matrix', 'mx1', '--trials', '0'], io().sink),
    ).rejects.toMatchObject({ code: 'VALIDATION', en: expect.stringMatching(/trials/) })
    await expect(
      winprob.run([path.join(dir, 'ws'), '--matrix', 'mx1', '--trials', String(MAX_TRIALS + 1)], io().sink),
    ).rejects.toMatchObject({ code: 'VALIDATION', en: expect.stringMatching(/trials/) })
    await expect(winprob.run([path.join(dir, 'none'), '--matrix', 'mx1'], io().sink)).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
    })
    for (const argv of [
      ['winprob', path.join(dir, 'ws'), '--matrix', 'nope', '--price', '1'],
      ['winprob', path.join(dir, 'ws'), '--matrix', 'mx1', '--trials', '0'],
      ['winprob', path.join(dir, 'none'), '--matrix', 'mx1'],
    ])
      expect(await runCli(argv, io().sink)).toBe(2)
    await expect(
      matrixCmd.run(['export', path.join(dir, 'ws'), '--matrix', 'mx1', '--out', 'x.docx'], io().sink),
    ).rejects.toThrow(/must end in .xlsx/)
  })
})

describe('winprob on the sample workspace: the recommendation maximises expected profit above the 底线', () => {
  let dir: string
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bidbench-winprob-demo-'))
    const ws = await createWorkspace(path.join(dir, 'ws'), { name: '示例工作区' })
    await writeDemoData(ws)
    await ws.close()
  })
  afterAll(() => fs.rm(dir, { recursive: true, force: true }))

  const sweep = async (extra: string[] = []) =>
    (
      await run(winprob, [
        path.join(dir, 'ws'),
        '--matrix',
        'mx-hospital',
        '--trials',
        '4000',
        '--sweep',
        '2700000:3700000:21',
        ...extra,
        '--json',
      ])
    ).json()

  it('is at or above the linked plan’s walk-away and is the grid maximum of P(win) × (price − 底线)', async () => {
    const j = await sweep()
    // neg-hospital is linked to the same bid with 底线 3,150,000; the bid's budget is 3,600,000.
    expect(j.floor).toEqual({ value: 3_150_000, source: 'walkAway' })
    expect(j.ceiling).toBe(3_600_000)
    expect(j.optimises).toBe('P(win) × (price − floor)')
    const rec = j.recommendation
    expect(rec.price).toBeGreaterThanOrEqual(3_150_000)
    expect(rec.price).toBeLessThanOrEqual(3_600_000)
    const grid = j.sweep as { price: number; probability: number; expectedProfit: number }[]
    for (const p of grid) expect(p.expectedProfit).toBeCloseTo(p.probability * (p.price - 3_150_000), 0)
    const allowed = grid.filter((p) => p.price >= 3_150_000 && p.price <= 3_600_000)
    expect(rec.expectedProfit).toBe(Math.max(...allowed.map((p) => p.expectedProfit)))
    expect(Math.max(...grid.map((p) => p.expectedProfit))).toBeGreaterThanOrEqual(rec.expectedProfit)
  })

  it('a cost above the walk-away raises the floor', async () => {
    const j = await sweep(['--cost', '340万'])
    expect(j.floor).toEqual({ value: 3_400_000, source: 'cost' })
    expect(j.recommendation.price).toBeGreaterThanOrEqual(3_400_000)
  })
})
