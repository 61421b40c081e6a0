import { BID_SCHEMA_VERSION } from '@shared/schemas'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorkspace, doctor, openWorkspace, type WorkspaceSession } from '@services/store'
import { setFsForTesting } from '@services/store/fsio'

let dir: string
let ws: WorkspaceSession | null

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-store-'))
  ws = await createWorkspace(dir, { name: '测试工作区' })
})
afterEach(async () => {
  await ws?.close()
  await fs.rm(dir, { recursive: true, force: true })
})

async function reopen(readOnly = false): Promise<WorkspaceSession> {
  await ws?.close()
  ws = await openWorkspace(dir, { readOnly })
  return ws
}

describe('workspace store', () => {
  it('creates, saves and reloads a document as pretty JSON with sorted keys', async () => {
    const bid = await ws!.create('bids', { title: '智慧校园项目', tenderNo: 'ZB-001' })
    const saved = await ws!.save('bids', { ...bid, agency: '某招标代理公司' })
    expect(saved.updatedAt > bid.updatedAt).toBe(true)
    const text = await fs.readFile(path.join(dir, 'bids', `${bid.id}.json`), 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.indexOf('"agency"')).toBeLessThan(text.indexOf('"title"'))
    const again = await reopen()
    expect((await again.get('bids', bid.id)).agency).toBe('某招标代理公司')
    expect(again.list('bids').map((e) => e.title)).toEqual(['智慧校园项目'])
  })

  it('refuses a save over a newer edit (CONFLICT) and keeps the newer one', async () => {
    const bid = await ws!.create('bids', { title: 'A' })
    const first = await ws!.save('bids', { ...bid, notes: 'one' }, { expectedUpdatedAt: bid.updatedAt })
    await expect(
      ws!.save('bids', { ...bid, notes: 'two' }, { expectedUpdatedAt: bid.updatedAt }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await ws!.get('bids', bid.id)).notes).toBe(first.notes)
  })

  it('recovers a truncated document from the last good generation and reports it', async () => {
    const bid = await ws!.create('bids', { title: '原始' })
    await ws!.save('bids', { ...bid, title: '第二版' })
    const file = path.join(dir, 'bids', `${bid.id}.json`)
    const text = await fs.readFile(file, 'utf8')
    // Replace (not truncate in place) as a sync tool or a crashed foreign writer would.
    await fs.unlink(file)
    await fs.writeFile(file, text.slice(0, 40))
    const s = await reopen()
    expect((await s.get('bids', bid.id)).title).toBe('第二版')
    expect(s.recoveries).toHaveLength(1)
    expect(s.recoveries[0].movedAsideTo).toBeTruthy()
    expect(JSON.parse(await fs.readFile(file, 'utf8')).title).toBe('第二版')
  })

  it('never replaces an unrecoverable document by defaults', async () => {
    const bid = await ws!.create('bids', { title: 'x' })
    await fs.rm(path.join(dir, '.bidbench', 'generations'), { recursive: true })
    await fs.writeFile(path.join(dir, 'bids', `${bid.id}.json`), '{"garbage":')
    const s = await reopen()
    await expect(s.get('bids', bid.id)).rejects.toMatchObject({ code: 'CORRUPT' })
    expect(await fs.readFile(path.join(dir, 'bids', `${bid.id}.json`), 'utf8')).toBe('{"garbage":')
    const report = await doctor(s)
    expect(report.problems.map((p) => p.code)).toEqual(['CORRUPT'])
  })

  it('migrates a v1 bid to v2 after backing up the original', async () => {
    const v1 = {
      id: 'old1',
      schemaVersion: 1,
      title: '旧项目',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      buyer: '某市人民医院',
      buyerType: '政府',
    }
    await fs.writeFile(path.join(dir, 'bids', 'old1.json'), JSON.stringify(v1))
    const s = await reopen()
    const bid = await s.get('bids', 'old1')
    expect(bid.schemaVersion).toBe(BID_SCHEMA_VERSION)
    expect(bid.buyer).toEqual({ name: '某市人民医院', type: '政府', region: '' })
    const backups = await fs.readdir(path.join(dir, '.bidbench', 'backups', 'bids'))
    expect(backups).toHaveLength(1)
    expect(
      JSON.parse(await fs.readFile(path.join(dir, '.bidbench', 'backups', 'bids', backups[0]), 'utf8')),
    ).toEqual(v1)
    expect(JSON.parse(await fs.readFile(path.join(dir, 'bids', 'old1.json'), 'utf8')).schemaVersion).toBe(
      BID_SCHEMA_VERSION,
    )
  })

  it('migrates a v2 bid to v3 (checks v2 parts) after backing up the original', async () => {
    const v2 = {
      id: 'old2',
      schemaVersion: 2,
      title: '两包项目',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      buyer: { name: '某市人民医院', type: '政府', region: '' },
      lots: [{ id: 'l1', no: '1', name: 'DR', budget: 1000000 }],
      consortium: { isConsortium: true, agreementMaterialId: null },
      sections: [{ id: 's1', title: '二、授权委托书', kind: '资格' }],
    }
    await fs.writeFile(path.join(dir, 'bids', 'old2.json'), JSON.stringify(v2))
    const s = await reopen()
    const bid = await s.get('bids', 'old2')
    expect(bid.schemaVersion).toBe(BID_SCHEMA_VERSION)
    expect(bid.lots).toEqual([
      expect.objectContaining({ id: 'l1', no: '1', budget: 1000000, bidding: true, priceCeiling: null }),
    ])
    expect(bid.consortium).toEqual({ isConsortium: true, agreementMaterialId: null, members: [] })
    expect(bid.signatory).toEqual({ role: '授权代表', agentName: '' })
    expect(bid.sme.deductionClaimed).toBe(false)
    expect(bid.keyStaff).toEqual([])
    expect(bid.tax).toEqual({ requiredRates: [], wrongRateVoids: false })
    const backups = await fs.readdir(path.join(dir, '.bidbench', 'backups', 'bids'))
    expect(backups.filter((b) => b.startsWith('old2.v2.'))).toHaveLength(1)
    const backup = backups.find((b) => b.startsWith('old2.v2.'))!
    expect(
      JSON.parse(await fs.readFile(path.join(dir, '.bidbench', 'backups', 'bids', backup), 'utf8')),
    ).toEqual(v2)
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'bids', 'old2.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(BID_SCHEMA_VERSION)
    expect(onDisk.signatory.role).toBe('授权代表')
  })

  it('refuses a document from a newer schema version and leaves it untouched', async () => {
    const future = JSON.stringify({
      id: 'f1',
      schemaVersion: 99,
      title: '未来',
      createdAt: 'x',
      updatedAt: 'x',
    })
    await fs.writeFile(path.join(dir, 'bids', 'f1.json'), future)
    const s = await reopen()
    await expect(s.get('bids', 'f1')).rejects.toMatchObject({ code: 'NEWER_SCHEMA' })
    expect(await fs.readFile(path.join(dir, 'bids', 'f1.json'), 'utf8')).toBe(future)
  })

  it('moves deleted documents to a trash that can be restored', async () => {
    const m = await ws!.create('materials', { title: 'ISO9001 证书' })
    await ws!.delete('materials', m.id)
    expect(ws!.list('materials')).toHaveLength(0)
    expect((await ws!.trashList()).map((t) => t.title)).toEqual(['ISO9001 证书'])
    await ws!.restore('materials', m.id)
    expect(ws!.list('materials').map((e) => e.id)).toEqual([m.id])
    expect(await ws!.trashList()).toHaveLength(0)
  })

  it('rebuilds a missing or stale index from the documents', async () => {
    const a = await ws!.create('competitors', { title: '甲公司' })
    await fs.rm(path.join(dir, '.bidbench', 'index'), { recursive: true })
    let s = await reopen()
    expect(s.list('competitors').map((e) => e.id)).toEqual([a.id])
    // A document that arrives behind our back (git pull) makes the index stale.
    await s.close()
    const copy = JSON.parse(await fs.readFile(path.join(dir, 'competitors', `${a.id}.json`), 'utf8'))
    await fs.writeFile(
      path.join(dir, 'competitors', 'pulled1.json'),
      JSON.stringify({ ...copy, id: 'pulled1', title: '乙公司' }),
    )
    s = await reopen()
    expect(
      s
        .list('competitors')
        .map((e) => e.title)
        .sort(),
    ).toEqual(['乙公司', '甲公司'])
  })

  it('keeps a bounded number of generations', async () => {
    let bid = await ws!.create('bids', { title: 'g' })
    for (let i = 0; i < 9; i++) bid = await ws!.save('bids', { ...bid, notes: String(i) })
    const gens = await fs.readdir(path.join(dir, '.bidbench', 'generations', 'bids', bid.id))
    expect(gens).toHaveLength(5)
  })

  it('on disk full keeps the previous version and leaves no temp file', async () => {
    const bid = await ws!.create('bids', { title: '磁盘' })
    const restore = setFsForTesting({
      rename: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
      },
    })
    try {
      await expect(ws!.save('bids', { ...bid, title: '新标题' })).rejects.toMatchObject({ code: 'DISK_FULL' })
    } finally {
      restore()
    }
    expect((await ws!.get('bids', bid.id)).title).toBe('磁盘')
    const names = await fs.readdir(path.join(dir, 'bids'))
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(JSON.parse(await fs.readFile(path.join(dir, 'bids', `${bid.id}.json`), 'utf8')).title).toBe('磁盘')
  })

  it('stores attachments once by sha256', async () => {
    const a = await ws!.putFile(Buffer.from('证书扫描件'), 'a.png', 'image/png')
    const b = await ws!.putFile(Buffer.from('证书扫描件'), 'b.png', 'image/png')
    expect(a.sha256).toBe(b.sha256)
    expect(await fs.readdir(path.join(dir, 'files'))).toEqual([a.sha256])
    expect((await ws!.readFile(a.sha256)).toString()).toBe('证书扫描件')
  })

  it('refuses a second process and names the holder; read-only still opens', async () => {
    const script = `import { openWorkspace } from ${JSON.stringify(path.resolve('electron/services/store/index.ts'))}
try { await openWorkspace(${JSON.stringify(dir)}); console.log('OPENED') } catch (e) { console.log(e.code + ' ' + e.en) }
const ro = await openWorkspace(${JSON.stringify(dir)}, { readOnly: true }); console.log('RO ' + ro.readOnly)`
    const file = path.join(dir, '..', `${path.basename(dir)}-second.mts`)
    await fs.writeFile(file, script)
    const out = execFileSync(path.resolve('node_modules/.bin/tsx'), [file], { encoding: 'utf8' })
    await fs.rm(file)
    expect(out).toContain(`LOCKED`)
    expect(out).toContain(`process ${process.pid}`)
    expect(out).toContain('RO true')
  })

  it('takes over a stale lock left by a dead process', async () => {
    await ws!.close()
    ws = null
    const lockFile = path.join(dir, '.bidbench', 'lock.json')
    await fs.writeFile(
      lockFile,
      JSON.stringify({ pid: 999999, host: os.hostname(), startedAt: 'x', app: 'bidbench' }),
    )
    ws = await openWorkspace(dir)
    expect(JSON.parse(await fs.readFile(lockFile, 'utf8')).pid).toBe(process.pid)
  })
})
