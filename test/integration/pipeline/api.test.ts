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

  it('customer settings: bad weights are a 400 that writes nothing; new weights change the tier on the profile', async () => {
    const created = (
      await api('customers.create', {
        title: '某市第二医院',
        init: { scores: { volume: 5, margin: 1, reference: 1, growth: 3, share: 3, projects: 3 } },
      })
    ).body
    const id = (created.value ?? created).id
    const tier = async () => {
      const r = (await api('customers.profile', { id })).body
      return (r.value ?? r).tier
    }
    // value (40×5 + 30×1 + 30×1) / 100 = 2.6, potential 3 → 7.8: tier B under 12.
    expect(await tier()).toMatchObject({ value: 2.6, score: 7.8, tier: 'B' })
    const before = await fs.readFile(path.join(root, 'ws', 'workspace.json'), 'utf8')
    const cur = (await api('customers.settings', {})).body
    const s0 = cur.value ?? cur
    const bad = await api('customers.saveSettings', {
      ...s0,
      criteria: s0.criteria.map((c: { group: string }) =>
        c.group === 'potential' ? { ...c, weight: 0 } : c,
      ),
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('潜力至少要有一项权重大于 0 的标准')
    expect(await fs.readFile(path.join(root, 'ws', 'workspace.json'), 'utf8')).toBe(before)
    const ok = await api('customers.saveSettings', {
      ...s0,
      criteria: s0.criteria.map((c: { key: string }) => (c.key === 'volume' ? { ...c, weight: 80 } : c)),
      tierA: 9,
    })
    expect(ok.status).toBe(200)
    // value (80×5 + 30 + 30) / 140 = 3.29 → 9.87 ≥ 9: tier A; on disk too.
    expect(await tier()).toMatchObject({ value: 3.29, score: 9.87, tier: 'A' })
    const ws = JSON.parse(await fs.readFile(path.join(root, 'ws', 'workspace.json'), 'utf8'))
    expect(ws.settings.customers.tierA).toBe(9)
    expect(ws.settings.customers.criteria.find((c: { key: string }) => c.key === 'volume').weight).toBe(80)
  })

  it("customers.save that changes a person's level records it in the history, dated, on disk", async () => {
    const created = (
      await api('customers.create', {
        title: '某市第三医院',
        init: { people: [{ id: 'k1', name: '张院长', role: 'KDM', level: 'CR2' }] },
      })
    ).body
    const c = created.value ?? created
    const r = await api('customers.save', {
      doc: { ...c, people: [{ ...c.people[0], level: 'CR4' }] },
      expectedUpdatedAt: c.updatedAt,
    })
    expect(r.status).toBe(200)
    const onDisk = JSON.parse(await fs.readFile(path.join(root, 'ws', 'customers', `${c.id}.json`), 'utf8'))
    expect(onDisk.people[0].level).toBe('CR4')
    expect(onDisk.people[0].levelHistory).toEqual([
      expect.objectContaining({ level: 'CR4', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    ])
    // A stale save is refused and writes nothing.
    const stale = await api('customers.save', {
      doc: { ...c, title: '改名' },
      expectedUpdatedAt: c.updatedAt,
    })
    expect(stale.status).toBe(409)
    expect(JSON.parse(await fs.readFile(path.join(root, 'ws', 'customers', `${c.id}.json`), 'utf8'))).toEqual(
      onDisk,
    )
  })
})
