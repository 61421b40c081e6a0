import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import type { ExportResult, JobStatus } from '@shared/contract/export'
import { buildDocx } from '@test/fixtures/tender/build-docx'
import { GOODS_TENDER } from '@test/fixtures/tender/goods'
import {
  api as apiOn,
  apiError as apiErrorOn,
  cells,
  cli,
  cliErrorCode,
  wordBody,
  useSampleWorkspace,
} from './parity-helpers'

// Acceptance for #17, continued: export, tender import, pipeline and sync from the command line answer as their
// contract methods do on the same workspace (the CLI reaches them through dispatch, so this holds by
// construction; the test keeps it so).
const sample = useSampleWorkspace('bb-parity-features-')
const { api, apiError, apiFailure } = sample

/** An export as the app runs it: export.start, export.status until it ends, export.download. */
async function apiExport(input: Record<string, unknown>): Promise<{ result: ExportResult; data: Buffer }> {
  const { jobId } = await api<{ jobId: string }>('export.start', input)
  let s = await api<JobStatus>('export.status', { jobId, waitMs: 30_000 })
  while (s.state === 'running') s = await api<JobStatus>('export.status', { jobId, waitMs: 30_000 })
  expect(s.state, JSON.stringify(s.error)).toBe('done')
  const file = await api<{ dataBase64: string }>('export.download', { jobId })
  return { result: s.result!, data: Buffer.from(file.dataBase64, 'base64') }
}

describe('export: CLI = export.start', () => {
  it('docx: the same Word body, headings, date and warnings', async () => {
    const out = path.join(sample.dir, 'energy.docx')
    const bid = 'bid-energy-itops'
    const r = await cli(
      'export',
      'docx',
      sample.ws,
      '--bid',
      bid,
      '--out',
      out,
      '--date',
      '2026-03-10',
      '--json',
    )
    expect(r.code, r.err).toBe(0)
    const a = await apiExport({ bidId: bid, format: 'docx', date: '2026-03-10' })
    const c = r.json()
    expect(c).toMatchObject({
      kind: a.result.kind,
      signDate: a.result.signDate,
      headings: a.result.headings,
      warnings: a.result.warnings,
      missingMaterials: a.result.missingMaterials,
    })
    expect(c.headings.length).toBeGreaterThan(3)
    expect(await wordBody(await fs.readFile(out))).toBe(await wordBody(a.data))
  }, 240_000)

  it('xlsx: the same cells', async () => {
    const out = path.join(sample.dir, 'energy.xlsx')
    const r = await cli('export', 'xlsx', sample.ws, '--bid', 'bid-energy-itops', '--out', out, '--json')
    expect(r.code, r.err).toBe(0)
    const a = await apiExport({ bidId: 'bid-energy-itops', format: 'xlsx' })
    expect(await cells(await fs.readFile(out))).toEqual(await cells(a.data))
  }, 240_000)

  it('a bid with open 否决风险: the same findings refuse it (exit 1 / VETO_FINDINGS), nothing written', async () => {
    const out = path.join(sample.dir, 'blocked.docx')
    const r = await cli('export', 'docx', sample.ws, '--bid', 'bid-hospital-imaging', '--out', out, '--json')
    expect(r.code).toBe(1)
    const e = await apiFailure('export.start', { bidId: 'bid-hospital-imaging', format: 'docx' })
    expect(e.code).toBe('VETO_FINDINGS')
    expect(r.json()).toEqual({ blocked: true, findings: (e.details as { findings: unknown[] }).findings })
    await expect(fs.access(out)).rejects.toThrow()
  }, 240_000)

  it('the app and the browser cannot choose where the file is written', async () => {
    const e = await apiFailure('export.start', {
      bidId: 'bid-energy-itops',
      format: 'xlsx',
      out: path.join(sample.dir, 'elsewhere.xlsx'),
    })
    expect(e.code).toBe('VALIDATION')
    expect(e.message.en).toMatch(/only the command line/)
  })
})

describe('tender import: CLI = tender.importPreview', () => {
  it('the same import of a tender file; no workspace needed', async () => {
    const file = path.join(sample.dir, 'goods.docx')
    const bytes = await buildDocx(GOODS_TENDER)
    await fs.writeFile(file, bytes)
    const r = await cli('tender', 'import', file, '--json')
    expect(r.code, r.err).toBe(0)
    const a = await api<{ import: unknown }>('tender.importPreview', {
      files: [{ name: 'goods.docx', dataBase64: bytes.toString('base64') }],
    })
    expect(r.json()).toEqual(JSON.parse(JSON.stringify(a.import)))
    expect(r.json().project.number).toBe('JZCG-2026-G-0153')
  }, 120_000)
})

describe('pipeline: CLI = pipeline.*', () => {
  it('pipeline --json = pipeline.summary; winloss = pipeline.winloss; deadline = pipeline.deadline', async () => {
    const p = await cli('pipeline', sample.ws, '--period', '2026Q4', '--today', '2026-12-01', '--json')
    expect(p.code, p.err).toBe(0)
    const s = await api<{
      stages: { stage: number; count: number; amount: number; probability: number; weighted: number }[]
      forecast: { period: string; signing: number; collection: number }[]
      coverage: { target: number; weighted: number; ratio: number | null }
    }>('pipeline.summary', { period: '2026Q4', today: '2026-12-01' })
    expect(p.json()).toEqual({
      stages: s.stages.map(({ stage, count, amount, probability, weighted }) => ({
        stage,
        count,
        amount,
        probability,
        weighted,
      })),
      forecast: s.forecast.map(({ period, signing, collection }) => ({ period, signing, collection })),
      coverage: { target: s.coverage.target, weighted: s.coverage.weighted, ratio: s.coverage.ratio },
    })
    const w = await cli('winloss', sample.ws, '--json')
    expect(w.json()).toEqual(await api('pipeline.winloss', {}))
    const d = await cli('deadline', '质疑', '--from', '2026-09-28', '--workspace', sample.ws, '--json')
    const a = await api<{ deadline: string; workingDays: number }>('pipeline.deadline', {
      kind: '质疑',
      from: '2026-09-28',
    })
    expect(d.json()).toEqual({ deadline: a.deadline, workingDays: a.workingDays })
  }, 120_000)
})

describe('sync: CLI = sync.*', () => {
  it('history --json = sync.history; the same errors for resolve and restore', async () => {
    const team = path.join(sample.dir, 'team')
    const remote = path.join(sample.dir, 'share', 'team.git')
    await fs.mkdir(path.dirname(remote), { recursive: true })
    const w = await createWorkspace(team, { name: '团队' })
    const bid = await w.create('bids', { title: '市医院', quote: { bidLetterPrice: 3300000 } })
    await w.close()
    const writer = new AppContext('http', path.join(sample.dir, 'home'))
    try {
      await writer.open(team)
      await apiOn(writer, 'sync.configure', { remote, createRemote: true, user: '张三' })
      await apiOn(writer, 'sync.run', {})
      const doc = await apiOn<Record<string, unknown>>(writer, 'bids.get', { id: bid.id })
      await apiOn(writer, 'bids.save', { doc: { ...doc, quote: { ...bid.quote, bidLetterPrice: 3030000 } } })
      await apiOn(writer, 'sync.run', {})
    } finally {
      await writer.close()
    }
    const h = await cli('history', team, 'bids', bid.id, '--json')
    expect(h.code, h.err).toBe(0)
    const reader = new AppContext('http', path.join(sample.dir, 'home'))
    try {
      await reader.open(team)
      const versions = await apiOn<{ changes: { path: string }[] }[]>(reader, 'sync.history', {
        kind: 'bids',
        id: bid.id,
      })
      expect(h.json()).toEqual(versions)
      expect(versions.flatMap((v) => v.changes.map((c) => c.path))).toContain('quote.bidLetterPrice')
      const wrong = { kind: 'bids', id: bid.id, path: 'quote.bidLetterPrice', take: 'ours' }
      const codes = [
        await apiErrorOn(reader, 'sync.resolve', wrong),
        await apiErrorOn(reader, 'sync.restore', { kind: 'bids', id: bid.id, version: 'f'.repeat(40) }),
      ]
      await reader.close()
      const cliCodes = [
        await cli('resolve', team, 'bids', bid.id, '--path', 'quote.bidLetterPrice', '--take', 'ours'),
        await cli('restore', team, 'bids', bid.id, '--version', 'f'.repeat(40)),
      ].map((r) => cliErrorCode(r.err))
      expect(cliCodes).toEqual(codes)
    } finally {
      await reader.close()
    }
  }, 240_000)
})

describe('export and tender: CLI and API fail with the same error', () => {
  it('an unknown bid: NOT_FOUND (exit 2)', async () => {
    const r = await cli(
      'export',
      'docx',
      sample.ws,
      '--bid',
      'nope',
      '--out',
      path.join(sample.dir, 'x.docx'),
    )
    expect(r.code).toBe(2)
    expect(cliErrorCode(r.err)).toBe(await apiError('export.start', { bidId: 'nope', format: 'docx' }))
  })

  it('noise named .docx: IMPORT_REJECTED (exit 2)', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251))
    await fs.writeFile(path.join(sample.dir, 'noise.docx'), noise)
    const r = await cli('tender', 'import', path.join(sample.dir, 'noise.docx'))
    expect(r.code).toBe(2)
    expect(cliErrorCode(r.err)).toBe(
      await apiError('tender.importPreview', {
        files: [{ name: 'noise.docx', dataBase64: noise.toString('base64') }],
      }),
    )
  }, 60_000)
})
