import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { detectionSummary } from '@shared/domain/matrices/import'
import type { MethodName } from '@shared/contract'
import * as fx from './matrices/fixtures'
import { cells, cli, cliErrorCode, wordBody, useSampleWorkspace } from './parity-helpers'

// Acceptance for #17: every CLI command with an API counterpart answers as that method does on the same
// workspace, and fails with the same error code. The CLI runs through its real entry (runCli: argument
// parsing, exit codes); the API through dispatch, as the desktop window and the browser mode call it.
const sample = useSampleWorkspace('bb-parity-')
const { api, apiError } = sample

describe('CLI and API answer identically on the same workspace', () => {
  it('check --bid / --all = checks.run', async () => {
    const one = await cli('check', sample.ws, '--bid', 'bid-hospital-imaging', '--json')
    const run = await api<{ checks: { bidId: string; result: { findings: unknown[] } }[] }>('checks.run', {
      bidId: 'bid-hospital-imaging',
    })
    expect(one.json()).toEqual(run.checks[0].result.findings)
    expect(one.code).toBe(1) // the planted 否决风险
    const all = await cli('check', sample.ws, '--all', '--json')
    const every = await api<typeof run>('checks.run', {})
    expect(all.json()).toEqual(
      every.checks.flatMap((c) => c.result.findings.map((f) => ({ bidId: c.bidId, ...(f as object) }))),
    )
  })

  it('check --xlsx = checks.exportXlsx', async () => {
    const out = path.join(sample.dir, 'findings.xlsx')
    await cli('check', sample.ws, '--bid', 'bid-hospital-imaging', '--xlsx', out)
    const r = await api<{ dataBase64: string }>('checks.exportXlsx', { bidId: 'bid-hospital-imaging' })
    expect(await cells(await fs.readFile(out))).toEqual(await cells(Buffer.from(r.dataBase64, 'base64')))
  })

  it('doctor = workspace.doctor', async () => {
    const r = await cli('doctor', sample.ws, '--json')
    const { libreoffice: _lo, ...report } = r.json()
    expect(report).toEqual(await api('workspace.doctor', {}))
  })

  it('demo = workspace.create with the sample data', async () => {
    const r = await cli('demo', path.join(sample.dir, 'demo-cli'), '--json')
    const other = new AppContext('http', path.join(sample.dir, 'home'))
    const created = await dispatch(other, 'workspace.create', {
      dir: path.join(sample.dir, 'demo-api'),
      name: '示例工作区',
      demo: true,
    })
    await other.close()
    if (!created.ok) throw new Error(created.error.message.en)
    expect(r.json().counts).toEqual((created.value as { counts: unknown }).counts)
  })

  it('matrix import = matrices.importPreview (same parser, same limits)', async () => {
    const file = path.join(sample.dir, '评分表.xlsx')
    const buf = await fx.classicTable()
    await fs.writeFile(file, buf)
    const r = await cli('matrix', 'import', file, '--json')
    const p = await api<{ detection: Parameters<typeof detectionSummary>[0] }>('matrices.importPreview', {
      dataBase64: buf.toString('base64'),
    })
    expect(r.json()).toEqual(detectionSummary(p.detection))
    const cliBad = await cli('matrix', 'import', file, '--header-row', '20000')
    expect(cliBad.code).toBe(2)
    expect(cliErrorCode(cliBad.err)).toBe(
      await apiError('matrices.importPreview', { dataBase64: buf.toString('base64'), headerRow: 20000 }),
    )
  })

  it('matrix export = matrices.exportXlsx', async () => {
    const out = path.join(sample.dir, 'matrix.xlsx')
    const r = await cli(
      'matrix',
      'export',
      sample.ws,
      '--matrix',
      'mx-hospital',
      '--out',
      out,
      '--trials',
      '2000',
      '--seed',
      '3',
      '--json',
    )
    const a = await api<{
      dataBase64: string
      ourPrice: number
      ourTotal: number
      ourRank: number
      band: unknown
    }>('matrices.exportXlsx', { matrixId: 'mx-hospital', trials: 2000, seed: 3 })
    const { out: _o, ...summary } = r.json()
    expect(summary).toEqual({ ourPrice: a.ourPrice, ourTotal: a.ourTotal, ourRank: a.ourRank, band: a.band })
    expect(await cells(await fs.readFile(out))).toEqual(await cells(Buffer.from(a.dataBase64, 'base64')))
  })

  it('winprob = matrices.winProbability, with the same default trials', async () => {
    const r = await cli(
      'winprob',
      sample.ws,
      '--matrix',
      'mx-hospital',
      '--price',
      '3300000',
      '--seed',
      '9',
      '--json',
    )
    const a = await api<{ trials: number }>('matrices.winProbability', {
      matrixId: 'mx-hospital',
      price: 3300000,
      seed: 9,
    })
    expect(r.json()).toEqual(a)
    expect(a.trials).toBe(20_000)
    const sweep = await cli(
      'winprob',
      sample.ws,
      '--matrix',
      'mx-hospital',
      '--trials',
      '1000',
      '--sweep',
      '3000000:3600000:7',
      '--json',
    )
    expect(sweep.json()).toEqual(
      await api('matrices.winProbability', {
        matrixId: 'mx-hospital',
        trials: 1000,
        sweep: { from: 3000000, to: 3600000, steps: 7 },
      }),
    )
  })

  it('competitors report / duplicates = competitors.report / competitors.duplicates', async () => {
    const out = path.join(sample.dir, '竞争分析.docx')
    const xlsx = path.join(sample.dir, '竞争分析.xlsx')
    const r = await cli(
      'competitors',
      'report',
      sample.ws,
      '--bid',
      'bid-hospital-imaging',
      '--out',
      out,
      '--xlsx',
      xlsx,
      '--date',
      '2026-03-15',
      '--json',
    )
    const docx = await api<{ dataBase64: string; competitors: string[]; missingIds: string[] }>(
      'competitors.report',
      {
        bidId: 'bid-hospital-imaging',
        format: 'docx',
        date: '2026-03-15',
      },
    )
    const x = await api<{ dataBase64: string }>('competitors.report', {
      bidId: 'bid-hospital-imaging',
      format: 'xlsx',
      date: '2026-03-15',
    })
    expect(r.json()).toMatchObject({ competitors: docx.competitors, missingIds: docx.missingIds })
    expect(await wordBody(await fs.readFile(out))).toBe(
      await wordBody(Buffer.from(docx.dataBase64, 'base64')),
    )
    expect(await cells(await fs.readFile(xlsx))).toEqual(await cells(Buffer.from(x.dataBase64, 'base64')))
    const d = await cli('competitors', 'duplicates', sample.ws, '--json')
    expect(d.json().groups).toEqual(await api('competitors.duplicates', {}))
  })

  it('negotiation brief = negotiations.brief', async () => {
    const out = path.join(sample.dir, '谈判简报.docx')
    await cli('negotiation', 'brief', sample.ws, '--plan', 'neg-energy', '--out', out, '--date', '2026-03-15')
    const a = await api<{ dataBase64: string }>('negotiations.brief', {
      planId: 'neg-energy',
      date: '2026-03-15',
    })
    expect(await wordBody(await fs.readFile(out))).toBe(await wordBody(Buffer.from(a.dataBase64, 'base64')))
  })
})

describe('CLI and API fail with the same error', () => {
  const cases: { argv: string[]; method: MethodName; input: unknown }[] = [
    { argv: ['check', '<ws>', '--bid', 'nope'], method: 'checks.run', input: { bidId: 'nope' } },
    {
      argv: ['winprob', '<ws>', '--matrix', 'nope', '--price', '1'],
      method: 'matrices.winProbability',
      input: { matrixId: 'nope', price: 1 },
    },
    {
      argv: ['winprob', '<ws>', '--matrix', 'mx-hospital', '--trials', '200001'],
      method: 'matrices.winProbability',
      input: { matrixId: 'mx-hospital', trials: 200001 },
    },
    {
      argv: ['matrix', 'export', '<ws>', '--matrix', 'nope', '--out', '<dir>/x.xlsx'],
      method: 'matrices.exportXlsx',
      input: { matrixId: 'nope' },
    },
    {
      argv: ['competitors', 'report', '<ws>', '--bid', 'nope', '--out', '<dir>/x.docx'],
      method: 'competitors.report',
      input: { bidId: 'nope', format: 'docx' },
    },
    {
      argv: [
        'competitors',
        'report',
        '<ws>',
        '--bid',
        'bid-hospital-imaging',
        '--out',
        '<dir>/x.docx',
        '--date',
        '2026-02-30',
      ],
      method: 'competitors.report',
      input: { bidId: 'bid-hospital-imaging', format: 'docx', date: '2026-02-30' },
    },
    {
      argv: ['negotiation', 'brief', '<ws>', '--plan', 'nope', '--out', '<dir>/x.docx'],
      method: 'negotiations.brief',
      input: { planId: 'nope' },
    },
  ]
  it.each(cases)('$argv.0 $argv.1 …: $method', async ({ argv, method, input }) => {
    const r = await cli(...argv.map((a) => a.replace('<ws>', sample.ws).replace('<dir>', sample.dir)))
    const code = await apiError(method, input)
    expect(cliErrorCode(r.err)).toBe(code)
    expect(r.code).toBe(2)
  })
})
