import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppContext } from '@services/app-context'
import { openWorkspace } from '@services/store'
import { startWebServer, type WebServer } from '@web/server'
import { pipelineWorkspace } from './fixtures'

let root: string
let ctx: AppContext
let server: WebServer

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-pipe-api-'))
  await fs.mkdir(path.join(root, 'static'))
  await fs.writeFile(path.join(root, 'static', 'index.html'), '<!doctype html><title>BidBench</title>')
  await pipelineWorkspace(path.join(root, 'ws'))
  ctx = new AppContext('http', path.join(root, 'home'))
  await ctx.adopt(await openWorkspace(path.join(root, 'ws')))
  server = await startWebServer({ ctx, staticDir: path.join(root, 'static') })
}, 120_000)
afterAll(async () => {
  await server.close()
  await ctx.close()
  await fs.rm(root, { recursive: true, force: true })
})

async function api(method: string, input: unknown) {
  const r = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })
  return { status: r.status, body: await r.json() }
}

describe('the pipeline over HTTP (same contract as the CLI and IPC)', () => {
  it('summary: the hand-computed coverage of 2027Q1', async () => {
    const r = await api('pipeline.summary', { period: '2027Q1', today: '2026-12-01' })
    expect(r.status).toBe(200)
    const s = r.body.value ?? r.body
    expect(s.coverage).toMatchObject({ target: 2_000_000, weighted: 1_370_000, ratio: 0.685 })
  })

  it('moveStage saves the stage and the day it was entered; the conversions count it', async () => {
    const r = await api('pipeline.moveStage', { bidId: 'P4', stage: 3, today: '2026-12-02' })
    expect(r.status).toBe(200)
    const bid = r.body.value ?? r.body
    expect(bid.stage).toBe(3)
    expect(bid.stageHistory.at(-1)).toMatchObject({ stage: 3, date: '2026-12-02', estimated: false })
    // on disk, not only in the answer
    const onDisk = JSON.parse(await fs.readFile(path.join(root, 'ws', 'bids', 'P4.json'), 'utf8'))
    expect(onDisk.stageHistory.at(-1)).toMatchObject({ stage: 3, date: '2026-12-02' })
    const s = (await api('pipeline.summary', { period: '2027Q1', today: '2026-12-02' })).body
    const v = s.value ?? s
    // P4 now at 30 %: 400,000 × 30 % = 120,000 instead of 80,000
    expect(v.coverage.weighted).toBe(1_410_000)
  })

  it('a plain bids.save that changes the stage records it too; one that does not leaves the history alone', async () => {
    const bid = (await api('bids.get', { id: 'P1' })).body
    const b = bid.value ?? bid
    const saved = (await api('bids.save', { doc: { ...b, stage: 4 } })).body
    const s1 = saved.value ?? saved
    expect(s1.stageHistory.map((e: { stage: number }) => e.stage)).toEqual([4])
    const again = (await api('bids.save', { doc: { ...s1, title: '改名' } })).body
    expect((again.value ?? again).stageHistory).toEqual(s1.stageHistory)
  })

  it('bad input is a 400 and writes nothing', async () => {
    const before = await fs.readFile(path.join(root, 'ws', 'bids', 'P2.json'), 'utf8')
    const r = await api('pipeline.moveStage', { bidId: 'P2', stage: 8 })
    expect(r.status).toBe(400)
    expect(await fs.readFile(path.join(root, 'ws', 'bids', 'P2.json'), 'utf8')).toBe(before)
  })

  it('settings: a falling probability is a 400 that writes nothing; a good save changes the coverage and the calendar', async () => {
    const before = await fs.readFile(path.join(root, 'ws', 'workspace.json'), 'utf8')
    const cur = (await api('pipeline.settings', {})).body
    const s0 = cur.value ?? cur
    const bad = await api('pipeline.saveSettings', {
      pipeline: { ...s0.pipeline, probabilities: [10, 20, 15, 50, 70, 90, 100] },
      calendar: s0.calendar,
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('不能低于上一阶段')
    expect(await fs.readFile(path.join(root, 'ws', 'workspace.json'), 'utf8')).toBe(before)
    const ok = await api('pipeline.saveSettings', {
      pipeline: { ...s0.pipeline, targets: [{ period: '2027Q1', amount: 4_000_000 }] },
      calendar: {
        // TEST DATA: a fictitious 2027 supplement (not the State Council's schedule).
        supplements: [{ year: 2027, source: 'TEST DATA', holidays: [{ date: '2027-01-01', name: '元旦' }] }],
      },
    })
    expect(ok.status).toBe(200)
    expect((ok.body.value ?? ok.body).validThrough).toBe(2027)
    const s = (await api('pipeline.summary', { period: '2027Q1', today: '2026-12-02' })).body
    expect((s.value ?? s).coverage.target).toBe(4_000_000)
  })
})
