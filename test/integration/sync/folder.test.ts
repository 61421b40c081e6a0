import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorkspace, openWorkspace, type WorkspaceSession } from '@services/store'
import { syncWorkspace } from '@services/sync/engine'
import { cloneWorkspace, docHistory, restoreVersion } from '@services/sync/history'
import { writeSettings } from '@services/sync/config'

let tmp: string
const open: WorkspaceSession[] = []
const noAuth = async () => null

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-sync-'))
})
afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
  await fs.rm(tmp, { recursive: true, force: true })
})

async function machine(dir: string, user: string): Promise<WorkspaceSession> {
  await writeSettings(dir, { user })
  const s = await openWorkspace(dir)
  open.push(s)
  return s
}

describe('sync through a shared folder', () => {
  it('two machines edit different fields of one bid; both end with both edits', async () => {
    const remote = path.join(tmp, 'share', 'team.git')
    await fs.mkdir(path.dirname(remote))
    const a0 = await createWorkspace(path.join(tmp, 'a'), { name: '团队' })
    const bid = await a0.create('bids', { title: '市医院', quote: { bidLetterPrice: 3300000 } })
    let r = await syncWorkspace(a0, { remote, auth: noAuth })
    expect(r).toMatchObject({ committed: true, pushed: true, offline: false })
    await a0.close()
    await writeSettings(path.join(tmp, 'a'), { remote })
    await cloneWorkspace(remote, path.join(tmp, 'b'), noAuth)
    const a = await machine(path.join(tmp, 'a'), '张三')
    const b = await machine(path.join(tmp, 'b'), '李四')
    expect((await b.get('bids', bid.id)).quote.bidLetterPrice).toBe(3300000)

    await a.save('bids', { ...(await a.get('bids', bid.id)), agency: '某招标代理' })
    const bb = await b.get('bids', bid.id)
    await b.save('bids', { ...bb, quote: { ...bb.quote, bidLetterPrice: 3030000 } })
    r = await syncWorkspace(a, { auth: noAuth })
    expect(r.pushed).toBe(true)
    r = await syncWorkspace(b, { auth: noAuth })
    expect(r.merged.map((m) => m.id)).toEqual([bid.id])
    expect(r.conflicts).toEqual([])
    expect(r.incoming[0].changes.map((c) => c.path)).toContain('agency')
    r = await syncWorkspace(a, { auth: noAuth })
    for (const s of [a, b]) {
      const d = await s.get('bids', bid.id)
      expect([d.agency, d.quote.bidLetterPrice]).toEqual(['某招标代理', 3030000])
    }
    const h = await docHistory(a, 'bids', bid.id)
    expect(h.length).toBeGreaterThanOrEqual(3)
    expect(h.map((v) => v.author)).toEqual(expect.arrayContaining(['张三', '李四']))
    const priceChange = h.find((v) => v.changes.some((c) => c.path === 'quote.bidLetterPrice'))!
    expect(priceChange.changes.find((c) => c.path === 'quote.bidLetterPrice')).toMatchObject({
      before: 3300000,
      after: 3030000,
    })
    const restored = await restoreVersion(a, 'bids', bid.id, h[h.length - 1].version, 'quote.bidLetterPrice')
    expect(restored.quote.bidLetterPrice).toBe(3300000)
    expect(restored.agency).toBe('某招标代理')
  })
})
