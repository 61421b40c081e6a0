import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeDemoData } from '@services/demo'
import { loadPipeline, loadWinLoss } from '@services/pipeline/summary'
import { customerProfile } from '@services/customers/profile'
import { createWorkspace, type WorkspaceSession } from '@services/store'

let dir: string
let ws: WorkspaceSession
// The sample's dates are relative to the day it is written; the test writes it for a fixed day.
const NOW = new Date('2026-11-16T04:00:00Z')
const TODAY = '2026-11-16'

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-demo-pipe-'))
  ws = await createWorkspace(path.join(dir, 'ws'), { name: '示例工作区' })
  await writeDemoData(ws, NOW)
}, 120_000)
afterAll(async () => {
  await ws.close()
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the sample workspace makes every pipeline view meaningful', () => {
  it('an open deal on every stage, a stuck one, a post-award reminder, a coverage ratio', async () => {
    const s = await loadPipeline(ws, { today: TODAY })
    expect(s.stages.map((r) => r.count > 0)).toEqual(Array(7).fill(true))
    expect(s.warnings.map((w) => [w.dealId, w.kind])).toContainEqual(['bid-o-station', 'stuck'])
    expect(s.reminders.map((r) => [r.bidId, r.step.key])).toContainEqual(['bid-h-datahub', 'challenge'])
    expect(s.coverage.ratio).not.toBeNull()
    expect(s.conversions.filter((c) => c.rate !== null).length).toBeGreaterThanOrEqual(4)
  })

  it('win/loss: results of every 性质, gaps at losses, a missing price shown as missing', async () => {
    const w = await loadWinLoss(ws)
    expect(w.overall.decided).toBeGreaterThanOrEqual(6)
    expect(w.byNature.map((r) => r.key)).toEqual(['政府', '国企', '民营', '外资'])
    expect(w.byCompetitor.length).toBe(3)
    expect(w.gaps.length).toBeGreaterThanOrEqual(3)
    const maiida = w.positions.series.find((x) => x.id === 'c-maiida')!
    const datahub = w.positions.tenders.findIndex((t) => t.key === 'bid-h-datahub')
    expect([maiida.values[datahub], maiida.missing[datahub]]).toEqual([null, 'price'])
    // the 开标记录 were applied through the one rule: the price history holds the openings
    const huaxin = await ws.get('competitors', 'c-huaxin')
    expect(huaxin.priceHistory.filter((p) => p.source === '开标记录').length).toBe(5)
  })

  it('the archive: tiers, people, visits, linked bids and every kind of 风险预警', async () => {
    const kinds = new Set<string>()
    for (const e of ws.list('customers')) {
      const p = await customerProfile(ws, e.id, TODAY)
      expect(p.customer.people.length).toBeGreaterThan(0)
      for (const r of p.risks) kinds.add(r.kind)
    }
    expect([...kinds].sort()).toEqual([
      'a-tier-no-opportunity',
      'competitor-visit',
      'kdm-level-fall',
      'kdm-no-visit',
      'new-kdm',
    ])
    const gov = await customerProfile(ws, 'cu-gov-service', TODAY)
    expect(gov.tier.tier).toBe('A')
    expect(gov.bids.map((b) => b.id).sort()).toEqual(['bid-h-datahub', 'bid-h-govcloud'])
  })
})
